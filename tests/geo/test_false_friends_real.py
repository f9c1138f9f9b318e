"""False friends met in real reports, with the shipped gazetteer: a person's name, an IRGC unit,
a compound adjective are not places; the same names used as places still are.

Sentences written for these tests in the style of wire copy and Iraqi news; none is copied from
a report.
"""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def _surfaces(text: str) -> set[str]:
    return {m.surface for m in find_places(text)}


@pytest.mark.parametrize("text, word", [
    ("Forces loyal to President Abdrabbuh Mansur Hadi retook the port.", "Mansur"),
    ("The Quds Force commander arrived at Baghdad airport.", "Quds"),
    ("Iran-backed militias fired rockets at the base.", "Iran"),
    ("The base was attacked by Iran-aligned groups.", "Iran"),
    ("The U.S.-led coalition handed over the base.", "U.S."),
    ("United States-led forces left the airfield.", "United States"),
    ("Protesters stormed the office of a Saudi-owned channel in Baghdad.", "Saudi"),
    ("وقال الشيخ سعد الجبوري إن العائلات عادت إلى القرية", "الشيخ سعد"),
    ("التقى قائد فيلق القدس بعدد من قادة الفصائل", "القدس"),
    ("وقال النائب علي الأحمدي إن اللجنة ستستضيف الوزير", "الأحمدي"),
    ("أكد الوزير أن الاقتصاد العراقي متين رغم الأزمة", "متين"),
    ("اندلع نزاع قبلي في قضاء القرنة شمالي البصرة", "قبلي"),
])
def test_not_a_place(text: str, word: str) -> None:
    assert word not in _surfaces(text)


@pytest.mark.parametrize("text, word", [
    ("A car bomb exploded in Mansour, western Baghdad.", "Mansour"),
    ("Militias and Iran fought over the border crossing.", "Iran"),
    ("Troops from the United States left Ain al-Asad.", "United States"),
    ("سقطت قذيفة هاون على ناحية الشيخ سعد في محافظة واسط", "الشيخ سعد"),
    ("اشتباكات في الشيخ سعد جنوب الكوت", "الشيخ سعد"),
])
def test_still_a_place(text: str, word: str) -> None:
    assert word in _surfaces(text)
