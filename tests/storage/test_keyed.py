"""The roll-ups keyed by one actor and by one outlet (storage/keyed.py, revision 0013): kept by triggers
equal to a recount after inserts, source rows added and moved, updates, corrections and deletions;
revision 0013 applied to a database that already holds incidents fills them; and every figure the
dashboard reads from them equals the straightforward query on the incidents table. SQLite and
PostgreSQL."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest
from alembic import command
from sqlalchemy import Engine, delete, func, insert, inspect, select, update

from storage import aggregates, cells, clusters, migrate, queries
from storage.cells import CELL
from storage.corrections import correct_incident
from storage.countries import country_key
from storage.derived import UNDATED
from storage.queries import Filters
from storage.store import (
    articles,
    incident_actor_cells,
    incident_actor_daily,
    incident_outlet_cells,
    incident_outlet_daily,
    incident_sources,
    incidents,
)

ACTORS = ["ISIS", "PMF", "Iraqi Army", None]
OUTLETS = ["INA", "Rudaw", "AFP", None]
GOVS = ["Diyala", "Baghdad", "Kirkuk", None]
KINDS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"), ("Protests", "Peaceful protest")]
TABLES = (incident_actor_daily, incident_actor_cells, incident_outlet_daily, incident_outlet_cells)


def _fill(engine: Engine, n: int = 240) -> list[int]:
    """``n`` self-made incidents, each with 0-3 source rows (the same outlet twice on some), a few abroad,
    undated, unlocated, rejected or historical; the incident ids."""
    now = datetime.now(UTC)
    rows = []
    for k in range(n):
        kind = KINDS[k % 3]
        located = k % 7 != 0
        abroad = k % 19 == 0
        rows.append({
            "event_date": None if k % 11 == 0 else date(2024, 12, 20) + timedelta(days=(k * 7) % 90),
            "event_type": kind[0], "sub_event_type": kind[1],
            "actor1": ACTORS[k % 4], "actor2": ACTORS[(k // 4) % 4] if k % 5 else ACTORS[k % 4],  # same twice
            "country": "SY" if abroad else ("IQ" if k % 3 else None), "admin1": None if abroad else GOVS[k % 4],
            "latitude": (33.0 + (k % 13) * 0.07) if located and not abroad else None,
            "longitude": (44.0 + (k % 17) * 0.05) if located and not abroad else None,
            "fatalities": (None, 0, 2, 5)[k % 4], "status": "rejected" if k % 23 == 0 else "active",
            "historical": k % 29 == 0, "location": "x", "evidence": f"report {k}", "original": {}, "created_at": now})
    with engine.begin() as conn:
        conn.execute(insert(incidents), rows)
        ids = list(conn.execute(select(incidents.c.id).order_by(incidents.c.id)).scalars())
        article = conn.execute(insert(articles).values(content_hash="h1", text="t", ingested_at=now)
                               .returning(articles.c.id)).scalar_one()
        sources = []
        for k, incident_id in enumerate(ids):
            for m in range(k % 4):
                outlet = OUTLETS[(k + m) % 4] if k % 6 else "INA"  # INA twice or thrice on some
                sources.append({"incident_id": incident_id, "article_id": article, "source": outlet})
        conn.execute(insert(incident_sources), sources)
    return ids


def _recount(engine: Engine, table) -> Counter:
    """What ``table`` should hold, counted from the incidents and source rows: (key, period/day, i, j,
    the roll-up's columns) -> [n, fatalities], rows with n > 0 only."""
    c = incidents.c
    with engine.connect() as conn:
        rows = conn.execute(select(c.id, c.event_date, c.event_type, c.sub_event_type, c.admin1, c.status,
                                   c.historical, country_key(c), c.fatalities, c.latitude, c.longitude, c.actor1,
                                   c.actor2)).all()
        outlets: dict[int, set[str]] = {}
        for incident_id, outlet in conn.execute(select(incident_sources.c.incident_id, incident_sources.c.source)):
            if outlet:
                outlets.setdefault(incident_id, set()).add(outlet)
    found: Counter = Counter()
    by_actor = "actor" in table.c
    for (incident_id, day, kind, sub, admin1, status, historical, country, dead, lat, lon, actor1, actor2) in rows:
        keys = {a for a in (actor1, actor2) if a} if by_actor else outlets.get(incident_id, set())
        rest = (kind, sub, admin1 or "", status, bool(historical), country)
        if "period" in table.c:
            located = lat is not None and lon is not None
            i, j = (cells.NOWHERE, cells.NOWHERE) if not located else (math.floor(lat / CELL), math.floor(lon / CELL))
            places = [((day.replace(day=1) if day else UNDATED), i, j), (cells.ALL_TIME, i, j)]
        else:
            places = [(day or UNDATED,)]
        for key in keys:
            for place in places:
                found[(key, *place, *rest, "n")] += 1
                found[(key, *place, *rest, "dead")] += dead or 0
    return +found


def _stored(engine: Engine, table) -> Counter:
    t = table.c
    place = [t.period, t.i, t.j] if "period" in t else [t.day]
    key = t.actor if "actor" in t else t.outlet
    with engine.connect() as conn:
        rows = conn.execute(select(key, *place, t.event_type, t.sub_event_type, t.admin1, t.status, t.historical,
                                   t.country, t.n, t.fatalities).where(t.n > 0)).all()
    found: Counter = Counter()
    for *keys, n, dead in rows:
        keys[-2] = bool(keys[-2])
        found[(*keys, "n")] += n
        found[(*keys, "dead")] += dead
    return +found


def _assert_kept(engine: Engine) -> None:
    for table in TABLES:
        expected, stored = _recount(engine, table), _stored(engine, table)
        assert stored == expected, (table.name, stored - expected, expected - stored)
    with engine.connect() as conn:  # no row left below zero
        for table in TABLES:
            assert conn.execute(select(func.count()).where(table.c.n < 0)).scalar_one() == 0


def test_triggers_keep_the_keyed_rollups_equal_to_a_recount(engine: Engine) -> None:
    ids = _fill(engine)
    _assert_kept(engine)
    # corrections (through the app's path) and plain updates of every column the roll-ups key or count by
    correct_incident(engine, ids[1], field="status", value="rejected", editor="Lina")
    correct_incident(engine, ids[2], field="event_date", value=date(2025, 2, 28), editor="Lina")
    correct_incident(engine, ids[3], field="sub_event_type", value="Armed clash", editor="Lina")
    with engine.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id.in_(ids[10:20])).values(actor1="PMF", actor2="PMF"))
        conn.execute(update(incidents).where(incidents.c.id == ids[21]).values(actor2=None, latitude=None))
        conn.execute(update(incidents).where(incidents.c.id == ids[22]).values(fatalities=9, admin1=None, country="TR"))
        conn.execute(update(incidents).where(incidents.c.id == ids[23]).values(historical=True, event_date=None))
        conn.execute(update(incidents).where(incidents.c.id == ids[25]).values(latitude=35.47, longitude=44.39))
    _assert_kept(engine)
    with engine.begin() as conn:
        article = conn.execute(select(articles.c.id)).scalars().first()
        # a report merged into incidents: a new outlet, an outlet already named, an outlet-less row
        conn.execute(insert(incident_sources), [
            {"incident_id": ids[40], "article_id": article, "source": "Rudaw"},
            {"incident_id": ids[41], "article_id": article, "source": "INA"},
            {"incident_id": ids[41], "article_id": article, "source": "INA"},
            {"incident_id": ids[42], "article_id": article, "source": None}])
        # a source row moved to another incident, another outlet; one removed; incidents deleted (cascade)
        s = incident_sources.c
        moved = conn.execute(select(s.id).where(s.incident_id == ids[5])).scalars().first()
        renamed = conn.execute(select(s.id).where(s.incident_id == ids[9])).scalars().first()
        removed = conn.execute(select(s.id).where(s.incident_id == ids[13])).scalars().first()
        conn.execute(update(incident_sources).where(s.id == moved).values(incident_id=ids[50]))
        conn.execute(update(incident_sources).where(s.id == renamed).values(source="AFP"))
        conn.execute(delete(incident_sources).where(s.id == removed))
        conn.execute(delete(incidents).where(incidents.c.id.in_(ids[60:90])))
    _assert_kept(engine)


def test_revision_0013_fills_the_keyed_rollups_of_a_filled_database(engine: Engine) -> None:
    _fill(engine)
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
        assert not {t.name for t in TABLES} & set(inspect(conn).get_table_names())
    with engine.begin() as conn:  # written while the keyed roll-ups did not exist
        conn.execute(update(incidents).where(incidents.c.id < 20).values(actor1="CTS"))
    assert migrate.upgrade(engine)  # what get_engine does at the next start
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    _assert_kept(engine)


FILTERS = [
    Filters(actors=("ISIS",)),
    Filters(actors=("PMF",), governorates=("Diyala", "Baghdad"), event_types=("Battles", "Protests")),
    Filters(actors=("ISIS",), include_rejected=True, include_historical=True, country=""),
    Filters(actors=("Iraqi Army",), date_from=date(2025, 1, 10), date_to=date(2025, 2, 14)),  # partial months
    Filters(actors=("PMF",), country="SY"),
    Filters(sources=("INA",)),
    Filters(sources=("Rudaw",), sub_event_types=("Air/drone strike",), date_from=date(2025, 1, 1)),
    Filters(sources=("AFP",), country=""),
    Filters(sources=("INA",), date_to=date(2025, 1, 20), include_rejected=True),
    Filters(actors=("ISIS",), date_from=date(2030, 1, 1)),  # nothing
    Filters(sources=("Nobody",)),
]


def _answers(engine: Engine, filters: Filters) -> dict:
    grid = aggregates.grid_cells(engine, filters, CELL)
    grid = (grid.assign(admin1=grid["admin1"].astype(object).fillna("(none)"))
            .sort_values(["i", "j", "event_type", "admin1"], na_position="first", ignore_index=True))
    found = clusters.clusters_from_grid(grid, CELL, 4)
    return {"figures": aggregates.summary_figures(engine, filters),
            "governorates": aggregates.counts_by_governorate(engine, filters, "fatalities").to_dict("records"),
            "timeline": aggregates.timeline(engine, filters, "W", by="event_type").to_dict("records"),
            "count": queries.count_incidents(engine, filters), "grid": grid,
            "newest": clusters.newest_in_clusters(engine, filters, CELL * 4, clusters.quotas_of(found, 3), walk=5)
            [["i", "j", "incident_id"]].to_numpy().tolist()}


def test_one_actor_or_outlet_is_answered_as_the_incidents_table_answers(engine: Engine,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(engine)
    for filters in FILTERS:
        assert aggregates.daily_rollup(filters) is not None and cells.cell_rollup(filters) is not None
        rolled = _answers(engine, filters)
        with monkeypatch.context() as patch:  # the same functions on the incidents table alone
            for module in (aggregates, queries, cells):
                for name in ("daily_of", "cells_of"):
                    if hasattr(module, name):
                        patch.setattr(module, name, lambda _filters: None)
            patch.setattr(aggregates, "daily_rollup", lambda _filters: None)
            assert cells.cell_rollup(filters) is None and aggregates.daily_rollup(filters) is None
            direct = _answers(engine, filters)
        grid_rolled, grid_direct = rolled.pop("grid"), direct.pop("grid")
        pd.testing.assert_frame_equal(grid_rolled, grid_direct, check_exact=False, rtol=1e-9, obj=str(filters))
        assert rolled == direct, filters
        assert filters.sources == ("Nobody",) or filters.date_from == date(2030, 1, 1) or rolled["count"] > 0


def test_newest_three_of_one_outlet_equal_sorting_its_incidents(engine: Engine) -> None:
    _fill(engine)
    for filters in (Filters(sources=("INA",)), Filters(actors=("PMF",), country="")):
        rows = queries.query_incidents(engine, filters).dropna(subset=["latitude", "longitude"])  # newest first
        cell = CELL * 2
        rows = rows.assign(i=(rows["latitude"] / cell).map(math.floor),
                           j=(rows["longitude"] / cell).map(math.floor))
        expected = rows.groupby(["i", "j"], sort=False).head(3)[["i", "j", "incident_id"]]
        counts = rows.groupby(["i", "j"]).size()
        quotas = tuple((int(i), int(j), min(int(n), 3)) for (i, j), n in counts.items())
        got = clusters.newest_in_clusters(engine, filters, cell, quotas, walk=4)  # the months' path, mostly
        key = ["i", "j", "incident_id"]
        assert sorted(got[key].to_numpy().tolist()) == sorted(expected.to_numpy().tolist()), filters


def test_iraq_only_options_leave_out_values_named_only_abroad(engine: Engine) -> None:
    ids = _fill(engine)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        abroad = conn.execute(insert(incidents).values(
            event_date=date(2025, 1, 5), event_type="Battles", sub_event_type="Armed clash", actor1="Only Abroad",
            actor2="ISIS", country="SY", status="active", historical=False, original={}, created_at=now)
            .returning(incidents.c.id)).scalar_one()
        article = conn.execute(select(articles.c.id)).scalars().first()
        conn.execute(insert(incident_sources), [{"incident_id": abroad, "article_id": article, "source": "Syria Desk"},
                                                {"incident_id": ids[1], "article_id": article, "source": "Both"},
                                                {"incident_id": abroad, "article_id": article, "source": "Both"}])
    iraq, syria, every = (queries.filter_options(engine, c) for c in ("IQ", "SY", ""))
    assert "Only Abroad" in every["actors"] and "Only Abroad" not in iraq["actors"] and "Only Abroad" in syria["actors"]
    assert "Syria Desk" in every["sources"] and "Syria Desk" not in iraq["sources"]
    assert {"Both", "INA"} <= set(iraq["sources"]) and {"Both", "Syria Desk"} <= set(syria["sources"])
    assert "ISIS" in iraq["actors"] and "ISIS" in syria["actors"]
    # the near miss: once it is named in an Iraqi incident too, it is offered under "Iraq only"
    with engine.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id == ids[2]).values(actor2="Only Abroad"))
    assert "Only Abroad" in queries.filter_options(engine, "IQ")["actors"]


def test_the_newest_of_a_common_actor_are_walked_and_of_a_rare_one_read_by_its_index(engine: Engine) -> None:
    ids = _fill(engine)
    with engine.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id == ids[7]).values(actor2="Rare"))
    sqlite = engine.dialect.name == "sqlite"
    # counted from the roll-ups: ISIS in about two incidents of five walks; one incident in 240 does not
    assert queries._walk_actors(engine, Filters(actors=("ISIS",)), 10) is sqlite
    assert queries._walk_actors(engine, Filters(actors=("Rare",)), 10) is False
    assert queries._walk_actors(engine, Filters(actors=("ISIS",)), 10_000) is False  # more than it has
    assert queries._walk_actors(engine, Filters(actors=("ISIS", "PMF")), 10) is False  # no roll-up counts two
    assert queries._walk_actors(engine, Filters(actors=("ISIS",), text="report 1"), 10) is False
    for filters in (Filters(actors=("ISIS",)), Filters(actors=("Rare",)), Filters(actors=("PMF",), country=""),
                    Filters(actors=("ISIS", "PMF"), governorates=("Diyala",))):
        every = queries.query_incidents(engine, filters)["incident_id"].tolist()  # newest first, sorted here
        for limit in (1, 10, 1000):
            got = queries.query_incidents(engine, filters, limit=limit)["incident_id"].tolist()
            assert got == every[:limit], (filters, limit)


def test_a_walked_actor_keeps_sqlite_off_the_actor_indexes() -> None:
    from sqlalchemy.dialects import sqlite

    from storage.filters import conditions

    def sql(walk: bool) -> str:
        query = select(incidents.c.id).where(*conditions(Filters(actors=("ISIS",)), walk_actors=walk))
        return str(query.compile(dialect=sqlite.dialect()))

    assert "+incidents.actor1" in sql(True) and "+incidents.actor2" in sql(True)
    assert "+incidents.actor1" not in sql(False)
