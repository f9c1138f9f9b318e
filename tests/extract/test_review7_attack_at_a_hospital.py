"""An attack at 'a hospital in Kirkuk' is placed at Kirkuk; only where the victims were taken, treated or died
('taken to', 'treated at a hospital in', 'died in a hospital in') is not the event's place (review7 probes of
dd660eb, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return [i.location for i in parse_article(article, None, article_date=date(2024, 3, 14)).incidents]


@pytest.mark.parametrize("text, expected", [
    # the hospital is where the attack happened (unplaced on main)
    ("A bomb exploded outside a hospital in Kirkuk on Wednesday, wounding four people.", ["Kirkuk"]),
    ("Gunmen stormed a hospital in Baquba on Wednesday and killed a wounded policeman.", ["Baqubah"]),
    ("A mortar shell hit a hospital in Fallujah on Wednesday, killing two patients.", ["Fallujah"]),
    ("Three people were killed when a car bomb exploded near the main hospital in Tikrit on Wednesday.", ["Tikrit"]),
])
def test_attack_at_a_hospital(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, wrong", [
    # near misses: where the wounded were treated or died is not the place
    ("Two soldiers were wounded by a roadside bomb on Tuesday and were treated at a hospital in Kirkuk.", "Kirkuk"),
    ("A policeman was shot by gunmen on Tuesday and later died in a hospital in Kirkuk.", "Kirkuk"),
])
def test_where_victims_were_treated(text: str, wrong: str) -> None:
    assert wrong not in _places(text)
