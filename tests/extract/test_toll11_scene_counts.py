"""Casualty counts, toll11 step 2 (issue 8): an Arabic casualty verb with a short phrase of the scene before its
count (verb, where or by what, then the victims: «قتل في الهجوم خمسة أشخاص», «أصيب بالانفجار 3 جنود») counts
them; a time («في العام 2014») or how often («3 مرات») is no count. Self-written phrasings; each positive gave
None on main."""

from __future__ import annotations

import pytest

from extract.numbers import Casualties, count_casualties

CASES = [
    # positives
    ("وقتل في الهجوم خمسة أشخاص بينهم طفلان", 5, None),
    ("وأصيب في الانفجار أكثر من 50 شخصاً بجروح", None, 50),
    ("وأصيب بالانفجار 3 جنود كانوا في دورية", None, 3),
    ("وقتل بالاعتداء نحو 20 مدنياً قرب المطعم", 20, None),
    ("قتل في الحادث شخص وأصيب آخر", 1, 1),
    ("أصيب في الانفجار جنديان", None, 2),
    # near misses: a time, a year, how often, a phrase with no count after it
    ("قتل في العام 2014 أكثر من مئة شخص في المدينة", None, None),
    ("أصيب في الرأس 3 مرات خلال المباراة", None, None),
    ("قتل في الهجوم الذي وقع في 3 آذار", None, None),
    ("وأصيب في الانفجار عدد من المارة", None, None),
    ("قتل في الساعة 3 فجراً", None, None),
]


@pytest.mark.parametrize("text, killed, injured", CASES)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)
