"""A victim named by a singular noun counts as one dead or hurt (lead, session 12, self-written phrasings in wire
style): "killed an activist", "a judge was killed". Before, only the nouns of a short list (soldier, policeman,
civilian ...) were counted, so "killed a soldier" gave 1 and "killed an activist" gave no toll at all."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 10)


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(i.fatalities, i.injuries) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed an activist in Amarah with a silenced pistol.", [(1, None)]),
    ("Gunmen killed a lawyer in Amarah on Monday.", [(1, None)]),
    ("Gunmen killed a tribal sheikh in Amarah on Monday.", [(1, None)]),
    ("An activist was killed by gunmen in Amarah.", [(1, None)]),
    ("A bomb exploded in a village near Kirkuk, killing a citizen and wounding a federal police officer.", [(1, 1)]),
    ("A roadside bomb in Tarmiyah killed a teenager and wounded a fisherman.", [(1, 1)]),
])
def test_a_victim_told_by_a_singular_noun_counts_one(text: str, expected: list) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun of the one who tells, not a victim: the toll stays the number told
    ("A roadside bomb killed two soldiers in Tarmiyah, a local official said.", [(2, None)]),
    ("Gunmen killed three activists in Amarah, a lawyer for their families said.", [(3, None)]),
])
def test_the_teller_named_by_a_noun_is_no_victim(text: str, expected: list) -> None:
    assert tolls(text) == expected
