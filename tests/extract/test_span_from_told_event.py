""""It came two days after X" counts from the day of the event just told, not from the report's day (issue 8,
date8 audit, session 8; date7's REL-EVENT class, second step).

A span counted back to an earlier event («ويأتي الهجوم بعد يومين من تفجير …», "The attack came two days after
militants ambushed …") in a sentence with no date of its own before it was counted from the article date
(`dates._after_own_date` counts from the clause's own date only). The sentence goes on with the event told
before it, so the span counts from that event's day: the last own date told (or the lead's day), when it is
a recent day before the report (`incidents._counted_from`). A span with its own date before it in its
sentence, a lead of the report's own day and a span in years (month precision) are left as they were.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def date_at(text: str, place: str) -> tuple[date | None, int | None]:
    found = [(i.event_date, i.time_precision) for i in parse_article(Article(text=text), article_date=TUE).incidents
             if i.location == place]
    assert found
    return found[0]


@pytest.mark.parametrize("text, place, expected", [
    # Saturday's attack, two days after a Thursday bombing
    ("قتل 11 عنصراً من الحشد الشعبي مساء السبت بهجوم لداعش شرق مدينة تكريت.\n"
     "ويأتي الهجوم بعد يومين من تفجير انتحاري في ساحة الطيران وسط بغداد.", "Tayaran Square", (date(2023, 3, 9), 1)),
    # Sunday's attack, two days after a Friday ambush
    ("Gunmen attacked a village near Tarmiyah on Sunday, killing two brothers.\n"
     "The attack came two days after militants ambushed an army patrol in Mishahda.", "Mishahda", (date(2023, 3, 10), 1)),
])
def test_the_span_counts_from_the_event_told(text: str, place: str, expected: tuple) -> None:
    assert date_at(text, place) == expected


@pytest.mark.parametrize("text, place, expected", [
    # the lead is the report's own day: counted from it, as before
    ("قتل 11 عنصراً من الحشد الشعبي اليوم بهجوم لداعش شرق مدينة تكريت.\n"
     "ويأتي الهجوم بعد يومين من تفجير انتحاري في ساحة الطيران وسط بغداد.", "Tayaran Square", (date(2023, 3, 12), 1)),
    # the sentence's own date before the span is its base (Monday), counted once
    ("Gunmen attacked a village near Tarmiyah on Sunday, killing two brothers.\n"
     "On Monday, two days after militants ambushed an army patrol in Mishahda, a roadside bomb wounded three soldiers in Taji.",
     "Mishahda", (date(2023, 3, 11), 1)),
    # a span in years dates its event to the month, from the report's month
    ("Gunmen attacked a village near Tarmiyah on Sunday, killing two brothers.\n"
     "A year after militants seized the town of Mishahda, residents protested in the town.", "Mishahda", (date(2022, 3, 1), 3)),
])
def test_other_spans_are_left_as_they_were(text: str, place: str, expected: tuple) -> None:
    assert date_at(text, place) == expected
