"""A day told as ahead of the report («يوم الجمعة المقبل», «غداً», "next Friday", "tomorrow") dates a plan, not an
incident; an encyclopedia entry dated by its first day still tells its later days (issue 8)."""

from datetime import date

import pytest

from tests.extract.probe import incidents

PLANS = [
    "أكد محتجون في البصرة أنهم سيخرجون في تظاهرة يوم الجمعة المقبل.",
    "أكد المحتجون أنهم سيخرجون في تظاهرة يوم الجمعة المقبل في البصرة.",
    "Protesters said they would rally in Basra next Friday.",
]

LATER_DAYS_TOLD = [
    ("أحرق محتجون القنصلية الإيرانية في النجف في 27 تشرين الثاني 2019. وفي 1 كانون الأول 2019 أحرق محتجون القنصلية مرة أخرى.",
     date(2019, 11, 27), date(2019, 12, 1)),
    ("Protesters stormed the Iranian consulate in Najaf on 27 November 2019. On 1 December 2019, protesters set it on fire again.",
     date(2019, 11, 27), date(2019, 12, 1)),
]


@pytest.mark.parametrize("text", PLANS)
def test_a_day_ahead_of_the_report_is_a_plan(text: str) -> None:
    assert incidents(text, "event_date") == []


@pytest.mark.parametrize(("text", "day", "later"), LATER_DAYS_TOLD)
def test_an_entry_dated_by_its_first_day_keeps_its_later_days(text: str, day: date, later: date) -> None:
    assert later in incidents(text, "event_date", day=day)
