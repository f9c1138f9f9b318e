"""«منذ» after a word of lasting is a duration, not a date (issue 8, date7 audit, session 7).

«التظاهرات المستمرة منذ شهرين» (the protests going on for two months), «المعتصمون منذ أسبوعين», «الصحفي
المختطف منذ ثلاثة أيام»: how long something has lasted. Read as "two months ago" (``ar_since``), it
dated the sentence's event two months back. What happened that long ago keeps its date: «قتل … منذ
يومين», «التي اندلعت منذ شهرين».

Every phrasing is written for this table; the article date is Friday 2019-11-29.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2019, 11, 29)


@pytest.mark.parametrize("text", [
    "في يوم هو من الأكثر دموية في التظاهرات المستمرة منذ شهرين",
    "يواصل المعتصمون منذ أسبوعين اعتصامهم أمام مبنى المحافظة",
    "طالبت النقابة بالإفراج عن الصحفي المختطف منذ ثلاثة أيام",
    "والاحتجاجات تتواصل منذ شهرين في المدن الجنوبية",
])
def test_a_duration_is_no_date(text: str) -> None:
    assert find_dates(text, FRI) == []


@pytest.mark.parametrize("text, expected", [
    ("قتل 5 متظاهرين برصاص قوات الأمن في الناصرية منذ يومين", date(2019, 11, 27)),
    ("الاحتجاجات التي اندلعت منذ شهرين", date(2019, 9, 30)),
])
def test_what_happened_that_long_ago_keeps_its_date(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, FRI)] == [expected]


def test_the_days_event_is_not_dated_by_the_duration() -> None:
    text = ("وشهد العراق أمس الخميس يوماً دامياً، إذ قتل 25 متظاهراً خلال مواجهات مع قوات الأمن في الناصرية، "
            "في يوم هو من الأكثر دموية في التظاهرات المستمرة منذ شهرين.")
    days = {i.event_date for i in parse_article(Article(text=text), article_date=FRI).incidents}
    assert date(2019, 11, 28) in days and date(2019, 9, 30) not in days
