"""An event a report recalls without a date happened on an earlier day it does not tell (issue 8, date8 audit,
session 8; arwire7's and date7's known class).

«وكان مسلحون مجهولون قد هاجموا …», «وسبق أن استهدف …», «يذكر أن … كان قد …», "Gunmen had attacked …" with no
date of its own took the report's day (week precision); now it has no date (`event_date` None, not
historical: `extract.incidents._undated_kind`), as the annotation guide codes an undated recall (date null,
a range). A recall with its own date keeps it; a statement recalled before the event it reports («وكان
مصدر أمني قد أفاد بأن مسلحين هاجموا …») and reported speech ("police said … had been killed") recall nothing;
a recall that joins the report's own account (the headline it tells) stays that account, the report's day.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)
MON = date(2023, 3, 13)


def date_at(text: str, place: str) -> tuple[date | None, int | None]:
    found = [(i.event_date, i.time_precision, i.historical) for i in
             parse_article(Article(text=text), article_date=TUE).incidents if i.location == place]
    assert found, [(i.location, i.event_date) for i in parse_article(Article(text=text), article_date=TUE).incidents]
    assert not found[0][2]  # an earlier day, not a year-old one
    return found[0][:2]


@pytest.mark.parametrize("text, place", [
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية صباح اليوم.\n"
     "وكان مسلحون مجهولون قد هاجموا نقطة تفتيش للجيش في ناحية العظيم وقتلوا اثنين من عناصرها.", "Udhaim"),
    ("أصيب ثلاثة من الشرطة بانفجار عبوة ناسفة في قضاء الطارمية.\n"
     "وسبق أن هاجم مسلحون منزل مختار قرية في قضاء المقدادية.", "Muqdadiya District"),
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية صباح اليوم.\n"
     "يذكر أن مسلحين كانوا قد اغتالوا مختاراً في قضاء الخالص.", "Khalis District"),
    ("A soldier was killed when a roadside bomb struck his patrol in Tarmiyah on Tuesday, police said.\n"
     "Gunmen had attacked a checkpoint in the town of Baiji, wounding three policemen.", "Baiji"),
])
def test_an_undated_recall_has_no_day(text: str, place: str) -> None:
    assert date_at(text, place) == (None, None)


@pytest.mark.parametrize("text, place, expected", [
    # a recall with its own date keeps it
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية صباح اليوم.\n"
     "وكان مسلحون مجهولون قد هاجموا مساء أمس نقطة تفتيش للجيش في ناحية العظيم وقتلوا اثنين من عناصرها.",
     "Udhaim", (MON, 1)),
    # a statement recalled before the event it reports recalls nothing
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطارمية.\n"
     "وكان مصدر أمني قد أفاد بأن مسلحين هاجموا نقطة تفتيش للجيش في ناحية العظيم وقتلوا اثنين من عناصرها.",
     "Udhaim", (TUE, 2)),
    # reported speech
    ("Police said three policemen had been killed when a roadside bomb struck their patrol in Baiji.", "Baiji", (TUE, 2)),
    # an earlier step of today's event told in the pluperfect is no recall of it
    ("انفجرت عبوة ناسفة كان مسلحون قد زرعوها على جانب الطريق لدى مرور دورية للشرطة في قضاء بيجي، ما أدى إلى "
     "إصابة ثلاثة منتسبين.", "Baiji District", (TUE, 2)),
    ("A roadside bomb that militants had planted by the road exploded near a police patrol in Baiji, wounding three "
     "policemen.", "Baiji", (TUE, 2)),
    # the recall is the headline's own event told again: the report's day
    ("مقتل اثنين من الجيش بهجوم على نقطة تفتيش في العظيم\n"
     "وكان مسلحون مجهولون قد هاجموا نقطة تفتيش للجيش في ناحية العظيم وقتلوا اثنين من عناصرها.", "Udhaim", (TUE, 2)),
])
def test_what_is_no_undated_recall_keeps_its_day(text: str, place: str, expected: tuple) -> None:
    assert date_at(text, place) == expected
