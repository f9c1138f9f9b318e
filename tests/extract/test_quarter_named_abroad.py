"""A quarter named after a foreign city («حي عدن» in Kirkuk) is a quarter, not that city (issue 8, arlong10 audit
step 7, check half no longer held out).

«وأشار المصدر إلى أن التفجير الذي وقع في شارع الكورنيش في حي عدن بجنوب كركوك»: the Kirkuk car bomb's quarter was
read as Aden in Yemen, and the account stood as a second bombing abroad. `placing._named_site` already reads a
street or a square named after a foreign city as the street's name (arlong9: «بشارع القدس»); «حي» (quarter) now
heads such a name too. Aden itself, with no «حي» before it, stays Aden.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2023, 3, 14)


def places(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.location, i.country) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة مدنيين بانفجار سيارة مفخخة في كركوك مساء السبت.\nوأشار المصدر إلى أن التفجير الذي وقع في شارع "
     "الكورنيش في حي عدن بجنوب كركوك، أسفر أيضا عن احتراق ثلاث مركبات.", [("Kirkuk", "IQ")]),
    ("انفجرت عبوة ناسفة في حي عدن بمدينة كركوك صباح اليوم ما أدى إلى إصابة شخصين.", [("Kirkuk", "IQ")]),
])
def test_a_quarter_named_after_a_foreign_city(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت طائرات التحالف مواقع للحوثيين في عدن اليوم.", [("Aden", "YE")]),
])
def test_the_city_itself_stays(text: str, expected: list) -> None:
    assert places(text) == expected
