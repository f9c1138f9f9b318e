"""An event placed at no more than a whole country and telling no toll is not an incident (an ACLED row needs at
least the governorate; a point at the country's centre would be drawn where nothing happened); with a toll, or
with a place of its own, it stays. Forces "stationed in" a place («قوات متمركزة في مطار أربيل») are where an attack
on them happened: «متمركزة» is not «مؤتمر» (a conference's place is its speakers', not an event's). Issue 8, lead,
session 11. Self-written phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 4, 15)


def incidents(text: str) -> list[tuple[str, str | None]]:
    return [(x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "US shoots down two drones targeting US forces in Iraq, a defense official says",
    "أعلنت الولايات المتحدة أنها نفذت غارات جوية على مواقع في العراق.",
])
def test_country_only_without_toll_is_no_incident(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize("text, location", [
    # a toll keeps a country-wide account
    ("قتل 18 شخصاً، اليوم الخميس، في سلسلة هجمات شنها متطرفون في مناطق متفرقة من العراق.", None),
    ("Eighteen people were killed on Thursday in a series of attacks across Iraq, officials said.", None),
    # a place of its own
    ("US shoots down two drones targeting US forces at Ain al-Asad air base in Iraq", "Ain al-Asad Air Base"),
])
def test_an_account_with_a_toll_or_a_place_stays(text: str, location: str | None) -> None:
    assert [loc for _t, loc in incidents(text)] == [location]


@pytest.mark.parametrize("text", [
    "قال مسؤولو أمن إن طائرة مسيرة ألقت متفجرات قرب قوات أمريكية متمركزة في مطار أربيل بشمال العراق.",
    "ألقت طائرة مسيرة متفجرات قرب قوات التحالف المتمركزة في مطار أربيل.",
])
def test_forces_stationed_at_a_place_are_attacked_there(text: str) -> None:
    assert incidents(text) == [("Air/drone strike", "Erbil International Airport")]


def test_a_conference_place_is_still_its_speakers() -> None:
    # «مؤتمر صحفي في بغداد»: where the statement was made, not the strike's place
    text = "قال المتحدث في مؤتمر صحفي في بغداد إن طائرة مسيرة قصفت موقعاً في قضاء سنجار."
    assert [loc for _t, loc in incidents(text)] == ["Sinjar District"]


def test_a_wire_spelling_of_a_city_places_the_event_there() -> None:
    # "Karbalah" (wire copy's final -h) is Karbala, not an account placed at Iraq alone
    text = "A civil society activist was shot dead late on Sunday in Iraq's shrine city of Karbalah, a neighbour said."
    assert [loc for _t, loc in incidents(text)] == ["Karbala"]
