"""Arrests of demonstrators told in the protest's own sentence are the protest's intervention, not arrests of their
own (ACLED codes arrests at a demonstration within its event): "Iraqi police fire tear gas at Basra protesters,
arrest dozens" gave a riot and an Arrests incident (lead, session 12; self-written wire-style phrasings)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

SUN = date(2025, 11, 30)


@pytest.mark.parametrize("text", [
    "Iraqi police fire tear gas at Basra protesters, arrest dozens\n\nIraqi security forces fired tear gas and "
    "arrested dozens of demonstrators in the southern city of Basra on Sunday as hundreds protested against power cuts.",
    "Police fired tear gas at protesters in Basra on Sunday and detained dozens of them.",
])
def test_the_protesters_arrested_are_the_protests_intervention(text: str) -> None:
    assert "Strategic developments" not in incidents(text, "event_type", day=SUN)


def test_arrests_of_militants_beside_a_protest_stay_arrests() -> None:
    # the near miss: the arrested are no protesters
    text = "Hundreds protested in Basra on Sunday. Security forces arrested three IS suspects in Mosul on Sunday."
    assert "Strategic developments" in incidents(text, "event_type", day=SUN)
