"""The full CSV export at a million rows: the fastest reading each database allows.

The bytes are those of :func:`storage.csv_stream.stream_arrow` (Arrow's CSV writer, quoting style
"needed"): text cells quoted with inner quotes doubled, formula-like text prefixed with ``'``
(:data:`storage.csv_stream.FORMULA_START`), missing cells empty, numbers and dates bare, CRLF. Tests
hold them equal on SQLite and PostgreSQL, hostile cells included (tests/storage/test_csv_sql.py).

- PostgreSQL: each row's CSV line is made by the server (the formula guard, quoting and ACLED's
  columns in SQL, floating-point cells written as Arrow writes them, :func:`pg_float`) and read by
  the ADBC PostgreSQL driver into Arrow string arrays, whose buffer is written as it is.
- SQLite (in this process, where SQL expressions cost more per cell than reading the value): the
  rows read straight into Arrow record batches by the ADBC SQLite driver (C, no Python object per
  cell) and written column by column (:func:`stream_sqlite`).

Both read the newest-first order in contiguous parts of whole days (:func:`date_parts`, cut from the
daily roll-up), read by ``workers`` threads at once (the drivers and Arrow's compute functions and
CSV writer release the GIL) and written in order (:func:`_in_order`): the same bytes as one reading,
in about half the wall time on two idle cores.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

import pyarrow as pa
from sqlalchemy import (
    BigInteger,
    Integer,
    Text,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
)

from storage import acled
from storage.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from storage.countries import country_key

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from storage.filters import Filters

COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
#: Cells that are floating-point numbers: Arrow's shortest round-trip digits, its own layout.
FLOATS = ("latitude", "longitude", "confidence")


def _text(value) -> object:
    return cast(value, Text)


def _concat(*parts):
    out = parts[0]
    for part in parts[1:]:
        out = out.op("||")(part)
    return out


def _guarded(value):
    """``value`` prefixed with a single quote when a spreadsheet would run it as a formula."""
    from storage.csv_stream import FORMULA_START

    starts = func.substr(value, 1, 1).in_([literal(c) for c in FORMULA_START])
    return case((starts, _concat(literal("'"), value)), else_=value)


def _quoted(value, guard: bool = True):
    """A text cell: empty when missing, else quoted (inner quotes doubled) after the formula guard."""
    inner = _guarded(value) if guard else value
    return func.coalesce(_concat(literal('"'), func.replace(inner, literal('"'), literal('""')), literal('"')),
                         literal(""))


def _bare(value):
    """A number or date cell: its text, empty when missing."""
    return func.coalesce(_text(value), literal(""))


def _constant(text: str | None) -> object:
    """A cell that is the same on every row (Arrow's rules applied in Python)."""
    from storage.csv_stream import neutralised

    if text is None:
        return literal("")
    cell = neutralised(pa.array([text])).to_pylist()[0]
    return literal('"' + cell.replace('"', '""') + '"')


def _choice(pairs: list[tuple[object, str]], default: str | None):
    """A text cell chosen by conditions, each outcome written once (already quoted)."""
    if not pairs:
        return _constant(default)
    return case(*((condition, _constant(text)) for condition, text in pairs), else_=_constant(default))


def _inter(actor):
    """ACLED's actor type code of an actor name (:func:`storage.acled.actor_types`), NULL when unknown."""
    by_code: dict[int, list[str]] = {}
    for name, code in acled.actor_types().items():
        by_code.setdefault(code, []).append(name)
    if not by_code:
        return null()
    return case(*((actor.in_(sorted(names)), literal(code)) for code, names in sorted(by_code.items())),
                else_=null())


def _cells() -> dict[str, object]:
    """SQL (PostgreSQL) of every export column's CSV cell but the floating-point ones (see
    :data:`FLOATS`), in the conventions of :func:`storage.csv_stream.export_table`."""
    from storage.store import incidents

    c = incidents.c
    day = _text(c.event_date)  # ISO (DateStyle set by the caller)
    year = cast(func.extract("year", c.event_date), Integer)
    created = cast(func.floor(func.extract("epoch", c.created_at)), BigInteger)
    historical = case((c.historical.is_(True), _constant("true")), else_=_constant("false"))
    inter1, inter2 = _inter(c.actor1), _inter(c.actor2)
    low, high = case((inter1 < inter2, inter1), else_=inter2), case((inter1 < inter2, inter2), else_=inter1)
    interaction = case((inter1.is_(None), null()), (inter2.is_(None), inter1 * 10), else_=low * 10 + high)
    disorder = [(c.sub_event_type == sub, text) for sub, text in acled.DISORDER_BY_SUB_TYPE.items()]
    disorder += [(c.event_type == kind, text) for kind, text in acled.DISORDER_BY_TYPE.items()]
    civilians = acled.inter_codes().code_of("Civilians")
    targeting = case(((c.event_type == "Violence against civilians") | (inter2 == civilians),
                      _constant("Civilian targeting")), else_=literal(""))
    key = country_key(c)  # the country the incident counts in, as the views count it
    iraq = key == literal("IQ")
    nothing = literal("")
    cells = {
        "event_id_cnty": _quoted(_concat(literal(acled.ID_PREFIX), _text(c.id)), guard=False),
        "event_date": func.coalesce(day, literal("")), "year": _bare(year), "time_precision": _bare(c.time_precision),
        "disorder_type": _choice(disorder, ""), "event_type": _quoted(c.event_type),
        "sub_event_type": _quoted(c.sub_event_type), "actor1": _quoted(c.actor1), "assoc_actor_1": nothing,
        "inter1": _bare(inter1), "actor2": _quoted(c.actor2), "assoc_actor_2": nothing, "inter2": _bare(inter2),
        "interaction": _bare(interaction), "civilian_targeting": targeting,
        "iso": case((iraq, literal(str(acled.ISO))), else_=nothing), "region": _constant(acled.REGION),
        "country": case((iraq, _constant(acled.COUNTRY)), else_=_quoted(func.nullif(key, ""))),
        "admin1": _quoted(c.admin1), "admin2": _quoted(c.admin2), "admin3": nothing, "location": _quoted(c.location),
        "geo_precision": _bare(c.geo_precision), "source": _quoted(func.replace(c.sources, " | ", "; ")),
        "source_scale": nothing, "notes": _quoted(c.evidence), "fatalities": _bare(func.coalesce(c.fatalities, 0)),
        "tags": nothing, "timestamp": _bare(created), "incident_id": _bare(c.id), "evidence": _quoted(c.evidence),
        "injuries": _bare(c.injuries), "source_urls": _quoted(c.source_urls),
        "forwarded_from": _quoted(c.forwarded_from), "n_sources": _bare(func.coalesce(c.n_sources, 0)),
        "historical": historical,
        "fatalities_known": case((c.fatalities.is_(None), _constant("false")), else_=_constant("true")),
        "place_id": _quoted(c.place_id), "status": _quoted(c.status),
    }
    assert set(cells) | set(FLOATS) == set(COLUMNS)
    return cells


def _joined(cells: list) -> object:
    """Cells joined by commas (SQL)."""
    parts = []
    for k, cell in enumerate(cells):
        parts += [literal(","), cell] if k else [cell]
    return _concat(*parts)


def _statement(engine: Engine, filters: Filters, picked: list, part=None):
    from storage.filters import conditions
    from storage.queries import newest_first

    extra = [] if part is None else [part]
    return select(*picked).where(and_(True, *conditions(filters, newest=True), *extra)).order_by(*newest_first(engine))


# ---------------------------------------------------------------- parts read at once
#: Rows of a part (about 1 MB of CSV per 1,000): small enough that the parts held at once (``workers``
#: + 1) stay well within the export's memory, large enough that starting a query is nothing.
PART_ROWS = 50_000


def default_workers() -> int:
    """Threads reading parts at once: one per core, at most 4."""
    return max(1, min(4, os.cpu_count() or 1))


def date_parts(engine: Engine, filters: Filters, part_rows: int = PART_ROWS) -> list:
    """Conditions on ``event_date`` splitting the filtered incidents into contiguous parts of the
    newest-first order (:func:`storage.queries.newest_first`), newest part first, the undated
    incidents last; each part holds whole days, so rows tied on the day never straddle two parts
    and each part's own order (day, then id, descending) is its stretch of the whole order. Cut at
    about ``part_rows`` rows from the daily roll-up's counts (those of ``filters`` when the roll-up
    answers them, of every incident otherwise: a part's size then is only a guess, never its rows).
    One part (None: no condition) when there are fewer rows than two parts'."""
    from storage.derived import UNDATED, rollup_usable
    from storage.filters import conditions
    from storage.store import incident_daily, incidents

    day, n = incident_daily.c.day, incident_daily.c.n
    usable = rollup_usable(filters)
    where = conditions(filters, on=incident_daily) if usable else [n > 0]
    with engine.connect() as conn:
        counts = conn.execute(select(day, func.sum(n)).where(and_(True, *where), day > UNDATED)
                              .group_by(day).order_by(day.desc())).all()
        total = matching = sum(int(k) for _, k in counts)
        if not usable and total >= 2 * part_rows:  # a text search, actors, outlets, a map box: counted
            matching = conn.execute(select(func.count()).select_from(incidents)
                                    .where(and_(True, *conditions(filters)))).scalar_one()
    if matching < 2 * part_rows:
        return [None]
    size = part_rows * total // matching  # the roll-up's rows a part of about part_rows matching ones spans
    event_date = incidents.c.event_date
    parts, upper, held = [], None, 0
    for first, k in counts:  # newest day first
        held += int(k)
        if held >= size:
            parts.append(event_date >= first if upper is None else and_(event_date >= first, event_date < upper))
            upper, held = first, 0
    parts.append(event_date.is_not(None) if upper is None else event_date < upper)
    parts.append(event_date.is_(None))
    return parts


def _in_order(parts: list[Callable[[], list]], write: Callable[[object], None], workers: int) -> None:
    """Each part's items (computed by ``workers`` threads, at most ``workers`` + 1 parts held at
    once) given to ``write`` in the parts' order."""
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="csv-part") as pool:
        waiting = iter(parts)
        running = deque(pool.submit(part) for _, part in zip(range(workers + 1), waiting, strict=False))
        try:
            while running:
                items = running.popleft().result()
                for part in waiting:
                    running.append(pool.submit(part))
                    break
                for item in items:
                    write(item)
        finally:
            for future in running:
                future.cancel()


# ---------------------------------------------------------------- SQLite
def _row_type() -> pa.StructType:
    from storage.csv_stream import _FLOATS, _INTS, _NAMES

    def kind(name: str) -> pa.DataType:
        if name in _INTS or name == "historical":
            return pa.int64()
        return pa.float64() if name in _FLOATS else pa.string()

    return pa.struct([(name, kind(name)) for name in _NAMES])


def _sentinel() -> str:
    """One row of SQL literals, a value of each column's type (:func:`_row_type`): the ADBC driver
    types a column from the first rows it reads, and a text column NULL in all of them would be read
    as integers (then fail on the first text)."""
    row_type = _row_type()
    values = {pa.int64(): "0", pa.float64(): "0.5", pa.string(): "''"}
    return ", ".join(f"{values[field.type]} AS {field.name}" for field in row_type)


def _batches(engine: Engine, sql: str, params: tuple, chunk: int, sentinel: str | None = None):
    """Arrow record batches of ``sql`` read by the ADBC SQLite driver (Apache Arrow's, in C: no Python
    object per cell), or None when it cannot open the database (in memory, or not installed).
    ``sentinel``: the typed first row (:func:`_sentinel`, the CSV's, by default), left out."""
    try:
        import adbc_driver_sqlite.dbapi as adbc
    except ImportError:  # pragma: no cover - a pinned requirement
        return None
    if not _adbc_path(engine):
        return None
    from storage.store import SQLITE_BUSY_TIMEOUT

    connection = adbc.connect(engine.url.database)
    cursor = connection.cursor()
    # wait, as the engine's connections do, while another connection holds the file (a writer, or a
    # part's connection checkpointing the write-ahead log as it closes)
    cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT * 1000)}")
    cursor.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(chunk)})
    cursor.execute(f"SELECT {sentinel or _sentinel()} UNION ALL SELECT * FROM ({sql})", params)

    def read():
        try:
            first = True
            for batch in cursor.fetch_record_batch():
                if first:  # the sentinel row
                    batch, first = batch.slice(1), False
                if batch.num_rows:
                    yield batch
        finally:
            cursor.close()
            connection.close()

    return read()


def _plain(value: object) -> object:
    """A parameter as the sqlite3 module would bind it (dates as ISO text, booleans as 0/1)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def stream_sqlite(engine: Engine, filters: Filters, out: BinaryIO, *, chunk: int = 20_000,
                  workers: int | None = None, part_rows: int = PART_ROWS) -> int:
    """The CSV body (no BOM or header) of the filtered incidents, newest first, ``chunk`` rows at a
    time, written by :func:`storage.csv_stream.export_table` and Arrow's CSV writer. The rows are read
    straight into Arrow record batches by the ADBC SQLite driver (reading through Python's sqlite3,
    a Python object per cell, took 12 s CPU of 18.5 at 1,000,000 rows), in parts of whole days read
    by ``workers`` threads at once (:func:`date_parts`; one reading for ``workers=1``); a database
    in memory, which a second connection cannot see, is read as plain tuples from a bare ``sqlite3``
    cursor, turned into Arrow arrays in one pass (a struct array from the tuples). Returns the rows
    written."""
    import pyarrow.csv as pa_csv

    from storage.csv_stream import _WRITE

    options = pa_csv.WriteOptions(**_WRITE)
    workers = default_workers() if workers is None else workers
    parts = date_parts(engine, filters, part_rows) if workers > 1 and _adbc_path(engine) else [None]
    written = 0
    if len(parts) == 1:
        for table in _sqlite_tables(engine, filters, chunk, parts[0]):
            pa_csv.write_csv(table, out, options)
            written += table.num_rows
        return written

    def part_csv(part) -> list[tuple[int, pa.Buffer]]:
        bodies = []
        for table in _sqlite_tables(engine, filters, chunk, part):
            sink = pa.BufferOutputStream()
            pa_csv.write_csv(table, sink, options)
            bodies.append((table.num_rows, sink.getvalue()))
        return bodies

    def write(item: tuple[int, pa.Buffer]) -> None:
        nonlocal written
        out.write(item[1])
        written += item[0]

    _in_order([lambda part=part: part_csv(part) for part in parts], write, workers)
    return written


def _adbc_path(engine: Engine) -> bool:
    """Whether the ADBC driver can open the database (a file: not one in memory)."""
    path = engine.url.database
    return bool(path) and path != ":memory:" and not path.startswith("file:")


def _sqlite_tables(engine: Engine, filters: Filters, chunk: int, part) -> Iterator[pa.Table]:
    """The export's columns (:func:`storage.csv_stream.export_table`) of each batch of the filtered
    incidents in ``part`` (a condition, None for all), newest first."""
    from storage.csv_stream import _query, export_table

    query = _query(engine, filters) if part is None else _query(engine, filters).where(part)
    compiled = query.compile(engine, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    bound = tuple(_plain(params[name]) for name in compiled.positiontup)
    row_type = _row_type()
    batches = _batches(engine, str(compiled), bound, chunk)
    if batches is None:
        batches = _tuples(engine, str(compiled), bound, chunk, row_type)
    for batch in batches:
        arrays = dict(zip(row_type.names, batch.columns, strict=True))
        arrays["event_date"] = arrays["event_date"].cast(pa.date32())  # ISO text as stored
        arrays["historical"] = arrays["historical"].cast(pa.bool_())  # 0/1
        yield export_table(arrays)


def _tuples(engine: Engine, sql: str, params: tuple, chunk: int, row_type: pa.StructType):
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(chunk):
            yield pa.RecordBatch.from_struct_array(pa.array(rows, type=row_type))
        cursor.close()
    finally:
        connection.close()


# ---------------------------------------------------------------- PostgreSQL
def pg_float(column: str) -> str:
    """SQL (PostgreSQL) writing a float8 ``column`` as Arrow's CSV writer does: the shortest digits that
    read back the same number (PostgreSQL's own output since version 12), laid out as Arrow lays
    them out — plain between 1e-6 and 1e10 ("0.000015", "123456"), else "1.5e-7" / "1.2e+10";
    "nan", "inf", "-inf"; empty when NULL. PostgreSQL writes plain from 1e-4 up to 1e15, so only
    numbers outside 1e-4 to 1e10 are rewritten."""
    s = f"CAST({column} AS text)"
    # exponent and mantissa of PostgreSQL's text: "1.5e-06" or, from 1e10 to 1e15, "12345678901.5"
    exp_form = f"position('e' in {s}) > 0"
    plain = f"ltrim({s}, '-')"
    digits_plain = f"rtrim(replace({plain}, '.', ''), '0')"
    sign = f"(CASE WHEN {column} < 0 THEN '-' ELSE '' END)"
    exponent = (f"(CASE WHEN {exp_form} THEN CAST(split_part({s}, 'e', 2) AS integer) "
                f"ELSE length(split_part({plain}, '.', 1)) - 1 END)")
    mantissa = (f"(CASE WHEN {exp_form} THEN split_part({s}, 'e', 1) ELSE {sign} || left({digits_plain}, 1) || "
                f"(CASE WHEN length({digits_plain}) > 1 THEN '.' || substr({digits_plain}, 2) ELSE '' END) END)")
    digits = f"replace(ltrim({mantissa}, '-'), '.', '')"
    rewritten = (f"(CASE WHEN {exponent} BETWEEN -6 AND -5 THEN {sign} || '0.' || repeat('0', -{exponent} - 1) "
                 f"|| {digits} ELSE {mantissa} || 'e' || (CASE WHEN {exponent} < 0 THEN '-' ELSE '+' END) "
                 f"|| abs({exponent}) END)")
    return (f"(CASE WHEN {column} IS NULL THEN '' "
            f"WHEN {column} = 0 OR (abs({column}) >= 1e-4 AND abs({column}) < 1e10) THEN {s} "
            f"WHEN {column} = 'NaN'::float8 THEN 'nan' WHEN {column} = 'Infinity'::float8 THEN 'inf' "
            f"WHEN {column} = '-Infinity'::float8 THEN '-inf' ELSE {rewritten} END)")


#: From 2**53 up PostgreSQL's shortest digits can be one longer than Arrow's (a shorter number lying
#: exactly on the rounding boundary): such a row is marked and written by the Arrow path instead.
EXACT_LIMIT = 2**53


def stream_postgres(engine: Engine, filters: Filters, out: BinaryIO, *, chunk: int = 20_000,
                    workers: int | None = None, part_rows: int = PART_ROWS) -> int:
    """The CSV body of the filtered incidents, newest first, each line (CRLF included) made by
    PostgreSQL and read by the ADBC PostgreSQL driver (Apache Arrow's, in C: COPY in binary into
    Arrow string arrays, no Python object per row), whose bytes are written as they lie in the
    array's buffer; with ``workers`` > 1 in parts of whole days (:func:`date_parts`) read by that
    many connections at once, each a server process of its own. One reading by default: on this
    shared 2-core machine (load 9-12) parts read by 2 backends took 2.7 times the backends' CPU of one
    reading (16.7-19 s against 6.3 at 1,000,000, whatever the parts' size and plan), so it stays
    opt-in until measured on an idle machine (README). Returns the rows written."""
    workers = 1 if workers is None else workers
    parts = date_parts(engine, filters, part_rows) if workers > 1 else [None]
    written = 0

    def write(lines: pa.Array) -> None:
        nonlocal written
        _write_lines(engine, lines, out)
        written += len(lines)

    if len(parts) == 1:
        for lines in _postgres_lines(engine, filters, chunk, parts[0]):
            write(lines)
    else:
        _in_order([lambda part=part: list(_postgres_lines(engine, filters, chunk, part)) for part in parts],
                  write, workers)
    return written


def _postgres_lines(engine: Engine, filters: Filters, chunk: int, part) -> Iterator[pa.Array]:
    """String arrays of the CSV lines of the filtered incidents in ``part`` (a condition, None for
    all), newest first, made by PostgreSQL (rows to be written by the Arrow path marked, see
    :func:`_write_lines`)."""
    import adbc_driver_postgresql.dbapi as adbc

    from storage.store import incidents

    c = incidents.c
    cells = _cells()
    for name in FLOATS:
        cells[name] = literal_column(pg_float(f"{incidents.name}.{name}"))
    huge = [(func.abs(c[name]) >= EXACT_LIMIT) & (func.abs(c[name]) < literal_column("'Infinity'::float8"))
            for name in FLOATS]  # NaN sorts above Infinity in PostgreSQL
    line = case((huge[0] | huge[1] | huge[2], _concat(literal("#"), _text(c.id))),  # a line starts with '"IRQ'
                else_=_joined([cells[name] for name in COLUMNS]))
    statement = _statement(engine, filters, [_concat(line, literal("\r\n")).label("line")], part)
    sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with adbc.connect(engine.url.set(drivername="postgresql").render_as_string(hide_password=False)) as connection:
        with connection.cursor() as cursor:
            cursor.adbc_statement.set_options(**{"adbc.postgresql.batch_size_hint_bytes": str(chunk * 500)})
            cursor.execute("SET LOCAL extra_float_digits = 1")  # the shortest exact digits (the default)
            cursor.execute("SET LOCAL DateStyle = 'ISO'")
            cursor.execute("SET LOCAL jit = off")  # one pass over the rows: compiling the expressions cost 2-3 s CPU
            if part is not None:
                # a part read as the whole is, along ix_incidents_newest from its first day: the planner
                # picked a bitmap scan of the part's days then a sort, 3 times the CPU (every heap page of
                # the days read whole; 22 s CPU at 1,000,000 against 6.9 for one reading); by this
                # process alone (no parallel workers: its CPU is the export's)
                for setting in ("enable_sort", "enable_bitmapscan"):
                    cursor.execute(f"SET LOCAL {setting} = off")
                cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            cursor.execute(sql)
            for batch in cursor.fetch_record_batch():
                yield batch.column(0)
        connection.rollback()


def _write_lines(engine: Engine, lines: pa.Array, out: BinaryIO) -> None:
    """The lines of a string array written from its buffer; marked rows (see :data:`EXACT_LIMIT`)
    written by the Arrow path instead."""
    import numpy as np

    if not len(lines):
        return
    _, offsets, data = lines.buffers()
    width = np.int64 if pa.types.is_large_string(lines.type) else np.int32
    bounds = np.frombuffer(offsets, dtype=width)[lines.offset:lines.offset + len(lines) + 1].astype(np.int64)
    body = memoryview(data)
    marked = np.flatnonzero(np.frombuffer(data, dtype=np.uint8)[bounds[:-1]] == ord("#")).tolist()
    start = int(bounds[0])
    for k in marked:
        out.write(body[start:int(bounds[k])])
        out.write(_arrow_line(engine, int(bytes(body[int(bounds[k]) + 1:int(bounds[k + 1])]).strip())))
        start = int(bounds[k + 1])
    out.write(body[start:int(bounds[-1])])


def _arrow_line(engine: Engine, incident_id: int) -> bytes:
    import io

    import pyarrow.csv as pa_csv

    from storage.csv_stream import _WRITE, _arrays, _query, export_table
    from storage.filters import Filters
    from storage.store import incidents

    everything = Filters(include_rejected=True, include_historical=True, country="")  # the row asked for, whatever it is
    with engine.connect() as conn:
        rows = conn.execute(_query(engine, everything).where(incidents.c.id == incident_id)).all()
    out = io.BytesIO()
    pa_csv.write_csv(export_table(_arrays(rows)), out, pa_csv.WriteOptions(**_WRITE))
    return out.getvalue()
