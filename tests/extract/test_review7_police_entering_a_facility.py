"""Forces that enter a university, secure a stadium or enter a prison change no territory; a facility retaken,
recaptured or freed is a retaking (review7 probes of 45c0be9, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

REGAINS = "Government regains territory"


def _kinds(text: str) -> list[str]:
    return incidents(text, "sub_event_type", day=date(2024, 3, 14))


@pytest.mark.parametrize("text", [
    # no territory changes hands (a retaking on main)
    "Police entered the university campus in Baghdad on Wednesday to disperse a student sit-in.",
    "Iraqi forces secured the stadium in Basra on Wednesday ahead of the Gulf Cup final.",
    "Police entered the central prison in Nasiriyah on Wednesday after inmates rioted.",
])
def test_entering_a_facility_is_no_retaking(text: str) -> None:
    assert REGAINS not in _kinds(text)


@pytest.mark.parametrize("text", [
    # near misses: retaken facilities and entered towns stay retakings
    "Iraqi troops recaptured Mosul University from IS fighters on Wednesday.",
    "Iraqi forces entered the town of Hit on Wednesday after IS fighters withdrew.",
])
def test_retaking_stays(text: str) -> None:
    assert REGAINS in _kinds(text)
