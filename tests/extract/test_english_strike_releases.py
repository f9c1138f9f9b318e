"""Coalition strike releases and lists of places in English wire copy (issue 8, enwire6 audit of a
fresh English corpus, work half; docs/english_audit.md, round 4). Every row is a phrasing written for
this file in the style of the releases as wire copy relays them, not a sentence of an audited report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2017, 3, 14)
AIR = "Air/drone strike"


def events(text: str) -> list[tuple[str, str | None]]:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return sorted((i.sub_event_type, i.location) for i in found)


# "Near X, N strikes engaged/destroyed ...": each counted strike line is an air strike at its town, one
# per town, whatever it destroyed (a weapons cache destroyed from the air is no seizure).
@pytest.mark.parametrize("text, expected", [
    ("Near Tikrit, three strikes engaged an ISIS tactical unit and destroyed two vehicles, the coalition said.",
     [(AIR, "Tikrit")]),
    ("One strike near Haditha also destroyed an ISIS weapons cache, the task force said on Tuesday.",
     [(AIR, "Haditha")]),
    ("Coalition strike release\nNear Ramadi, four strikes destroyed five fighting positions and a tunnel.\n"
     "Near Sinjar, two strikes suppressed a mortar team and damaged a supply route.",
     [(AIR, "Ramadi"), (AIR, "Sinjar")]),
    ("Near Mosul, six strikes engaged three ISIS tactical units on Monday.\n"
     "Two additional strikes near Tal Afar destroyed a mortar system and a vehicle.",
     [(AIR, "Mosul"), (AIR, "Tal Afar")]),
])
def test_a_counted_strike_line_is_an_air_strike_at_its_town(text: str, expected: list) -> None:
    assert events(text) == expected


# The air force as the subject of a strike verb: an air strike, also with militants killed further on.
@pytest.mark.parametrize("text, expected", [
    ("The Iraqi air force destroyed an Islamic State hideout near Baiji on Monday night as well, and killed "
     "several militants who were sheltering inside it.", [(AIR, "Baiji")]),
    ("Iraqi air force jets bombed two ISIS caves near Tuz Khurmatu on Monday, the ministry said.",
     [(AIR, "Tuz Khurmatu")]),
    ("The Iraqi air force received two new F-16 jets at Balad air base on Monday.", []),
])
def test_the_air_force_destroyed_is_an_air_strike(text: str, expected: list) -> None:
    assert events(text) == expected


# Wire spellings of a gas field and its governorate (Reuters copy relayed by European outlets).
@pytest.mark.parametrize("text, expected", [
    ("A drone carrying explosives hit facilities at the Hor Mor gas field in the Suleymaniya region on Monday.",
     [(AIR, "Khor Mor gas field")]),
    ("Hundreds of teachers protested in Suleymaniya on Monday over unpaid salaries.",
     [("Peaceful protest", "Sulaymaniyah")]),
])
def test_wire_spellings_of_khor_mor_and_sulaymaniyah(text: str, expected: list) -> None:
    assert events(text) == expected


# A comma list closed by "and" names one event per place, as "X and Y" does.
@pytest.mark.parametrize("text, expected", [
    ("Three additional airstrikes in Iraq hit ISIS units near the towns of Haditha, Anah and Rawah on Monday.",
     [(AIR, "Anah"), (AIR, "Haditha"), (AIR, "Rawa")]),
    ("Airstrikes hit militant hideouts near Baiji, Tikrit and Samarra on Monday, the ministry said.",
     [(AIR, "Baiji"), (AIR, "Samarra"), (AIR, "Tikrit")]),
    ("استهدفت غارات جوية مواقع لداعش في الشرقاط، بيجي وتكريت يوم الاثنين.",
     [(AIR, "Baiji"), (AIR, "Shirqat"), (AIR, "Tikrit")]),
])
def test_a_comma_list_closed_by_and_is_one_event_per_place(text: str, expected: list) -> None:
    assert events(text) == expected


# No counted strike line: a labour strike, a tally of strikes, a comma that is no list.
@pytest.mark.parametrize("text, expected", [
    ("Oil workers in Basra said two strikes disrupted exports last year.", []),
    ("Teachers held three strikes in Nasiriyah this term to demand unpaid salaries.", []),
    ("The coalition has conducted 14 strikes in Iraq since January, destroying 40 fighting positions.", []),
    ("An airstrike hit an ISIS hideout near Baiji, Salahuddin province, on Monday.", [(AIR, "Baiji")]),
])
def test_no_strike_line_no_list(text: str, expected: list) -> None:
    assert events(text) == expected
