"""A vehicle found or stopped carrying weapons is a weapons seizure (issue 8, trec12: «تم العثور على سيارة من طراز
... تحمل عدة صواريخ» on a tuning set was read as a rocket attack, or gave nothing).

The cache row reads a find and its weapons at most six words apart («ضبط أكداس من العتاد»); a vehicle described
between them (its make, where it stood) put the load farther off, and the rockets alone read as a shelling. ACLED
codebook §Disrupted weapons use: weapons seized. A vehicle carrying a forged plate, drugs or a body is no such
seizure.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("تم العثور على سيارة من نوع تويوتا في قضاء الطارمية تحمل عدة صواريخ معدة للإطلاق.",
     [("Disrupted weapons use", "Tarmiyah District")]),
    ("ضبطت القوات الأمنية شاحنة قرب سيطرة في قضاء الرطبة محملة بالأسلحة والذخائر.",
     [("Disrupted weapons use", "Rutba District")]),
])
def test_a_vehicle_carrying_weapons(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("عثرت الشرطة على سيارة تحمل لوحة مزورة في قضاء الزبير.", []),
    ("ضبطت مفرزة شاحنة في قضاء الفاو محملة بالمخدرات.", []),
    ("تم العثور على سيارة في قضاء الخالص تحمل جثة مجهولة الهوية.", ["Attack"]),
])
def test_other_loads(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected
