"""Counts, spans and habits that are no event (issue 8, enwire6 audit of a fresh English corpus, work
half; docs/english_audit.md, round 4). Every row is a phrasing written for this file from general wire
usage, not a sentence of an audited report; the negatives keep the day's event told beside the span."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 5, 12)


def events(text: str) -> list[tuple[str, str | None]]:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return sorted((i.sub_event_type, i.location) for i in found)


@pytest.mark.parametrize("text", [
    "Two policemen were hurt on Tuesday in some of the worst unrest reported during months of protests in the south.",
    "Unrest after weeks of demonstrations in Nasiriyah has left the city tense.",
    "In April alone, 22 suspects were arrested in different parts of Diyala, an official said.",
    "Security forces arrested dozens of wanted men in various parts of Nineveh, the official added.",
    "More than 300 people have been killed since anti-government rallies erupted in Baghdad in October.",
    "A series of rocket attacks hit Baghdad airport in 2020, Iraqi officials said.",
    "There have been almost daily rocket and drone attacks on bases housing US troops in Iraq.",
    "The group continues to attack army posts near Kirkuk, officials say.",
    "At least 13 protesters were killed across Iraq on Sunday, officials said.",
])
def test_a_count_a_span_or_a_habit_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Security forces arrested three suspects in Fallujah on Tuesday, a month after months of raids.",
     [("Arrests", "Fallujah")]),
    ("A series of explosions rocked Baghdad on Tuesday, police said.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
    ("Turkish artillery continued to shell villages near Zakho on Tuesday, killing a shepherd.",
     [("Shelling/artillery/missile attack", "Zakho")]),
    ("Protesters blocked the main road in Nasiriyah on Tuesday, the third day of protests in the city.",
     [("Peaceful protest", "Nasiriyah")]),
    ("Two protesters were killed in Basra on Sunday as protests spread across the country.",
     [("Excessive force against protesters", "Basra")]),
])
def test_the_day_s_event_beside_a_span_stays(text: str, expected: list) -> None:
    assert events(text) == expected
