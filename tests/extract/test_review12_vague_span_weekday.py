"""A vague span back («بعد أيام من», «قبل أيام») gives way to the weekday its clause names (review12, issue 8).

ccb6fa5 dated «قبل أيام», «بعد أيام من ...» some days back at week precision, where they had no date before. When
the clause of the span also names the earlier event's weekday («ويأتي هذا التفجير بعد أيام من تفجير انتحاري في سوق
المقدادية يوم الجمعة»), that day dates it, as it did before ccb6fa5; the span still dates an event with no day of
its own. Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص بانفجار عبوة ناسفة في سوق بقضاء الخالص اليوم الأربعاء. ويأتي هذا التفجير بعد أيام من تفجير "
     "انتحاري في سوق بلدة المقدادية يوم الجمعة أدى إلى مقتل عشرين شخصاً.",
     [(date(2025, 3, 12), "Remote explosive/landmine/IED"), (date(2025, 3, 7), "Suicide bomb")]),
    ("قتل خمسة أشخاص بانفجار عبوة ناسفة في سوق بقضاء الخالص اليوم الأربعاء. ويأتي هذا التفجير بعد أيام من تفجير "
     "انتحاري في سوق بلدة المقدادية أدى إلى مقتل عشرين شخصاً.",
     [(date(2025, 3, 12), "Remote explosive/landmine/IED"), (date(2025, 3, 9), "Suicide bomb")]),
])
def test_weekday_in_the_clause_dates_the_earlier_event(text: str, expected: list) -> None:
    assert incidents(text, "event_date", "sub_event_type", day=DAY) == expected
