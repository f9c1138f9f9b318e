"""Bases in the broken plural «قواعد» (issue 8, trec12: «وزارة الدفاع التركية تعلن البدء في تسليم قواعد الجيش التركي
في محافظة نينوى» gave no incident).

The rows of a base handed over, evacuated, left or struck listed «قاعدة» and sound plurals such as «مقرات», but not
the broken plural «قواعد»: the handover of bases read nothing. «قواعد» is also "rules" and "databases"
(«قواعد البيانات», «قواعد الاشتباك», «قواعد اللعبة»): those stay no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("بدء تسليم قواعد الجيش التركي في محافظة نينوى إلى القوات العراقية",
     [("Non-violent transfer of territory", "Nineveh Governorate")]),
    ("انسحبت القوات الأمريكية من قواعد في محافظة الأنبار اليوم الاثنين.",
     [("Non-violent transfer of territory", "Anbar Governorate")]),
    ("إخلاء قواعد التحالف الدولي في كركوك اليوم", [("Non-violent transfer of territory", "Kirkuk")]),
    ("استهداف قواعد للحشد الشعبي في قضاء القائم", [("Air/drone strike", "Qaim District")]),
])
def test_bases_in_the_plural(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "أعلنت المفوضية تسليم قواعد البيانات الانتخابية إلى مكتبها في نينوى اليوم.",
    "دعا الوزير إلى الالتزام بقواعد الاشتباك خلال العمليات في الأنبار.",
])
def test_rules_and_databases_are_no_bases(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
