"""A summary sentence at a city level ("Three bombs hit Baghdad", «وقع عدد من التفجيرات في بغداد»)
followed by the neighbourhoods' accounts one by one: ACLED codes one event per neighbourhood, so the
summary yields to its items (extract.merge_pass._itemise). Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 12)  # a Wednesday


def placed(text: str) -> list[tuple[str | None, date | None]]:
    return sorted((i.location, i.event_date) for i in parse_article(Article(text=text), article_date=DAY).incidents)


SUNDAY = date(2025, 3, 9)


@pytest.mark.parametrize("text, expected", [
    ("Three bombs hit Baghdad on Sunday, killing 12 people. A car bomb exploded in Sadr City, killing 7. "
     "A roadside bomb exploded in Dora, killing 5.",
     [("Dora", SUNDAY), ("Sadr City", SUNDAY)]),
    ("A series of bombings struck Baghdad on Sunday. A car bomb exploded in Karrada. "
     "Later, a roadside bomb went off in Adhamiya.",
     [("Adhamiya", SUNDAY), ("Karrada", SUNDAY)]),
    ("وقع عدد من التفجيرات في بغداد اليوم. انفجرت سيارة مفخخة في حي الجهاد. وانفجرت عبوة ناسفة في حي الغزالية.",
     [("Ghazaliya", DAY), ("Jihad", DAY)]),
    ("ضربت سلسلة تفجيرات العاصمة بغداد يوم الأحد. وانفجرت سيارة مفخخة في منطقة الكرادة. "
     "كما انفجرت عبوة ناسفة في حي الدورة.",
     [("Dora", SUNDAY), ("Karrada", SUNDAY)]),
])
def test_a_city_summary_yields_to_its_neighbourhood_accounts(text: str, expected: list) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one blast told at the city, then where in it: one event
    ("A car bomb exploded in Baghdad on Sunday, killing 5. Police said the blast hit a market in Karrada.",
     1),
    # a plural summary with a single neighbourhood told after it: one event, not split
    ("Bombs hit Baghdad on Sunday, killing 12. A car bomb exploded in Sadr City, killing 7.", 1),
    # a singular event at the city, then another city's: nothing to itemise
    ("انفجرت سيارة مفخخة في بغداد اليوم. وانفجرت عبوة ناسفة في الموصل.", 2),
])
def test_no_summary_no_itemising(text: str, expected: int) -> None:
    assert len(placed(text)) == expected
