"""A second source's account of the attack at the same site is that attack (issue 8, prec9 audit of long Arabic
reports, class DUPLICATE).

Wire reports quote several voices on one attack, each naming the weapons its own way: «نقلت الوكالة عن مصدر أمني
عراقي ثانٍ أن القاعدة استهدفت بثلاثة صواريخ وطائرة مسيرة» after the rockets on the same base was a drone strike of
its own. An account naming a second or another source (cue class ``second_source``) at the site of the violent
event told just before it, on a day that does not differ, is that event. Still two: another source telling a bomb
at another place, or another day at the same base.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 7, 26)


def kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قصفت طائرة مسيرة سيارة تقل مسلحين في قضاء سنجار مساء الخميس.\n"
     "وقال مسؤول آخر إن صاروخاً أطلق على السيارة في قضاء سنجار ما أدى إلى احتراقها.", ["Air/drone strike"]),
    ("أفاد مصدر أمني بأن صاروخين سقطا على مطار أربيل الدولي مساء الخميس.\n"
     "وقال مصدر أمني آخر إن طائرة مسيرة مفخخة استهدفت مطار أربيل الدولي من دون إصابات.",
     ["Shelling/artillery/missile attack"]),
])
def test_a_second_source_at_the_same_site_tells_the_same_attack(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على دورية للشرطة في ناحية الرياض بكركوك ليل الخميس.\n"
     "وقال مصدر أمني آخر إن عبوة ناسفة انفجرت على دورية للجيش في قضاء بعقوبة.",
     ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]),
    ("سقطت أربعة صواريخ على قاعدة عين الأسد الجوية في الأنبار ليل الخميس.\n"
     "وقال مصدر آخر إن القاعدة تعرضت الثلاثاء الماضي لهجوم بطائرة مسيرة.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
])
def test_another_place_or_day_stays_another_event(text: str, expected: list) -> None:
    assert sorted(kinds(text)) == sorted(expected)
