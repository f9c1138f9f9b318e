"""Armed men who torch or demolish property, told in the headline's present tense (issue 8, trec12: self-written
headline probes 'Gunmen torch liquor stores in Baghdad', 'Militants demolish Shiite shrine near Tal Afar' gave no
incident).

The row of armed men destroying property read 'torched', 'burned down', 'demolished' only. ACLED codebook
§Looting/property destruction. A plan, a threat or a modal between the men and the verb is no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen torch liquor stores in Baghdad", [("Looting/property destruction", "Baghdad")]),
    ("Militants demolish Shiite shrine near Tal Afar", [("Looting/property destruction", "Tal Afar")]),
])
def test_armed_men_destroy_property(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "Officials fear militants could torch the fields near Kirkuk this summer.",
    "Militants threatened to torch liquor stores in Baghdad, police said on Sunday.",
])
def test_plans_and_threats(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
