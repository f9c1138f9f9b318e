"""«سقوط شهيد/شهداء/قتلى» tells the dead of an event that the report names with no event word.

Iraqi flashes and statements tell a toll as «سقوط شهيد وجريحين من الحشد الشعبي في قاطع عمليات ديالى» or
«سقوط ثلاثة شهداء من القوات الأمنية في الطارمية»: no event word, so the flash gave no incident (zero9 audit,
stage NO TRIGGER, from self-written probes of the casualty-only phrasings; «ارتقاء شهيدين» already counted).
Typed by who died, as «ارتقاء» and «استشهاد» are. Not: the fall of a regime, a remembrance of the martyrs of
an old massacre, a warning of more martyrs. Self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 3, 12)


@pytest.mark.parametrize("text, place, killed", [
    ("سقوط شهيد وجريحين من الحشد الشعبي في قاطع عمليات ديالى", "Diyala Governorate", 1),
    ("سقوط شهيدين من الجيش في قضاء الطارمية", "Tarmiyah District", 2),
    ("سقوط ثلاثة شهداء من القوات الأمنية في الطارمية", "Tarmiyah", 3),
])
def test_the_fall_of_martyrs_is_a_killing(text: str, place: str, killed: int) -> None:
    assert incidents(text, "location", "fatalities", day=DAY) == [(place, killed)]


@pytest.mark.parametrize("text", [
    "سقوط نظام صدام حسين عام 2003",
    "استذكر الأهالي سقوط الشهداء في مجزرة سبايكر عام 2014",
    "حذر النائب من سقوط المزيد من الشهداء إذا استمر الإهمال الأمني في ديالى",
])
def test_a_regime_a_remembrance_or_a_warning_is_no_killing(text: str) -> None:
    assert incidents(text, "location", day=DAY) == []
