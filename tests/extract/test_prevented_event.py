"""An event named as what an action prevents or is meant to prevent has not happened (ttype12, session 12, issue 8):
«إجراءات مشددة … لحماية المتظاهرين ومنع حدوث أعمال شغب» made a peaceful protest a riot, and «منعتهم القوات من اقتحام
المبنى» a storming. The prevention that failed («فشلت القوات في منع اقتحام …», 'failed to prevent protesters from
storming …') leaves the event told, and a storming told as done stays a riot.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)
PEACEFUL = ("Protests", "Peaceful protest")
RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text, expected", [
    ("تظاهر العشرات قرب مبنى محافظة البصرة اليوم الثلاثاء، وسط إجراءات مشددة فرضتها القوات الأمنية لحماية المتظاهرين "
     "ومنع حدوث أعمال شغب.", [(*PEACEFUL, "Basra Governorate")]),
    ("تجمع مئات المحتجين أمام مبنى محافظة ذي قار اليوم الثلاثاء، ومنعتهم القوات الأمنية من اقتحام المبنى.",
     [(*PEACEFUL, "Dhi Qar Governorate")]),
])
def test_a_prevented_riot_did_not_happen(text: str, expected: list) -> None:
    assert incidents(text, "event_type", "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("فشلت القوات الأمنية في منع اقتحام مبنى محافظة ذي قار من قبل المتظاهرين اليوم الثلاثاء.",
     [(*RIOT, "Dhi Qar Governorate")]),
    ("Police failed to prevent protesters from storming the provincial council in Basra on Tuesday.", [(*RIOT, "Basra")]),
    ("اقتحم متظاهرون مبنى محافظة ذي قار اليوم الثلاثاء.", [(*RIOT, "Dhi Qar Governorate")]),
    # a repeat prevented: the event repeated happened (ttype12 step 10 narrows the rule)
    ("اتخذت قيادة الشرطة إجراءات مشددة لمنع تكرار الهجوم الذي استهدف سوقاً في بعقوبة أمس الاثنين.",
     [("Battles", "Armed clash", "Baqubah")]),
])
def test_a_failed_prevention_leaves_the_event(text: str, expected: list) -> None:
    assert incidents(text, "event_type", "sub_event_type", "location", day=TUE) == expected
