"""Protesters who set about burning a party or faction office («أقدم محتجون على إحراق مقر») riot
(ACLED Riots/Violent demonstration), and a bare «إحراق مقر» headline over that body sentence is the same
riot, not property destruction beside it (issue 8, tgaudit6 audit). Unknown men burning an office stay
property destruction. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2026, 3, 10))


@pytest.mark.parametrize("text, admin1", [
    ("أقدم محتجون على إحراق مقر لحزب سياسي في مدينة الديوانية.", "Al-Qadisiyah"),
    ("أقدم عشرات المتظاهرين الغاضبين على إحراق مقر فصيل مسلح في مدينة العمارة.", "Maysan"),
    ("إحراق مقر لحزب الدعوة في الكوت\nأقدم محتجون غاضبون على إحراق مقر حزب الدعوة في مدينة الكوت مساء اليوم.",
     "Wasit"),
])
def test_protesters_burning_an_office_riot(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Violent demonstration", admin1)]


def test_unknown_men_burning_an_office_stay_property_destruction() -> None:
    assert _incidents("أقدم مجهولون على إحراق مقر حزب في الناصرية.") == [("Looting/property destruction", "Dhi Qar")]
