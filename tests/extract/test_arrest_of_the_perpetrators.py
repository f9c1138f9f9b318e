"""An arrest of an attack's perpetrators is dated by its own words, not by the attack's (issue 8, probe12).

«اعتقلت القوات الأمنية منفذي الهجوم الذي استهدف دورية للجيش في قضاء الطارمية الأسبوع الماضي» dated the arrest last
week: the time told in the relative clause is the attack's. The perpetrators named («منفذي/مرتكبي/المتورطين بـ + the
attack», 'the perpetrators of', 'the men behind the bombing') open the arrest's object, as a charge («متهمين بـ»,
'accused of') does (cues.yaml, cause): a date after them dates that earlier event. An arrest told with its own day
keeps it.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("اعتقلت القوات الأمنية منفذي الهجوم الذي استهدف دورية للجيش في قضاء الطارمية الأسبوع الماضي.",
     [("Arrests", date(2025, 5, 14))]),
    ("تمكنت مفارز الاستخبارات العسكرية من اعتقال منفذي الهجوم الذي استهدف دورية للجيش في قضاء الطارمية الأسبوع "
     "الماضي، وفق بيان للوزارة اليوم الأربعاء.",
     [("Arrests", date(2025, 5, 14))]),
    ("Police arrested the men behind the bombing that killed two soldiers in Tarmiyah last week.",
     [("Arrests", date(2025, 5, 14)), ("Remote explosive/landmine/IED", date(2025, 5, 7))]),
    ("اعتقلت القوات الأمنية مساء الثلاثاء ثلاثة إرهابيين في قضاء الطارمية.",
     [("Arrests", date(2025, 5, 13))]),
])
def test_the_arrest_keeps_its_day(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "event_date", day=DAY) == expected
