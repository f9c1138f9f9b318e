"""A toll told place by place in one sentence ("Two people died in Najaf and four in the capital
Baghdad", "four were killed in Nassiriya, one killed in Najaf, and another killed in Diwaniyah") is one
event per place, each with the count told just before its place (ACLED codes one event per location).
Issue 8, enfix6 follow-up of the enwire6 audit of 105 English wire reports (docs/english_audit.md round
4, SPLIT class). Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)


def tolls(text: str) -> list[tuple[str | None, int | None]]:
    return sorted((i.location, i.fatalities) for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Two people also died in Najaf and four in the capital Baghdad on Thursday.",
     [("Baghdad", 4), ("Najaf", 2)]),
    ("Three protesters died in Karbala and five in Basra on Friday.", [("Basra", 5), ("Karbala", 3)]),
    ("Police shot dead protesters on Sunday: four were killed in Nassiriya, one killed in Najaf, and another "
     "killed in Diwaniyah.", [("Diwaniyah", 1), ("Najaf", 1), ("Nasiriyah", 4)]),
    # Arabic: the same list with و
    ("قتل اثنان من المتظاهرين في النجف وأربعة في بغداد اليوم الخميس.", [("Baghdad", 4), ("Najaf", 2)]),
    # negatives: one toll for two places is divided (no count of its own before the second place)
    ("Five people were killed in clashes in Najaf and Karbala on Thursday.", [("Karbala", 2), ("Najaf", 3)]),
    # negatives: a single place keeps its toll
    ("Four protesters were killed in Nassiriya on Sunday.", [("Nasiriyah", 4)]),
])
def test_a_toll_told_place_by_place_is_one_event_each(text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(text) == expected
