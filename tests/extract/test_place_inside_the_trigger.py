"""A generic trigger whose words hold the place («مسلحين هاجموا منزلا في قضاء المقدادية وقتلوا صاحبه») is
anchored by it, as one with the place just after it is (issue 8, place9 audit: such an attack in a Diyala
district was dropped as an unanchored generic word). Near misses: a country inside the words, or no place at
all, anchors nothing. Phrasings written for this table from general Arabic news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def places(text: str) -> list[str | None]:
    return incidents(text, "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("بعقوبة - قال مصدر في شرطة ديالى إن مسلحين هاجموا منزلا في قضاء المقدادية وقتلوا صاحبه.",
     ["Muqdadiya District"]),
    ("قال مصدر أمني إن مسلحين هاجموا منزلا في قضاء المقدادية وقتلوا صاحبه.", ["Muqdadiya District"]),
    ("مسلحون يهاجمون منزلا في ناحية مندلي ويقتلون صاحبه", ["Mandali"]),
])
def test_the_place_inside_anchors(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "قال مصدر أمني إن مسلحين هاجموا منزلا في العراق وقتلوا صاحبه.",
    "قال مصدر أمني إن مسلحين هاجموا منزلا وقتلوا صاحبه.",
])
def test_no_place_inside_anchors_nothing(text: str) -> None:
    assert places(text) == []


def test_a_place_abroad_inside_anchors_nothing_in_an_undated_report() -> None:
    text = ("ويستذكر مسؤولون عراقيون هجوم التنظيم على سجن غويران في الحسكة في كانون الثاني يناير الماضي، الذي استمر "
            "أكثر من أسبوع وأسفر عن مقتل المئات، بوصفه دليلا على هشاشة الوضع عبر الحدود.")
    assert incidents(text, "location", day=None) == []
