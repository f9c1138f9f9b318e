"""Fire opened at a drone is an air defence engaging it: Disrupted weapons use (ACLED codebook: a drone engaged or
shot down), not a shooting of people (ttype12, session 12, issue 8). «أطلقت قوات الأمن النار على مسيرة لمنعها من الوصول
إلى الحقل» was read by the generic «أطلقت النار» killing row as an attack on civilians; air defences told as who opened
fire («اضطرت الدفاعات الجوية إلى إطلاق النار») too. Fire opened at people or a car, and a drone that fires, are
unchanged.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)
DWU = "Disrupted weapons use"


@pytest.mark.parametrize("text, expected", [
    ("أطلقت قوات الأمن النار على طائرة مسيرة اقتربت من حقل خورمور مساء الاثنين.", [(DWU, "Khor Mor gas field")]),
    ("فتحت المضادات الأرضية النار باتجاه طائرة مسيرة حلقت فوق مطار أربيل اليوم الثلاثاء.",
     [(DWU, "Erbil International Airport")]),
    ("اقتربت طائرة مسيرة من مطار أربيل اليوم الثلاثاء، ما اضطر الدفاعات الجوية إلى إطلاق النار.",
     [(DWU, "Erbil International Airport")]),
    ("Security forces opened fire on a drone approaching the Khor Mor gas field on Tuesday.", [(DWU, "Khor Mor gas field")]),
    ("Guards fired warning shots at a drone over Erbil airport on Tuesday.", [(DWU, "Erbil International Airport")]),
])
def test_fire_at_a_drone_is_an_interception(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # fire opened at people or a car: the shooting it was
    ("أطلق مسلحون مجهولون النار على سائق سيارة أجرة في الموصل اليوم الثلاثاء.", [("Attack", "Mosul")]),
    ("Gunmen opened fire on a car near Kirkuk on Tuesday, killing its driver.", [("Attack", "Kirkuk")]),
    # fire at a manned aircraft (a helicopter): not a drone engaged (ttype12 step 10 narrows the row)
    ("أطلق مسلحون مجهولون النار على طائرة مروحية للجيش قرب بيجي اليوم الثلاثاء.", [("Armed clash", "Baiji")]),
    # a drone that fires: the strike
    ("A drone fired two missiles at a car near Sinjar on Tuesday.", [("Air/drone strike", "Sinjar")]),
    ("أطلقت طائرة مسيرة صاروخين على سيارة قرب سنجار اليوم الثلاثاء.", [("Air/drone strike", "Sinjar")]),
])
def test_other_fire_stays(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
