"""A tally over a span is no event (issue 8, date11 audit, class SINCE/SPAN-AGGREGATE; annotation guide: aggregates
over periods are not incidents).

"More than 300 people have been killed since Oct. 1", "Since January ... there have been up to 17 rocket attacks",
"Between July 10 – 15, the explosions of 11 IEDs ... wounded 11 Iraqis" were kept as events and dated to the span's
first day (a month or six weeks before the report): spurious incidents dated long before the report. cues.yaml
aggregate now holds a count of ten or more typed attacks or IEDs after a word of quantity ('up to 17 rocket attacks',
'of 11 IEDs') and a toll summed up "since" ('have been killed since'), as it held '12 IED blasts' and «منذ اندلاع
الاحتجاجات». A day after a month ('the July 15 drone attacks'), a count under ten and a day's toll stay events.

Every phrasing is written for this table; the article date is Sunday 2021-07-25.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

SUN = date(2021, 7, 25)


def dates_of(text: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=SUN).incidents]


@pytest.mark.parametrize("text", [
    "More than 300 people have been killed in Baghdad since Oct. 1, as security forces fired tear gas at protesters.",
    "Since January, when the new government took office, there have been up to 17 rocket attacks and at least 9 drone "
    "attacks on US bases in Baghdad.",
    "Between July 10 and 15, the explosions of 11 IEDs in several provinces wounded 11 Iraqis.",
])
def test_a_tally_over_a_span_is_no_event(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Two rocket attacks hit Ain al-Asad air base on Friday, causing no casualties.", [date(2021, 7, 23)]),
    ("Washington condemned the July 15 drone attacks on the Khurmala oil field in Erbil.", [date(2021, 7, 15)]),
    ("Ten people were killed on Friday when a car bomb exploded in a market in Sadr City.", [date(2021, 7, 23)]),
])
def test_a_day_s_events_stay(text: str, expected: list) -> None:
    assert dates_of(text) == expected
