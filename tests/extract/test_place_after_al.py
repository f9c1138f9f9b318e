"""A place written with the Arabic article as a word of its own ('in Al Anbar Governorate') is tied to its
preposition (issue 8, trec12: a roadside bomb "planted by Islamic State insurgents in Al Anbar Governorate" was
placed at Iraq, named earlier in the sentence, and dropped as country-level: the report had no incident).

The preposition test read 'in al-Anbar' but not 'in Al Anbar Governorate', where the gazetteer matches 'Anbar
Governorate' after a separate 'Al'. A place with 'Al' and no preposition before it (whose officials spoke) is still not
the event's place.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text", [
    "Two hunters on a trip in Iraq were killed on Sunday when their car hit a roadside bomb planted by militants in "
    "Al Anbar Governorate.",
    "Two shepherds from Syria grazing sheep in Iraq are killed when a landmine left by militants explodes in Al Anbar "
    "province on Sunday.",
    "A soldier on leave in Iraq was wounded on Sunday when a bomb exploded near his car in El Anbar Governorate.",
])
def test_place_after_a_separate_al(text: str) -> None:
    assert incidents(text, "location", day=DAY) == ["Anbar Governorate"]


def test_al_with_no_preposition_is_no_place_of_the_event() -> None:
    text = "Al Anbar Governorate officials said on Sunday that a roadside bomb had killed two soldiers in Iraq."
    assert incidents(text, "location", day=DAY) == ["Iraq"]  # the country told in its own clause, with its toll
