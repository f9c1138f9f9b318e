"""English attacks told by 'murder' or by gunmen who wound (issue 8, trec12: 'ISIS Murders 7 Shepherds in Central
Iraq' and self-written headline probes gave no incident).

'kills', 'shot dead' and 'gunmen ... killed' were triggers; 'murders', 'was murdered' and 'Gunmen wound two
policemen' were not. ACLED codes an attack that wounds as one that kills, and a murder by armed men as an attack;
the type follows who was hit. The noun 'murder' of court news and a plan to wound stay no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("ISIS murders seven shepherds in Anbar desert", [("Attack", "Anbar desert (Badiya)")]),
    ("A farmer was murdered by militants in a village near Hawija on Sunday.", [("Attack", "Hawija")]),
    ("Gunmen wound two policemen in Kirkuk", [("Armed clash", "Kirkuk")]),
])
def test_murders_and_woundings(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "A court in Basra sentenced a man to death for murder on Sunday.",
    "Militants plan to wound as many soldiers as possible in Kirkuk, officials warned on Sunday.",
])
def test_court_news_and_plans(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []


@pytest.mark.parametrize("text, expected", [
    # executions in the headline's present tense, with the people executed (a later commit of trec12)
    ("Militants execute three villagers near Hawija", [("Attack", "Hawija")]),
    ("ISIS executes 12 men in Mosul", [("Attack", "Mosul")]),
    # 'execute' an operation or a plan is no killing
    ("The army will execute the operation to clear the Hamrin mountains next week.", []),
])
def test_executions(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected
