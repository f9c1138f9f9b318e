"""A lead placed only at the country, with its own day, is the body's account of that day (issue 8, arlong10 audit
of long Arabic reports).

«شهد العراق أمس الخميس هجوماً أدى إلى مقتل 74 شخصاً …. واستهدف هجوم مزدوج مطعما وحاجزاً أمنياً بمدينة الناصرية»:
`merge_rules._country_lead` joined a country-wide lead to the body's placed account only when the lead had no date of
its own (a title), so a lead telling its day stood as a second incident «in Iraq» beside the Nasiriyah one. The
lead's day now does not keep them apart when the body's account tells no day of its own or the same day; the body's
specific word types the event (`_combine`: a generic lead is typed by its means). A body account of another day,
or one that says it is another attack, stays apart.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def incidents(text: str) -> list[tuple[str, str | None, date | None]]:
    return [(i.sub_event_type, i.location, i.event_date)
            for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text, expected", [
    ("شهد العراق الأحد هجوماً أدى إلى مقتل 12 شخصاً وإصابة 30 آخرين.\n"
     "وانفجرت سيارة مفخخة قرب سوق شعبي في مدينة الخالص شمال بعقوبة.",
     [("Remote explosive/landmine/IED", "Khalis", date(2023, 3, 12))]),
    ("Twelve people were killed in an attack in Iraq on Sunday.\n"
     "A car bomb exploded near a market in the town of Khalis, north of Baquba.",
     [("Remote explosive/landmine/IED", "Khalis", date(2023, 3, 12))]),
])
def test_the_dated_lead_is_the_body_account(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body's account tells another day: an earlier bombing
    ("شهد العراق الأحد هجوماً أدى إلى مقتل 12 شخصاً.\n"
     "وكانت سيارة مفخخة قد انفجرت الخميس الماضي قرب سوق شعبي في مدينة الخالص.",
     [("Attack", "Iraq", date(2023, 3, 12)), ("Remote explosive/landmine/IED", "Khalis", date(2023, 3, 9))]),
    # the body's account says it is another attack
    ("شهد العراق الأحد هجوماً أدى إلى مقتل 12 شخصاً.\n"
     "وفي هجوم آخر، انفجرت عبوة ناسفة قرب سوق شعبي في مدينة الخالص.",
     [("Attack", "Iraq", date(2023, 3, 12)), ("Remote explosive/landmine/IED", "Khalis", date(2023, 3, 12))]),
])
def test_another_day_or_another_attack_stays_apart(text: str, expected: list) -> None:
    assert incidents(text) == expected
