"""A lead told by a condemnation ("The UN envoy on Wednesday condemned an attack that killed three Kurdish farmers in
Diyala province") and the body's own account of the attack ("Gunmen opened fire on the farmers near the town of
Khanaqin on Monday evening") are one incident, at the body's place and day: the lead's day is the statement's, and
"near Khanaqin" is finer than the province even though a place "near" a town is rough too (lead, session 12;
self-written wire-style phrasings)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2020, 1, 1)
BODY = "\nGunmen opened fire on the farmers as they worked in their fields near the town of Khanaqin on Monday evening."


@pytest.mark.parametrize("lead", [
    "The UN envoy to Iraq on Wednesday condemned an attack that killed three Kurdish farmers in Diyala province.",
    "The UN envoy to Iraq condemned on Wednesday an attack that killed three Kurdish farmers in Diyala province.",
])
def test_the_condemned_attack_and_its_account_are_one(lead: str) -> None:
    assert incidents(lead + BODY, "location", "event_date", "fatalities", day=WED) == [
        ("Khanaqin", date(2019, 12, 30), 3)]


def test_an_attack_in_another_province_stays_apart() -> None:
    # the near miss: the body's attack lies outside the lead's province
    text = ("The UN envoy to Iraq on Wednesday condemned an attack that killed three farmers in Diyala province.\n"
            "Gunmen opened fire on shepherds near the town of Tuz Khurmatu on Monday evening.")
    assert sorted(incidents(text, "location", day=WED)) == ["Diyala Governorate", "Tuz Khurmatu"]
