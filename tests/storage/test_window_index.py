"""Revision 0012: ``ix_incidents_window`` (the coordinates and the columns a zoomed-in Map reads) replaces
0011's ``ix_incidents_point`` on a database that already holds incidents, SQLite and PostgreSQL; the
counts and newest incidents of a window are then those of the straightforward queries."""

from __future__ import annotations

import math

import pandas as pd
from alembic import command
from sqlalchemy import func, inspect, select

from bench.gen_incidents import generate
from storage import migrate
from storage.queries import Filters, cluster_counts, newest_in_clusters, query_incidents, quotas_of
from storage.store import incident_sources, incidents

WINDOW = (33.0, 44.0, 33.8, 44.8)  # a zoom-11 query window over Baghdad (0.05-degree cells)


def _indexes(conn) -> set[str]:
    return {i["name"] for i in inspect(conn).get_indexes("incidents")}


def _reference(engine, filters, cell, latest):
    """Counts and each cell's ``latest`` newest of the window from every matching incident, in Python."""
    south, west, north, east = WINDOW
    rows = query_incidents(engine, filters).dropna(subset=["latitude", "longitude"])  # newest first
    rows = rows[rows["latitude"].between(south, north) & rows["longitude"].between(west, east)]
    rows = rows.assign(i=(rows["latitude"] / cell).map(math.floor), j=(rows["longitude"] / cell).map(math.floor))
    counts = sorted(map(tuple, rows.groupby(["i", "j"]).size().reset_index().to_numpy().tolist()))
    newest = rows.groupby(["i", "j"], sort=False).head(latest)[["i", "j", "incident_id"]]
    return counts, newest.to_numpy().tolist()


def test_revision_0012_replaces_the_point_index_on_a_filled_database(engine):
    generate(engine, 1500)
    with engine.connect() as conn:
        before = (conn.execute(select(func.count()).select_from(incidents)).scalar_one(),
                  conn.execute(select(func.count()).select_from(incident_sources)).scalar_one())
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
        assert "ix_incidents_point" in _indexes(conn) and "ix_incidents_window" not in _indexes(conn)
    assert migrate.upgrade(engine)  # what get_engine does at the next start
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert "ix_incidents_window" in _indexes(conn) and "ix_incidents_point" not in _indexes(conn)
        after = (conn.execute(select(func.count()).select_from(incidents)).scalar_one(),
                 conn.execute(select(func.count()).select_from(incident_sources)).scalar_one())
    assert after == before
    for filters in (Filters(), Filters(event_types=("Battles",)), Filters(governorates=("Diyala",))):
        counts, newest = _reference(engine, filters, 0.05, 3)
        found = cluster_counts(engine, filters, 0.05, WINDOW)
        assert sorted(map(tuple, found[["i", "j", "count"]].to_numpy().tolist())) == counts
        got = newest_in_clusters(engine, filters, 0.05, quotas_of(found, 3), WINDOW)
        assert got[["i", "j", "incident_id"]].to_numpy().tolist() == newest


def test_an_outlet_filter_reads_the_outlets_incidents_by_id_not_a_probe_per_incident(tmp_path):
    """One outlet: its incidents come from the source index, then each by its id. A probe of the sources
    per incident (EXISTS) read them in the order of ix_incidents_window, at random (8 s CPU at 1,000,000)."""
    from sqlalchemy import and_

    from storage.filters import conditions
    from storage.store import get_engine

    engine = get_engine(f"sqlite:///{tmp_path / 'outlets.sqlite3'}")
    generate(engine, 600)
    for outlets in (("INA",), ("Rudaw", "AFP"), ("No such outlet",)):
        filters = Filters(sources=outlets)
        c = incidents.c
        query = select(c.id, c.latitude, c.event_type, c.admin1, c.fatalities).where(and_(True, *conditions(filters)))
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        with engine.connect() as conn:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled))]
            named = {row.incident_id for row in conn.execute(select(incident_sources.c.incident_id)
                                                             .where(incident_sources.c.source.in_(outlets)))}
        assert not any("CORRELATED" in step for step in plan), plan
        assert any("SEARCH incidents USING INTEGER PRIMARY KEY" in step for step in plan), plan
        everyone = query_incidents(engine, Filters(), columns=["incident_id"])["incident_id"].tolist()
        assert sorted(query_incidents(engine, filters, columns=["incident_id"])["incident_id"]) == \
            sorted(i for i in everyone if i in named)


def test_the_newest_of_an_outlet_walk_the_event_dates(tmp_path):
    """The newest few of an outlet (the table, the cards) and its CSV order walk the event-date index,
    each incident looked up in the outlet's list: no fetch of every incident of the outlet then a sort
    (0.53-0.74 s CPU for one outlet's newest at 1,000,000, against 0.16); the rows are the first of the
    full sorted list."""
    from sqlalchemy import and_

    from storage.filters import conditions
    from storage.queries import newest_first
    from storage.store import get_engine

    engine = get_engine(f"sqlite:///{tmp_path / 'newest.sqlite3'}")
    generate(engine, 600)
    for outlets in (("INA",), ("Rudaw", "AFP"), ("No such outlet",)):
        filters = Filters(sources=outlets)
        c = incidents.c
        query = (select(c.id).where(and_(True, *conditions(filters, newest=True))).order_by(*newest_first(engine))
                 .limit(10))
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        with engine.connect() as conn:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled))]
        assert any("ix_incidents_event_date" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
        every = query_incidents(engine, filters, columns=["incident_id", "event_date"])
        for limit in (1, 10, 1000):
            pd.testing.assert_frame_equal(query_incidents(engine, filters, columns=["incident_id", "event_date"],
                                                          limit=limit), every.head(limit))
