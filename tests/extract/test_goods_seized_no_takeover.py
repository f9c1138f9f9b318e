"""Goods seized are no territory taken (issue 8, lead, session 7; review7b's probe).

The generic English row 'seized|overran|took control of|captured' (a place as its object) made "Iraqi police
seized 200 kilograms of hashish in Basra" an Islamic State takeover of Basra. Drugs, cash, fuel, cigarettes,
documents and amounts (kilograms, tons) after the verb are what police and customs seize, not a place.
Self-written phrasings; the article date is Tuesday 2020-03-03.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2020, 3, 3)


def _subtypes(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text", [
    "Iraqi police seized 200 kilograms of hashish in Basra on Monday.",
    "Customs officers seized two tons of smuggled cigarettes at Umm Qasr port.",
    "Police in Najaf captured 5,000 captagon pills on Monday.",
    "Security forces seized cash and forged passports in Kirkuk.",
])
def test_goods_seized_are_no_takeover(text: str) -> None:
    assert "Non-state actor overtakes territory" not in _subtypes(text)


@pytest.mark.parametrize("text", [
    "Islamic State militants seized the town of Rutba on Monday.",
    "Militants overran the village of Bashir south of Kirkuk on Monday.",
])
def test_a_place_taken_still_is(text: str) -> None:
    assert _subtypes(text) == ["Non-state actor overtakes territory"]
