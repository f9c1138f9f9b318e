"""A name told in quotes or between dashes inside a longer name («قاعدة "بلد" الجوية», «قاعدة –بلد- الجوية»,
«جبل “كارا”») is read whole: the marks wrapping an Arabic word are spaces to the matcher (issue 8, place7
audit: two rockets on Balad air base were a governorate and a direction from Baghdad). Look-alikes: a
hyphen joining two names («طريق بغداد-البصرة»), a dash between spaces («(بغداد – داقوق)») and English
hyphenated names stay as they were. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text, place_id", [
    ('سقط صاروخان على قاعدة "بلد" الجوية دون خسائر', "iq.sd.balad_base"),
    ("سقط صاروخان على قاعدة –بلد- الجوية دون خسائر", "iq.sd.balad_base"),
    ("قصفت المدفعية التركية قرى تقع بجبل “كارا” في قضاء العمادية", "iq.da.gara"),
])
def test_a_wrapped_word_inside_a_name_is_read_whole(text: str, place_id: str) -> None:
    assert place_id in [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text, place_ids", [
    ("قطع المحتجون طريق بغداد-البصرة صباح اليوم", ["iq.baghdad", "iq.ba.basra"]),
    ("على الطريق الرئيسي (بغداد – داقوق) جنوبي كركوك", ["iq.baghdad", "iq.kr.daquq", "iq.kr.kirkuk"]),
    ("Militants attacked a checkpoint near Al-Qaim on Monday.", ["iq.an.qaim"]),
])
def test_hyphens_and_dashes_between_names_stay(text: str, place_ids: list[str]) -> None:
    assert [m.place.place_id for m in find_places(text)] == place_ids
