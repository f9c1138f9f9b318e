"""A generic follow-up with no place of its own («وأسفر الهجوم عن مقتل ...», "... were killed as a result of
the IS attack") adds its toll to the event told before it, never to one told after it (issue 8, place7
audit: the toll of an attack on Bashir village was put in Diyala, where the next sentence's arrests were).
Look-alike: the toll right after its event still joins it. Every phrasing is written for this test, none
is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(incidents(text, "location", "sub_event_type", "fatalities", day=date(2026, 3, 10)))


@pytest.mark.parametrize("text", [
    "IS militants set fire to fields in Bashir village of Taza, Kirkuk province, on Monday. Security forces and "
    "villagers gathered at the site to put out the fire before the militants opened fire on them. At least three "
    "soldiers and two civilians were killed as a result of the IS attack. The Security Media Cell said that 21 IS "
    "members had been captured during separate security operations in Anbar and Diyala provinces.",
    "IS militants set fire to fields in Bashir village of Taza, Kirkuk province, on Monday. At least three soldiers "
    "and two civilians were killed as a result of the IS attack.",
])
def test_the_toll_joins_the_event_told_before_it(text: str) -> None:
    bashir = [x for x in _incidents(text) if x[0] == "Bashir"]
    assert [fatalities for _, _, fatalities in bashir] == [5]
    assert all(not (place or "").startswith("Diyala") or kind == "Arrests" for place, kind, _ in _incidents(text))
