"""«قضاء المجر» is Majar al-Kabir district in Maysan, never Hungary (issue 8, recall8 audit stage PLACE,
merge8, session 8).

Iraqi and wire reports name the district short: «نزاع عشائري بقضاء المجر جنوبي المحافظة». «المجر» alone is
Hungary's Arabic name, a strict common word taken only after a designator, so the designator «قضاء» made it
the country and a Maysan tribal clash was placed in Hungary. The district row now has the short name with its
designator (geo/data/places_curated.csv, data). Still the country: «دولة المجر»; still the district:
«قضاء المجر الكبير».

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.matcher import find_places
from tests.extract.probe import incidents


def place_ids(text: str) -> list[str]:
    return [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("اندلع نزاع عشائري في قضاء المجر شمالي محافظة ميسان.", ["iq.ma.majar.district", "iq.gov.maysan"]),
    ("قتل ثلاثة أشخاص خلال نزاع عشائري بقضاء المجر.", ["iq.ma.majar.district"]),
    # near misses: the country with its own designator, the district by its full name
    ("وقع رئيس الوزراء اتفاقاً مع دولة المجر.", ["country.hu"]),
    ("اندلع نزاع عشائري في قضاء المجر الكبير.", ["iq.ma.majar.district"]),
])
def test_the_short_district_name_is_majar(text: str, expected: list) -> None:
    assert place_ids(text) == expected


def test_the_tribal_clash_is_placed_in_maysan() -> None:
    text = "قال مسؤول محلي إن خمسة أشخاص قتلوا، مساء الأحد، خلال نزاع عشائري بقضاء المجر جنوبي ميسان."
    assert incidents(text, "country", "admin1", day=date(2022, 9, 28)) == [("IQ", "Maysan")]
