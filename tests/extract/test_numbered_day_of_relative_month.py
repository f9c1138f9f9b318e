"""A day of a month named relative to the report and told by its number («في 11 من الشهر الماضي», «في الـ3 من
الشهر الجاري», "on the 11th of last month") is that day, as «في التاسع من الشهر الحالي» told by its ordinal already
was, not the month's first (tplace12, issue 8: an earlier blast recalled by its day was dated the 1st). Phrasings
written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import DAY

REPORT_DAY = date(2023, 3, 15)


@pytest.mark.parametrize("text, expression, expected", [
    ("وكانت البلدة قد شهدت في 11 من الشهر الماضي هجوما مماثلا", "11 من الشهر الماضي", date(2023, 2, 11)),
    ("انفجرت العبوة في الـ3 من الشهر الجاري قرب السوق", "الـ3 من الشهر الجاري", date(2023, 3, 3)),
    ("اعتقل المتهم في 28 من الشهر المنصرم", "28 من الشهر المنصرم", date(2023, 2, 28)),
    ("وقع الهجوم في التاسع من الشهر الحالي", "التاسع من الشهر الحالي", date(2023, 3, 9)),  # as before
    ("The town saw a similar attack on the 11th of last month.", "11th of last month", date(2023, 2, 11)),
    ("The bomb went off on the 3rd of this month near the market.", "3rd of this month", date(2023, 3, 3)),
])
def test_a_numbered_day_of_a_relative_month(text, expression, expected):
    found = [(d.expression, d.value, d.precision) for d in find_dates(text, REPORT_DAY)]
    assert found == [(expression, expected, DAY)]


@pytest.mark.parametrize("text", [
    "أصيب 11 من عناصر الشرطة في الهجوم",  # a count of people, no month after «من»
    "في 31 من الشهر الماضي",  # February has no 31st: no day rather than a wrong one
    "Police arrested the 11 men last month.",  # a count before "last month", no ordinal "of"
])
def test_counts_and_impossible_days_are_no_numbered_day(text):
    assert [d for d in find_dates(text, REPORT_DAY) if d.precision == DAY] == []
