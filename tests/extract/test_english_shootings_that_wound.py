"""English shootings told by their wounded or by a sniper (issue 8, trec12: a report of a soldier "injured by an
ISIS sniper in the Tarmiyah district" gave no incident at all).

English had shooting words for the dead ('shot dead', 'opened fire', 'killed') but none for a shooting that only
wounds: "was shot", "fired on a patrol", "wounded in a shooting", "injured by a sniper", "sniper fire". ACLED codes
an attack that wounds as one that kills; the type follows who was hit (soldiers, police, a checkpoint: an armed
clash; civilians: an attack on civilians). A wounded or injured passive names its victims before the verb, as a
killed one does. Not a drone shot down, a death ('shot dead' keeps its count), snipers posted, warning shots.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("An Iraqi soldier was injured by an ISIS sniper in Tarmiyah district on Sunday.", ["Armed clash"]),
    ("An ISIS sniper wounded a soldier in Tarmiyah on Sunday.", ["Armed clash"]),
    ("A policeman was shot in Basra on Sunday.", ["Armed clash"]),
    ("Gunmen fired at an army checkpoint in Tarmiyah on Sunday, wounding two soldiers.", ["Armed clash"]),
    ("Two policemen were wounded when gunmen fired on their patrol in Kirkuk on Sunday.", ["Armed clash"]),
    ("Two civilians were wounded in a shooting in Kirkuk on Sunday.", ["Attack"]),
    ("A civilian was wounded by a sniper's bullet in Khanaqin on Sunday.", ["Attack"]),
])
def test_shootings_that_wound(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Air defences shot down a drone near Erbil on Sunday.", [("Disrupted weapons use", None)]),
    ("A policeman was shot dead in Basra on Sunday.", [("Armed clash", 1)]),
    ("Security forces fired warning shots in the air to disperse the crowd in Kirkuk on Sunday.", []),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "fatalities", day=DAY) == expected
