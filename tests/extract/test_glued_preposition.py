"""ب glued to a place whose own name starts with ب (ببغداد، ببعقوبة، ببيجي، ببلد) is the preposition "in":
the place is tied to the event like «في بغداد». Phrasings written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from extract.placing import _prefix_prep
from geo.model import Place, PlaceMention

BAGHDAD = Place("iq.baghdad", "Baghdad", "بغداد", "city", "IQ", "Baghdad", None, 33.34, 44.40)
ANBAR = Place("iq.anbar", "Anbar", "الأنبار", "governorate", "IQ", "Anbar", None, 33.4, 43.3)


@pytest.mark.parametrize("surface, place, glued", [
    ("ببغداد", BAGHDAD, True),
    ("بغداد", BAGHDAD, False),  # the name itself starts with ب
    ("بالأنبار", ANBAR, True),
    ("الأنبار", ANBAR, False),
])
def test_prefix_preposition(surface: str, place: Place, glued: bool) -> None:
    assert _prefix_prep(PlaceMention(surface, 0, len(surface), place, 1.0)) is glued


@pytest.mark.parametrize("text, location", [
    ("استهدف مسلحون متظاهرين على الطريق ببغداد مساء أمس.", "Baghdad"),
    ("أطلق مجهولون النار على المحتجين على الطريق الرابط بين الساحتين ببغداد ليلة أمس.", "Baghdad"),
    ("انفجرت عبوة ناسفة على الطريق العام ببعقوبة صباح اليوم.", "Baqubah"),
])
def test_a_city_glued_to_its_preposition_places_the_event(text: str, location: str) -> None:
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=date(2024, 5, 10))
    assert [i.location for i in parsed.incidents] == [location]
