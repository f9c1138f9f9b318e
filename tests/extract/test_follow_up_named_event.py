"""A funeral names the earlier event with its own day: that event is reported (issue 8, date11 audit, FOLLOW-UP).

"Mourners on Friday buried the victims of the bombing that hit a market in Nasiriyah on Wednesday", «وشيع المئات
جثامين ضحايا القصف الأمريكي الذي طال قوات الحشد مساء الأحد في منطقة القائم»: the funeral is no incident (annotation
guide), but the strike it names is told with a day and a place of its own, and the guide annotates such an event
with its own date. "victims of" / «ضحايا» made it a named past event (a reference), so the report gave no incident
at all. A definite event noun whose own past-tense relative clause tells when it happened is introduced, not
referred to: for an English noun with a day ("that hit ... on Wednesday", `events._introduced_when_en`, beside the
Arabic `_INTRODUCED_WHEN`) and for a reference point, as for a directive before. A named massacre with no clause
of its own ("the victims of the Speicher massacre") and a day's tally ("the victims of the attacks that took place
today in several areas") stay as they were.

Every phrasing is written for this table; the article date is Friday 2023-05-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2023, 5, 5)


def incidents(text: str) -> list[tuple[date | None, str | None]]:
    return [(i.event_date, i.location) for i in parse_article(Article(text=text), article_date=FRI).incidents]


@pytest.mark.parametrize("text, expected", [
    ("Mourners on Friday buried the victims of the bombing that hit a market in Nasiriyah on Wednesday.",
     [(date(2023, 5, 3), "Nasiriyah")]),
    ("وشيع المئات جثامين ضحايا القصف الأمريكي الذي طال قوات الحشد مساء الأحد في منطقة القائم.",
     [(date(2023, 4, 30), "Al-Qaim")]),
])
def test_the_event_a_funeral_names_with_its_day_is_reported(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Families of the victims of the Speicher massacre staged a protest in Baghdad on Friday.", [(FRI, "Baghdad")]),
    ("ارتفعت حصيلة ضحايا الهجمات التي وقعت اليوم في مناطق متفرقة من العراق إلى 21 قتيلا.", []),
])
def test_a_name_or_a_tally_stays(text: str, expected: list) -> None:
    assert incidents(text) == expected
