"""Spellings the place7 audit (issue 8) found for places the gazetteer has: the village Khidir Jija
written as one word («خضرجيجة») and told with its district («قرية خضر جيجة قضاء مخمور», lost while the
village stood in Erbil and its district in Nineveh), "Yaychi" (ياياجي, Kirkuk), the Kurmanji
"Sinunê" (Sinuni, Sinjar) and "Tarimiya" (Tarmiyah). Look-alikes: the region or town named alone. Every phrasing is written for
this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text, place_id", [
    ("هاجم مسلحو داعش قرية خضرجيجة في قضاء مخمور ليلاً", "iq.ar.khidir_jija"),
    ("هاجموا قرية خضر جيجة قضاء مخمور مساء الخميس", "iq.ar.khidir_jija"),
    ("Militants attacked a village in Yaychi district on Monday.", "iq.kr.yayachi"),
    ("A drone struck a shop in the sub-district of Sinunê on Wednesday.", "iq.ni.sinuni"),
    ("Militants ambushed soldiers in the nearby Tarimiya district on Tuesday.", "iq.bg.tarmiyah"),
])
def test_the_spelling_finds_the_place(text: str, place_id: str) -> None:
    assert place_id in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text, place_id", [
    ("هاجم مسلحو داعش قرى في قضاء مخمور ليلاً", "iq.ni.makhmour.district"),
    ("A drone struck a vehicle in the Shengal region on Wednesday.", "iq.ni.sinjar"),
])
def test_the_district_or_region_alone_stays(text: str, place_id: str) -> None:
    assert [m.place.place_id for m in find_places(text)] == [place_id]
