"""A flash's governorate dateline or label line is where its event happened, when the event names no place.

Iraqi outlets open a flash with the governorate the news comes from: «ديالى - قتل مدني …», «نينوى / انفجرت
…», or a first line that is the place alone («ديالى\\nقتل مدني …»). A city's dateline («بغداد - ») placed the
event already; a governorate's did not, so an attack told with no place and no day of its own was dropped
as a back reference and the flash gave no incident (zero9 audit step 7, stage DRAFT DROPPED, from
self-written probes of the dateline case the brief names). Placed at the governorate (precision 3). Not:
a meeting or a statement under the dateline (no event), a place of the event's own («في بعقوبة»), the
country as a dateline. Self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 3, 12)


@pytest.mark.parametrize("text", [
    "ديالى - قتل مدني وأصيب اثنان آخران بهجوم مسلح شنه مجهولون.",
    "ديالى / قتل مدني وأصيب اثنان آخران بهجوم مسلح شنه مجهولون.",
    "ديالى\nقتل مدني وأصيب اثنان آخران بهجوم مسلح شنه مجهولون.",
    "ديالى:\nقتل جندي وأصيب اثنان بانفجار عبوة ناسفة استهدفت دوريتهم.",
    "Diyala\nGunmen killed a civilian and wounded two others.",
])
def test_the_governorate_of_the_dateline_places_the_event(text: str) -> None:
    assert incidents(text, "location", "geo_precision", day=DAY) == [("Diyala Governorate", 3)]


@pytest.mark.parametrize("text, expected", [
    ("ديالى - بحث المحافظ اليوم مع القادة الأمنيين خطة لتأمين الطرق.", []),
    ("ديالى\nأكد محافظ ديالى أن الهجمات التي شهدتها المحافظة العام الماضي تراجعت.", []),
    ("ديالى - انفجرت عبوة ناسفة في بعقوبة ما أدى إلى مقتل مدني.", ["Baqubah"]),
    ("العراق - قتل مدني وأصيب اثنان آخران بهجوم مسلح شنه مجهولون.", []),
    ("بغداد - قتل جندي وأصيب اثنان بانفجار عبوة ناسفة استهدفت دوريتهم.", ["Baghdad"]),
])
def test_no_event_an_own_place_or_the_country(text: str, expected: list[str]) -> None:
    assert incidents(text, "location", day=DAY) == expected
