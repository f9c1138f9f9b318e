"""A subdistrict named after another governorate's place in the same sentence is not a stray namesake when its
own designator names it («ناحية العظيم») or when it stands in the clause of another event («..., فيما قتل
مدني ... في منطقة X»); a place the gazetteer knows only elsewhere, framed by a governorate told before it in
its own clause, still is (issue 8, lead, session 11). Self-written phrasings."""

from __future__ import annotations

import pytest

from geo.matcher import find_places

UDHAIM = "iq.di.udhaim"


@pytest.mark.parametrize("text", [
    "أصيب جنديان بهجوم مسلح على نقطة للجيش في قضاء الطارمية، فيما قتل مدني بانفجار عبوة ناسفة في ناحية العظيم.",
    "أصيب جنديان في قضاء الطارمية، فيما قتل مدني بانفجار عبوة ناسفة في منطقة العظيم.",
    "أصيب جنديان في قضاء الطارمية، بينما قتل راع بانفجار لغم في ناحية العظيم.",
])
def test_a_subdistrict_of_another_event_stays(text: str) -> None:
    assert UDHAIM in [m.place.place_id for m in find_places(text)]


def test_an_area_framed_by_another_governorate_in_its_own_clause_is_still_a_namesake() -> None:
    # the Basra area «الكرمة» (the gazetteer knows Anbar's Karma only), framed by Basra in its own clause
    text = "وفي البصرة تجدد النزاع العشائري في منطقة الكرمة."
    assert "Karma" not in [m.place.name_en for m in find_places(text)]
