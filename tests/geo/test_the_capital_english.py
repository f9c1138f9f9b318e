"""Lowercase 'the capital' in English copy (issue 8): in an Iraqi report it is Baghdad; beside another
listed country's words it is that country's capital; with no country's words around it, or as a
title ('the capital of Anbar province'), money ('the capital markets') or before the capital's own
name ('the capital Baghdad'), it is no place of its own.

Sentences written for these tests in the style of wire copy; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from geo.matcher import find_places


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.place.place_id) for m in find_places(text)]


@pytest.mark.parametrize("text, place_id", [
    ("Gunmen shot dead a lawyer in the capital on Monday, Iraqi police said.", "iq.baghdad"),
    ("A bomb went off in a market in eastern parts of the capital, officials in Iraq said.", "iq.baghdad"),
    ("Iraqi security forces closed the main bridges of the capital before the protest.", "iq.baghdad"),
    ("Syrian government shells hit suburbs of the capital, killing four.", "sy.damascus"),
    ("Lebanese troops deployed across the capital after the clashes.", "lb.beirut"),
    ("The Capital was quiet on Friday, Iraqi officials said.", "iq.baghdad"),
])
def test_the_capital_is_the_reports_capital(text: str, place_id: str) -> None:
    assert ("the capital", place_id) in [(s.lower(), p) for s, p in _places(text)]


@pytest.mark.parametrize("text", [
    "Rebels entered the capital on Sunday after the president fled.",
    "Ramadi, the capital of Anbar province, was retaken by Iraqi forces.",
    "Iraq's central bank said lenders must raise the capital they hold.",
    "The capital markets in Iraq remain shallow, the minister said.",
    "In the capital Baghdad, a bomb killed three Iraqi soldiers.",
    "The Iraqi government said capital spending would rise.",
])
def test_no_place_of_its_own(text: str) -> None:
    assert all(s.lower() != "the capital" for s, _p in _places(text))


def test_the_capital_named_after_it_is_the_mention() -> None:
    assert _places("In the capital Baghdad, a bomb killed three Iraqi soldiers.") == [("Baghdad", "iq.baghdad")]


def test_an_event_in_the_capital_is_placed_in_baghdad() -> None:
    text = "A roadside bomb killed three Iraqi soldiers in the capital on Monday, police said."
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=date(2025, 3, 4))
    assert [(i.place_id, i.admin1) for i in parsed.incidents] == [("iq.baghdad", "Baghdad")]
