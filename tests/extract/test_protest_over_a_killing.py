"""A protest over a killing told in one sentence («خرج المئات من المتظاهرين ... احتجاجا على اغتيال الناشط الذي قتل ...
ليلة أمس») is two events when the killing has its own time (annotation guide: the protest at its day, the killing at
its own; the killing is never excessive force against protesters). The protest word that opens what the protest
denounces («احتجاجا على») joined the killing's trigger group, so the protest was lost (lead, session 12; self-written
phrasings)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

THU = date(2025, 3, 6)


@pytest.mark.parametrize("text, expected", [
    ("خرج المئات من المتظاهرين في مدينة الناصرية، مساء الخميس، احتجاجا على اغتيال الناشط المدني الذي قتل برصاص"
     " مسلحين مجهولين أمام منزله وسط المدينة ليلة أمس.",
     [("Protests", THU), ("Violence against civilians", date(2025, 3, 5))]),
])
def test_the_protest_and_the_killing_it_denounces_are_two_events(text: str, expected: list) -> None:
    assert sorted(incidents(text, "event_type", "event_date", day=THU)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the killing named only as the protest's object, no time of its own: one protest
    "خرج المئات من المتظاهرين في مدينة الناصرية، مساء الخميس، احتجاجا على اغتيال الناشطين.",
])
def test_a_killing_named_only_as_the_protests_object_is_no_incident(text: str) -> None:
    assert incidents(text, "event_type", day=THU) == ["Protests"]
