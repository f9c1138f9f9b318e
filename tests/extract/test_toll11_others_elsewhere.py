"""Casualties told as "others" in the sentence after the event's are not its own when that sentence names
places only in another governorate (toll11 step 3, issue 8): «قتل 13 شخصاً في النجف وأصيب 300 آخرون. كما
قتل 32 آخرون في ذي قار» gave Najaf 45 dead and 600 wounded. Self-written phrasings, each row through
``parse_article``: (dead, wounded) of the incident at the place named."""

from __future__ import annotations

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from tests.extract.test_wire_reports_2003_2018 import DAY


def toll_at(text: str, place: str) -> tuple[int | None, int | None]:
    found = [(i.fatalities, i.injuries) for i in parse_article(Article(text=text), article_date=DAY).incidents
             if place in (i.location or "") or place in (i.admin1 or "")]
    assert found, f"no incident at {place}"
    return found[0]


@pytest.mark.parametrize("text, place, expected", [
    # positives: the others are another governorate's dead (failed on main: the sums)
    ("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة ما أسفر عن مقتل مدني. كما قتل ثلاثة جنود وأصيب ستة آخرون في "
     "هجوم على قاعدة في مدينة الرمادي.", "Baqubah", (1, None)),
    ("A car bomb exploded in a market in Kirkuk, killing two people. Three others were killed in a separate "
     "attack in Ramadi.", "Kirkuk", (2, None)),
    # near misses: the same governorate, or no place named: still the event's others
    ("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة ما أسفر عن مقتل مدني. وأصيب ستة آخرون نقلوا إلى مستشفى بعقوبة.",
     "Baqubah", (1, 6)),
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وأصيب 10 آخرون.", "Tarmiyah", (2, 10)),
])
def test_others_elsewhere(text: str, place: str, expected: tuple) -> None:
    assert toll_at(text, place) == expected
