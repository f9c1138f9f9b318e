"""An earlier event the report's own is told after («ويأتي هذا الهجوم بعد أيام من هجوم مماثل», "days ago") is an
event of its own, at its own place and some days back (lead, session 12; self-written phrasings in the style of
Arabic wire reports). Before, the earlier attack was read as more of today's (its district became today's place),
a search told just before it typed it a strategic development, and «قبل أيام» left it on the report's day."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from tests.extract.probe import incidents

DAY = date(2026, 3, 10)
TODAY = "قتل مدنيان بهجوم مسلح استهدف قرية في ناحية العظيم شمالي ديالى."


@pytest.mark.parametrize("text, expected", [
    (TODAY + "\nويأتي هذا الهجوم بعد أيام من هجوم مماثل استهدف قرية في قضاء المقدادية أسفر عن مقتل ثلاثة أشخاص.",
     [("Udhaim", DAY, 2), ("Muqdadiya District", date(2026, 3, 7), 3)]),
    (TODAY + "\nوأضاف المصدر أن قوة أمنية هرعت إلى المكان وطوقته وشرعت بعمليات تفتيش بحثا عن المهاجمين."
             "\nويأتي هذا الهجوم بعد أيام من هجوم مماثل استهدف قرية في قضاء المقدادية أسفر عن مقتل ثلاثة أشخاص.",
     [("Udhaim", DAY, 2), ("Muqdadiya District", date(2026, 3, 7), 3)]),
    ("قتل ثلاثة أشخاص بهجوم استهدف قرية في قضاء المقدادية قبل أيام.", [("Muqdadiya District", date(2026, 3, 7), 3)]),
])
def test_the_earlier_similar_attack_is_its_own_event(text: str, expected: list) -> None:
    assert incidents(text, "location", "event_date", "fatalities") == expected


def test_the_similar_attack_after_a_search_keeps_its_attack_type() -> None:
    text = TODAY + "\nوشرعت القوات بعمليات تفتيش بحثا عن المهاجمين.\nويأتي هذا الهجوم بعد أيام من هجوم مماثل استهدف قرية في" \
                   " قضاء المقدادية أسفر عن مقتل ثلاثة أشخاص."
    assert "Strategic developments" not in incidents(text, "event_type")


@pytest.mark.parametrize("text, back, precision", [
    ("قتل ثلاثة قبل أيام", 3, 2),
    ("قتل ثلاثة قبل بضعة أيام", 3, 2),
    ("three people were killed a few days ago", 3, 2),
    ("قتل ثلاثة قبل أسابيع", 14, 3),
    ("قتل ثلاثة قبل 3 أيام", 3, 1),  # counted: the day itself
])
def test_some_days_back_is_a_week_span(text: str, back: int, precision: int) -> None:
    found = find_dates(text, DAY)
    assert [((DAY - d.value).days, d.precision) for d in found] == [(back, precision)]


@pytest.mark.parametrize("text", [
    "قبل أيام من الانتخابات",  # days before an event named after it: not a date of its own
    "تتواصل الاحتجاجات منذ أيام",  # "for days": a span that lasts, not a day back
])
def test_days_before_something_or_for_days_gives_no_date(text: str) -> None:
    assert find_dates(text, DAY) == []
