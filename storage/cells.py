"""The map's counts at 1,000,000 incidents: incidents per 0.1-degree cell, kept by the database.

``incident_cells`` holds, per :data:`CELL` cell (``i = floor(latitude / 0.1)``, ``j`` the same for
longitude; :data:`NOWHERE` for incidents without both coordinates), event type, sub-type,
governorate, status, historical flag and country (:func:`storage.countries.country_key`, revision
0009): the incidents, fatalities and the sums of their coordinates, once per month (:data:`UNDATED`
for undated incidents) and once for all time (:data:`ALL_TIME`).
Triggers on incidents keep it, like the daily roll-up of :mod:`storage.derived` (ingest, Parquet load,
corrections and deletions alike), and :func:`install` (Alembic revision ``0007_cells``) fills it.

:func:`grid_from_rollup` answers :func:`storage.aggregates.grid_cells` from it for the filters the
roll-ups keep: without dates from the all-time rows (a few thousand, whatever the volume), with
dates from the whole months inside the range plus the incidents of the partial months at its ends,
read from the incidents table through the event-date index.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import Connection, Engine, and_, func, inspect, select
from sqlalchemy.engine import Dialect

from storage.countries import key_sql
from storage.derived import UNDATED, cells_of, rollup_usable
from storage.filters import Filters, conditions
from storage.store import incident_cells

#: Cell size in degrees: the basemap's grid (dashboard.maps.MARKER_CELL), which every cluster size
#: of zoom 10 and below is a power-of-two multiple of.
CELL = 0.1
#: ``period`` of the all-time rows.
ALL_TIME = date(9999, 12, 31)
#: ``i`` and ``j`` of incidents without both coordinates (the key columns are NOT NULL so that upserts match).
NOWHERE = -999_999
_KEY = "period, i, j, event_type, sub_event_type, admin1, status, historical"
_ROLLED = "event_date, event_type, sub_event_type, admin1, status, historical, fatalities, latitude, longitude"
GRID_COLUMNS = ["i", "j", "event_type", "admin1", "count", "fatalities", "lat_sum", "lon_sum"]


# ---------------------------------------------------------------- DDL
def _floor(column: str, sqlite: bool) -> str:
    value = f"{column} / 0.1" if sqlite else f"{column} / CAST(0.1 AS double precision)"
    if sqlite:  # as storage.aggregates.floor_of writes it (SQLite may lack floor())
        return f"(CAST({value} AS INTEGER) - ({value} < CAST({value} AS INTEGER)))"
    return f"CAST(floor({value}) AS integer)"


def row_parts(row: str, dialect: Dialect, country: bool) -> dict[str, str]:
    """SQL expressions of one incident row (``NEW``, ``OLD`` or the table) for the roll-up's columns;
    ``country``: the roll-up has the country key (revision 0009, :func:`storage.countries.country_key`)."""
    sqlite = dialect.name == "sqlite"
    located = f"{row}.latitude IS NOT NULL AND {row}.longitude IS NOT NULL"
    month = (f"date({row}.event_date, 'start of month')" if sqlite
             else f"CAST(date_trunc('month', {row}.event_date) AS date)")
    undated = "'0001-01-01'" if sqlite else "DATE '0001-01-01'"
    key = key_sql(row, dialect) if country else ""
    return {
        "key": _KEY + (", country" if country else ""),
        "month": f"coalesce({month}, {undated})",
        "all": "'9999-12-31'" if sqlite else "DATE '9999-12-31'",
        "i": f"CASE WHEN {located} THEN {_floor(row + '.latitude', sqlite)} ELSE {NOWHERE} END",
        "j": f"CASE WHEN {located} THEN {_floor(row + '.longitude', sqlite)} ELSE {NOWHERE} END",
        "lat": f"CASE WHEN {located} THEN {row}.latitude ELSE 0 END",
        "lon": f"CASE WHEN {located} THEN {row}.longitude ELSE 0 END",
        "rest": (f"{row}.event_type, {row}.sub_event_type, coalesce({row}.admin1, ''), {row}.status, {row}.historical"
                 + (f", {key}" if country else "")),
        "match": (f"event_type = {row}.event_type AND sub_event_type = {row}.sub_event_type "
                  f"AND admin1 = coalesce({row}.admin1, '') AND status = {row}.status "
                  f"AND historical = {row}.historical" + (f" AND country = {key}" if country else "")),
        "dead": f"coalesce({row}.fatalities, 0)",
        "rolled": _ROLLED + (", country" if country else ""),
    }


def _add(dialect: Dialect, country: bool) -> str:
    p = row_parts("NEW", dialect, country)
    periods = f"SELECT {p['month']} AS period UNION ALL SELECT {p['all']}"
    table = "" if dialect.name == "sqlite" else "incident_cells."
    return (f"INSERT INTO incident_cells ({p['key']}, n, fatalities, lat_sum, lon_sum) "
            f"SELECT periods.period, {p['i']}, {p['j']}, {p['rest']}, 1, {p['dead']}, {p['lat']}, {p['lon']} "
            f"FROM ({periods}) AS periods WHERE true "
            f"ON CONFLICT ({p['key']}) DO UPDATE SET n = {table}n + 1, fatalities = {table}fatalities + excluded.fatalities, "
            f"lat_sum = {table}lat_sum + excluded.lat_sum, lon_sum = {table}lon_sum + excluded.lon_sum;")


def _remove(dialect: Dialect, country: bool) -> str:
    p = row_parts("OLD", dialect, country)
    return (f"UPDATE incident_cells SET n = n - 1, fatalities = fatalities - {p['dead']}, "
            f"lat_sum = lat_sum - {p['lat']}, lon_sum = lon_sum - {p['lon']} "
            f"WHERE period IN ({p['month']}, {p['all']}) AND i = {p['i']} AND j = {p['j']} AND {p['match']};")


def _sqlite_ddl(dialect: Dialect, country: bool) -> list[str]:
    add, remove, rolled = _add(dialect, country), _remove(dialect, country), row_parts("NEW", dialect, country)["rolled"]
    return [
        f"CREATE TRIGGER IF NOT EXISTS iim_cells_insert AFTER INSERT ON incidents BEGIN {add} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_cells_delete AFTER DELETE ON incidents BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_cells_update AFTER UPDATE OF {rolled} ON incidents "
        f"BEGIN {remove} {add} END",
    ]


def _pg_ddl(dialect: Dialect, country: bool) -> list[str]:
    function = f"""CREATE OR REPLACE FUNCTION iim_incident_cells() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    {_remove(dialect, country)}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    {_add(dialect, country)}
  END IF;
  RETURN NULL;
END $$"""
    return [function, "DROP TRIGGER IF EXISTS iim_incidents_cells ON incidents",
            f"CREATE TRIGGER iim_incidents_cells AFTER INSERT OR DELETE OR UPDATE OF "
            f"{row_parts('NEW', dialect, country)['rolled']} ON incidents FOR EACH ROW EXECUTE FUNCTION iim_incident_cells()"]


def _backfill(conn: Connection, country: bool) -> None:
    p = row_parts("incidents", conn.dialect, country)
    groups = ", ".join(str(k) for k in range(1, 10 if country else 9))
    conn.exec_driver_sql("DELETE FROM incident_cells")
    for period in (p["month"], p["all"]):
        conn.exec_driver_sql(
            f"INSERT INTO incident_cells ({p['key']}, n, fatalities, lat_sum, lon_sum) "
            f"SELECT {period}, {p['i']}, {p['j']}, {p['rest']}, count(*), sum({p['dead']}), sum({p['lat']}), "
            f"sum({p['lon']}) FROM incidents GROUP BY {groups}")


def install(conn: Connection) -> None:
    """Create the triggers that keep ``incident_cells`` (the table itself is made by the revision:
    0007, and 0009 with its country key) and fill it from the incidents stored. Idempotent."""
    country = "country" in {c["name"] for c in inspect(conn).get_columns("incident_cells")}
    if conn.dialect.name == "sqlite":
        fresh = not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'iim_cells_insert'").scalar()
        ddl = _sqlite_ddl(conn.dialect, country)
    else:
        fresh = not conn.exec_driver_sql("SELECT 1 FROM pg_trigger WHERE tgname = 'iim_incidents_cells' "
                                         "AND tgrelid = 'incidents'::regclass").scalar()
        ddl = _pg_ddl(conn.dialect, country)
    for statement in ddl:
        conn.exec_driver_sql(statement)
    if fresh:
        _backfill(conn, country)


# ---------------------------------------------------------------- reading
def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def split_range(low: date | None, high: date | None) -> tuple[tuple[date, date] | None, list[tuple[date | None, date | None]]]:
    """The whole months inside ``[low, high]`` (first days of the first and last; None when there are
    none) and the date ranges left at its ends (open ends stay None).

    Examples
    --------
    >>> split_range(date(2025, 1, 15), date(2025, 4, 10))
    ((datetime.date(2025, 2, 1), datetime.date(2025, 3, 1)), [(datetime.date(2025, 1, 15), datetime.date(2025, 1, 31)), (datetime.date(2025, 4, 1), datetime.date(2025, 4, 10))])
    >>> split_range(date(2025, 1, 1), None)
    ((datetime.date(2025, 1, 1), None), [])
    >>> split_range(date(2025, 1, 2), date(2025, 1, 30))
    (None, [(datetime.date(2025, 1, 2), datetime.date(2025, 1, 30))])
    """
    first = low if low is None or low.day == 1 else _next_month(low)
    last = None if high is None else (_month_start(high) if _next_month(high) - timedelta(days=1) == high
                                      else _month_start(_month_start(high) - timedelta(days=1)))
    if first is not None and last is not None and first > last:
        return None, [(low, high)]
    edges: list[tuple[date | None, date | None]] = []
    if low is not None and first != low:
        edges.append((low, first - timedelta(days=1)))
    if high is not None and _next_month(last) <= high:
        edges.append((_next_month(last), high))
    return (first, last), edges


def cell_rollup(filters: Filters):
    """The cell roll-up that answers ``filters``: ``incident_cells``, or the one keyed by the one actor
    or outlet they name (storage/keyed.py); None when only the incidents table can."""
    return incident_cells if rollup_usable(filters) else cells_of(filters)


def grid_from_rollup(engine: Engine, filters: Filters, direct) -> pd.DataFrame:
    """:func:`storage.aggregates.grid_cells` at :data:`CELL` for filters that
    :func:`storage.derived.rollup_usable` accepts, or (from the cell roll-up keyed by it,
    :func:`storage.derived.cells_of`) those with one actor or one outlet; ``direct(filters)`` counts the
    partial months at the ends of a date range from the incidents table."""
    table = cell_rollup(filters)
    r = table.c
    where = conditions(filters, with_dates=False, on=table)
    frames = []
    if filters.date_from is None and filters.date_to is None:
        where.append(r.period == ALL_TIME)
    else:
        months, edges = split_range(filters.date_from, filters.date_to)
        frames += [direct(replace(filters, date_from=low, date_to=high)) for low, high in edges]
        if months is None:
            where = None
        else:
            where += [r.period > UNDATED, r.period < ALL_TIME]
            where += [r.period >= months[0]] if months[0] else []
            where += [r.period <= months[1]] if months[1] else []
    if where is not None:
        query = (select(r.i, r.j, r.event_type, r.admin1, func.sum(r.n), func.sum(r.fatalities), func.sum(r.lat_sum),
                        func.sum(r.lon_sum)).where(and_(*where)).group_by(r.i, r.j, r.event_type, r.admin1))
        with engine.connect() as conn:
            rolled = pd.DataFrame.from_records(conn.execute(query).all(), columns=GRID_COLUMNS)
        rolled["admin1"] = rolled["admin1"].where(rolled["admin1"] != "", None)
        nowhere = rolled["i"] == NOWHERE
        for name in ("i", "j"):
            rolled[name] = rolled[name].astype("Int64").mask(nowhere, pd.NA)
        frames.append(rolled)
    return merge_grids(frames)


def merge_grids(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Grid frames added up per cell, event type and governorate; coordinate sums of incidents
    without a cell are missing (they are not drawn)."""
    frames = [f for f in frames if not f.empty]
    if not frames:
        empty = pd.DataFrame(columns=GRID_COLUMNS)
        return empty.astype({"i": "Int64", "j": "Int64", "count": "int64", "fatalities": "int64",
                             "lat_sum": "float64", "lon_sum": "float64"})
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    frame = frame.astype({"i": "Int64", "j": "Int64", "count": "int64", "fatalities": "int64",
                          "lat_sum": "float64", "lon_sum": "float64"})
    frame = frame.groupby(["i", "j", "event_type", "admin1"], as_index=False, dropna=False, sort=False)[
        ["count", "fatalities", "lat_sum", "lon_sum"]].sum(min_count=1)
    unlocated = frame["i"].isna()
    frame.loc[unlocated, ["lat_sum", "lon_sum"]] = float("nan")
    return frame[GRID_COLUMNS].astype({"count": "int64", "fatalities": "int64"}).reset_index(drop=True)
