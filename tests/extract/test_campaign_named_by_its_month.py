"""An offensive or campaign named by the month it began is the campaign recalled, not an event of a day (issue 8,
tspur12): «في هجوم انطلق في أيار», «ضمن عملية بدأت في آب», «في حملة بدأت في تموز». An attack told with its own day,
whose start is told by the hour, stays. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

CAMPAIGNS = [
    "يأتي التفجير بينما تخوض القوات معارك في تلعفر ضمن عملية بدأت في آب.",
    "وتقترب القوات من حسم معركة الفلوجة في هجوم انطلق في أيار بدعم من طيران التحالف.",
    "وتواصل القطعات تقدمها غرب الرمادي في هجوم انطلق في تموز لاستعادة الجزيرة من التنظيم.",
]

EVENTS = [
    ("شن مسلحو داعش هجوما على قرية في ديالى فجر اليوم بدأ في الساعة الثالثة.", ["Attack"]),
]


@pytest.mark.parametrize("text", CAMPAIGNS)
def test_a_campaign_named_by_its_month_is_no_event(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_an_attack_of_the_day_stays(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
