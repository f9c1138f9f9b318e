"""A place told after a coarser one's possessive in a typographic apostrophe is the event's place (issue 8, probe12).

'A Turkish drone struck a vehicle in northern Iraq’s Sinjar district' was put at Iraq: placing._refine took the finer
place after "'s" (Baghdad's Green Zone, Syria's al-Hol camp) but not after "’s", the apostrophe most web copy is
typeset with. A possessive with no place after it changes nothing.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("A Turkish drone struck a vehicle in northern Iraq\u2019s Sinjar district on Wednesday, killing two people.",
     [("Air/drone strike", "Sinjar District")]),
    ("Turkish warplanes bombed suspected PKK hideouts in Iraq\u2019s Qandil mountains on Wednesday.",
     [("Air/drone strike", "Qandil mountains")]),
    ("A Turkish drone struck a vehicle in northern Iraq's Sinjar district on Wednesday, killing two people.",
     [("Air/drone strike", "Sinjar District")]),
])
def test_the_place_after_the_possessive(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected
