"""Forces 'setting up ambushes' among searches, reconnaissance and raids is a sweep, Strategic developments / Other,
not an armed clash (ttype12, session 12, issue 8): the English 'ambushes' row made each province of such a statement
a clash. Ambushes laid for someone, or that killed, and an ambush sprung on a patrol stay clashes.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday the army carried out operations that involved searches, setting up ambushes and raiding hideouts in "
     "the Hamrin mountains.", [("Other", "Hamrin mountains")]),
    ("Security forces carried out searches and laid ambushes near Hawija on Tuesday.", [("Other", "Hawija")]),
])
def test_ambushes_set_up_in_a_sweep_are_no_clash(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants set up ambushes for army patrols near Hawija on Tuesday, killing three soldiers.",
     [("Armed clash", "Hawija")]),
    ("ISIS militants ambushed an army patrol near Hawija on Tuesday.", [("Armed clash", "Hawija")]),
])
def test_ambushes_sprung_stay_clashes(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
