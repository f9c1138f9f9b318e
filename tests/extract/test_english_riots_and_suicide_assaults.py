"""A crowd attacking a building riots; a suicide assault is a suicide bombing, its grenades too (issue 8,
enwire6 audit of a fresh English corpus, work half; docs/english_audit.md round 4). Every row is a
phrasing written for this file, not a sentence of an audited report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 11, 12)
RIOT = "Violent demonstration"
SUICIDE = "Suicide bomb"


def events(text: str) -> list[tuple[str, str | None]]:
    return sorted((i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize("text, expected", [
    ("Angry citizens attacked the Iranian consulate in Karbala on Sunday night.", [(RIOT, "Karbala")]),
    ("Residents ransacked the party headquarters in Nasiriyah on Sunday.", [(RIOT, "Nasiriyah")]),
    ("Al Qaeda carried out a suicide assault on the provincial council in Tikrit on Monday. The gunmen threw "
     "hand grenades at the guards before two suicide bombers detonated themselves inside the building.",
     [(SUICIDE, "Tikrit")]),
    ("Militants launched a suicide raid on a police station in Baiji on Monday, killing four policemen.",
     [(SUICIDE, "Baiji")]),
])
def test_a_crowd_riots_and_a_suicide_assault_is_a_suicide_bombing(text: str, expected: list) -> None:
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked the party office in Kirkuk on Monday, killing a guard.", [("Attack", "Kirkuk")]),
    ("A grenade thrown at a shop in Basra wounded two people on Monday.", [("Grenade", "Basra")]),
    ("Protesters stormed the provincial council building in Basra on Monday and set it on fire.", [(RIOT, "Basra")]),
    ("اقتحم متظاهرون غاضبون مبنى القنصلية الإيرانية في كربلاء مساء الأحد وأضرموا النار فيه.", [(RIOT, "Karbala")]),
])
def test_kept_as_before(text: str, expected: list) -> None:
    assert events(text) == expected
