"""Arabic spellings of two towns (place9 audit, issue 8): الشرگاط (Shirqat with گ for the spoken g of ق, as in
شنگال) and نهروان (Nahrawan without the article): events there were told with no place. Every phrasing is written
for this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize(("text", "place_id"), [
    ("قتل مدني بانفجار عبوة ناسفة في الشرگاط اليوم.", "iq.sd.shirqat"),
    ("فجر انتحاري نفسه في مجلس عزاء بالشرگاط.", "iq.sd.shirqat"),
    ("قتل مدني بانفجار عبوة ناسفة في نهروان اليوم.", "iq.bg.nahrawan"),
])
def test_the_spelling_finds_the_town(text: str, place_id: str) -> None:
    assert place_id in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "التقى الوزير بوفد من شركة نهروانية للمقاولات.",
    "قال الشرگاطي إن الطريق مفتوح.",
])
def test_a_word_that_only_looks_alike_is_no_place(text: str) -> None:
    assert [m.place.place_id for m in find_places(text)] == []
