"""storage.clusters: counts per cell, merged from the grid or counted in SQL, and the newest incidents
per cell found by an early-stopping scan — each checked against a slow obvious reference."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from bench.gen_incidents import generate
from storage.queries import (
    Filters,
    cluster_counts,
    clusters_from_grid,
    count_incidents,
    grid_cells,
    map_clusters,
    query_incidents,
)
from storage.store import get_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = get_engine(f"sqlite:///{tmp_path_factory.mktemp('clusters') / 'c.sqlite3'}")
    generate(engine, 3000)
    return engine


def reference(engine, filters, cell, latest):
    rows = query_incidents(engine, filters).dropna(subset=["latitude", "longitude"])
    rows = rows.assign(i=(rows["latitude"] / cell).map(math.floor), j=(rows["longitude"] / cell).map(math.floor))
    counts = rows.groupby(["i", "j"]).size().rename("count").reset_index()
    newest = rows.groupby(["i", "j"], sort=False).head(latest)  # rows are newest first
    return counts, newest


@pytest.mark.parametrize("cell, filters", [(1.6, Filters()), (0.4, Filters(governorates=("Baghdad",))),
                                           (0.05, Filters(event_types=("Battles",)))])
def test_clusters_and_their_newest_incidents_match_the_reference(engine, cell, filters):
    found, newest = map_clusters(engine, filters, cell, latest=3)
    counts, expected = reference(engine, filters, cell, 3)
    assert found.sort_values(["i", "j"])[["i", "j", "count"]].to_numpy().tolist() == \
        counts.sort_values(["i", "j"]).to_numpy().tolist()
    key = ["i", "j", "incident_id"]
    assert sorted(map(tuple, newest[key].to_numpy().tolist())) == sorted(map(tuple, expected[key].to_numpy().tolist()))


def test_clusters_merged_from_the_grid_equal_those_counted_in_sql(engine):
    cells = grid_cells(engine, Filters(), 0.1)
    window = (28.8, 38.4, 38.4, 48.0)  # on 0.8-degree cell edges, as the map asks
    merged = clusters_from_grid(cells, 0.1, 8, window)
    counted = cluster_counts(engine, Filters(), 0.8, window)
    columns = ["i", "j", "count", "fatalities", "event_type"]
    pd.testing.assert_frame_equal(merged.sort_values(["i", "j"], ignore_index=True)[columns],
                                  counted.sort_values(["i", "j"], ignore_index=True)[columns])


# ---------------------------------------------------------------- from the incidents read once (map_rows)
def _odd_rows(engine) -> None:
    """Incidents the synthetic ones lack: undated, a latitude without longitude, no governorate, no
    fatalities, two on one day (the higher id first), a cell of two old ones — all found by the
    search "report 1"."""
    from datetime import UTC, date, datetime

    from sqlalchemy import insert

    from storage.store import incidents

    def row(text, day, lat, lon, gov, dead, kind="Battles"):
        return {"event_date": day, "event_type": kind, "sub_event_type": "Armed clash", "country": "IQ",
                "admin1": gov, "location": gov, "latitude": lat, "longitude": lon, "fatalities": dead,
                "evidence": text, "status": "active", "original": {}, "created_at": datetime.now(UTC)}

    with engine.begin() as conn:
        conn.execute(insert(incidents), [
            row("Undated report 1 from Basra", None, 30.51, 47.78, "Basra", 2),
            row("Undated report 1 from Basra again", None, 30.52, 47.79, "Basra", None, "Riots"),
            row("A report 1 with a latitude only", date(2025, 12, 30), 33.3, None, "Baghdad", 1),
            row("A report 1 with no governorate", date(2025, 12, 31), 36.2, 43.9, None, 4),
            row("Same-day report 1, first", date(2025, 12, 31), 36.21, 43.91, "Nineveh", 0, "Protests"),
            row("Same-day report 1, second", date(2025, 12, 31), 36.22, 43.92, "Nineveh", 0, "Protests"),
            # a quiet cell in the western desert: its newest are the oldest month's and an undated one
            row("Undated report 1 from the desert", None, 31.05, 41.05, "Anbar", 0),
            row("A report 1 from the desert", date(2024, 1, 2), 31.06, 41.06, "Anbar", 1),
        ])


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def searched(request, tmp_path_factory):
    """2,000 synthetic incidents and a few odd ones, on SQLite (FTS5) and PostgreSQL (pg_trgm)."""
    if request.param == "sqlite":
        eng = get_engine(f"sqlite:///{tmp_path_factory.mktemp('searched') / 's.sqlite3'}")
        generate(eng, 2000)
        _odd_rows(eng)
        yield eng
        eng.dispose()
        return
    from bench.gen_incidents import generate_sql
    from tests.conftest import postgres_schema

    with postgres_schema(request.getfixturevalue("postgres_url")) as url:
        eng = get_engine(url)
        generate_sql(eng, 2000)
        _odd_rows(eng)
        yield eng
        eng.dispose()


SEARCHES = [Filters(text="report 1"), Filters(text="REPORT 12"), Filters(text="Undated"),
            Filters(text="report 1", event_types=("Battles",)), Filters(text="report 1", governorates=("Basra",)),
            Filters(actors=("PMF",)), Filters(text="no such words"), Filters()]
IRAQ_WINDOW = (28.8, 38.4, 38.4, 48.0)  # what the map asks at zoom 6: on 1.6-degree cell edges
BAGHDAD_WINDOW = (32.8, 43.6, 34.0, 45.2)  # at zoom 11 (0.05-degree cells)


def _sorted(frame, keys):
    return frame.sort_values(keys, ignore_index=True)


@pytest.mark.parametrize("filters", SEARCHES, ids=str)
def test_grid_from_the_incidents_read_once_equals_the_grid_counted_in_sql(searched, filters):
    from storage.queries import grid_of_rows, map_rows

    rows = map_rows(searched, filters)
    keys = ["i", "j", "event_type", "admin1"]
    expected = _sorted(grid_cells(searched, filters, 0.1), keys)
    got = _sorted(grid_of_rows(rows, 0.1), keys)
    exact = ["i", "j", "event_type", "admin1", "count", "fatalities"]
    pd.testing.assert_frame_equal(got[exact], expected[exact])
    # the coordinate sums are the same numbers added in another order
    pd.testing.assert_frame_equal(got[["lat_sum", "lon_sum"]], expected[["lat_sum", "lon_sum"]], rtol=1e-12)
    assert int(got["count"].sum()) == count_incidents(searched, filters)


@pytest.mark.parametrize("filters", SEARCHES, ids=str)
@pytest.mark.parametrize("cell, window", [(1.6, IRAQ_WINDOW), (0.05, BAGHDAD_WINDOW), (0.0125, BAGHDAD_WINDOW),
                                          (0.4, None)])
def test_clusters_and_popups_from_the_incidents_read_once_equal_the_direct_queries(searched, filters, cell, window):
    from storage.queries import clusters_of_rows, map_rows, newest_in_clusters, newest_of_rows, quotas_of

    rows = map_rows(searched, filters)
    expected = cluster_counts(searched, filters, cell, window)
    got = clusters_of_rows(rows, cell, window)
    exact = ["i", "j", "count", "fatalities", "event_type"]
    pd.testing.assert_frame_equal(got[exact], expected[exact])  # same order too: biggest first
    pd.testing.assert_frame_equal(got[["latitude", "longitude"]], expected[["latitude", "longitude"]], rtol=1e-12)
    for latest in (1, 3):
        quotas = quotas_of(expected, latest)
        pd.testing.assert_frame_equal(newest_of_rows(searched, rows, cell, quotas, window),
                                      newest_in_clusters(searched, filters, cell, quotas, window))


def test_map_rows_give_up_above_their_cap(searched):
    from storage.queries import map_rows

    matching = count_incidents(searched, Filters(text="report 1"))
    assert len(map_rows(searched, Filters(text="report 1"), cap=matching)) == matching
    assert map_rows(searched, Filters(text="report 1"), cap=matching - 1) is None


def test_map_rows_without_the_adbc_driver_are_the_same(searched, monkeypatch):
    """An SQLite database in memory (which the ADBC driver cannot open) is read through SQLAlchemy."""
    from storage import csv_sql
    from storage.queries import map_rows

    filters = Filters(text="report 1")
    direct = map_rows(searched, filters)
    monkeypatch.setattr(csv_sql, "_batches", lambda *args, **kwargs: None)
    pd.testing.assert_frame_equal(map_rows(searched, filters), direct)
    assert direct["day"].eq(0).sum() == 3 and direct["admin1"].isna().sum() == 1


@pytest.mark.parametrize("filters", [Filters(), Filters(governorates=("Basra", "Nineveh")),
                                     Filters(event_types=("Protests",), date_from=date(2024, 3, 10),
                                             date_to=date(2025, 6, 20)),
                                     Filters(date_to=date(2024, 2, 14)), Filters(country="")], ids=str)
@pytest.mark.parametrize("cell, window", [(1.6, IRAQ_WINDOW), (0.4, None), (0.05, BAGHDAD_WINDOW)])
def test_the_walk_bounded_by_the_months_of_the_cells_left_finds_the_same_newest(searched, filters, cell, window):
    """Stopped after a row or a few, the walk goes on in the months the cell roll-up holds incidents of
    the cells still short: the same incidents in the same order as walking every row."""
    from storage.queries import newest_in_clusters, quotas_of

    quotas = quotas_of(cluster_counts(searched, filters, cell, window), 3)
    full = newest_in_clusters(searched, filters, cell, quotas, window, walk=10**9)
    assert len(full) == sum(n for _, _, n in quotas)
    for walk in (1, 7, 60):
        pd.testing.assert_frame_equal(newest_in_clusters(searched, filters, cell, quotas, window, walk=walk), full)


def test_the_map_reads_rows_for_a_search_on_sqlite_only(searched):
    from storage.queries import reads_rows

    sqlite = searched.dialect.name == "sqlite"
    assert reads_rows(searched, Filters(text="report 1")) is sqlite
    assert reads_rows(searched, Filters(actors=("PMF", "ISIS"))) is sqlite
    # one actor or one outlet: the roll-ups keyed by it answer (revision 0013)
    assert reads_rows(searched, Filters(actors=("PMF",))) is False
    assert reads_rows(searched, Filters(sources=("INA",), governorates=("Basra",))) is False
    assert reads_rows(searched, Filters(text="r1")) is False  # too short: not applied, the roll-ups answer
    assert reads_rows(searched, Filters(governorates=("Basra",), date_from=date(2024, 5, 3))) is False


def test_the_newest_walk_reads_along_the_event_date_index_on_sqlite(tmp_path):
    """With an index on the coordinates beside it (which SQLite would otherwise pick for the window),
    each statement of the newest-first walk is planned along ix_incidents_event_date: no sort of the
    window's incidents (at 1,000,000 that was 0.16 → 6.1 s CPU for Baghdad at zoom 11)."""
    from sqlalchemy import event, text

    from storage.queries import newest_in_clusters, quotas_of

    engine = get_engine(f"sqlite:///{tmp_path / 'walk.sqlite3'}")
    generate(engine, 400)
    with engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_test_point ON incidents (latitude, longitude)"))
        conn.execute(text("ANALYZE"))
    statements: list[tuple[str, tuple]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY incidents.event_date DESC" in statement:
            statements.append((statement, tuple(parameters)))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        for cell, window in ((0.1, BAGHDAD_WINDOW), (1.6, IRAQ_WINDOW)):  # finer: a window query (below)
            for walk in (1, 10**9):  # the first walk only, and the walk then its months
                filters = Filters()
                quotas = quotas_of(cluster_counts(engine, filters, cell, window), 3)
                newest_in_clusters(engine, filters, cell, quotas, window, walk=walk)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) > 4
    with engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert any("USING INDEX ix_incidents_event_date" in step for step in plan), (statement, plan)
            assert not any("TEMP B-TREE" in step or "ix_test_point" in step for step in plan), (statement, plan)


def test_no_cluster_walks_no_incident(engine):
    """Without a cluster to fill (a country with no incident) the walk is not run: forced along the
    event-date index it would read every incident (3.9 s CPU at 1,000,000 for Syria)."""
    from sqlalchemy import event

    from storage.queries import newest_in_clusters

    statements: list[str] = []

    def seen(conn, cursor, statement, *rest):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        for quotas in ((), ((1, 2, 0),)):
            found = newest_in_clusters(engine, Filters(country="SY"), 0.4, quotas)
            assert found.empty and found.columns.tolist()[:3] == ["i", "j", "incident_id"]
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "ORDER BY" in s], statements


WINDOW_FILTERS = [Filters(), Filters(governorates=("Baghdad", "Diyala")), Filters(event_types=("Battles",)),
                  Filters(sub_event_types=("Armed clash",), date_from=date(2024, 6, 1), date_to=date(2025, 3, 31)),
                  Filters(country=""), Filters(include_rejected=True, include_historical=True)]


@pytest.mark.parametrize("filters", WINDOW_FILTERS, ids=str)
def test_a_small_window_is_counted_and_its_newest_found_from_the_window_index_alone(engine, filters):
    """Zoomed in beyond zoom 10 (cells finer than the roll-up's) the window's counts and each cell's
    newest incidents are read from ix_incidents_window alone (revision 0012): no row of the table, no
    walk along the event-date index over the whole country."""
    from sqlalchemy import event

    from storage.queries import newest_in_clusters, quotas_of

    statements: list[tuple[str, tuple]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "FROM incidents" in statement and "WHERE incidents.id IN" not in statement:  # not the popups' columns
            statements.append((statement, tuple(parameters)))

    window = (33.0, 44.0, 33.8, 44.8)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        newest_in_clusters(engine, filters, 0.05, quotas_of(cluster_counts(engine, filters, 0.05, window), 3), window)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == 2  # the counts, the newest
    with engine.connect() as conn:
        for statement, parameters in statements:
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            assert any("COVERING INDEX ix_incidents_window (latitude>? AND latitude<?)" in step for step in plan), plan
            assert not any(step.startswith("SCAN incidents") or "ix_incidents_event_date" in step for step in plan), plan


def _newest_reference(engine, filters, cell, window, latest):
    """Each cell's ``latest`` newest incidents of the window (edges included), newest first overall
    (then highest id, undated last): from every matching incident, sorted in Python."""
    south, west, north, east = window
    rows = query_incidents(engine, filters).dropna(subset=["latitude", "longitude"])
    rows = rows[rows["latitude"].between(south, north) & rows["longitude"].between(west, east)]
    rows = rows.assign(i=(rows["latitude"] / cell).map(math.floor), j=(rows["longitude"] / cell).map(math.floor))
    return rows.groupby(["i", "j"], sort=False).head(latest)[["i", "j", "incident_id"]].reset_index(drop=True)


@pytest.mark.parametrize("filters", [*WINDOW_FILTERS, Filters(text="report 1"), Filters(actors=("PMF",))], ids=str)
@pytest.mark.parametrize("cell, window", [(0.05, BAGHDAD_WINDOW), (0.0125, (33.2, 44.2, 33.5, 44.6)),
                                          (0.05, (30.0, 47.2, 31.2, 48.4)), (0.05, (30.8, 40.8, 31.2, 41.2))])
def test_the_newest_of_a_small_window_equal_the_reference(searched, filters, cell, window):
    """The window query finds what sorting every matching incident finds — undated ones last (Basra's
    two), a latitude without a longitude left out, same-day incidents the higher id first, a quiet cell
    whose newest are old (the western desert) — in the same order, for every quota."""
    from storage.queries import newest_in_clusters, quotas_of

    counts = cluster_counts(searched, filters, cell, window)
    for latest in (1, 3):
        got = newest_in_clusters(searched, filters, cell, quotas_of(counts, latest), window)
        expected = _newest_reference(searched, filters, cell, window, latest)
        assert len(expected) == sum(min(n, latest) for n in counts["count"])
        pd.testing.assert_frame_equal(got[["i", "j", "incident_id"]].astype("int64"), expected.astype("int64"))
