"""Dual event nouns (issue 8 class 6, docs/arabic_audit.md "What remains": «تفجيري بغداد», «التفجيرين» were
no trigger): a dual bombing is a bombing, and a dual at two places gives one event per place; an
indefinite dual at its own neighbourhood, told in a city's list of blasts, is its own event, not one
retelling the next blast. Phrasings written for this table; each row runs end to end through
``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_toll_updates import incidents as incidents_on_day

DAY = date(2024, 5, 3)
IED = "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    """(sub-event type, place, fatalities) of every incident of ``text`` published on DAY."""
    return [(sub, place, killed) for sub, place, killed, _injured in incidents_on_day(text)]


@pytest.mark.parametrize("text, expected", [
    ("أدان رئيس الوزراء تفجيري بغداد اللذين أسفرا عن مقتل 30 شخصا.", [(IED, "Baghdad", 30)]),
    ("وقع تفجيران في حي الجهاد ببغداد اليوم.", [(IED, "Jihad", None)]),
    # the toll of a dual bombing: the bombing, not a killing of its own kind
    ("أسفر التفجيران عن مقتل 12 شخصا في الكرادة اليوم.", [(IED, "Karrada", 12)]),
    # a dual at two places: one event per place
    ("وقع التفجيران في منطقتي الكرادة والمنصور ببغداد اليوم.", [(IED, "Karrada", None), (IED, "Mansour", None)]),
    # a city's blasts told one by one: the dual at its neighbourhood is its own event
    ("وقعت عدة تفجيرات في بغداد أمس. ووقع تفجيران في حي الجهاد أسفرا عن مقتل 4 أشخاص. "
     "وانفجرت سيارة مفخخة في حي العامل قتلت شخصين.", [(IED, "Jihad", 4), (IED, "Amil", 2)]),
])
def test_dual_bombings_are_bombings(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a twin suicide bombing at one place is one event
    ("قتل 20 شخصا في تفجيرين انتحاريين وقعا في ساحة الطيران وسط بغداد اليوم.",
     [("Suicide bomb", "Tayaran Square", 20)]),
    # a dual over a period sums up events told apart
    ("نفذ التنظيم هجومين خلال أقل من يومين في محافظتي المثنى وذي قار.", []),
])
def test_twin_and_summed_duals_are_unchanged(text: str, expected: list) -> None:
    assert incidents(text) == expected
