"""A road blocked with burning tyres is a riot (ACLED Riots/Violent demonstration: road-blocking using
barricades or burning tires) in either language: Arabic «بالإطارات المشتعلة» (not only «المحترقة»), a
comma or a long object between the verb and the tyres, English "set tyres on fire", "setting tires ablaze"
(type9 audit, issue 8; English "with burning tyres" was already a riot while the Arabic stayed a peaceful
protest). A road blocked with no tyres burning stays a peaceful protest; a fire at a tyre store is no
event. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

RIOT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")


def _types(text: str) -> list[tuple[str, str]]:
    return incidents(text, "event_type", "sub_event_type")


@pytest.mark.parametrize("text", [
    "عشرات المحتجين اغلقوا، صباح اليوم، شوارع رئيسة في الكوت بالاطارات المشتعلة.",
    "قطع متظاهرون الطريق الرئيس في الكوت بالإطارات المشتعلة احتجاجا على انقطاع الكهرباء.",
    "أغلق محتجون جسرا وسط السماوة بإطارات مشتعلة مطالبين بفرص عمل.",
    "Protesters set tyres on fire to block the main road in Kut on Monday.",
    "Dozens of residents blocked the road in Kut, setting tires ablaze on Monday.",
])
def test_road_block_with_burning_tyres_is_a_riot(text: str) -> None:
    assert _types(text) == [RIOT]


@pytest.mark.parametrize("text, expected", [
    ("قطع متظاهرون الطريق الرئيس في الكوت احتجاجا على انقطاع الكهرباء.", [PEACEFUL]),
    ("Protesters blocked the main road in Kut on Monday.", [PEACEFUL]),
    ("اندلع حريق في مخزن للإطارات في الكوت.", []),
    ("A fire broke out at a tyre warehouse in Kut on Monday.", []),
])
def test_no_tyres_burning_no_riot(text: str, expected: list[tuple[str, str]]) -> None:
    assert _types(text) == expected
