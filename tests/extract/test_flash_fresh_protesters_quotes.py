"""Two flash spellings of fresh channels (issue 8, tg7 audit, docs/arabic_audit.md "Flash items, fresh
channels (tg7, session 7)"): protesters named before the verb that sets them burning («المتظاهرين أقدموا على
حرق مقر») riot as when the verb comes first (a time told between commas after the verb too:
«أقدم محتجون، مساء الاثنين، على إحراق مقر»), and a weapon's name in quotes inside the trigger («صاروخ
"كاتيوشا" على قاعدة») does not open a quotation that hides the place after it. Look-alikes: unknown men
or gunmen burning a house stay property destruction; a quotation opened after the trigger still does not
place it. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("وأفاد المصدر بأن المتظاهرين أقدموا على حرق مقر حزب في مدينة سيد صادق.",
     [("Violent demonstration", "Sulaymaniyah")]),
    ("وقال شهود إن المحتجين الغاضبين أقدموا على إحراق مكتب نائب في قضاء الشطرة.",
     [("Violent demonstration", "Dhi Qar")]),
    # a time told between commas after the verb (follow-up, check half)
    ("أقدم محتجون، مساء الاثنين، على إحراق مقر حزب في الكوت.", [("Violent demonstration", "Wasit")]),
    ("وقال مصدر إن متظاهرين غاضبين أقدموا، اليوم، على إحراق مقر حزب في ناحية بيرومكرون بمحافظة السليمانية.",
     [("Violent demonstration", "Sulaymaniyah")]),
    ('سقط صاروخ "كاتيوشا" على قاعدة عين الأسد الجوية في محافظة الأنبار.',
     [("Shelling/artillery/missile attack", "Anbar")]),
    ('أفادت مصادر أمنية بسقوط صاروخين من طراز "كاتيوشا" داخل معسكر التاجي شمال بغداد.',
     [("Shelling/artillery/missile attack", "Baghdad")]),
])
def test_fresh_spellings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أقدم مجهولون على حرق مقر حزب في الناصرية.", [("Looting/property destruction", "Dhi Qar")]),
    ("أقدم مجهولون، الليلة الماضية، على حرق مقر حزب في الناصرية.", [("Looting/property destruction", "Dhi Qar")]),
    ("وقال المصدر إن المسلحين أقدموا على حرق منزلين في قرية تابعة لقضاء المقدادية.",
     [("Looting/property destruction", "Diyala")]),
    ('The ministry defended the airstrike, claiming the commander "was planning attacks in Baghdad".', []),
    ('وقال مسؤول إن القصف استهدف "مواقع للمسلحين في الموصل" بحسب بيان الوزارة.', []),
])
def test_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
