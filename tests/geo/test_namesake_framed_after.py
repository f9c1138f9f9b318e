"""A name followed at once by «في/بـ» + another governorate's place is a namesake there (issue 8, arrec11 audit:
Arabic events placed wrong).

«وقع التفجير في منطقة المشاهدة بالموصل القديمة» (a DW report of a suicide bombing among people fleeing Mosul's Old
City) matched Baghdad's subdistrict Mishahda, and the bombing was mapped north of Baghdad. `geo.resolve._stray_village`
took a subdistrict or area as a namesake the gazetteer lacks only when another governorate's place was told before
it in its sentence; a place told right after it with «في» or «بـ» (what frames a quarter: «حي العامل في البصرة»)
now does too, unless the text names it with its own designator (ناحية, قضاء: the gazetteer's). A compass word
between («الصقلاوية غرب بغداد») is a landmark, not a frame. And a city quarter told right after such a name
(«… بالموصل القديمة») is not framed by it: the name lies in the quarter, not the quarter beside it.

Every phrasing is written for this table.
"""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def names(text: str) -> list[str]:
    return [m.place.name_en for m in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("وقع التفجير في منطقة المشاهدة بالموصل القديمة", ["Mosul Old City"]),
    ("انفجرت عبوة ناسفة في منطقة المشاهدة في الموصل", ["Mosul"]),
    ("قتل شخص في منطقة الكرمة بالبصرة", ["Basra"]),
])
def test_a_namesake_framed_after_is_not_the_gazetteers(text: str, expected: list) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون الصقلاوية غرب بغداد", ["Saqlawiyah", "Baghdad"]),  # a compass word between: a landmark
    ("قتل راع في ناحية برادوست بمحافظة دهوك", ["Bradost", "Dohuk Governorate"]),  # its own designator: the gazetteer's
    ("انفجرت عبوة في المشاهدة شمال بغداد", ["Mishahda", "Baghdad"]),  # its own governorate
    ("قتل مدني في منطقة الرشاد بكركوك", ["Rashad", "Kirkuk"]),  # the gazetteer's Rashad lies in Kirkuk
])
def test_near_misses_keep_the_place(text: str, expected: list) -> None:
    assert names(text) == expected
