"""A Baghdad quarter named without Baghdad stays Baghdad's when another governorate's town is told after it, in
another event's clause or sentence («حي العامل …، فيما قتل شخص … في قضاء بلد»); a quarter framed by a place
told before it in its sentence, or by the city right after it, is still a namesake the gazetteer lacks (review7
probes of 88fcab2, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

import pytest

from geo.matcher import find_places

AMIL = "iq.bg.hayy_amil"


@pytest.mark.parametrize("text", [
    # another event's town after the quarter (Amil dropped on main)
    "انفجرت عبوة ناسفة في حي العامل صباح اليوم ما أسفر عن إصابة شخصين، فيما قتل شخص بهجوم مسلح في قضاء بلد.",
    "انفجرت عبوة ناسفة في حي العامل صباح اليوم ما أسفر عن إصابة شخصين.\nوفي صلاح الدين، قتل شخص بهجوم مسلح في قضاء بلد.",
    "Two civilians were wounded by a roadside bomb in the Amil neighbourhood on Wednesday, while a soldier was "
    "killed in an attack in Balad, Salahuddin province.",
])
def test_the_quarter_stays_beside_another_events_town(text: str) -> None:
    assert AMIL in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text", [
    # near misses: framed before it in its sentence, or by the city right after it
    "اندلع نزاع عشائري في البصرة بعد منتصف الليل قرب منطقة حي العامل.",
    "اندلع نزاع عشائري بعد منتصف الليل قرب سدة شط العرب مقابل منطقة حي العامل.",
    "اندلع نزاع عشائري بعد منتصف الليل في منطقة حي العامل بالبصرة.",
])
def test_a_framed_quarter_is_a_namesake(text: str) -> None:
    assert AMIL not in [m.place.place_id for m in find_places(text)]
