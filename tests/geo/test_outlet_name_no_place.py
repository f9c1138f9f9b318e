"""A place inside an outlet's name is no event place (issue 8, outlet11, self-written probes).

«وقال مصدر أمني لتلفزيون الأهوار إن …» gave an incident in the Marshes, «لقناة كركوك الفضائية» one at
Kirkuk and "Mosul TV reported" one at Mosul. The general rule (``outlet_heads`` in
geo/data/context_rules.yaml, read by ``geo.matcher._in_outlet_name``): a name right after a word that
names a medium (قناة, تلفزيون, إذاعة, راديو, صحيفة, جريدة, وكالة, شبكة, فضائية), right before an Arabic
loanword of the press (نيوز, برس, بوست, تايمز: «لـ"ديالى نيوز"» gave an incident in Diyala) or right before
English "TV"/"Television" is the outlet's name. The near misses stay places: «في الأهوار» (the marshes
themselves), "in Mosul", and a site word before the medium («مقر قناة …», "Mosul TV headquarters"),
where the station's building is the target.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from geo.matcher import find_places

DAY = date(2025, 3, 10)


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


def where(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.admin1, i.country) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أفاد مراسل تلفزيون الأهوار بمقتل شخص بنزاع عشائري في ذي قار.", ["ذي قار"]),
    ("وقال مصدر أمني لإذاعة الموصل إن مسلحين قتلوا راعيا.", []),
    ("وقال مصدر لقناة كركوك الفضائية إن مسلحين هاجموا نقطة تفتيش للجيش.", []),
    ("ونقلت صحيفة البصرة عن شهود أن مسلحين اغتالوا ناشطا.", []),
    ("وذكرت إذاعة الموصل أن عبوة انفجرت قرب دورية في الموصل.", ["الموصل"]),
    ('وقال مصدر لـ"ديالى نيوز" إن مسلحين هاجموا نقطة تفتيش.', []),
    ("ونقل موقع بغداد بوست عن مصدر أن مسلحين اغتالوا ناشطا.", []),
    ("وذكرت وكالة نينوى برس أن عبوة ناسفة انفجرت على دورية للجيش.", []),
    ("Two soldiers were killed by a roadside bomb, Mosul TV reported.", []),
    ("Kirkuk Television said gunmen attacked a checkpoint.", []),
])
def test_a_place_in_an_outlets_name_is_none(text: str, expected: list) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون قرية في الأهوار وقتلوا صيادا.", ["الأهوار"]),
    ("وقتل شخصان بانفجار عبوة ناسفة في مدينة الموصل.", ["الموصل"]),
    ("اقتحم محتجون مقر قناة البصرة وأضرموا النار فيه.", ["البصرة"]),
    ("وقال مصدر لوكالة شفق نيوز إن انفجارا وقع في البصرة.", ["البصرة"]),
    ("وذكرت نيويورك تايمز أن الغارة استهدفت مخزنا للأسلحة.", ["نيويورك"]),  # a foreign paper: the gold's in_name
    ("Protesters stormed the Mosul TV headquarters.", ["Mosul"]),
    ("A bomb went off in Mosul, television footage showed.", ["Mosul"]),
])
def test_the_place_itself_stays(text: str, expected: list) -> None:
    assert surfaces(text) == expected


def test_the_outlets_report_is_placed_at_its_own_place() -> None:
    assert where("وقال مصدر أمني لتلفزيون الأهوار إن عبوة ناسفة انفجرت على دورية للشرطة في قضاء الرفاعي.") == [
        ("Dhi Qar", "IQ")]
    assert where("أفاد مراسل تلفزيون الأهوار بمقتل شخصين بنزاع عشائري في محافظة البصرة.") == [("Basra", "IQ")]
