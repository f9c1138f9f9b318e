"""Governorate geometry: the polygons, ``governorate_of`` near borders, and the neighbours."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geo.governorates import (
    governorate_of,
    governorates_frame,
    governorates_of,
    nearest_governorate,
    neighbours_frame,
    within_country,
)
from geo.model import GOVERNORATES

# (label, lat, lon, governorate the Natural Earth polygon holds). Most points are towns near a
# governorate border; the two quirks (Taji, Makhmour) are those the issue names, which the
# gazetteer overrides through admin1_exceptions.csv.
BORDER_POINTS = [
    ("Baghdad centre", 33.3406, 44.4009, "Baghdad"),
    ("Taji (polygon quirk: Salah al-Din)", 33.5200, 44.2700, "Salah al-Din"),
    ("Makhmour (polygon quirk: Erbil)", 35.7762, 43.5797, "Erbil"),
    ("Samarra, on the Tigris", 34.1959, 43.8857, "Salah al-Din"),
    ("Tuz Khurmatu, near Kirkuk and Diyala", 34.8881, 44.6326, "Salah al-Din"),
    ("Jurf al-Sakhar, near the Anbar border", 32.8900, 44.1200, "Babil"),
    ("Nukhayb, desert near Karbala and Najaf", 32.0400, 42.2700, "Anbar"),
    ("Baiji, near Kirkuk and Nineveh", 34.9291, 43.4888, "Salah al-Din"),
    ("Sharqat, near Nineveh", 35.5172, 43.2281, "Salah al-Din"),
    ("Qayyarah, south of Mosul", 35.7993, 43.2945, "Nineveh"),
    ("Hawija, west of Kirkuk", 35.3259, 43.7727, "Kirkuk"),
    ("Fallujah, west of Baghdad", 33.3491, 43.7860, "Anbar"),
    ("Baqubah", 33.7466, 44.6437, "Diyala"),
    ("Khanaqin, near the Iranian border", 34.3482, 45.3907, "Diyala"),
    ("Kifri, Diyala's northern tip", 34.6896, 44.9606, "Diyala"),
    ("Halabja (a governorate since 2025, not in the polygons)", 35.1778, 45.9861, "Sulaymaniyah"),
    ("Kirkuk city", 35.4681, 44.3922, "Kirkuk"),
    ("Erbil city", 36.1926, 44.0106, "Erbil"),
    ("Zakho, near Turkey", 37.1487, 42.6859, "Dohuk"),
    ("Mosul", 36.3350, 43.1189, "Nineveh"),
    ("Sinjar", 36.3209, 41.8766, "Nineveh"),
    ("Al-Qaim, on the Syrian border", 34.3925, 40.9894, "Anbar"),
    ("Karbala", 32.6160, 44.0249, "Karbala"),
    ("Hillah", 32.4637, 44.4196, "Babil"),
    ("Najaf", 32.0259, 44.3462, "Najaf"),
    ("Kut", 32.5128, 45.8182, "Wasit"),
    ("Amarah", 31.8356, 47.1448, "Maysan"),
    ("Nasiriyah", 31.0580, 46.2573, "Dhi Qar"),
    ("Samawah", 31.3320, 45.2944, "Al-Muthanna"),
    ("Diwaniyah", 31.9929, 44.9255, "Al-Qadisiyah"),
    ("Basra", 30.5085, 47.7804, "Basra"),
    ("Safwan, on the Kuwaiti border", 30.1165, 47.7163, "Basra"),
]
OUTSIDE_IRAQ = [
    ("Damascus", 33.5102, 36.2913),
    ("al-Hol camp, Syria", 36.3770, 41.1450),
    ("Albu Kamal, across from al-Qaim", 34.4530, 40.9180),
    ("Kuwait City", 29.3697, 47.9783),
    ("Tehran", 35.6944, 51.4215),
    ("Gulf of Oman", 25.0, 58.0),
]


@pytest.mark.parametrize(("label", "lat", "lon", "expected"), BORDER_POINTS, ids=[p[0] for p in BORDER_POINTS])
def test_governorate_of_near_borders(label: str, lat: float, lon: float, expected: str) -> None:
    assert governorate_of(lat, lon) == expected


@pytest.mark.parametrize(("label", "lat", "lon"), OUTSIDE_IRAQ, ids=[p[0] for p in OUTSIDE_IRAQ])
def test_governorate_of_outside_iraq_is_none(label: str, lat: float, lon: float) -> None:
    assert governorate_of(lat, lon) is None


def test_vectorised_lookup_agrees_with_geopandas_reference() -> None:
    """The fast shapely path against the obvious GeoDataFrame.contains, on a grid over Iraq."""
    lats, lons = np.meshgrid(np.linspace(29.0, 37.5, 35), np.linspace(38.5, 48.8, 35))
    lats, lons = lats.ravel(), lons.ravel()
    frame = governorates_frame()
    for lat, lon, fast in zip(lats, lons, governorates_of(lats, lons), strict=True):
        hits = frame.loc[frame.contains(shapely.Point(lon, lat)), "name_en"].tolist()
        assert fast == (hits[0] if hits else None)


def test_nearest_governorate_catches_shoreline_points() -> None:
    assert governorate_of(29.93, 48.62) is None  # water off the Faw headland (the coast ends at 48.56 E)
    assert nearest_governorate(29.93, 48.62) == "Basra"
    assert nearest_governorate(33.5102, 36.2913) is None  # Damascus is far from every polygon


def test_governorates_frame() -> None:
    frame = governorates_frame()
    assert list(frame.columns) == ["name_en", "name_ar", "iso_code", "geometry"]
    assert sorted(frame["name_en"]) == sorted(GOVERNORATES)
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.is_valid.all()
    codes = dict(zip(frame["name_en"], frame["iso_code"], strict=True))
    arabic = dict(zip(frame["name_en"], frame["name_ar"], strict=True))
    assert codes["Kirkuk"] == "IQ-KI"  # ISO's code, not Natural Earth's IQ.TS
    assert codes["Erbil"] == "IQ-AR"
    assert arabic["Nineveh"] == "نينوى"
    assert arabic["Salah al-Din"] == "صلاح الدين"
    assert governorates_frame() is governorates_frame()


def test_neighbours_frame() -> None:
    frame = neighbours_frame()
    assert list(frame.columns) == ["iso2", "name_en", "name_ar", "geometry"]
    assert set(frame["iso2"]) == {"IQ", "SY", "TR", "IR", "KW", "SA", "JO"}
    arabic = dict(zip(frame["iso2"], frame["name_ar"], strict=True))
    assert arabic["IQ"] == "العراق"
    assert arabic["JO"] == "الأردن"
    assert frame.geometry.is_valid.all()
    iraq = frame.loc[frame["iso2"] == "IQ", "geometry"].iloc[0]
    assert iraq.contains(shapely.Point(44.4009, 33.3406))


@pytest.mark.parametrize(
    ("iso2", "lat", "lon", "inside"),
    [
        ("SY", 33.5102, 36.2913, True),    # Damascus
        ("SY", 33.3406, 44.4009, False),   # Baghdad
        ("BH", 26.2279, 50.5857, True),    # Manama, on a small island
        ("IQ", 34.4350, 40.9330, True),    # al-Qaim crossing, on the border line
        ("KW", 30.0800, 47.7200, True),    # Abdali crossing, on the border line
        ("IQ", 29.3697, 47.9783, False),   # Kuwait City
    ],
)
def test_within_country(iso2: str, lat: float, lon: float, inside: bool) -> None:
    assert within_country(iso2, np.array([lat]), np.array([lon]))[0] == inside
