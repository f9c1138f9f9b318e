"""«(كركوك) – قال مصدر أمني اليوم إن عبوة ناسفة انفجرت …» is a news report from the city where its event happened;
only an organisation's release («(أربيل) – قالت منظمة حقوقية …») speaks from an office elsewhere (review7 probes of
ab0c840, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return [i.location for i in parse_article(article, None, article_date=date(2024, 3, 14)).incidents]


@pytest.mark.parametrize("text, expected", [
    # a source in the city speaks of its event (unplaced on main)
    ("(كركوك) – قال مصدر أمني اليوم إن عبوة ناسفة انفجرت قرب دورية للشرطة ما أسفر عن إصابة شرطيين.", ["Kirkuk"]),
    ("(تكريت) – أعلنت قيادة الشرطة اليوم أن مسلحين هاجموا نقطة تفتيش وقتلوا شرطيين.", ["Tikrit"]),
    # near misses: an organisation's release names its office
    ("(أربيل) – قالت منظمة حقوقية اليوم إن مسلحين أعدموا 6 أشخاص على الأقل في 3 آذار 2024.", [None]),
    ("(نيويورك) – قالت هيومن رايتس ووتش اليوم إن مسلحين أعدموا 13 شخصا في قرية عراقية.", [None]),
])
def test_bracketed_dateline_of_a_news_report(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
