"""Where the victims come from is not where the event happened: «قتل جنديان من أهالي نينوى في كمين قرب
الرمادي», «الرمادي - اختطف مسلحون جنديين من أهالي نينوى», 'RAMADI - Two soldiers from Mosul were killed in an
ambush' (issue 8, place9 audit: a Ramadi ambush was placed in Nineveh). A place so named gives way to another
tied place of the sentence, and to a dateline in another governorate. Near misses: with nothing else, the
people of a place still place the event («العثور على جثتي شابين من أهالي ناحية العظيم»), a dateline of the
same governorate does not displace it, and a distance from a place («بالقرب من», '20 km from') is a place.
Phrasings written for this table from general Arabic and English news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def places(text: str) -> list[str | None]:
    return incidents(text, "location")


@pytest.mark.parametrize(("text", "expected"), [
    # another tied place in the sentence
    ("قتل جنديان من أهالي نينوى في كمين لداعش قرب الرمادي.", ["Ramadi"]),
    ("الرمادي - قتل جنديان من أهالي نينوى في كمين لداعش قرب الرمادي.", ["Ramadi"]),
    ("قتل ثلاثة من أبناء الشرقاط في هجوم مسلح قرب الرمادي.", ["Ramadi"]),
    # the dateline in another governorate
    ("الرمادي - قتل جنديان من أهالي نينوى في كمين لداعش.", ["Ramadi"]),
    ("الرمادي - اختطف مسلحون جنديين من أهالي نينوى.", ["Ramadi"]),
    ("RAMADI, Iraq - Two soldiers from Mosul were killed in an ambush on Tuesday.", ["Ramadi"]),
    # «من X» right after the people themselves (lead, session 9)
    ("قتل جنديان من الموصل بهجوم لداعش في مخمور، اليوم.", ["Makhmour"]),
    ("قتل ثلاثة مدنيين من قضاء الطارمية بانفجار عبوة ناسفة في منطقة التاجي، اليوم.", ["Taji"]),
    ("Two soldiers from Mosul were killed in an IS attack in Makhmour on Monday.", ["Makhmour"]),
])
def test_where_the_people_come_from_gives_way(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nothing else: the people of a place still place it
    ("العثور على جثتي شابين من أهالي ناحية العظيم بعد اختطافهما.", ["Udhaim"]),
    # a dateline of the same governorate
    ("الموصل - قتل مدنيان من أهالي ناحية حمام العليل بهجوم لداعش.", ["Hammam al-Alil"]),
    # a distance from a place is a place
    ("قتل جنديان في كمين لداعش بالقرب من الرمادي.", ["Ramadi"]),
    ("MOSUL, Iraq - Two soldiers were killed in an ambush 20 km from Ramadi on Tuesday.", ["Ramadi"]),
    # a bare «من X», 'from X': where forces withdrew from is the event's place
    ("انسحبت القوات الأمريكية اليوم من ناحية الرمانة وسلمت منشآتها للقوات العراقية.", ["Rummana"]),
    ("RAMADI, Iraq - Islamic State fighters withdrew from Hit on Tuesday after clashes with the army.", ["Hit"]),
    # the people of a place protesting there
    ("البصرة - تظاهر أهالي الناصرية اليوم احتجاجا على مقتل ناشط.", ["Nasiriyah"]),
    # the people of a place with no other place
    ("اختطف مسلحون مجهولون شاباً من الموصل، اليوم.", ["Mosul"]),
])
def test_near_misses_keep_their_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected
