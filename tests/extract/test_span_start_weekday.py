"""A weekday after "starting" / «بدءاً من» is the day a span begins, not an event's day (issue 8, date11 audit).

«وتقرر إعلان الحداد ثلاثة أيام بدءاً من الجمعة» (mourning from tomorrow), "a curfew starting Friday": the weekday
names when a span begins, most often ahead of the report. Read as the latest such day, it dated the day's
killings in the sentence six days back. Like "since Monday" (`incidents._SINCE_DAY`), a weekday right after
starting (from, on), beginning, «بدءاً / ابتداءً / اعتباراً من» is never the event's day: the event keeps its own
date or the report's. A weekday told as the event's own ("on Friday", «يوم الجمعة») is left as it was. Found on the
audit's check half after its held-out measure (both halves open).

Every phrasing is written for this table; the article date is Thursday 2019-11-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

THU = date(2019, 11, 28)
LAST_FRIDAY = date(2019, 11, 22)


def dates_of(text: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=THU).incidents]


@pytest.mark.parametrize("text", [
    "ارتفعت حصيلة قتلى الاحتجاجات في مدينة الكوت إلى 12 قتيلاً برصاص قوات الأمن.\n\n"
    "وتقرر إعلان الحداد العام لمدة ثلاثة أيام بدءاً من الجمعة، في حين شيع المتظاهرون جثامين الضحايا.",
    "Security forces shot dead 12 protesters in Kut, and authorities declared three days of mourning starting Friday.",
])
def test_a_span_s_start_is_not_the_event_s_day(text: str) -> None:
    found = dates_of(text)
    assert found and LAST_FRIDAY not in found


@pytest.mark.parametrize("text", [
    "Gunmen killed a shepherd near Khalis on Friday, police said.",
    "قتل مسلحون راعياً قرب الخالص يوم الجمعة.",
])
def test_the_event_s_own_weekday_stays(text: str) -> None:
    assert dates_of(text) == [LAST_FRIDAY]
