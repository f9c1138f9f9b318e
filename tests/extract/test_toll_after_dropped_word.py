"""An event's toll told in the clause of a word dropped as no event of its own (numbers10 step 4, issue 8):
"… during an attempted arrest, killing himself and wounding two", "…, a day before a planned protest,
wounding three". And «مقتله/مقتلها/مقتلهما» count the one (two) just named. Self-written phrasings."""

from __future__ import annotations

import pytest

from extract.model import Article
from extract.numbers import Casualties, count_casualties
from extract.pipeline import parse_article


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(i.fatalities, i.injuries) for i in parse_article(Article(text=text, id="t", source="t")).incidents]


@pytest.mark.parametrize("text, expected", [
    # positives (None, None on main)
    ("A suicide bomber blew himself up at a house in Tarmiyah, during an attempted arrest, killing himself "
     "and wounding two policemen.", [(1, 2)]),
    ("A roadside bomb exploded in Baghdad on Sunday, a day before a planned protest, wounding three passers-by.",
     [(None, 3)]),
    # near miss: the next word is an event of its own with its own toll, which stays its own
    ("A car bomb exploded in Kirkuk, and gunmen attacked a checkpoint in Hawija, killing two soldiers.",
     [(None, None), (2, None)]),
])
def test_toll_of_the_dropped_clause(text: str, expected: list) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize("text, killed, injured", [
    ("فجر انتحاري حزامه الناسف أثناء محاولة اعتقاله، ما أسفر عن مقتله وإصابة اثنين من الشرطة", 1, 2),
    ("أطلق مسلحون النار على سيارة المختار، ما أدى إلى مقتلهما على الفور", 2, None),
    ("اصطدمت سيارتها بعمود كهرباء ما أدى إلى مقتلها", 1, None),
    # near misses: «بمقتله» after an arrest is no toll of its own; a number before stays the count
    ("اعتقال 3 متهمين بمقتله", None, None),
    ("مقتل 3 أشخاص بينهم طفل", 3, None),
])
def test_his_killing(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)
