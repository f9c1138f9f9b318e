"""A period's tally is not an event (issue 8, prec9 audit of long Arabic reports, class STATISTICS).

UN mission and ministry statements relayed by Arabic sites sum a month up: the headline names the month bare
(«مقتل وإصابة 297 عراقياً خلال أغسطس الماضي», where «خلال شهر آب» was already a tally) and the body ranks the
governorates by their toll («كانت بغداد الأكثر تضرراً ... ثم تلتها محافظة ديالى حيث سقط 8 قتلى»). Each gave an
incident at the report's date. An event told with its own day of a month, and an event in one governorate
followed by another event in the next with no ranking word, are still events.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 9, 1)


def kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "البعثة الأممية: مقتل وإصابة 310 مدنيين عراقيين خلال آب الماضي",
    "الأمم المتحدة: مقتل 85 مدنياً وإصابة 120 آخرين في العراق خلال حزيران الماضي",
    "وكانت بغداد الأكثر تضرراً، ثم تلتها محافظة كركوك حيث قتل 9 مدنيين وأصيب 12 آخرون، "
    "ثم محافظة ديالى حيث شهدت مقتل 6 أشخاص.",
])
def test_a_period_tally_is_no_incident(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    # an event in a governorate, then another event in the next governorate (no ranking word)
    ("قتل جنديان بانفجار عبوة ناسفة في الرمادي، ثم هاجم مسلحون نقطة تفتيش في محافظة صلاح الدين "
     "ما أسفر عن مقتل شرطي.", ["Remote explosive/landmine/IED", "Armed clash"]),
    # the month told as the event's date, not as a span
    ("قتل مسلحون مختاراً في قرية تابعة لقضاء الشرقاط في الخامس من آب الماضي.", ["Attack"]),
])
def test_an_event_near_a_count_is_kept(text: str, expected: list) -> None:
    assert kinds(text) == expected
