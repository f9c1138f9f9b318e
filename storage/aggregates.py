"""Aggregates of the filtered incidents, counted in SQL: headline figures, per governorate, per
period, per map grid cell. Pure functions of (engine, filters)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Integer, Table, and_, cast, func, select

from storage.cells import CELL, GRID_COLUMNS, grid_from_rollup, merge_grids
from storage.derived import UNDATED, cells_of, daily_of, rollup_usable
from storage.filters import Filters, conditions
from storage.store import incident_daily, incidents


def daily_rollup(filters: Filters) -> Table | None:
    """The daily roll-up that answers ``filters``: ``incident_daily``, or one keyed by the one actor or
    outlet they name (storage/keyed.py); None when only the incidents table can."""
    return incident_daily if rollup_usable(filters) else daily_of(filters)


def floor_of(engine: Engine, value):
    if engine.dialect.name == "sqlite":  # floor() needs SQLite's optional math functions
        whole = cast(value, Integer)  # truncates toward zero in SQLite
        return whole - cast(value < whole, Integer)
    return cast(func.floor(value), Integer)


def grid_cells(engine: Engine, filters: Filters, cell: float) -> pd.DataFrame:
    """The filtered incidents counted in SQL per square cell of ``cell`` degrees, event type and
    governorate: what the map draws (markers, density, choropleth) instead of fetching every row.

    Columns ``i``, ``j`` (``floor(latitude / cell)``, ``floor(longitude / cell)``: the cell's lower-left
    corner is ``(i * cell, j * cell)``; <NA> for incidents without coordinates), ``event_type``,
    ``admin1``, ``count``, ``fatalities`` (missing counted as 0), ``lat_sum``, ``lon_sum`` (to place
    a cluster of cells at the mean position of its incidents; missing without a cell).

    At :data:`storage.cells.CELL` and filters the roll-ups keep, read from ``incident_cells`` (or for
    one actor or one outlet from the cell roll-up keyed by it, storage/keyed.py;
    :func:`storage.cells.grid_from_rollup`) instead of every incident.
    """
    if cell == CELL and (rollup_usable(filters) or cells_of(filters) is not None):
        return grid_from_rollup(engine, filters, lambda part: _grid_of_incidents(engine, part, cell))
    return merge_grids([_grid_of_incidents(engine, filters, cell)])


def _grid_of_incidents(engine: Engine, filters: Filters, cell: float) -> pd.DataFrame:
    c = incidents.c
    i, j = floor_of(engine, c.latitude / cell).label("i"), floor_of(engine, c.longitude / cell).label("j")
    query = (select(i, j, c.event_type, c.admin1, func.count(), func.coalesce(func.sum(c.fatalities), 0),
                    func.sum(c.latitude), func.sum(c.longitude))
             .where(and_(True, *conditions(filters)))
             .group_by(i, j, c.event_type, c.admin1))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    frame = pd.DataFrame.from_records(rows, columns=GRID_COLUMNS)
    located = frame["i"].notna() & frame["j"].notna()  # one coordinate alone cannot be drawn
    frame.loc[~located, ["i", "j"]] = None
    return frame


def _figures(conn, filters: Filters) -> dict[str, int]:
    rolled = daily_rollup(filters)
    if rolled is not None:  # from a daily roll-up: a few thousand rows instead of every incident
        r = rolled.c
        # a governorate counts when one of its incidents matches (n > 0: conditions)
        govs = func.count(func.nullif(r.admin1, "").distinct())
        count, dead, govs = conn.execute(
            select(func.coalesce(func.sum(r.n), 0), func.coalesce(func.sum(r.fatalities), 0), govs)
            .where(and_(True, *conditions(filters, on=rolled)))).one()
        return {"incidents": int(count), "fatalities": int(dead), "governorates": int(govs)}
    c = incidents.c
    count, dead, govs = conn.execute(
        select(func.count(), func.coalesce(func.sum(c.fatalities), 0), func.count(c.admin1.distinct()))
        .where(and_(True, *conditions(filters)))
    ).one()
    return {"incidents": int(count), "fatalities": int(dead), "governorates": int(govs)}


def first_and_last(conn, column, where: list) -> tuple:
    """The lowest and highest ``column`` (a roll-up's day) of the rows meeting ``where``, as two reads of
    one row each in the column's order: SQLite answers ``min()`` and ``max()`` asked in one query by
    reading every row (0.38-0.41 s CPU for the daily roll-up at 1,000,000, on every Overview and
    sidebar), each of these along the roll-up's key, which starts with the day (0.004 s)."""
    low = conn.execute(select(column).where(*where).order_by(column).limit(1)).scalar()
    high = conn.execute(select(column).where(*where).order_by(column.desc()).limit(1)).scalar()
    return low, high


def _date_range(conn, filters: Filters) -> tuple:
    """The first and last event date of the filtered incidents."""
    rolled = daily_rollup(filters)
    if rolled is not None:
        return first_and_last(conn, rolled.c.day, [rolled.c.day > UNDATED, *conditions(filters, on=rolled)])
    c = incidents.c
    return tuple(conn.execute(select(func.min(c.event_date), func.max(c.event_date))
                              .where(and_(True, *conditions(filters)))).one())


def summary_figures(engine: Engine, filters: Filters) -> dict[str, Any]:
    """Incidents, fatalities and governorates affected, now and in the previous window of equal length.

    The window is the filter's date range; an open end is taken from the data. Keys: ``incidents``,
    ``fatalities``, ``governorates``, the same prefixed ``previous_`` and suffixed ``_change``
    (current minus previous), and ``date_from``/``date_to``/``previous_from``/``previous_to``.
    The previous figures are None without a start date in the filter: the data's own first date is
    often a recalled historical event (2014), and a "previous window" before it would compare the
    present with nothing.
    """
    with engine.connect() as conn:
        current = _figures(conn, filters)
        low, high = filters.date_from, filters.date_to
        if low is None or high is None:
            data_low, data_high = _date_range(conn, filters)
            low, high = low or data_low, high or data_high
        result: dict[str, Any] = dict(current, date_from=low, date_to=high,
                                      previous_from=None, previous_to=None)
        previous = None
        if filters.date_from is not None and high is not None and low <= high:
            length = high - low + timedelta(days=1)
            prev_to = low - timedelta(days=1)
            prev_from = low - length
            previous = _figures(conn, Filters(**{**asdict(filters), "date_from": prev_from,
                                                 "date_to": prev_to}))
            result.update(previous_from=prev_from, previous_to=prev_to)
    for key, value in current.items():
        result[f"previous_{key}"] = previous[key] if previous else None
        result[f"{key}_change"] = value - previous[key] if previous else None
    return result


def counts_by_governorate(engine: Engine, filters: Filters, measure: str = "incidents") -> pd.DataFrame:
    """Per governorate (``admin1``): ``incidents``, ``fatalities``, and ``value`` (= ``measure``).

    Every Iraqi governorate is listed (zero when nothing matched), most affected first.
    """
    from geo.model import GOVERNORATES

    if measure not in ("incidents", "fatalities"):
        raise ValueError(f"measure must be 'incidents' or 'fatalities', not {measure!r}")
    rolled = daily_rollup(filters)
    if rolled is not None:
        r = rolled.c
        query = (select(r.admin1, func.sum(r.n), func.coalesce(func.sum(r.fatalities), 0))
                 .where(and_(r.admin1 != "", *conditions(filters, on=rolled))).group_by(r.admin1))
    else:
        c = incidents.c
        query = (select(c.admin1, func.count(), func.coalesce(func.sum(c.fatalities), 0))
                 .where(and_(c.admin1.is_not(None), *conditions(filters))).group_by(c.admin1))
    with engine.connect() as conn:
        found = {name: (int(n), int(dead)) for name, n, dead in conn.execute(query)}
    names = list(GOVERNORATES) + sorted(set(found) - set(GOVERNORATES))
    frame = pd.DataFrame({
        "admin1": names,
        "incidents": [found.get(n, (0, 0))[0] for n in names],
        "fatalities": [found.get(n, (0, 0))[1] for n in names],
    })
    frame["value"] = frame[measure]
    return frame.sort_values(["value", "admin1"], ascending=[False, True], ignore_index=True)


def timeline(engine: Engine, filters: Filters, freq: str = "D", by: str | None = None) -> pd.DataFrame:
    """Incidents and fatalities per day (``freq="D"``) or week (``"W"``, weeks start on Monday).

    Read from the daily roll-up when the filters allow it (:func:`storage.derived.rollup_usable`).

    Columns ``date`` (first day of the period, a datetime), ``incidents``, ``fatalities``; with
    ``by="event_type"`` (or another incidents column) one row per period and value of that column.
    Undated incidents are left out.
    """
    if freq not in ("D", "W"):
        raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")
    rolled = daily_rollup(filters)
    if rolled is not None and by in (None, "event_type", "sub_event_type", "status"):
        r = rolled.c
        keys = [r.day] + ([r[by]] if by else [])
        query = (select(*keys, func.sum(r.n), func.coalesce(func.sum(r.fatalities), 0))
                 .where(and_(r.day > UNDATED, *conditions(filters, on=rolled))).group_by(*keys))
    else:
        c = incidents.c
        keys = [c.event_date] + ([c[by]] if by else [])
        query = (select(*keys, func.count(), func.coalesce(func.sum(c.fatalities), 0))
                 .where(and_(c.event_date.is_not(None), *conditions(filters))).group_by(*keys))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    names = ["date", *([by] if by else []), "incidents", "fatalities"]
    frame = pd.DataFrame.from_records(rows, columns=names)
    frame["date"] = pd.to_datetime(frame["date"])
    if freq == "W":
        frame["date"] = frame["date"].dt.to_period("W-SUN").dt.start_time
    frame = frame.groupby(names[:-2], as_index=False)[["incidents", "fatalities"]].sum()
    return frame.astype({"incidents": "int64", "fatalities": "int64"})

