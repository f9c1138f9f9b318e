"""The CSV export of every filtered incident, column at a time: a million rows without a Python loop
per row.

:func:`stream_csv` reads the incidents in chunks of plain values (no row objects made per value
beyond the driver's), turns each chunk into Arrow arrays, computes ACLED's columns on whole arrays
(:mod:`storage.acled`'s rules applied once per distinct value, see :func:`per_distinct`), neutralises
formula-like text (:func:`neutralised`) and lets Arrow's CSV writer print it. The bytes are exactly
those of ``storage.export.to_csv_bytes(query_incidents(engine, filters))`` (a test holds them equal on
SQLite and PostgreSQL); memory stays that of one chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import BigInteger, Integer, Text, and_, cast, func, select, type_coerce

from storage import acled
from storage.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from storage.countries import country_keys

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from storage.filters import Filters

#: The export's columns, in order (storage.export.EXPORT_COLUMNS).
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
#: The header line (Arrow quotes every name).
HEADER = (",".join(f'"{name}"' for name in COLUMNS) + "\r\n").encode()
#: What starts a cell a spreadsheet would run as a formula (OWASP's CSV-injection advice;
#: storage.export.neutralise).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The same characters as one class for Arrow's regex (RE2), those special in a class (- \ ] ^) escaped.
_FORMULA_PATTERN = "^[" + "".join("\\" + c if c in "-\\]^" else c for c in FORMULA_START) + "]"
_WRITE = {"eol": "\r\n", "quoting_style": "needed", "include_header": False}


#: Which first bytes make a formula (every one ASCII: a UTF-8 character's leading byte never is one).
_FORMULA_BYTE = np.zeros(256, dtype=bool)
_FORMULA_BYTE[[ord(c) for c in FORMULA_START]] = True


def _formula_rows(array: pa.Array) -> np.ndarray:
    """Which cells of a ``string`` array start with a formula character, read from the first byte of
    each value in Arrow's buffers (no call per cell)."""
    _, offsets, data = array.buffers()
    n = len(array)
    if data is None or n == 0:
        return np.zeros(n, dtype=bool)
    bounds = np.frombuffer(offsets, dtype=np.int32)[array.offset:array.offset + n + 1]
    starts = bounds[:-1]
    filled = bounds[1:] > starts
    first = np.zeros(n, dtype=np.uint8)
    first[filled] = np.frombuffer(data, dtype=np.uint8)[starts[filled]]
    found = _FORMULA_BYTE[first]
    if array.null_count:
        found &= array.is_valid().to_numpy(zero_copy_only=False)
    return found


def neutralised(array: pa.Array) -> pa.Array:
    """Text cells that a spreadsheet would read as formulas prefixed with a single quote (in C++;
    an array without one is returned as it is).

    Examples
    --------
    >>> neutralised(pa.array(["=1+2", "Baghdad", None, "-3"])).to_pylist()
    ["'=1+2", 'Baghdad', None, "'-3"]
    """
    if pa.types.is_string(array.type):
        found = _formula_rows(array)
        if not found.any():
            return array
        formula = pa.array(found)
    else:
        formula = pc.fill_null(pc.match_substring_regex(array, _FORMULA_PATTERN), False)
    return pc.if_else(formula, pc.utf8_replace_slice(array, start=0, stop=0, replacement="'"), array)


def per_distinct(func: Callable[..., Any], arrays: Sequence[pa.Array], type: pa.DataType) -> pa.Array:
    """``func`` applied row by row to ``arrays`` (None for nulls), but called once per distinct
    combination of values: the exports' rules stay plain Python functions on a few values.

    Examples
    --------
    >>> per_distinct(lambda a, b: f"{a}{b}", [pa.array(["x", "y", "x", None]), pa.array([1, 2, 1, 1])],
    ...              pa.string()).to_pylist()
    ['x1', 'y2', 'x1', 'None1']
    """
    codes = np.zeros(len(arrays[0]), dtype=np.int64)
    dictionaries = []
    for array in arrays:
        encoded = pc.dictionary_encode(array, null_encoding="encode")
        size = max(len(encoded.dictionary), 1)
        codes = codes * size + encoded.indices.to_numpy(zero_copy_only=False)
        dictionaries.append((encoded.dictionary.to_pylist(), size))
    unique, inverse = np.unique(codes, return_inverse=True)
    results = []
    for code in unique.tolist():
        values = []
        for dictionary, size in reversed(dictionaries):
            code, index = divmod(code, size)
            values.append(dictionary[index] if dictionary else None)
        results.append(func(*reversed(values)))
    return pa.array(results, type=type).take(pa.array(inverse))


def _query(engine: Engine, filters: Filters):
    from storage.filters import conditions
    from storage.queries import newest_first
    from storage.store import incidents

    c = incidents.c
    sqlite = engine.dialect.name == "sqlite"
    created = (cast(func.strftime("%s", c.created_at), Integer) if sqlite
               else cast(func.floor(func.extract("epoch", c.created_at)), BigInteger))
    picked = [c.id, type_coerce(c.event_date, Text) if sqlite else c.event_date,  # SQLite: ISO text as stored
              c.time_precision, c.event_type, c.sub_event_type, c.actor1, c.actor2, c.country, c.admin1, c.admin2,
              c.location, c.latitude, c.longitude, c.geo_precision, c.fatalities, c.injuries, c.evidence, c.sources,
              c.source_urls, c.forwarded_from, c.n_sources, c.confidence, c.place_id, c.status,
              type_coerce(c.historical, Integer) if sqlite else c.historical, created.label("created")]
    return select(*picked).where(and_(True, *conditions(filters, newest=True))).order_by(*newest_first(engine))


_NAMES = ("id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
          "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries",
          "evidence", "sources", "source_urls", "forwarded_from", "n_sources", "confidence", "place_id", "status",
          "historical", "created")
_INTS = {"id", "time_precision", "geo_precision", "fatalities", "injuries", "n_sources", "created"}
_FLOATS = {"latitude", "longitude", "confidence"}


def _arrays(rows: list) -> dict[str, pa.Array]:
    columns = dict(zip(_NAMES, zip(*rows, strict=True), strict=True))
    arrays = {}
    for name, values in columns.items():
        if name in _INTS:
            arrays[name] = pa.array(values, type=pa.int64())
        elif name in _FLOATS:
            arrays[name] = pa.array(values, type=pa.float64())
        elif name == "event_date":
            arrays[name] = pa.array(values).cast(pa.date32())  # ISO text (SQLite) or dates
        elif name == "historical":
            arrays[name] = pa.array(values).cast(pa.bool_())  # 0/1 (SQLite) or booleans
        else:
            arrays[name] = pa.array(values, type=pa.string())
    return arrays


def _true_false(condition: pa.Array) -> pa.Array:
    return pc.if_else(pc.fill_null(condition, False), "true", "false")


def export_table(a: dict[str, pa.Array]) -> pa.Table:
    """The export's columns (:data:`COLUMNS`) of one chunk of incidents, in ACLED's conventions (see
    :func:`storage.export.export_frame`, the same rules on a DataFrame)."""
    n = len(a["id"])
    types = acled.actor_types()

    def inter(actor: str | None) -> int | None:
        return types.get(actor) if isinstance(actor, str) else None

    inter1 = per_distinct(inter, [a["actor1"]], pa.int64())
    inter2 = per_distinct(inter, [a["actor2"]], pa.int64())
    nothing = pa.nulls(n)
    key = country_keys(a["country"], a["admin1"], a["latitude"], a["longitude"])  # as the views count it
    out = {
        "event_id_cnty": pc.binary_join_element_wise(acled.ID_PREFIX, pc.cast(a["id"], pa.string()), ""),
        "event_date": a["event_date"], "year": pc.year(a["event_date"]), "time_precision": a["time_precision"],
        "disorder_type": per_distinct(acled.disorder_type, [a["event_type"], a["sub_event_type"]], pa.string()),
        "event_type": a["event_type"], "sub_event_type": a["sub_event_type"],
        "actor1": a["actor1"], "assoc_actor_1": nothing, "inter1": inter1,
        "actor2": a["actor2"], "assoc_actor_2": nothing, "inter2": inter2,
        "interaction": per_distinct(acled.interaction, [inter1, inter2], pa.int64()),
        "civilian_targeting": per_distinct(lambda kind, target: acled.civilian_targeting(kind, target) or None,
                                           [a["event_type"], inter2], pa.string()),
        "iso": per_distinct(acled.iso_of, [key], pa.int64()),
        "region": pa.array([acled.REGION] * n, type=pa.string()),
        "country": per_distinct(acled.country_name, [key], pa.string()),
        "admin1": a["admin1"], "admin2": a["admin2"], "admin3": nothing, "location": a["location"],
        "latitude": a["latitude"], "longitude": a["longitude"], "geo_precision": a["geo_precision"],
        "source": pc.replace_substring(a["sources"], " | ", "; "), "source_scale": nothing, "notes": a["evidence"],
        "fatalities": pc.fill_null(a["fatalities"], 0), "tags": nothing, "timestamp": a["created"],
        "incident_id": a["id"], "evidence": a["evidence"], "injuries": a["injuries"],
        "source_urls": a["source_urls"], "forwarded_from": a["forwarded_from"],
        "n_sources": pc.fill_null(a["n_sources"], 0),
        "confidence": a["confidence"], "historical": _true_false(a["historical"]),
        "fatalities_known": _true_false(pc.is_valid(a["fatalities"])), "place_id": a["place_id"],
        "status": a["status"],
    }
    arrays = [neutralised(out[name]) if pa.types.is_string(out[name].type) else out[name] for name in COLUMNS]
    return pa.Table.from_arrays(arrays, names=list(COLUMNS))


def stream_csv(engine: Engine, filters: Filters, out: BinaryIO, *, chunk: int = 20_000,
               workers: int | None = None) -> int:
    """The filtered incidents (every row, newest first) written to ``out`` as CSV: the bytes of
    ``to_csv_bytes(query_incidents(engine, filters))``, ``chunk`` rows at a time, so memory stays
    that of one chunk. On SQLite the rows are read into Arrow by the ADBC driver, on PostgreSQL each
    line is made by the server (:mod:`storage.csv_sql`); elsewhere column at a time in Arrow from
    rows read through SQLAlchemy (:func:`stream_arrow`). ``workers`` threads read parts of the order at
    once (:func:`storage.csv_sql.date_parts`), the same bytes; by default one per core (at most 4) on
    SQLite, one reading on PostgreSQL (see :func:`storage.csv_sql.stream_postgres`). Returns the rows
    written."""
    from storage import csv_sql

    out.write("\ufeff".encode())
    out.write(HEADER)
    if engine.dialect.name == "sqlite":
        return csv_sql.stream_sqlite(engine, filters, out, chunk=chunk, workers=workers)
    if engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg":
        return csv_sql.stream_postgres(engine, filters, out, chunk=chunk, workers=workers)
    return stream_arrow(engine, filters, out, chunk=chunk)


def stream_arrow(engine: Engine, filters: Filters, out: BinaryIO, *, chunk: int = 20_000) -> int:
    """The CSV body (no BOM or header) of :func:`stream_csv`, computed column by column in Arrow from
    chunks of plain values read through SQLAlchemy: any database. Returns the rows written."""
    import pyarrow.csv as pa_csv

    written = 0
    options = pa_csv.WriteOptions(**_WRITE)
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(_query(engine, filters))
        for rows in result.partitions(chunk):
            pa_csv.write_csv(export_table(_arrays(rows)), out, options)
            written += len(rows)
    return written
