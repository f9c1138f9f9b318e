"""A town abroad named as an area or a village and framed right after it by an Iraqi place («منطقة سردشت
بجبل سنجار», "the village of Sardasht in Sinjar district") is a local name the gazetteer lacks, not the
town abroad (issue 8, place7 audit: a Turkish strike on Mount Sinjar was put in Iran). Look-alikes: the
town abroad with its country's adjective, and an Iraqi place told further on ("near Penjwen"). Every
phrasing is written for this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text, expected", [
    ("استهدف القصف مخبأ في منطقة سردشت بجبل سنجار المطل على المدينة", ["iq.ni.sinjar_mountain"]),
    ("قصفت طائرة مسيرة قرية سردشت في قضاء سنجار", ["iq.ni.sinjar.district"]),
])
def test_the_town_abroad_framed_by_an_iraqi_place_is_a_local_name(text: str, expected: list[str]) -> None:
    assert [m.place.place_id for m in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية الإيرانية منطقة سردشت الحدودية", ["gn.117111"]),
    ("The shelling hit the Iranian town of Sardasht near Penjwen", ["gn.117111", "iq.su.penjwen"]),
])
def test_the_town_abroad_stays_abroad(text: str, expected: list[str]) -> None:
    assert [m.place.place_id for m in find_places(text)] == expected
