"""Casualty counts, numbers10 step 3 (issue 8): "killed five and injured seven", "U.S."/"U.N." inside a
noun phrase, "between 4 and 6" (the lower bound), «زميل» (a colleague) as a person. Self-written; each positive failed on main before it."""

from __future__ import annotations

import pytest

from extract.numbers import Casualties, count_casualties

CASES = [
    # positives
    ("A car bomb that killed five and injured seven was the third this week.", 5, 7),
    ("The attack killed four and wounded nine near the market.", 4, 9),
    ("The strike killed two U.S. contractors and a British medic.", 2 + 1, None),
    ("Eleven gunmen are killed and four U.S. soldiers are wounded in the raid.", 11, 4),
    ("Two U.N. guards were injured when the convoy was hit.", None, 2),
    ("أصيب زميل لنا بشظايا قذيفة", None, 1),
    ("إصابة زميلين لنا بنيران قناص", None, 2),
    # a range "between N and M" gives its lower bound (it added them up)
    ("Between 4 and 6 people were killed in the blast.", 4, None),
    # a group opened by "a" + adjective before a plural group: "Two Americans and a coalition servicemember"
    ("Two Iraqis and a foreign contractor are dead after the rocket fell on the base.", 3, None),
    # near misses
    ("The ministry said a local guard was killed at the gate.", 1, None),
    ("A soldier and two civilians were killed at the checkpoint.", 3, None),
    ("He said U.S. forces killed 3 militants in the valley.", 3, None),
    ("The U.S. embassy said two rockets fell inside the compound.", None, None),
    ("The battalion of 100 U.S. troops arrived on 5 May.", None, None),
    ("استقبل الوزير زميله في بغداد", None, None),
    ("killing one hundred people", 100, None),
]


@pytest.mark.parametrize("text, killed, injured", CASES)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)
