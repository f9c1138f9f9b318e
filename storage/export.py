"""Exports of a filtered incident table: CSV for spreadsheets, GeoJSON for GIS.

The CSV holds ACLED's public columns in ACLED's order and conventions, then ours; it is UTF-8 with a
BOM (so Excel shows Arabic), and neutralises cells a spreadsheet would run as formulas (OWASP's CSV-injection advice).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from extract.acled_types import short_label
from storage import acled
from storage.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from storage.countries import IRAQ, country_keys
from storage.csv_stream import FORMULA_START as _FORMULA_START
from storage.csv_stream import (
    neutralised,
    stream_csv,  # noqa: F401  (part of this module's API; column at a time)
)
from storage.derived import search_needle

if TYPE_CHECKING:
    from storage.queries import Filters

#: Columns of both exports, in order: ACLED's public columns in ACLED's order, then ours.
EXPORT_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS



def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would read as a formula with a single quote.

    Examples
    --------
    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-1+2"), neutralise("Baghdad"), neutralise(-3)
    ('\\'=HYPERLINK("http://x")', "'-1+2", 'Baghdad', -3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _per_distinct(func: Callable[..., Any], *columns: Sequence) -> list:
    """``func`` of each row's values in ``columns``, called once per distinct combination (pandas'
    factorize: equal values are one, and so are None and NaN; ``func`` gets the first one found).

    Examples
    --------
    >>> _per_distinct(lambda a, b: f"{a}{b}", ["x", "y", "x", None], [1, 2, 1, 1])
    ['x1', 'y2', 'x1', 'None1']
    """
    n = len(columns[0])
    if n == 0:
        return []
    codes = np.zeros(n, dtype=np.int64)
    uniques = []
    for column in columns:
        series = pd.Series(column, dtype=object)
        found, distinct = pd.factorize(series, use_na_sentinel=False)
        first = np.unique(found, return_index=True)[1]  # each value as given (factorize may retype it)
        codes = codes * max(len(distinct), 1) + found
        uniques.append((series.iloc[first].tolist(), max(len(distinct), 1)))
    distinct, inverse = np.unique(codes, return_inverse=True)
    results = np.empty(len(distinct), dtype=object)
    for k, code in enumerate(distinct.tolist()):
        picked = []
        for values, size in reversed(uniques):
            code, index = divmod(code, size)
            picked.append(values[index])
        results[k] = func(*reversed(picked))
    return results[inverse].tolist()


def _country_keys(country: pd.Series, admin1: pd.Series, latitude: pd.Series, longitude: pd.Series) -> list:
    """The country each incident counts in (:func:`storage.countries.country_keys`), as the views count it."""
    import pyarrow as pa

    def text(values: pd.Series) -> pa.Array:
        return pa.array([v if isinstance(v, str) else None for v in values.tolist()], type=pa.string())

    def number(values: pd.Series) -> pa.Array:
        return pa.array(pd.to_numeric(values, errors="coerce").astype("float64"), from_pandas=True)

    return country_keys(text(country), text(admin1), number(latitude), number(longitude)).to_pylist()


def _unix_seconds(created: pd.Series) -> pd.arrays.IntegerArray:
    """``int(t.timestamp())`` of each time of a UTC datetime column (pandas rounds to microseconds,
    ``int`` then cuts toward zero); missing stays missing."""
    per_second = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}[created.dt.unit]
    missing = created.isna().to_numpy()
    seconds = np.trunc(np.round(created.array.asi8 / per_second, 6))
    result = pd.array(np.where(missing, 0, seconds).astype(np.int64), dtype="Int64")
    result[missing] = pd.NA
    return result


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The table of :func:`storage.queries.query_incidents` with the export columns, in ACLED's
    conventions: ``event_id_cnty`` "IRQ<id>", ``country`` "Iraq", ``iso`` 368, ``region`` "Middle East",
    fatalities 0 when unknown (``fatalities_known`` says which), ``notes`` the evidence, ``source`` the
    outlets separated by "; ", ``timestamp`` the Unix time the incident was stored, actor type codes
    and disorder type from :mod:`storage.acled`; then this project's columns.

    Column at a time: :mod:`storage.acled`'s rules run once per distinct value (:func:`_per_distinct`).
    """
    def get(name: str) -> pd.Series:
        return df[name] if name in df else pd.Series([None] * len(df), index=df.index, dtype=object)

    out = pd.DataFrame(index=df.index)
    ids = get("incident_id")
    known = ids.notna().to_numpy()
    event_ids = np.full(len(df), None, dtype=object)
    if known.any():
        event_ids[known] = (acled.ID_PREFIX + ids[known].astype("int64").astype(str)).to_numpy(dtype=object)
    out["event_id_cnty"] = event_ids.tolist()
    out["event_date"] = get("event_date")
    out["year"] = pd.to_datetime(get("event_date"), errors="coerce").dt.year.astype("Int64")
    out["time_precision"] = get("time_precision")
    kinds, subs = get("event_type"), get("sub_event_type")
    out["disorder_type"] = _per_distinct(acled.disorder_type, kinds, subs)
    out["event_type"], out["sub_event_type"] = kinds, subs
    types = acled.actor_types()

    def inter(actor: Any) -> int | None:
        return types.get(actor) if isinstance(actor, str) else None

    inter1, inter2 = _per_distinct(inter, get("actor1")), _per_distinct(inter, get("actor2"))
    out["actor1"], out["assoc_actor_1"], out["inter1"] = get("actor1"), None, pd.array(inter1, dtype="Int64")
    out["actor2"], out["assoc_actor_2"], out["inter2"] = get("actor2"), None, pd.array(inter2, dtype="Int64")
    out["interaction"] = pd.array(_per_distinct(acled.interaction, inter1, inter2), dtype="Int64")
    out["civilian_targeting"] = _per_distinct(lambda k, b: acled.civilian_targeting(k, b) or None, kinds, inter2)
    country = _country_keys(get("country"), get("admin1"), get("latitude"), get("longitude"))
    out["iso"] = pd.array(_per_distinct(acled.iso_of, country), dtype="Int64")
    out["region"] = acled.REGION
    out["country"] = _per_distinct(acled.country_name, country)
    for name in ("admin1", "admin2"):
        out[name] = get(name)
    out["admin3"] = None
    for name in ("location", "latitude", "longitude", "geo_precision"):
        out[name] = get(name)
    sources = get("sources")
    try:
        out["source"] = sources.str.replace(" | ", "; ", regex=False)
    except AttributeError:  # not a text column (all missing, or mixed types): cell by cell
        out["source"] = sources.map(lambda s: "; ".join(s.split(" | ")) if isinstance(s, str) else s)
    out["source_scale"] = None
    out["notes"] = get("evidence")
    fatalities = get("fatalities")
    out["fatalities"] = pd.array(fatalities.fillna(0), dtype="Int64") if len(df) else fatalities
    out["tags"] = None
    out["timestamp"] = _unix_seconds(pd.to_datetime(get("created_at"), utc=True, errors="coerce"))
    for name in EXTRA_COLUMNS:
        if name == "fatalities_known":
            out[name] = np.where(fatalities.notna().to_numpy(), "true", "false").tolist()
        elif name == "historical":
            flags = get(name)
            out[name] = np.where(_is_one(flags), "true", "false").tolist()
        else:
            out[name] = get(name)
    return out[list(EXPORT_COLUMNS)]


def _is_one(values: pd.Series) -> np.ndarray:
    """``v is True or v == 1`` of each value (False for missing and for text)."""
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        return (values == 1).fillna(False).to_numpy(dtype=bool)
    return np.array(_per_distinct(lambda v: v is True or (not isinstance(v, str) and v == 1), values), dtype=bool)


def _plain(value: Any) -> Any:
    """A JSON-ready value: ISO dates, None for missing numbers, Python ints/floats."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, datetime | pd.Timestamp):
        return value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def _cells(column: pd.Series) -> list:
    """A column as CSV cells: None for missing, numbers as numbers, ISO dates, text neutralised."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dt.strftime("%Y-%m-%d").astype(object).where(column.notna(), None).tolist()
    if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return column.to_numpy(dtype=object, na_value=None).tolist()  # -3.7 is data, not a formula
    values = column.tolist()
    try:  # a column repeats few values (types, places): decide once per distinct value
        odd = {v: neutralise(_plain(v)) for v in set(values)
               if v.__class__ is not str or v.startswith(_FORMULA_START)}
    except TypeError:  # unhashable cells
        return [neutralise(_plain(v)) for v in values]
    return [odd.get(v, v) for v in values] if odd else values  # None, NaN, NA -> None; dates -> ISO


def _arrow_column(column: pd.Series):
    """A column as an Arrow array for the CSV writer: text neutralised in C++, numbers and dates kept.

    Raises TypeError for columns Arrow cannot type (mixed text and numbers): the caller falls back.
    """
    import pyarrow as pa

    if pd.api.types.is_datetime64_any_dtype(column):
        return pa.array(column.dt.strftime("%Y-%m-%d"), type=pa.string(), from_pandas=True)
    try:
        array = pa.array(column, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise TypeError(str(exc)) from exc
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        return neutralised(array)
    if pa.types.is_integer(array.type) or pa.types.is_floating(array.type) or pa.types.is_boolean(array.type) \
            or pa.types.is_date(array.type) or pa.types.is_null(array.type):
        return array  # a negative number is data, not a formula
    raise TypeError(f"no CSV rule for Arrow type {array.type}")


def _csv_with_arrow(out: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    table = pa.Table.from_arrays([_arrow_column(out[name]) for name in out.columns], names=list(out.columns))
    buffer = io.BytesIO()
    buffer.write("\ufeff".encode())
    pa_csv.write_csv(table, buffer, pa_csv.WriteOptions(eol="\r\n", quoting_style="needed"))
    return buffer.getvalue()


def _csv_with_python(out: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(out.columns)
    writer.writerows(zip(*(_cells(out[name]) for name in out.columns), strict=True))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes (UTF-8 with BOM, CRLF), ACLED column names, formula-like cells neutralised.

    Numeric columns are written as numbers (a negative longitude stays ``-3.7``); every text cell
    is checked, so a note starting with ``-1`` or ``=`` is written ``'-1``/``'=``. Written by
    Arrow's CSV writer (text quoted, 100,000 rows in well under a second); a frame with a column
    Arrow cannot type (text mixed with numbers) goes through Python's csv module instead.
    """
    out = export_frame(df)
    try:
        return _csv_with_arrow(out)
    except TypeError:
        return _csv_with_python(out)


def _plain_column(column: pd.Series) -> list:
    """:func:`_plain` of every value of a column; the values already plain (text, whole numbers,
    booleans, numbers that are not NaN, None) are kept without a call."""
    values = column.astype(object).tolist()
    return [v if v.__class__ is str or v.__class__ is int or v is None or v.__class__ is bool
            or (v.__class__ is float and v == v) else _plain(v) for v in values]


def to_geojson_bytes(df: pd.DataFrame) -> bytes:
    """A GeoJSON FeatureCollection; rows without coordinates are kept with a null geometry.

    Built column by column: each column's values made JSON-ready once (:func:`_plain_column`), then
    zipped into the features."""
    out = export_frame(df)
    names = list(out.columns)
    columns = [_plain_column(out[name]) for name in names]
    lats, lons = columns[names.index("latitude")], columns[names.index("longitude")]
    features = [{"type": "Feature",
                 "geometry": None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]},
                 "properties": dict(zip(names, row, strict=True))}
                for lat, lon, row in zip(lats, lons, zip(*columns, strict=True), strict=True)]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def _slug(value: str) -> str:
    ascii_only = value.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_only).strip("-")


def _part(values: tuple[str, ...], noun: str) -> str | None:
    if not values:
        return None
    if len(values) > 3:
        return f"{len(values)}-{noun}"
    slugs = [_slug(short_label(v)) for v in values]  # short labels keep file names readable
    return "+".join(s for s in slugs if s) or f"{len(values)}-{noun}"


def export_filename(filters: Filters, fmt: str, today: date) -> str:
    """An ASCII file name stating the filters and the export date.

    Examples
    --------
    >>> from storage.queries import Filters
    >>> f = Filters(governorates=("Diyala",), sub_event_types=("Remote explosive/landmine/IED",),
    ...             date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    >>> export_filename(f, "csv", date(2026, 11, 24))
    'incidents_Diyala_IED_2025-01-01_2025-03-31_exported-2026-11-24.csv'
    >>> export_filename(Filters(country=""), "csv", date(2026, 11, 24))
    'incidents_all-countries_exported-2026-11-24.csv'
    """
    parts = ["incidents"]
    if filters.country != IRAQ:  # Iraq, the default, goes unsaid
        parts.append(_slug(filters.country) or "all-countries")
    for values, noun in ((filters.governorates, "governorates"), (filters.event_types, "types"),
                         (filters.sub_event_types, "subtypes"), (filters.actors, "actors"),
                         (filters.sources, "sources")):
        part = _part(values, noun)
        if part:
            parts.append(part)
    if search_needle(filters.text):  # a shorter text is not applied (storage.derived.MIN_SEARCH_CHARS)
        parts.append("search-" + (_slug(filters.text)[:20] or "text"))
    if filters.date_from or filters.date_to:
        parts.append(filters.date_from.isoformat() if filters.date_from else "start")
        parts.append(filters.date_to.isoformat() if filters.date_to else "end")
    parts.append(f"exported-{today.isoformat()}")
    extension = {"geojson": "geojson", "csv": "csv"}.get(fmt.lower(), _slug(fmt).lower() or "dat")
    return "_".join(parts)[:180] + "." + extension
