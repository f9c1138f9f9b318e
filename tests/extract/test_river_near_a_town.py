"""An event on a river is placed at the town named right after it (issue 8, probe12).

'Gunmen opened fire on a fishing boat in the Tigris near Tarmiyah' was put at the Tigris (a representative point of a
river some 1,800 km long, no governorate). A river runs through many places; the town told right after it ('near
Tarmiyah', 'in Haditha', «قرب قضاء حديثة») says where on it the event was (placing._refine, as a governorate gives way
to a finer place next to it). A river with no town after it, or a town told as the target, changes nothing.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

#: Written as on Wednesday 14 May 2025.
WRITTEN = date(2025, 5, 14)

#: Each text with its incidents' (place, governorate).
ON_RIVERS = [
    pytest.param("Gunmen opened fire on a fishing boat in the Tigris near Tarmiyah on Tuesday, killing a fisherman.",
                 [("Tarmiyah", "Baghdad")], id="tigris-near-tarmiyah"),
    pytest.param("A drone struck a boat in the Euphrates near Qaim on Tuesday.", [("Al-Qaim", "Anbar")],
                 id="euphrates-near-qaim"),
    pytest.param("Militants fired mortar shells across the Tigris at an army post in Samarra on Tuesday.",
                 [("Samarra", "Salah al-Din")], id="across-the-river-at-a-town"),
]


@pytest.mark.parametrize("text, expected", ON_RIVERS)
def test_where_on_the_river(text: str, expected: list) -> None:
    placed = incidents(text, "location", "admin1", day=WRITTEN)
    assert placed == expected
