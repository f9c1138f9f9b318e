"""Issue 8, English wire audit class DUP: one event retold later in the report (the toll restated
by another word, "the rockets were launched ... in Iraq", a restatement at the province) is one
incident; two events on one day at two towns, or an event said to be another, stay apart.
Phrasings written for this file from general wire usage. End to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)


def incidents(text: str) -> list:
    return [i for i in parse_article(Article(text=text), article_date=DAY).incidents if not i.historical]


@pytest.mark.parametrize("text", [
    # the same toll at the same place, told again paragraphs on with another word (clashes, assault)
    "Riot police killed three protesters in Nasiriyah on Tuesday as they tried to clear a sit-in, medics said.\n\n"
    "The unrest has shaken the government for weeks. Officials have promised reforms. Parliament met on Monday. "
    "Many protesters say they will not leave.\n\n"
    "Police and hospital sources said the clashes in Nasiriyah killed three, all of them hit by live rounds.",
    "Gunmen killed five soldiers in Tarmiyah on Tuesday, a security source said.\n\n"
    "The district has seen a rise in insurgent activity. Troops were sent there last year. Residents complain of "
    "checkpoints. Local leaders asked for more police.\n\n"
    "The attack in Tarmiyah killed five and wounded two others, the source said.",
    # the rockets retold four sentences on, placed only at the country
    "Three rockets landed inside Baghdad's Green Zone late on Tuesday, security sources said. The rockets struck "
    "near a parking area. Sirens sounded as the rockets landed, a resident said. Police said the rockets were "
    "Katyusha rockets. It was not clear who fired the rockets. "
    "The rockets were launched amid rising tension in Iraq, officials said.",
    # the launch site told at the province after the base's account
    "A rocket attack on Ain al-Asad air base killed a contractor on Tuesday, the Pentagon said.\n\n"
    "The contractor died of a heart attack while sheltering from the rockets. The base hosts US troops. "
    "A spokesman said ten rockets hit Ain al-Asad base at dawn. "
    "The rockets were launched from a field five kilometres from the base in Anbar province, police said.",
])
def test_a_retold_event_is_one_incident(text: str) -> None:
    assert len(incidents(text)) == 1, [(i.sub_event_type, i.location, i.fatalities) for i in incidents(text)]


@pytest.mark.parametrize(("text", "places", "count"), [
    # two towns of one province, same day, same toll: two events
    ("Gunmen attacked a checkpoint in Fallujah on Monday, wounding a soldier, police said.\n\n"
    "A roadside bomb killed three soldiers in Tikrit on Tuesday, police said. Officials blamed insurgents. "
    "Security was tightened. The road was closed for hours.\n\n"
    "A car bomb killed three civilians in Samarra on Tuesday, a hospital source said.",
    {"Fallujah", "Tikrit", "Samarra"}, 3),
    # the same toll at the same place, but said to be another attack
    ("Gunmen killed two policemen in Baqubah on Tuesday, a police source said. The gunmen fled. "
    "Officials condemned the killing. A curfew was declared.\n\n"
    "In a separate attack, a bomb killed two shoppers at a market in Baqubah, police said.",
    {"Baqubah"}, 2),
])
def test_two_events_stay_two(text: str, places: set[str], count: int) -> None:
    found = incidents(text)
    assert len(found) == count, [(i.sub_event_type, i.location) for i in found]
    assert {i.location for i in found} == places
