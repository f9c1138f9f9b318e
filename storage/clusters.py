"""Map clusters at any volume: the located incidents grouped per square cell (counted in SQL, or
merged from a finer grid already counted), and the newest incidents of each cell for its popup.

Pure functions of (engine, filters); nothing here imports Streamlit.
"""

from __future__ import annotations

import math

import pandas as pd
from sqlalchemy import Engine, and_, func, select

from storage.aggregates import floor_of
from storage.filters import Filters, conditions
from storage.store import incidents

#: What a cluster's popup lists of its newest incidents.
CLUSTER_ROW_COLUMNS = ("incident_id", "event_date", "event_type", "sub_event_type", "location", "admin1",
                       "fatalities", "injuries", "evidence", "sources", "source_urls", "place_id")
CLUSTER_COLUMNS = ["i", "j", "count", "fatalities", "latitude", "longitude", "event_type"]
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


def _where(filters: Filters, bounds: Bounds | None) -> list:
    c = incidents.c
    where = [c.latitude.is_not(None), c.longitude.is_not(None), *conditions(filters)]
    if bounds is not None:
        south, west, north, east = bounds
        where += [c.latitude.between(south, north), c.longitude.between(west, east)]
    return where


def newest_in_clusters(engine: Engine, filters: Filters, cell: float, quotas: tuple[tuple[int, int, int], ...],
                       bounds: Bounds | None = None) -> pd.DataFrame:
    """The newest incidents of each cell: ``quotas`` holds ``(i, j, how many)``. Columns ``i``, ``j`` and
    :data:`CLUSTER_ROW_COLUMNS`, newest first per cell.

    Walks the incidents newest first along the event-date index and stops as soon as every cell has
    its quota: on a busy map that is a few hundred narrow rows, not a sort of every incident.
    """
    wanted = {(int(i), int(j)): int(n) for i, j, n in quotas if n > 0}
    c = incidents.c
    order = (c.event_date.desc(), c.id.desc()) if engine.dialect.name == "sqlite" else (
        c.event_date.desc().nulls_last(), c.id.desc())  # SQLite puts NULL last in DESC already
    scan = (select(c.id, c.latitude, c.longitude).where(and_(*_where(filters, bounds))).order_by(*order)
            .with_hint(incidents, "INDEXED BY ix_incidents_event_date", "sqlite"))
    kept: list[tuple[int, int, int]] = []
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(scan)
        for incident_id, lat, lon in result:
            key = (math.floor(lat / cell), math.floor(lon / cell))
            if wanted.get(key, 0) > 0:
                wanted[key] -= 1
                kept.append((key[0], key[1], incident_id))
                if wanted[key] == 0:
                    del wanted[key]
                    if not wanted:
                        break
        result.close()
        picked = [c.id.label("incident_id") if name == "incident_id" else c[name] for name in CLUSTER_ROW_COLUMNS]
        ids = [k[2] for k in kept]
        rows = conn.execute(select(*picked).where(c.id.in_(ids))).all() if ids else []
    frame = pd.DataFrame.from_records(rows, columns=list(CLUSTER_ROW_COLUMNS))
    cells = pd.DataFrame(kept, columns=["i", "j", "incident_id"])
    frame = cells.merge(frame, on="incident_id", how="inner")  # kept's order: newest first per cell
    return frame[["i", "j", *CLUSTER_ROW_COLUMNS]]


def map_clusters(engine: Engine, filters: Filters, cell: float, bounds: Bounds | None = None,
                 *, latest: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`cluster_counts` and the ``latest`` newest incidents of each cluster
    (:func:`newest_in_clusters`)."""
    found = cluster_counts(engine, filters, cell, bounds)
    return found, newest_in_clusters(engine, filters, cell, quotas_of(found, latest), bounds)


def quotas_of(clusters: pd.DataFrame, latest: int) -> tuple[tuple[int, int, int], ...]:
    """``(i, j, min(count, latest))`` per cluster: what :func:`newest_in_clusters` fetches."""
    return tuple((int(r.i), int(r.j), min(int(r.count), latest)) for r in clusters.itertuples(index=False))
