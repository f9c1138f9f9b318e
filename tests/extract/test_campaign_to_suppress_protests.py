"""Protests named as what a campaign going on since a day means to suppress or end are the campaign summed up, not a
protest told (issue 8, tspur12): «جزءاً من حملة واسعة تنفذها ميليشيات منذ الأسبوع الماضي لقمع الاحتجاجات». A
campaign told as the day's act, with its dead, stays. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

CAMPAIGNS = [
    "وتعد أعمال العنف التي شهدتها العمارة جزءا من حملة واسعة تنفذها ميليشيات منذ الأسبوع الماضي لقمع الاحتجاجات.",
]

EVENTS = [
    ("شنت القوات الأمنية حملة لقمع الاحتجاجات في الناصرية اليوم أسفرت عن مقتل ثلاثة متظاهرين.",
     ["Excessive force against protesters"]),
    ("خرج المئات في تظاهرة في البصرة اليوم للمطالبة بوقف حملة الاعتقالات.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text", CAMPAIGNS)
def test_a_campaign_since_a_day_is_no_protest(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_the_days_acts_stay(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
