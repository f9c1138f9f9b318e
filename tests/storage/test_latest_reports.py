"""The live panel's latest reports (storage.queries.latest_reports): the walk along the arrival-time
index and the source ids gives the rows of the one sorted query, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
from sqlalchemy import Engine, insert, select, text, update

from bench.gen_incidents import generate
from storage import queries
from storage.countries import ALL_COUNTRIES, IRAQ, country_condition
from storage.queries import LATEST_COLUMNS, latest_reports
from storage.store import articles, incident_sources, incidents

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
#: Article ids and their arrival: a backfill of 40 sharing one time, then live batches, one of them
#: arriving at the same time as an earlier one (ties across ids), one article alone.
ARRIVALS = [(range(1, 41), T0), (range(41, 46), T0 + timedelta(hours=1)), (range(46, 51), T0 + timedelta(hours=3)),
            (range(51, 59), T0 + timedelta(hours=1)), (range(59, 60), T0 + timedelta(hours=2)),
            (range(60, 61), T0 + timedelta(hours=4))]


def direct(engine: Engine, n: int, country: str) -> pd.DataFrame:
    """The panel's rows as one query sorting every source row (what latest_reports was)."""
    s, i, a = incident_sources.c, incidents.c, articles.c
    where = [i.status == "active"] + ([country_condition(i, country)] if country != ALL_COUNTRIES else [])
    query = (select(i.id.label("incident_id"), i.event_date, i.event_type, i.sub_event_type, i.location,
                    i.place_id, i.admin1, i.fatalities, i.historical, s.source, s.published, a.ingested_at)
             .join(incidents, i.id == s.incident_id).join(articles, a.id == s.article_id)
             .where(*where).order_by(a.ingested_at.desc(), s.id.desc()).limit(n))
    with engine.connect() as conn:
        return pd.DataFrame([dict(r) for r in conn.execute(query).mappings()], columns=LATEST_COLUMNS)


@pytest.fixture
def batches(engine: Engine) -> Engine:
    generate(engine, 60)  # incidents 1 and 51 abroad (SY, TR); a third with a second source row
    with engine.begin() as conn:
        for ids, at in ARRIVALS:
            conn.execute(update(articles).where(articles.c.id.in_(list(ids))).values(ingested_at=at))
        # A source row added later to an old article (re-extraction): the highest id, an old arrival.
        conn.execute(insert(incident_sources).values(incident_id=3, article_id=3, source="Rudaw", url="u", published=None))
        conn.execute(update(incidents).where(incidents.c.id.in_([47, 60])).values(status="rejected"))
    return engine


def test_newest_batch_first_then_highest_source_id(batches: Engine) -> None:
    frame = latest_reports(batches, 6, IRAQ)
    # incident 60 (alone, newest) is rejected; then the batch of T0+3h (articles 46-50), newest row
    # first (49 twice: its second source is article 48), without the rejected 47; then the lone
    # article 59 of T0+2h.
    assert frame["incident_id"].tolist() == [50, 49, 49, 48, 46, 59]
    assert frame["ingested_at"].is_monotonic_decreasing


@pytest.mark.parametrize("country", [IRAQ, ALL_COUNTRIES, "SY", "TR", "IR"])
def test_walk_gives_the_rows_of_the_sorted_query(batches: Engine, monkeypatch: pytest.MonkeyPatch,
                                                 country: str) -> None:
    """Small values of the batch size and walk step send the backfill of 40 (and, at 0, every batch)
    along the source ids, several steps each."""
    every = direct(batches, 10_000, country)
    for small, step in [(2_000, 50_000), (3, 4), (3, 1), (0, 7)]:
        monkeypatch.setattr(queries, "SMALL_BATCH", small)
        monkeypatch.setattr(queries, "WALK_IDS", step)
        for n in (0, 1, 8, 17, 45, 200):
            got = latest_reports(batches, n, country)
            assert len(got) == min(n, len(every)), (small, step, n)
            pd.testing.assert_frame_equal(got, direct(batches, n, country))


def test_empty_database(engine: Engine) -> None:
    assert latest_reports(engine, 8, IRAQ).empty
    assert latest_reports(engine, 8, ALL_COUNTRIES).columns.tolist() == LATEST_COLUMNS


def test_walk_reads_along_the_source_ids_on_sqlite(batches: Engine) -> None:
    """The walk's step starts at the source ids, not at an index of status or arrival time."""
    if batches.dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    step = (queries._latest_select(IRAQ, walk=True)
            .where(incident_sources.c.id <= 100, incident_sources.c.id > 50).order_by(incident_sources.c.id.desc()))
    compiled = step.compile(batches)
    with batches.connect() as conn:
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled),
                                                        tuple(compiled.params.values()))]
        small = queries._latest_select(IRAQ).where(articles.c.ingested_at == T0).order_by(incident_sources.c.id.desc())
        compiled = small.compile(batches)
        small_plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled),
                                                              tuple(compiled.params.values()))]
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 60
    assert plan[0].startswith("SEARCH incident_sources USING INTEGER PRIMARY KEY"), plan
    assert "ORDER BY" not in " ".join(plan)
    assert any("ix_articles_ingested_at" in p for p in small_plan), small_plan
