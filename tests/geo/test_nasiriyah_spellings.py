"""English spellings of Nasiriyah that wire copy uses ("Nasariya", "Nassiriyah", "Nasseriyah"), noticed by
the zero9 audit (issue 8: 29 deaths there were told with no place), and Dhi Qar as "Zikar" (type9 audit). Every phrasing is written for this
test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text", [
    "Security forces killed 29 protesters in Nasariya on Thursday.",
    "Gunmen killed two men in Nassiriyah on Thursday.",
    "Protesters burned tyres in Nasseriyah, the capital of Dhi Qar province.",
])
def test_the_spelling_finds_nasiriyah(text: str) -> None:
    assert "iq.dq.nasiriyah" in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "Protesters in Zikar province blocked roads on Sunday.",
    "Protesters in Zi Qar blocked roads on Sunday.",
])
def test_the_spoken_spelling_finds_dhi_qar(text: str) -> None:
    assert "iq.gov.dhiqar" in [m.place.place_id for m in find_places(text)]


def test_a_word_that_only_looks_alike_is_no_place() -> None:
    assert find_places("The Nasariyan committee met on Thursday.") == []
