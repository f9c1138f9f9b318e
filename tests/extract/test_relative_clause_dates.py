"""A date inside a relative clause opened after the trigger is the clause's, not the event's (issue 8,
date7 audit, session 7).

"Iraqi forces retook the town of Rutba, which, in June 2014, was seized by IS": June 2014 dates the
seizure the clause tells, not the retaking. «قتل جندي … في الطارمية، التي شهدت أمس هجوماً مماثلاً»:
yesterday is the other attack's. A date after the clause has closed ("…, which lies east of Tikrit, on
Monday") and a date before the clause stay the event's.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

WED = date(2022, 9, 28)


def days(text: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=WED).incidents]


@pytest.mark.parametrize("text", [
    "Iraqi forces retook the town of Rutba, which, in June 2014, was seized by IS.",
    "قتل جندي بانفجار عبوة ناسفة في الطارمية، التي شهدت أمس هجوماً مماثلاً.",
    # the clause's own event keeps its date: the bombs planted in July
    "Security forces arrested a man in Baiji, who in July had planted bombs on the road.",
])
def test_the_relative_clauses_date_is_not_the_events(text: str) -> None:
    assert days(text)[0] == WED  # the report's day: the trigger's clause names no date


@pytest.mark.parametrize("text", [
    "Gunmen killed a shepherd in the village of Albu Ajeel, which lies east of Tikrit, on Monday.",
    "قتل مسلحون راعياً قرب تكريت مساء الاثنين، الذي كان قد تلقى تهديدات.",
])
def test_a_date_outside_the_clause_stays_the_events(text: str) -> None:
    assert days(text) == [date(2022, 9, 26)]
