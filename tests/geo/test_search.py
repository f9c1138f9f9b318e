"""Gazetteer search ranking on tiny gazetteers: exact and prefix matches of the folded name first,
weak fuzzy look-alikes cut off."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer
from geo.model import Place


def place(pid: str, en: str, ar: str, kind: str = "town", population: int = 0, *, variants_en=()) -> Place:
    return Place(pid, en, ar, kind, "IQ", "Diyala", None, 33.7, 44.6, population, variants_en=tuple(variants_en))


GAZ = Gazetteer([
    place("baquba", "Baqubah", "بعقوبة", "city", 500_000, variants_en=["Baquba"]),
    place("baquba.district", "Baqubah District", "قضاء بعقوبة", "district"),
    place("baku", "Baku", "باكو", "city", 2_000_000),
    place("amarah", "Amarah", "العمارة", "city", 400_000),
    place("amarah.district", "Amarah District", "قضاء العمارة", "district"),
    place("kut", "Kut", "الكوت", "city", 400_000, variants_en=["Kut al-Amara"]),
    place("samarra", "Samarra", "سامراء", "city", 300_000),
    place("tal_afar", "Tal Afar", "تلعفر", "city", 200_000),
    place("tal_tamr", "Tal Tamr", "تل تمر", "town", 10_000),
    place("hol_camp", "al-Hol camp", "مخيم الهول", "camp"),
    place("holanda", "Holandiya", "الهولندية", "town", 90_000),
])


@pytest.mark.parametrize("query, expected", [
    ("Baquba", ["baquba", "baquba.district"]),        # exact, then prefix; Baku is no match
    ("بعقوبة", ["baquba", "baquba.district"]),        # Arabic: the district's head word comes first
    ("Amara", ["amarah", "amarah.district", "kut"]),  # exact, prefix, then the name holding the word
    ("Samara", ["samarra"]),                          # nothing exact: the misspelling finds its place
    ("tal afer", ["tal_afar"]),                       # fuzzy: Tal Tamr is too far below Tal Afar
    ("الهول", ["hol_camp", "holanda"]),              # the head word's name before a longer prefix
])
def test_search_ranks_exact_and_prefix_matches_first_and_cuts_weak_look_alikes(query, expected):
    assert [p.place_id for p in GAZ.search(query, limit=10)] == expected
