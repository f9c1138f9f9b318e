"""Records of the geo package: a place, and a mention of it in a text."""

from __future__ import annotations

from dataclasses import dataclass

#: English governorate names used everywhere (admin1 of Iraqi places, filters, polygons).
GOVERNORATES: tuple[str, ...] = (
    "Baghdad", "Anbar", "Salah al-Din", "Diyala", "Kirkuk", "Erbil", "Nineveh", "Babil",
    "Al-Qadisiyah", "Al-Muthanna", "Najaf", "Wasit", "Basra", "Maysan", "Dhi Qar", "Karbala",
    "Dohuk", "Sulaymaniyah",
)

#: Feature types a place may have; the matcher and precision rules key on them.
FEATURE_TYPES: frozenset[str] = frozenset({
    "country", "region", "governorate", "district", "subdistrict", "city", "town", "village",
    "neighborhood", "street", "road", "camp", "air_base", "military_base", "airport", "facility",
    "border_crossing", "border_area", "mountain", "valley", "lake", "river", "island", "area",
})


def reduce_by_fields(self: object) -> tuple:
    """``__reduce__`` of a frozen slots dataclass: pickled as the call of its constructor with its
    fields. Unpickling the gazetteer's 12,000 places and name keys this way takes half the time of
    the dataclass's own ``__setstate__`` (which looks its fields up again for every object): 0.05 s
    of every ``parse`` start."""
    return type(self), tuple(getattr(self, name) for name in type(self).__slots__)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Coordinates are a point; for areal places (countries,
    governorates, regions) the point is a representative one, usually the capital."""

    place_id: str
    name_en: str
    name_ar: str
    feature_type: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str | None  # governorate (English, one of GOVERNORATES) for Iraqi places
    admin2: str | None  # district (qadaa)
    latitude: float
    longitude: float
    population: int = 0
    source: str = ""
    variants_ar: tuple[str, ...] = ()
    variants_en: tuple[str, ...] = ()

    __reduce__ = reduce_by_fields


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in a text: ``text[start:end] == surface`` always holds."""

    surface: str
    start: int
    end: int
    place: Place
    confidence: float
