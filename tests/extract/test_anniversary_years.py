"""Anniversaries told by how many years have passed (issue 8, date7 audit, session 7; the «مرور عام على سقوط
سنجار» case the arwire7 audit left to date7).

«بمناسبة مرور عام على سقوط سنجار», «مرور عامين على مجزرة سبايكر», «في الذكرى الأولى لسقوط سنجار», "A year
after IS overran Sinjar, …", "one year on from the fall of Mosul": the event named is that many years
before the report, known to the month (the anniversary falls near the report, not on its day); it was
dated to the report's day. The feminine «الأولى» counts as the first («تمر اليوم الذكرى الأولى …»). Hours,
a year with no count ("years after") and an anniversary with no ordinal tell no date.

Every phrasing is written for this table; the article date is Monday 2015-08-03.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import Article
from extract.pipeline import parse_article

MON = date(2015, 8, 3)


@pytest.mark.parametrize("text, expected", [
    ("بمناسبة مرور عام على سقوط سنجار بيد داعش", (date(2014, 8, 1), 3)),
    ("مرور عامين على مجزرة سبايكر", (date(2013, 8, 1), 3)),
    ("بعد مرور خمسة أعوام على تفجير الكرادة", (date(2010, 8, 1), 3)),
    ("في الذكرى الأولى لسقوط سنجار", (date(2014, 8, 1), 3)),
    ("بالذكرى السنوية الثالثة لتفجير الكرادة", (date(2012, 8, 1), 3)),
    ("تمر اليوم الذكرى الأولى لسقوط الموصل", (date(2014, 8, 3), 1)),
    ("A year after IS overran Sinjar, survivors gathered at the mountain", (date(2014, 8, 1), 3)),
    ("One year on from the fall of Mosul, the city is still held by IS", (date(2014, 8, 1), 3)),
])
def test_years_passed_date_the_event(text: str, expected: tuple[date, int]) -> None:
    assert expected in [(d.value, d.precision) for d in find_dates(text, MON)]


@pytest.mark.parametrize("text", [
    "بعد مرور ساعات على الهجوم",
    "Two men were killed in Tikrit on Monday, years after they left the army",
    "احتفل الجيش بالذكرى السنوية لتأسيسه",
])
def test_no_count_of_years_no_date(text: str) -> None:
    assert all(d.value.year == 2015 for d in find_dates(text, MON))


def test_the_anniversarys_event_is_historical() -> None:
    # The event after the phrase in its clause is the one dated back; a gathering told in the next clause
    # happens on the report's day (tests/extract/test_look_back_scope.py), so the sentence names none here.
    found = parse_article(Article(text="A year after IS overran Sinjar, Yazidi survivors returned to the town."),
                          article_date=MON).incidents
    assert [(i.event_date, i.historical) for i in found] == [(date(2014, 8, 1), True)]
