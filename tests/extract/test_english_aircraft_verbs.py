"""Aircraft named with what they did to a target are an air strike (lead, session 12; self-written wire-style
phrasings): "Iraqi jets destroyed an Islamic State hideout", "F-16s pounded hideouts". Before, only
warplanes/jets/aircraft/drones with pounded/bombed/struck/hit/shelled/targeted were read, so both gave nothing."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 10)


def events(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "Iraqi jets destroyed an Islamic State hideout south of Kirkuk.",
    "Iraqi F-16s pounded Islamic State hideouts in the Hamrin mountains on Monday.",
    "Army helicopters raided an Islamic State hideout near Rutba on Monday.",
])
def test_aircraft_that_destroyed_or_pounded_a_target_strike_from_the_air(text: str) -> None:
    assert events(text) == ["Air/drone strike"]


@pytest.mark.parametrize("text, expected", [
    # suicide bombers are no aircraft: the recruiting centre's bombing is not an air strike
    ("A suicide bomber killed 11 people outside a police recruiting centre in Baghdad on Monday.", ["Suicide bomb"]),
    # a helicopter destroyed on the ground is no strike by it
    ("Militants shot down an army helicopter near Baiji on Monday.", []),
])
def test_bombers_and_aircraft_hit_are_no_air_strike(text: str, expected: list) -> None:
    assert [e for e in events(text) if e == "Air/drone strike"] == [e for e in expected if e == "Air/drone strike"]
