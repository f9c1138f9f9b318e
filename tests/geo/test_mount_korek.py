"""Mount Korek (Erbil governorate, Soran district), a mountain and resort that drones and shelling have struck: named
«جبل كورك», "Korek Mountain", "Mount Korek" it is the mountain; the bare «كورك» is the name of a mobile operator
(Korek Telecom) and stays no place (tplace12, issue 8). Phrasings written for this table.
"""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def names(text: str) -> list[str]:
    return [m.place.name_en for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "سقطت طائرتان مسيرتان قرب برج للاتصالات فوق جبل كورك.",
    "Two drones crashed near a telecommunications tower on Korek Mountain.",
    "A drone struck near the resort on Mount Korek on Tuesday.",
])
def test_the_mountain_named_with_its_head(text):
    assert names(text) == ["Mount Korek"]


@pytest.mark.parametrize("text", [
    "أعلنت شركة كورك تيليكوم عن انقطاع الخدمة.",
    "Korek Telecom said its network was back.",
])
def test_the_operator_is_no_place(text):
    assert "Mount Korek" not in names(text)
