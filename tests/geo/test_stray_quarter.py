"""A city's quarter named beside another governorate's place while its own governorate appears nowhere
in the report is a namesake the gazetteer lacks, as a stray village already was («نزاع عشائري ... قرب سدة
شط العرب مقابل منطقة حي العامل»: Basra's Hay al-Amil, not Baghdad's; issue 8, place7 audit). Look-alikes:
the quarter with its city, and the quarter named alone. Every phrasing is written for this test, none is
a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def test_a_quarter_framed_by_another_governorate_is_not_that_citys() -> None:
    text = "اندلع نزاع عشائري بعد منتصف الليل قرب سدة شط العرب مقابل منطقة حي العامل في البصرة."
    assert "iq.bg.hayy_amil" not in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة في حي العامل ببغداد صباح اليوم.",
    "انفجرت عبوة ناسفة في حي العامل صباح اليوم.",
])
def test_the_quarter_with_its_city_or_alone_stays(text: str) -> None:
    assert "iq.bg.hayy_amil" in [m.place.place_id for m in find_places(text)]
