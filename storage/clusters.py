"""Map clusters at any volume: the located incidents grouped per square cell (counted in SQL, or
merged from a finer grid already counted), and the newest incidents of each cell for its popup.

Filters the roll-ups cannot answer (a text search, actors, outlets, an area) need the incidents
themselves: :func:`map_rows` reads the few columns the map needs of the matching incidents once per
filter state (one text search, not one per count and one per popup walk), and :func:`grid_of_rows`,
:func:`clusters_of_rows` and :func:`newest_of_rows` give from it what :func:`storage.aggregates.grid_cells`,
:func:`cluster_counts` and :func:`newest_in_clusters` give from SQL.

Pure functions of (engine, filters); nothing here imports Streamlit.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
from sqlalchemy import Date, Engine, Integer, and_, cast, func, literal, or_, select

from storage.aggregates import floor_of
from storage.cells import ALL_TIME, CELL, GRID_COLUMNS, _next_month, cell_rollup, merge_grids
from storage.derived import UNDATED
from storage.filters import Filters, conditions
from storage.store import incidents

#: The index a window's counts and newest incidents are read from alone (revision 0012).
WINDOW_INDEX = "ix_incidents_window"

#: What a cluster's popup lists of its newest incidents.
CLUSTER_ROW_COLUMNS = ("incident_id", "event_date", "event_type", "sub_event_type", "location", "admin1",
                       "fatalities", "injuries", "evidence", "sources", "source_urls", "place_id")
CLUSTER_COLUMNS = ["i", "j", "count", "fatalities", "latitude", "longitude", "event_type"]
#: What :func:`map_rows` reads of each matching incident (``day``: a number in the order of the event
#: dates, 0 when undated).
ROW_COLUMNS = ["incident_id", "day", "latitude", "longitude", "event_type", "admin1", "fatalities"]
_ROW_TYPE = pa.struct([("incident_id", pa.int64()), ("day", pa.float64()), ("latitude", pa.float64()),
                       ("longitude", pa.float64()), ("event_type", pa.string()), ("admin1", pa.string()),
                       ("fatalities", pa.int64())])
_SENTINEL_VALUES = {pa.int64(): "0", pa.float64(): "0.5", pa.string(): "''"}
#: The most incidents :func:`map_rows` keeps (about 60 MB of frame): a search matching more is
#: counted in SQL instead.
ROWS_CAP = 300_000
#: How many incidents the newest-first walk of :func:`newest_in_clusters` reads before it looks for
#: the cells still short month by month.
WALK_ROWS = 20_000
Bounds = tuple[float, float, float, float]


def _finish(typed: pd.DataFrame) -> pd.DataFrame:
    """Per-type rows (i, j, event_type, count, fatalities, lat_sum, lon_sum) → one row per cell."""
    if typed.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS).astype({"i": "int64", "j": "int64", "count": "int64"})
    out = typed.groupby(["i", "j"], as_index=False)[["count", "fatalities", "lat_sum", "lon_sum"]].sum()
    out["latitude"], out["longitude"] = out["lat_sum"] / out["count"], out["lon_sum"] / out["count"]
    by_type = typed.groupby(["i", "j", "event_type"], as_index=False, dropna=False)["count"].sum()
    dominant = by_type.sort_values("count", ascending=False, kind="stable").drop_duplicates(["i", "j"])
    out = out.merge(dominant[["i", "j", "event_type"]], on=["i", "j"])[CLUSTER_COLUMNS]
    out = out.sort_values(["count", "i", "j"], ascending=[False, True, True], ignore_index=True)
    return out.astype({"i": "int64", "j": "int64", "count": "int64", "fatalities": "int64"})


def cluster_counts(engine: Engine, filters: Filters, cell: float, bounds: Bounds | None = None) -> pd.DataFrame:
    """The located incidents in ``bounds`` (south, west, north, east) per cell of ``cell`` degrees:
    columns ``i``, ``j`` (``floor(latitude / cell)``, ``floor(longitude / cell)``), ``count``,
    ``fatalities``, ``latitude``/``longitude`` (mean of its incidents), ``event_type`` (most frequent);
    biggest first."""
    c = incidents.c
    i, j = floor_of(engine, c.latitude / cell), floor_of(engine, c.longitude / cell)
    query = (select(i, j, c.event_type, func.count(), func.coalesce(func.sum(c.fatalities), 0),
                    func.sum(c.latitude), func.sum(c.longitude))
             .where(and_(*_where(filters, bounds))).group_by(i, j, c.event_type))
    if bounds is not None:
        query = query.with_hint(incidents, f"INDEXED BY {WINDOW_INDEX}", "sqlite")
    with engine.connect() as conn:
        typed = pd.DataFrame.from_records(conn.execute(query).all(), columns=[
            "i", "j", "event_type", "count", "fatalities", "lat_sum", "lon_sum"])
    return _finish(typed)


def clusters_from_grid(cells: pd.DataFrame, grid_cell: float, factor: int, bounds: Bounds | None = None) -> pd.DataFrame:
    """:func:`cluster_counts` at ``grid_cell * factor`` degrees, merged from cells already counted
    (:func:`storage.aggregates.grid_cells` at ``grid_cell``): no second scan of the incidents.

    Examples
    --------
    >>> cells = pd.DataFrame({"i": [332, 333, None], "j": [443, 443, None], "event_type": ["Battles", "Riots", "Riots"],
    ...                       "count": [1, 3, 5], "fatalities": [2, 0, 1], "lat_sum": [33.3, 100.2, None],
    ...                       "lon_sum": [44.3, 132.9, None]})
    >>> clusters_from_grid(cells, 0.1, 2).round(3).to_dict("records")
    [{'i': 166, 'j': 221, 'count': 4, 'fatalities': 2, 'latitude': 33.375, 'longitude': 44.3, 'event_type': 'Riots'}]
    """
    located = cells.dropna(subset=["i", "j"])
    typed = pd.DataFrame({"i": located["i"].astype("int64") // factor, "j": located["j"].astype("int64") // factor,
                          "event_type": located["event_type"], "count": located["count"],
                          "fatalities": located["fatalities"], "lat_sum": located["lat_sum"],
                          "lon_sum": located["lon_sum"]})
    if bounds is not None:
        size = grid_cell * factor
        south, west, north, east = bounds
        # The cells overlapping the window: with a window on cell edges (dashboard.clusters.query_window),
        # exactly the incidents cluster_counts would count.
        typed = typed[(typed["i"] >= math.floor(south / size)) & (typed["i"] < math.ceil(north / size))
                      & (typed["j"] >= math.floor(west / size)) & (typed["j"] < math.ceil(east / size))]
    return _finish(typed)


def map_rows(engine: Engine, filters: Filters, *, cap: int = ROWS_CAP) -> pd.DataFrame | None:
    """The incidents matching ``filters``, located or not, with :data:`ROW_COLUMNS` only (fatalities
    missing as 0), in one query; None when more than ``cap`` match. On an SQLite file the rows are
    read straight into Arrow by the ADBC driver (no Python object per cell: 0.23 s CPU against 0.6 s
    for 111,111 rows)."""
    c = incidents.c
    if engine.dialect.name == "sqlite":  # the Julian day number: ISO dates in their order
        day = func.julianday(c.event_date)
    else:
        day = cast(c.event_date - literal(date(1, 1, 1), Date), Integer)
    query = (select(c.id, day, c.latitude, c.longitude, c.event_type, c.admin1, c.fatalities)
             .where(and_(True, *conditions(filters))).limit(cap + 1))
    table = _arrow(engine, query)
    if table.num_rows > cap:
        return None
    frame = table.to_pandas()
    frame["day"] = frame["day"].fillna(0)
    frame["fatalities"] = frame["fatalities"].fillna(0).astype("int64")
    return frame


def reads_rows(engine: Engine, filters: Filters) -> bool:
    """Whether the Map answers ``filters`` from :func:`map_rows` (read once) rather than counting and
    walking in SQL: for filters the roll-ups cannot answer (a text search, two actors; one actor or one
    outlet is answered by the roll-ups keyed by it, storage/keyed.py), on SQLite — where the search
    runs in the app's process and the rows come through the ADBC driver (the grid, the clusters and
    their newest three of a 111,111-incident search at 1,000,000: 0.46 s CPU, against 0.88 s searching
    to count and again to walk). On PostgreSQL the server searches and counts in its own processes:
    carrying the rows to the app cost more (0.83 s CPU, client and server) than searching twice there
    (0.47 s)."""
    return engine.dialect.name == "sqlite" and cell_rollup(filters) is None


def _arrow(engine: Engine, query) -> pa.Table:
    """The rows of ``query`` (the columns of :data:`_ROW_TYPE`) as an Arrow table, text columns
    dictionary-encoded: through the ADBC driver on an SQLite file, else as the bare DB-API cursor's
    tuples (no SQLAlchemy row objects: 0.23 s CPU against 0.39 s for 111,111 rows on PostgreSQL)."""
    from storage.csv_sql import _batches, _plain, _tuples

    compiled = query.compile(engine, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    sqlite = engine.dialect.name == "sqlite"
    bound = tuple(_plain(params[name]) for name in compiled.positiontup) if sqlite else params
    schema = pa.schema(list(_ROW_TYPE))
    sentinel = ", ".join(f"{_SENTINEL_VALUES[f.type]} AS {f.name}" for f in _ROW_TYPE)
    batches = _batches(engine, str(compiled), bound, 65_536, sentinel=sentinel) if sqlite else None
    if batches is not None:  # each batch cast to _ROW_TYPE (the driver types columns from the first rows)
        table = pa.Table.from_batches([pa.RecordBatch.from_arrays(
            [column.cast(field.type) for column, field in zip(batch.columns, _ROW_TYPE, strict=True)],
            schema=schema) for batch in batches], schema=schema)
    else:  # PostgreSQL, or an SQLite database in memory: the bare DB-API cursor's tuples, as the CSV reads them
        table = pa.Table.from_batches(_tuples(engine, str(compiled), bound, 65_536, _ROW_TYPE), schema=schema)
    return table.set_column(4, "event_type", table["event_type"].dictionary_encode()).set_column(
        5, "admin1", table["admin1"].dictionary_encode())


def _located(rows: pd.DataFrame, cell: float, bounds: Bounds | None) -> pd.DataFrame:
    """The rows with both coordinates (inside ``bounds``, edges included, when given), with their
    cell ``i``, ``j`` — ``floor(coordinate / cell)`` as in SQL (the same double division)."""
    located = rows["latitude"].notna() & rows["longitude"].notna()
    if bounds is not None:
        south, west, north, east = bounds
        located &= rows["latitude"].between(south, north) & rows["longitude"].between(west, east)
    found = rows[located]
    return found.assign(i=np.floor(found["latitude"].to_numpy() / cell).astype("int64"),
                        j=np.floor(found["longitude"].to_numpy() / cell).astype("int64"))


def grid_of_rows(rows: pd.DataFrame, cell: float) -> pd.DataFrame:
    """:func:`storage.aggregates.grid_cells` of the incidents of :func:`map_rows` (counts and fatalities
    equal; the coordinate sums up to the order of addition)."""
    located = rows["latitude"].notna() & rows["longitude"].notna()  # one coordinate alone cannot be drawn

    def index(name: str) -> pd.Series:
        return pd.Series(np.floor(rows[name].to_numpy() / cell), index=rows.index).astype("Int64").where(located)

    frame = pd.DataFrame({
        "i": index("latitude"), "j": index("longitude"),
        "event_type": rows["event_type"].astype(object), "admin1": rows["admin1"].astype(object),
        "count": 1, "fatalities": rows["fatalities"], "lat_sum": rows["latitude"], "lon_sum": rows["longitude"]})
    return merge_grids([frame[GRID_COLUMNS]])


def clusters_of_rows(rows: pd.DataFrame, cell: float, bounds: Bounds | None = None) -> pd.DataFrame:
    """:func:`cluster_counts` of the incidents of :func:`map_rows`."""
    found = _located(rows, cell, bounds)
    typed = (found.groupby(["i", "j", "event_type"], observed=True, as_index=False)
             .agg(count=("incident_id", "size"), fatalities=("fatalities", "sum"), lat_sum=("latitude", "sum"),
                  lon_sum=("longitude", "sum")))
    typed["event_type"] = typed["event_type"].astype(object)
    return _finish(typed)


def newest_of_rows(engine: Engine, rows: pd.DataFrame, cell: float, quotas: tuple[tuple[int, int, int], ...],
                   bounds: Bounds | None = None) -> pd.DataFrame:
    """:func:`newest_in_clusters` of the incidents of :func:`map_rows`: picked from them (newest
    first, then highest id, undated last), only the popups' columns of those read from the table."""
    wanted = pd.DataFrame([(int(i), int(j), int(n)) for i, j, n in quotas if n > 0],
                          columns=["i", "j", "quota"]).astype("int64")
    found = _located(rows, cell, bounds)[["i", "j", "incident_id", "day"]].merge(wanted, on=["i", "j"])
    found = found.sort_values(["day", "incident_id"], ascending=False, kind="stable")
    kept = found[found.groupby(["i", "j"], sort=False).cumcount() < found["quota"]]
    return _popup_rows(engine, list(kept[["i", "j", "incident_id"]].itertuples(index=False, name=None)))


def _popup_rows(engine: Engine, kept: list[tuple[int, int, int]]) -> pd.DataFrame:
    """Columns ``i``, ``j`` and :data:`CLUSTER_ROW_COLUMNS` of the incidents ``kept`` ((i, j, id)), in its order."""
    c = incidents.c
    picked = [c.id.label("incident_id") if name == "incident_id" else c[name] for name in CLUSTER_ROW_COLUMNS]
    ids = [int(k[2]) for k in kept]
    with engine.connect() as conn:
        rows = conn.execute(select(*picked).where(c.id.in_(ids))).all() if ids else []
    frame = pd.DataFrame.from_records(rows, columns=list(CLUSTER_ROW_COLUMNS))
    cells = pd.DataFrame(kept, columns=["i", "j", "incident_id"]).astype("int64")
    frame = cells.merge(frame, on="incident_id", how="inner")  # kept's order: newest first per cell
    return frame[["i", "j", *CLUSTER_ROW_COLUMNS]]


def newest_order(engine: Engine) -> tuple:
    """ORDER BY newest event first (undated last), then highest id: SQLite puts NULL last in DESC
    already (and so walks its event-date index backwards); PostgreSQL is told."""
    c = incidents.c
    if engine.dialect.name == "sqlite":
        return c.event_date.desc(), c.id.desc()
    return c.event_date.desc().nulls_last(), c.id.desc()


def _where(filters: Filters, bounds: Bounds | None) -> list:
    c = incidents.c
    where = [c.latitude.is_not(None), c.longitude.is_not(None), *conditions(filters)]
    if bounds is not None:
        south, west, north, east = bounds
        where += [c.latitude.between(south, north), c.longitude.between(west, east)]
    return where


def newest_in_clusters(engine: Engine, filters: Filters, cell: float, quotas: tuple[tuple[int, int, int], ...],
                       bounds: Bounds | None = None, *, walk: int = WALK_ROWS) -> pd.DataFrame:
    """The newest incidents of each cell: ``quotas`` holds ``(i, j, how many)``. Columns ``i``, ``j`` and
    :data:`CLUSTER_ROW_COLUMNS`, newest first per cell (then highest id; undated last).

    Walks the incidents newest first along the event-date index and stops as soon as every cell has
    its quota: on a busy map that is a few hundred narrow rows, not a sort of every incident. The walk
    is bounded: after ``walk`` rows, the cells still short (a quiet place whose last incidents are
    old) are looked for only in the months the cell roll-up (``incident_cells``, or the one keyed by the
    filters' one actor or outlet: :func:`storage.cells.cell_rollup`) holds incidents of
    theirs, newest first — a few months' rows, not every incident newer than theirs. Filters the
    roll-up cannot answer walk on (the Map reads those from :func:`map_rows`).
    """
    wanted = {(int(i), int(j)): int(n) for i, j, n in quotas if n > 0}
    if not wanted:  # no cluster (a country without incidents): no walk, which would read every row
        return _popup_rows(engine, [])
    if bounds is not None and cell < CELL:
        return _popup_rows(engine, _newest_in_window(engine, filters, cell, wanted, bounds))
    c = incidents.c
    order = newest_order(engine)
    where = _where(filters, bounds)
    usable = cell_rollup(filters) is not None

    def scan(*extra):
        return (select(c.id, c.event_date, c.latitude, c.longitude).where(and_(*where, *extra)).order_by(*order)
                .with_hint(incidents, "INDEXED BY ix_incidents_event_date", "sqlite"))

    kept: list[tuple[int, int, int]] = []
    with engine.connect() as conn:
        # LIMIT: PostgreSQL then walks its newest-first index (one outlet's: 0.65 -> 0.24 s CPU at
        # 1,000,000) instead of joining and sorting every matching incident the walk will never read
        first = scan().limit(walk) if usable else scan()
        last = _take(conn, first, wanted, kept, cell, walk if usable and wanted else None)
        if wanted and last is not None:  # stopped after `walk` rows: the months of the cells left
            day, incident_id = last
            after = (c.event_date.is_(None) & (c.id < incident_id)) if day is None else or_(
                c.event_date < day, and_(c.event_date == day, c.id < incident_id), c.event_date.is_(None))
            for month in _months_of(conn, filters, cell, wanted, day):
                within = [c.event_date.is_(None)] if month == UNDATED else [
                    c.event_date >= month, c.event_date < _next_month(month)]
                _take(conn, scan(after, *within), wanted, kept, cell, None)
                if not wanted:
                    break
    return _popup_rows(engine, kept)


def _newest_in_window(engine: Engine, filters: Filters, cell: float, wanted: dict[tuple[int, int], int],
                      bounds: Bounds) -> list[tuple[int, int, int]]:
    """:func:`newest_in_clusters` of a window zoomed in beyond the roll-up's cells (``cell`` < :data:`CELL`):
    every matching incident of the window ranked newest first within its cell, in one query answered
    from ``ix_incidents_window`` alone (revision 0012) — a walk along the event-date index would read the
    incidents of the whole country until the window's quietest cell is full (1.2-1.6 s CPU at
    1,000,000 for a zoom-11 window over Baghdad). (i, j, id) of the kept, newest first overall."""
    c = incidents.c
    i, j = floor_of(engine, c.latitude / cell), floor_of(engine, c.longitude / cell)
    order = newest_order(engine)
    ranked = (select(c.id, c.event_date, i.label("i"), j.label("j"),
                     func.row_number().over(partition_by=(i, j), order_by=order).label("rank"))
              .where(and_(*_where(filters, bounds)))
              .with_hint(incidents, f"INDEXED BY {WINDOW_INDEX}", "sqlite").subquery())
    r = ranked.c
    newest = (r.event_date.desc(), r.id.desc()) if engine.dialect.name == "sqlite" else (
        r.event_date.desc().nulls_last(), r.id.desc())
    with engine.connect() as conn:
        rows = conn.execute(select(r.i, r.j, r.id, r.rank).where(r.rank <= max(wanted.values()))
                            .order_by(*newest)).all()
    return [(int(i), int(j), int(incident_id)) for i, j, incident_id, rank in rows
            if rank <= wanted.get((int(i), int(j)), 0)]


def _take(conn, scan, wanted: dict[tuple[int, int], int], kept: list[tuple[int, int, int]], cell: float,
          limit: int | None) -> tuple[date | None, int] | None:
    """Walk ``scan`` (id, event date, latitude, longitude; newest first), moving each row of a cell
    still ``wanted`` into ``kept``, until none is wanted; with ``limit``, stop after that many rows
    and return the last row's (event date, id) — None when the walk ended otherwise."""
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(scan)
    try:
        for seen, (incident_id, day, lat, lon) in enumerate(result, 1):
            key = (math.floor(lat / cell), math.floor(lon / cell))
            if wanted.get(key, 0) > 0:
                wanted[key] -= 1
                kept.append((key[0], key[1], incident_id))
                if wanted[key] == 0:
                    del wanted[key]
                    if not wanted:
                        return None
            if limit is not None and seen >= limit:
                return day, incident_id
        return None
    finally:
        result.close()


def _months_of(conn, filters: Filters, cell: float, wanted: dict[tuple[int, int], int], before: date | None):
    """The months (first days; :data:`storage.derived.UNDATED` for undated incidents, last) in which
    the cell roll-up holds incidents of the cells ``wanted`` matching ``filters``, newest first, from
    the month of ``before`` down (only undated ones when ``before`` is None). A month is read when a
    cell still wanted has incidents in it (``wanted`` shrinks while the caller walks)."""
    table = cell_rollup(filters)
    r = table.c
    boxes = {key: (math.floor(key[0] * cell / CELL) - 1, math.floor((key[0] + 1) * cell / CELL) + 1,
                   math.floor(key[1] * cell / CELL) - 1, math.floor((key[1] + 1) * cell / CELL) + 1)
             for key in wanted}  # the roll-up's 0.1-degree cells overlapping each (a margin for rounding)
    where = [*conditions(filters, with_dates=False, on=table), r.period < ALL_TIME,
             or_(*(and_(r.i.between(lo_i, hi_i), r.j.between(lo_j, hi_j)) for lo_i, hi_i, lo_j, hi_j in boxes.values()))]
    if before is not None:
        where.append(or_(r.period <= before, r.period == UNDATED))
    else:
        where.append(r.period == UNDATED)
    rows = conn.execute(select(r.i, r.j, r.period).where(and_(*where)).group_by(r.i, r.j, r.period)
                        .having(func.sum(r.n) > 0)).all()
    months: dict[tuple[int, int], set[date]] = {key: set() for key in wanted}
    for i, j, period in rows:
        for key, (lo_i, hi_i, lo_j, hi_j) in boxes.items():
            if lo_i <= i <= hi_i and lo_j <= j <= hi_j:
                months[key].add(period)
    while wanted:  # UNDATED (1 January of year 1) is the oldest: walked last, as NULL sorts last
        left = [m for key in wanted for m in months[key]]
        if not left:
            return
        month = max(left)
        for key in wanted:
            months[key].discard(month)
        yield month


def map_clusters(engine: Engine, filters: Filters, cell: float, bounds: Bounds | None = None,
                 *, latest: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`cluster_counts` and the ``latest`` newest incidents of each cluster
    (:func:`newest_in_clusters`)."""
    found = cluster_counts(engine, filters, cell, bounds)
    return found, newest_in_clusters(engine, filters, cell, quotas_of(found, latest), bounds)


def quotas_of(clusters: pd.DataFrame, latest: int) -> tuple[tuple[int, int, int], ...]:
    """``(i, j, min(count, latest))`` per cluster: what :func:`newest_in_clusters` fetches."""
    return tuple((int(r.i), int(r.j), min(int(r.count), latest)) for r in clusters.itertuples(index=False))
