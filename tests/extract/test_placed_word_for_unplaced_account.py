"""A generic word placed by its own sentence ('an attack on the Ain al-Asad air base on Tuesday') right after a
specific account with no place of its own for the same day ('two drone attacks on U.S. forces on Monday and
Tuesday') is that account: one event, its kind at the word's place (issue 8, dup7 audit: a summary sentence and
the body's placed account told apart). Phrasings written for this table from general Arabic and English wire
usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)  # a Friday: Monday 29 April, Tuesday 30 April
DRONE, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def incidents(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((i.sub_event_type, i.location, str(i.event_date))
                  for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize("text", [
    "A rocket struck a base at Baghdad airport on Wednesday. The incident comes after two drone attacks on U.S. "
    "forces on Monday and Tuesday. An official with the coalition confirmed an attack on the Ain al-Asad air base "
    "on Tuesday.",
    "سقط صاروخ على قاعدة في مطار بغداد يوم الأربعاء. وجاء ذلك بعد هجومين بطائرات مسيرة على القوات الأمريكية يومي "
    "الاثنين والثلاثاء. وأكد مسؤول في التحالف وقوع هجوم على قاعدة عين الأسد الجوية يوم الثلاثاء.",
])
def test_the_placed_word_is_the_days_account(text: str) -> None:
    found = incidents(text)
    assert (DRONE, "Ain al-Asad Air Base", "2024-04-30") in found
    assert [row for row in found if row[2] == "2024-04-30"] == [(DRONE, "Ain al-Asad Air Base", "2024-04-30")]


def test_another_day_stays_apart() -> None:
    text = ("A rocket struck a base at Baghdad airport on Wednesday. The incident comes after a drone attack on U.S. "
            "forces on Monday. An official with the coalition confirmed an attack on the Ain al-Asad air base on "
            "Tuesday.")
    assert len(incidents(text)) == 3
