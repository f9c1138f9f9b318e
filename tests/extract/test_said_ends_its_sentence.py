"""A speech verb ends where its sentence ends: '..., police said. Baghdad airport was hit by rockets last month'
places the strike at the airport, not at the place of the sentence before (issue 8, place9 audit: the strike
was placed at Nahrawan, the previous sentence's bombing's place, because "said." made the airport a statement's
place). Near misses: a place after "said in" is still where a statement was made. Phrasings written for this
table from general English wire usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def places(text: str) -> list[str | None]:
    return incidents(text, "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("BAGHDAD - Three civilians were wounded on Tuesday when a bomb went off in Nahrawan, police said. Baghdad airport "
     "was hit by rockets last month.", ["Nahrawan", "Baghdad International Airport"]),
    ("Two soldiers were killed in Tarmiyah on Monday, officials said. Mosul airport was shelled on Tuesday.",
     ["Tarmiyah", "Mosul International Airport"]),
])
def test_the_next_sentence_keeps_its_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets hit a base on Monday, a spokesman said in Baghdad.", []),  # placed nowhere, no toll: none (session 11)
    ("Gunmen killed a shepherd in Tarmiyah on Monday, police said in Baghdad.", ["Tarmiyah"]),
])
def test_said_in_a_place_is_a_statements_place(text: str, expected: list[str | None]) -> None:
    assert places(text) == expected
