"""A risen toll told after another event's sentence still updates its own event when it names that
event's place (issue 8, docs/arabic_audit.md, left by semfix: the update was not applied past another
event's sentence). Phrasings written for this table; each row runs through ``parse_article``:
(place, dead) of each incident."""

from __future__ import annotations

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from tests.extract.test_wire_reports_2003_2018 import DAY


def tolls(text: str) -> set[tuple[str | None, int | None]]:
    return {(i.location, i.fatalities) for i in parse_article(Article(text=text), article_date=DAY).incidents}


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وفي الموصل، اعتقلت القوات الأمنية ثلاثة "
     "مطلوبين. وارتفعت حصيلة ضحايا انفجار الطارمية إلى خمسة قتلى.",
     {("Tarmiyah District", 5), ("Mosul", None)}),
    ("A roadside bomb exploded in Tarmiyah, killing two civilians. In Mosul, gunmen killed a shop owner. "
     "The death toll in Tarmiyah later rose to five.",
     {("Tarmiyah", 5), ("Mosul", None)}),
])
def test_an_update_naming_its_place_reaches_back(text: str, expected: set) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no place named: the update does not reach back past the Mosul killing
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وفي الموصل، قتل مسلحون مجهولون صاحب محل. "
     "وارتفعت الحصيلة إلى خمسة قتلى.",
     {("Tarmiyah District", 2), ("Mosul", None)}),
    # the update names the other event's place: not the Tarmiyah bombing's
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وفي الموصل، قتل مسلحون مجهولون صاحب محل. "
     "وارتفعت حصيلة ضحايا هجوم الموصل إلى ثلاثة قتلى.",
     {("Tarmiyah District", 2), ("Mosul", 3)}),
])
def test_other_updates_stay_apart(text: str, expected: set) -> None:
    assert tolls(text) == expected
