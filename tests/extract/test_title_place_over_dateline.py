"""A title's place is the event's, not the dateline of the lead that retells it (issue 8, miss8 audit,
session 8, work half, stage PLACE).

"Turkish airstrike kills Yezidi militiamen in Iraq's disputed Sinjar" over "ERBIL (Kurdistan 24) – A
Turkish airstrike on Wednesday killed at least five fighters ...": the lead, placed only by its dateline,
ranked above the title when the two merged and kept Erbil (where the outlet writes from). `merging._combine`:
a lead placed only by its dateline takes the place of the account it merges with when that one has a place
of its own within a governorate of the same country.

Near misses: a title with no place, or only the country, leaves the dateline's city (near it, geo 2); a
lead with a place of its own keeps it.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location", "geo_precision")


@pytest.mark.parametrize("text, expected", [
    ("Turkish drone strike kills two fighters in Sinjar\n"
     "ERBIL (Kurdistan 24) – A Turkish drone strike on Wednesday killed two fighters, security sources said.",
     [("Air/drone strike", "Sinjar", 1)]),
    ("قصف تركي يقتل مقاتلين اثنين في سنجار\nأربيل - قتل مقاتلان بقصف تركي، الأربعاء، بحسب مصادر أمنية.",
     [("Shelling/artillery/missile attack", "Sinjar", 1)]),
])
def test_the_titles_place_wins_over_the_dateline(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    ("Drone strike kills two\nERBIL – A drone strike killed two people on Wednesday, officials said.",
     [("Air/drone strike", "Erbil", 2)]),
    ("Turkish strike kills two in Iraq\nERBIL – A Turkish strike killed two people on Wednesday, officials said.",
     [("Air/drone strike", "Erbil", 2)]),
    ("Turkish drone strike kills two fighters in Sinjar\n"
     "ERBIL – A Turkish drone strike on Wednesday killed two fighters in Duhok province, officials said.",
     [("Air/drone strike", "Dohuk Governorate", 3)]),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
