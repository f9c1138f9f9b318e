"""An event told as 'one of thousands of strikes' («وهي واحدة من آلاف الغارات») is one of them, and a tally told
after a semicolon is another clause: neither sums up the event before it (review7 probes of 747a768, issue 8).
Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location", day=date(2024, 3, 14))


@pytest.mark.parametrize("text, expected", [
    # the event is told (dropped as an aggregate on main)
    ("A coalition air strike killed five militants near Al-Qaim on Wednesday, one of thousands of strikes the "
     "coalition has carried out since 2014.", [("Air/drone strike", "Al-Qaim")]),
    ("قتل خمسة مسلحين بغارة جوية للتحالف الدولي على موقع في القائم اليوم، وهي واحدة من آلاف الغارات التي شنها "
     "التحالف منذ 2014.", [("Air/drone strike", "Al-Qaim")]),
    ("Two soldiers were killed in an IS attack on a checkpoint in Tarmiyah on Wednesday; the army has launched "
     "thousands of operations against the group since 2017.", [("Armed clash", "Tarmiyah")]),
    # near misses: the tally alone
    ("The coalition has carried out thousands of strikes in Iraq since 2014.", []),
    ("أطلقت قوات التحالف آلاف الغارات على مواقع التنظيم في العراق منذ عام 2014.", []),
])
def test_one_of_thousands_of_strikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
