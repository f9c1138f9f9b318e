"""A road named by its two ends and the place near which the event happened on it (issue 8, arrec11 audit: Arabic
events placed wrong).

«نزاعا عشائريا مسلحا على طريق بصرة ميسان بالقرب من حدود قضاء القرنة» (a tribal clash on the Basra–Maysan road near
the border of Qurna district) was placed at Basra, the city the road is named from first: `placing.choose_places`
returns a road's first end when nothing else places the event, and «حدود» (border) between «بالقرب من» and the
district's designator kept Qurna from reading as tied. Now «حدود» may stand before a place as a designator does
(«قرب حدود قضاء …»), and a place told near («قرب», «بالقرب من», compass words) after a road's first end, in the same
clause, is where on the road the event happened.

Near misses: a road with no place near it keeps the road (a known road, or its first end). Every phrasing is written for this table; the article date is Tuesday 2025-07-15.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2025, 7, 15)


def places(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.location, i.geo_precision) for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text, expected", [
    ("اندلع اليوم نزاع عشائري مسلح على طريق بصرة ميسان بالقرب من حدود قضاء القرنة.", [("Qurna District", 2)]),
    ("هاجم مسلحون اليوم شاحنة على طريق بصرة ميسان قرب حدود قضاء القرنة، ما أدى إلى إصابة سائقها.",
     [("Qurna District", 2)]),
])
def test_the_place_near_which_the_road_is_told(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت اليوم عبوة ناسفة على طريق بغداد كركوك، ما أدى إلى إصابة جنديين.", [("Kirkuk-Baghdad road", 1)]),
    # no place near it: on the road, at the end named first (precision 2)
    ("اندلع اليوم نزاع عشائري مسلح على طريق بصرة ميسان، ما أدى إلى إصابة شخصين.", [("Basra", 2)]),
])
def test_near_misses(text: str, expected: list) -> None:
    assert places(text) == expected
