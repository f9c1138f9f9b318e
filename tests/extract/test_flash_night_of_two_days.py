"""A night named by the day it begins and the day it ends («ليلة الثلاثاء الأربعاء», «ليل الثلاثاء - الأربعاء»,
«ليلة الثلاثاء على الأربعاء») is dated by the first day (issue 8, flash10 audit, session 10, stage DATE, work
half).

Iraqi flashes posted late in the evening name the night that way. The weekday pattern took the second day
alone, and a flash posted on the Tuesday then resolved «الأربعاء» to the Wednesday six days before: a week
early. The pattern now reads the second weekday after a part of the day (ليلة, ليل, added as a part) and dates
the night by its first day, as ACLED dates an overnight event by the night's start.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("أفاد مصدر أمني، ليلة الثلاثاء الاربعاء بتجدد نزاع عشائري في قضاء الكحلاء بمحافظة ميسان تسبب بإصابة 7 أشخاص.",
     [date(2024, 3, 5)]),
    ("أفاد مصدر أمني، ليلة الثلاثاء على الأربعاء، بتجدد نزاع عشائري في قضاء الكحلاء بمحافظة ميسان.",
     [date(2024, 3, 5)]),
    ("أفاد مصدر أمني، ليل الثلاثاء - الأربعاء، بتجدد نزاع عشائري في قضاء الكحلاء بمحافظة ميسان.", [date(2024, 3, 5)]),
    ("أفاد مصدر أمني، ليل الثلاثاء/الأربعاء، باندلاع اشتباكات عشائرية في ناحية السلام بمحافظة ميسان.",
     [date(2024, 3, 5)]),
])
def test_a_night_of_two_days_is_dated_by_its_first(text: str, expected: list) -> None:
    assert incidents(text, "event_date", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # a night of days already past: the first day, the most recent such day
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد ليلة الأحد الاثنين.", [date(2024, 3, 3)]),
    # one night, one day
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد ليلة الثلاثاء.", [date(2024, 3, 5)]),
    # two days with no night: the first still a day of its own, read as before
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد يوم الأحد الماضي.", [date(2024, 3, 3)]),
])
def test_other_weekdays_stay(text: str, expected: list) -> None:
    assert incidents(text, "event_date", day=TUE) == expected
