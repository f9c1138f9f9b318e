"""An assassination attempt and the drones it was made with, told in one sentence under the attempt's own date
(«وفي الخامس من الشهر الماضي، أعلنت الشرطة نجاة مدير الناحية من محاولة اغتيال فاشلة، عبر هجوم بطائرة مسيرة مفخخة …»),
are one drone strike on that date (ACLED codes the attempt by its means; ttype12, session 12, issue 8). The drone's
account had only the report's day, which kept it apart as a strike of today. An attempt by gunfire stays an attack, and
a drone downed in another sentence today stays its own event.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("وفي الخامس من الشهر الماضي، أعلنت الشرطة نجاة مدير الناحية من محاولة اغتيال فاشلة، عبر هجوم بطائرة مسيرة مفخخة "
     "على منزله في بعقوبة.", [("Air/drone strike", "Baqubah", date(2024, 2, 5))]),
    ("وفي الثالث من الشهر الماضي، أعلنت الحكومة نجاة المحافظ من محاولة اغتيال فاشلة، عبر هجوم بطائرتين مسيرتين "
     "مفخختين على منزله في الموصل.", [("Air/drone strike", "Mosul", date(2024, 2, 3))]),
])
def test_the_attempt_is_the_drone_strike_of_its_day(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "event_date", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("وفي الثالث من الشهر الماضي، نجا المحافظ من محاولة اغتيال فاشلة، عبر إطلاق نار على موكبه في الموصل.",
     [("Attack", "Mosul", date(2024, 2, 3))]),
    ("وفي الثالث من الشهر الماضي، نجا المحافظ من محاولة اغتيال في الموصل. وأسقطت الدفاعات الجوية طائرة مسيرة قرب مطار "
     "أربيل اليوم الثلاثاء.", [("Attack", "Mosul", date(2024, 2, 3)),
                             ("Disrupted weapons use", "Erbil International Airport", TUE)]),
])
def test_other_attempts_and_drones_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "event_date", day=TUE) == expected
