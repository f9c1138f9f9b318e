"""A weekly round-up's events belong to the week its heading names (issue 8, date11 audit, class WEEKLY-PERIOD).

A round-up of a week ("Security In Iraq April 15-21, 2017", «حصاد الأسبوع الأمني 1 - 7 أيار 2017») comes out days
or weeks after the week it sums up. Its events told with no day of their own took the publication day (a week
or more late: "At the end of the week, ..." on April 29). The week a heading names by a day range that ended on
or before the report's day now dates them, at its middle day with week precision (`incidents.title_period`, given
as the lead's day is, after the merges, when the lead names no day). An event with its own day keeps it; a plain
headline, or a range still ahead of the report, names no week past.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def dated(text: str, day: date) -> list[tuple[date | None, int | None]]:
    return [(i.event_date, i.time_precision) for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, day, expected", [
    ("Security In Iraq April 15-21, 2017\n\nViolence dropped again across the country. At the end of the week, a "
     "suicide bomber hit a checkpoint in Haditha, killing two soldiers.", date(2017, 4, 29), (date(2017, 4, 18), 2)),
    ("حصاد الأسبوع الأمني 1 - 7 أيار 2017\n\nشهد الأسبوع تراجعاً في عدد الهجمات في المحافظة. وانفجرت عبوة ناسفة في سوق "
     "بقضاء الخالص مما أدى إلى إصابة ثلاثة مدنيين.", date(2017, 5, 21), (date(2017, 5, 4), 2)),
])
def test_the_heading_s_week_dates_the_untimed_events(text: str, day: date, expected: tuple) -> None:
    assert dated(text, day) == [expected]


@pytest.mark.parametrize("text, day, expected", [
    # a plain headline: the report's own day
    ("Bomb wounds three in Khalis\n\nA roadside bomb exploded in a market in Khalis, wounding three people, police "
     "said.", date(2017, 5, 21), (date(2017, 5, 21), 2)),
    # a span still ahead of the report is no week past
    ("Security plan for the holiday, April 15-21, 2017\n\nA roadside bomb exploded in a market in Ramadi, wounding "
     "three people, police said.", date(2017, 4, 10), (date(2017, 4, 10), 2)),
    # an event with its own day keeps it
    ("Security In Iraq April 15-21, 2017\n\nOn April 17, a car bomb exploded in Ramadi, killing four people.",
     date(2017, 4, 29), (date(2017, 4, 17), 1)),
])
def test_no_week_past_leaves_the_date(text: str, day: date, expected: tuple) -> None:
    assert dated(text, day) == [expected]
