"""Load and validate the gazetteer data files under ``geo/data/``.

Files (see ``geo/data/README.md``): ``countries.csv``, ``places_curated.csv`` (hand-curated
supplement) and ``geonames_places.csv`` (generated base) hold places, one schema for all three;
``aliases.csv`` adds spellings to existing places; ``admin1_exceptions.csv`` lists the Iraqi places
whose governorate deliberately differs from the polygon their point falls in.

Every check fails loudly with :class:`GazetteerError` naming the file and the line (the header is
line 1). A curated row may replace generated ones (column ``same_as``: one or more ``|``-separated
place_ids): the curated names win, empty latitude/longitude/population cells are taken from the
first generated row, and the generated spellings are kept as variants except those listed in
``drop_spellings``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from geo.gazetteer import Gazetteer
from geo.model import FEATURE_TYPES, GOVERNORATES, Place

PLACE_FILES = ("geonames_places.csv", "countries.csv", "places_curated.csv")
#: Cells a curated row may leave empty to take them from the generated row it replaces.
INHERITED = ("latitude", "longitude", "population")
PLACE_COLUMNS = (
    "place_id", "name_en", "name_ar", "feature_type", "country", "admin1", "admin2",
    "latitude", "longitude", "population", "variants_en", "variants_ar", "source",
)
REQUIRED = ("place_id", "name_en", "name_ar", "feature_type", "country", "latitude", "longitude", "source")
ALIAS_COLUMNS = ("place_id", "alias", "lang", "source")
EXCEPTION_COLUMNS = ("place_id", "polygon_says", "we_say", "reason", "source")
#: Iraqi feature types that may span several governorates and so may carry no admin1.
NO_ADMIN1_TYPES = frozenset({"country", "region", "river", "border_area"})
#: Slack for points on a border or coast (border crossings, ports) in km.
TOLERANCE_KM = 10.0
VARIANT_SEPARATOR = "|"


class GazetteerError(ValueError):
    """A data file is malformed; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class _Row:
    file: str
    line: int
    cells: dict[str, str]

    def error(self, message: str) -> GazetteerError:
        return GazetteerError(f"{self.file}, line {self.line}: {message}")


def _read_csv(data_dir: Path, name: str, columns: tuple[str, ...], *, optional: bool = False) -> list[_Row]:
    path = data_dir / name
    if not path.is_file():
        if optional:
            return []
        raise GazetteerError(f"{name}: file missing in {data_dir}")
    with path.open(encoding="utf-8-sig", newline="") as fh:  # -sig: tolerate a spreadsheet's BOM
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise GazetteerError(f"{name}, line 1: missing columns {missing}")
        return [
            _Row(name, reader.line_num, {k: (v or "").strip() for k, v in cells.items() if k is not None})
            for cells in reader
        ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split(VARIANT_SEPARATOR) if v.strip())


def _place(row: _Row) -> Place:
    c = row.cells
    for column in REQUIRED:
        if not c.get(column):
            raise row.error(f"required column {column!r} is empty")
    if c["feature_type"] not in FEATURE_TYPES:
        raise row.error(f"unknown feature_type {c['feature_type']!r}")
    try:
        lat, lon = float(c["latitude"]), float(c["longitude"])
        population = int(c.get("population") or 0)
    except ValueError as exc:
        raise row.error(f"bad number: {exc}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or population < 0:
        raise row.error(f"coordinates or population out of range: {lat}, {lon}, {population}")
    admin1 = c.get("admin1") or None
    if c["country"] == "IQ":
        if admin1 is None and c["feature_type"] not in NO_ADMIN1_TYPES:
            raise row.error("Iraqi place without admin1")
        if admin1 is not None and admin1 not in GOVERNORATES:
            raise row.error(f"admin1 {admin1!r} is not one of GOVERNORATES")
    elif admin1 is not None:
        raise row.error(f"admin1 {admin1!r} set on a place outside Iraq")
    return Place(
        place_id=c["place_id"], name_en=c["name_en"], name_ar=c["name_ar"],
        feature_type=c["feature_type"], country=c["country"], admin1=admin1,
        admin2=c.get("admin2") or None, latitude=lat, longitude=lon, population=population,
        source=c["source"], variants_ar=_split(c.get("variants_ar", "")),
        variants_en=_split(c.get("variants_en", "")),
    )


def _merge(place: Place, *, ar: tuple[str, ...] = (), en: tuple[str, ...] = ()) -> Place:
    """Add spellings to a place's variants, skipping its names and duplicates."""
    new_ar = tuple(dict.fromkeys(v for v in (*place.variants_ar, *ar) if v != place.name_ar))
    new_en = tuple(dict.fromkeys(v for v in (*place.variants_en, *en) if v != place.name_en))
    return replace(place, variants_ar=new_ar, variants_en=new_en)


def _read_places(data_dir: Path) -> tuple[dict[str, Place], dict[str, _Row]]:
    rows: dict[str, _Row] = {}
    for name in PLACE_FILES:
        for row in _read_csv(data_dir, name, PLACE_COLUMNS):
            pid = row.cells["place_id"]
            if pid in rows:
                first = rows[pid]
                raise row.error(f"duplicate place_id {pid!r} (first in {first.file}, line {first.line})")
            rows[pid] = row
    replaced: dict[str, list[Place]] = {}
    for row in list(rows.values()):
        targets = _split(row.cells.get("same_as", ""))
        if not targets:
            continue
        generated_rows = []
        for target in targets:
            if target not in rows or rows[target].cells.get("same_as") or rows[target] is row:
                raise row.error(f"same_as refers to an unknown or already replaced place_id {target!r}")
            generated_rows.append(rows.pop(target))
        for column in INHERITED:
            row.cells[column] = row.cells.get(column) or generated_rows[0].cells.get(column, "")
        replaced[row.cells["place_id"]] = [_place(r) for r in generated_rows]
    places: dict[str, Place] = {}
    for pid, row in rows.items():
        place = _merge(_place(row))  # also drops repeated spellings and the names themselves
        dropped = set(_split(row.cells.get("drop_spellings", "")))
        for generated in replaced.get(pid, ()):
            place = _merge(
                place,
                ar=tuple(v for v in (generated.name_ar, *generated.variants_ar) if v not in dropped),
                en=tuple(v for v in (generated.name_en, *generated.variants_en) if v not in dropped),
            )
        places[pid] = place
    return places, rows


def _check_countries(places: dict[str, Place], rows: dict[str, _Row]) -> None:
    import numpy as np  # here, with Shapely below: importing geo.loader (country_names) costs 0.17 s less

    from geo.governorates import country_shapes, within_country

    shapes = country_shapes()
    by_country: dict[str, list[Place]] = {}
    for place in places.values():
        if place.country not in shapes:
            raise rows[place.place_id].error(f"unknown country {place.country!r} (no outline in countries.geojson)")
        by_country.setdefault(place.country, []).append(place)
    for iso2, group in by_country.items():
        lats = np.array([p.latitude for p in group])
        lons = np.array([p.longitude for p in group])
        inside = within_country(iso2, lats, lons, tolerance_km=TOLERANCE_KM)
        for place, ok in zip(group, inside, strict=True):
            if not ok:
                raise rows[place.place_id].error(
                    f"point {place.latitude}, {place.longitude} lies outside country {iso2}"
                )


def _check_admin1(places: dict[str, Place], rows: dict[str, _Row], data_dir: Path) -> None:
    import numpy as np

    from geo.governorates import governorates_of, nearest_governorate

    exceptions: dict[str, _Row] = {}
    for row in _read_csv(data_dir, "admin1_exceptions.csv", EXCEPTION_COLUMNS, optional=True):
        if row.cells["place_id"] not in places:
            raise row.error(f"exception for unknown place_id {row.cells['place_id']!r}")
        exceptions[row.cells["place_id"]] = row
    iraqi = [p for p in places.values() if p.country == "IQ" and p.admin1 is not None]
    found = governorates_of(np.array([p.latitude for p in iraqi]), np.array([p.longitude for p in iraqi]))
    for place, polygon in zip(iraqi, found, strict=True):
        if polygon is None:
            polygon = nearest_governorate(place.latitude, place.longitude, max_km=TOLERANCE_KM)
        exception = exceptions.pop(place.place_id, None)
        if exception is None:
            if polygon != place.admin1:
                raise rows[place.place_id].error(
                    f"admin1 {place.admin1!r} but the point lies in {polygon!r}; "
                    "fix the row or document it in admin1_exceptions.csv"
                )
        elif (exception.cells["polygon_says"], exception.cells["we_say"]) != (polygon, place.admin1):
            raise exception.error(
                f"stale exception: polygon says {polygon!r}, row says {place.admin1!r}"
            )
    for row in exceptions.values():
        raise row.error("exception for a place that is not an Iraqi place with admin1")


def _merge_aliases(places: dict[str, Place], data_dir: Path) -> None:
    for row in _read_csv(data_dir, "aliases.csv", ALIAS_COLUMNS, optional=True):
        c = row.cells
        if c["place_id"] not in places:
            raise row.error(f"alias for unknown place_id {c['place_id']!r}")
        if not c["alias"] or not c["source"]:
            raise row.error("alias and source are required")
        if c["lang"] not in ("ar", "en"):
            raise row.error(f"lang must be 'ar' or 'en', not {c['lang']!r}")
        key = "ar" if c["lang"] == "ar" else "en"
        places[c["place_id"]] = _merge(places[c["place_id"]], **{key: (c["alias"],)})


def load_gazetteer(data_dir: Path | None = None, *, validate: bool = True) -> Gazetteer:
    """Read, validate and merge the gazetteer data files.

    Parameters
    ----------
    data_dir
        Directory holding the CSV files; default: the shipped ``geo/data/``. The polygons used by
        the geometric checks are always the shipped ones.
    validate
        Run the geometric checks (point inside its country, admin1 equals the polygon's
        governorate unless excepted). Row-level checks always run.

    Raises
    ------
    GazetteerError
        On any bad row, naming the file and line.

    Examples
    --------
    >>> g = load_gazetteer()
    >>> g.get("iq.gov.kirkuk").admin1, g.get("country.sy").name_ar
    ('Kirkuk', 'سوريا')
    """
    data_dir = Path(str(files("geo").joinpath("data"))) if data_dir is None else Path(data_dir)
    places, rows = _read_places(data_dir)
    if validate:
        _check_countries(places, rows)
        _check_admin1(places, rows, data_dir)
    _merge_aliases(places, data_dir)
    return Gazetteer(places.values())


@cache
def country_names() -> dict[str, str]:
    """English name per ISO 3166-1 alpha-2 code, from the shipped ``countries.csv`` (ACLED's country
    names for the region: Syria, Turkey, Iran, Kuwait).

    Examples
    --------
    >>> country_names()["SY"], country_names()["KW"]
    ('Syria', 'Kuwait')
    """
    text = files("geo").joinpath("data", "countries.csv").read_text(encoding="utf-8")
    return {row["country"]: row["name_en"] for row in csv.DictReader(text.splitlines())}


def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded and validated once per process (with its name index, from a
    pickle when no file under ``geo/`` changed: :mod:`geo.cache`)."""
    from geo.cache import default_gazetteer as cached

    return cached()


def summary(gazetteer: Gazetteer) -> dict[str, int]:
    """Row counts by origin (generated GeoNames, curated, countries, district rows).

    Examples
    --------
    >>> counts = summary(default_gazetteer())
    >>> counts["total"] == sum(v for k, v in counts.items() if k != "total")
    True
    """
    counts = {"geonames": 0, "countries": 0, "districts": 0, "curated": 0}
    for place in gazetteer:
        if place.place_id.startswith("gn."):
            counts["geonames"] += 1
        elif place.feature_type == "country":
            counts["countries"] += 1
        elif place.place_id.endswith(".district"):
            counts["districts"] += 1
        else:
            counts["curated"] += 1
    counts["total"] = len(gazetteer)
    return counts


if __name__ == "__main__":
    import time

    started = time.perf_counter()
    loaded = load_gazetteer()
    elapsed = time.perf_counter() - started
    print(f"loaded and validated in {elapsed:.3f} s: {summary(loaded)}")
