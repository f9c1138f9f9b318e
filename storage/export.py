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
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

from extract.acled_types import short_label
from storage import acled
from storage.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from storage.countries import IRAQ
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


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The table of :func:`storage.queries.query_incidents` with the export columns, in ACLED's
    conventions: ``event_id_cnty`` "IRQ<id>", ``country`` "Iraq", ``iso`` 368, ``region`` "Middle East",
    fatalities 0 when unknown (``fatalities_known`` says which), ``notes`` the evidence, ``source`` the
    outlets separated by "; ", ``timestamp`` the Unix time the incident was stored, actor type codes
    and disorder type from :mod:`storage.acled`; then this project's columns.
    """
    def get(name: str) -> pd.Series:
        return df[name] if name in df else pd.Series([None] * len(df), index=df.index, dtype=object)

    out = pd.DataFrame(index=df.index)
    ids = get("incident_id")
    out["event_id_cnty"] = [f"{acled.ID_PREFIX}{int(v)}" if pd.notna(v) else None for v in ids]
    out["event_date"] = get("event_date")
    out["year"] = pd.to_datetime(get("event_date"), errors="coerce").dt.year.astype("Int64")
    out["time_precision"] = get("time_precision")
    kinds, subs = get("event_type"), get("sub_event_type")
    out["disorder_type"] = [acled.disorder_type(k, s) for k, s in zip(kinds, subs, strict=True)]
    out["event_type"], out["sub_event_type"] = kinds, subs
    types = acled.actor_types()
    inter1 = [types.get(a) if isinstance(a, str) else None for a in get("actor1")]
    inter2 = [types.get(a) if isinstance(a, str) else None for a in get("actor2")]
    out["actor1"], out["assoc_actor_1"], out["inter1"] = get("actor1"), None, pd.array(inter1, dtype="Int64")
    out["actor2"], out["assoc_actor_2"], out["inter2"] = get("actor2"), None, pd.array(inter2, dtype="Int64")
    out["interaction"] = pd.array([acled.interaction(a, b) for a, b in zip(inter1, inter2, strict=True)],
                                  dtype="Int64")
    out["civilian_targeting"] = [acled.civilian_targeting(k, b) or None for k, b in zip(kinds, inter2, strict=True)]
    country = get("country")
    out["iso"] = pd.array([acled.iso_of(c) for c in country], dtype="Int64")
    out["region"] = acled.REGION
    out["country"] = [acled.country_name(c) for c in country]
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
    created = pd.to_datetime(get("created_at"), utc=True, errors="coerce")
    out["timestamp"] = pd.array([int(v.timestamp()) if pd.notna(v) else None for v in created], dtype="Int64")
    for name in EXTRA_COLUMNS:
        if name == "fatalities_known":
            out[name] = ["true" if pd.notna(v) else "false" for v in fatalities]
        elif name == "historical":
            out[name] = ["true" if v is True or v == 1 else "false" for v in get(name)]
        else:
            out[name] = get(name)
    return out[list(EXPORT_COLUMNS)]


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


def to_geojson_bytes(df: pd.DataFrame) -> bytes:
    """A GeoJSON FeatureCollection; rows without coordinates are kept with a null geometry."""
    features = []
    for record in export_frame(df).astype(object).to_dict("records"):
        props = {k: _plain(v) for k, v in record.items()}
        lat, lon = props.get("latitude"), props.get("longitude")
        geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
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
