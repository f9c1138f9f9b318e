"""A trigger that ends a quoted name places its event after the quote (issue 8, trec12: '10 "Grad-type rockets" hit
the sprawling Ain al-Assad base' and 'A "fierce artillery bombing" hit a resort in Zakho' were not placed there).

A quotation opened between the trigger and a place is a speaker's words, which do not place the event ('defends the
airstrike, claiming the commander "was planning attacks in Erbil"'). The quote that closes a name the trigger ends
('"Grad-type rockets"', '"fierce artillery bombing"') opened before the trigger, a word or two back: it closes that
name and opens nothing. The event was left with the country of its first account (and dropped as country-level) or
with no place.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("At least ten rockets hit a military base in western Iraq on Sunday, security sources said. Iraqi security "
     "forces said ten \"Grad-type rockets\" hit the sprawling Ain al-Assad base on Sunday morning.",
     [("Shelling/artillery/missile attack", "Ain al-Asad Air Base")]),
    ("Shelling hit a tourist resort in northern Iraq on Sunday, killing nine people. A \"fierce artillery bombing\" "
     "hit a resort in Zakho, state TV said.",
     [("Shelling/artillery/missile attack", "Zakho")]),
])
def test_place_after_the_quoted_name(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


def test_a_speakers_quote_still_places_nothing() -> None:
    text = "The minister defended the airstrike in Iraq on Sunday, claiming the commander \"was planning attacks in Erbil\"."
    assert incidents(text, "location", day=DAY) == []
