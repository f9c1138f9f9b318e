"""A two-word region after the dateline's city ("ERBIL, Kurdistan Region –", as Rudaw writes it) is a
dateline like "BAGHDAD (AP) —": the city is where the report was filed. An event the body places
elsewhere is not also an event at the dateline's city; an event with no place but the dateline is
kept near that city (geo precision 2). Phrasings written for this file. End to end."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)


def placed(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.location, i.geo_precision) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize(("text", "expected"), [
    # a headline and lead with no place of their own, the body's place: one event there, none at Erbil
    ("Security forces detain six ISIS suspects\n\nERBIL, Kurdistan Region – Iraqi security forces on Tuesday "
     "announced the arrest of six ISIS suspects.\n\nThe suspects were arrested in raids in Mosul and its "
     "outskirts, the statement said.", [("Mosul", 1)]),
    ("Police detain gunmen\n\nDUHOK, Kurdistan Region – Police on Monday announced the arrest of four ISIS "
     "suspects.\n\nThe suspects were arrested in a raid in Kirkuk, police said.", [("Kirkuk", 1)]),
    # only the dateline places the event: kept, near the city
    ("SULAIMANI, Kurdistan Region – A roadside bomb wounded two soldiers on Tuesday, officials said.",
     [("Sulaymaniyah", 2)]),
    # the dateline's city named again as the event's place, or another place in the lead: unchanged
    ("ERBIL, Kurdistan Region – A drone struck Erbil International Airport late on Tuesday, the "
     "counter-terrorism directorate said.", [("Erbil International Airport", 1)]),
    ("Protesters rally for unpaid salaries\n\nERBIL, Kurdistan Region – Hundreds of teachers protested on "
     "Sunday in front of the education directorate in Sulaimani, demanding their salaries.", [("Sulaymaniyah", 1)]),
])
def test_rudaw_dateline(text: str, expected: list[tuple[str, int]]) -> None:
    assert placed(text) == expected
