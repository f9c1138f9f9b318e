"""Derived data kept by the database (storage.derived): the roll-up, the data version and the text
index give the same answers as the incidents table, after ingest, corrections and deletions."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pytest
from sqlalchemy import Engine, create_engine, delete, text, update

from storage import aggregates, derived, migrate, queries
from storage.corrections import correct_incident
from storage.export import stream_csv, to_csv_bytes
from storage.queries import Filters, data_version, query_incidents
from storage.store import get_engine, incidents
from tests.storage.test_queries import populate

T = TypeVar("T")

ROLLUP_FILTERS = [
    Filters(),
    Filters(governorates=("Diyala",)),
    Filters(governorates=("Diyala", "Kirkuk"), event_types=("Explosions/Remote violence",)),
    Filters(date_from=date(2025, 1, 1), date_to=date(2025, 2, 28)),
    Filters(date_to=date(2021, 5, 2)),
    Filters(date_from=date(2024, 6, 1)),
    Filters(sub_event_types=("Arrests",)),
    Filters(include_rejected=True),
    Filters(include_historical=True),
    Filters(include_rejected=True, include_historical=True, governorates=("Diyala", "Anbar")),
]


def _everything(engine: Engine, filters: Filters) -> tuple:
    return (aggregates.summary_figures(engine, filters),
            aggregates.timeline(engine, filters, "D", by="event_type").to_dict("records"),
            aggregates.timeline(engine, filters, "W").to_dict("records"),
            aggregates.counts_by_governorate(engine, filters, "fatalities").to_dict("records"),
            queries.count_incidents(engine, filters))


def from_table(monkeypatch: pytest.MonkeyPatch, answer: Callable[[Engine, Filters], T], engine: Engine,
               filters: Filters) -> T:
    """``answer(engine, filters)`` with the roll-ups turned off: every figure read from the incidents table."""
    with monkeypatch.context() as patch:
        for module in (aggregates, queries):
            patch.setattr(module, "rollup_usable", lambda _filters: False)
        assert not (aggregates.rollup_usable(filters) or queries.rollup_usable(filters))
        return answer(engine, filters)


def assert_rollup_matches_table(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    for filters in ROLLUP_FILTERS:
        assert derived.rollup_usable(filters)
        from_rollup = _everything(engine, filters)
        assert from_rollup == from_table(monkeypatch, _everything, engine, filters), filters


@pytest.fixture
def db(engine: Engine) -> Engine:
    populate(engine)
    return engine


def test_rollup_answers_like_the_incidents_table(db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_rollup_matches_table(db, monkeypatch)
    ids = list(query_incidents(db, Filters())["incident_id"])
    correct_incident(db, ids[0], field="status", value="rejected", editor="Lina")
    correct_incident(db, ids[1], field="sub_event_type", value="Armed clash", editor="Lina")
    correct_incident(db, ids[2], field="event_date", value=date(2025, 1, 11), editor="Lina")
    with db.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id == ids[3]).values(fatalities=7, admin1=None))
        conn.execute(delete(incidents).where(incidents.c.id == ids[4]))
        conn.execute(update(incidents).where(incidents.c.id == ids[5]).values(historical=True))
    assert_rollup_matches_table(db, monkeypatch)


def test_rollup_is_only_used_for_its_columns() -> None:
    assert derived.rollup_usable(Filters(governorates=("Diyala",), date_from=date(2025, 1, 1)))
    for other in (Filters(actors=("ISIS",)), Filters(sources=("INA",)), Filters(text="bomb")):
        assert not derived.rollup_usable(other)


def test_filter_options_from_the_rollup(db: Engine) -> None:
    options = queries.filter_options(db)
    assert options["governorates"] == ["Anbar", "Baghdad", "Basra", "Diyala", "Kirkuk"]
    assert options["actors"] == ["ISIS", "Iraqi Army"]
    assert (options["min_date"], options["max_date"]) == (date(2021, 5, 2), date(2025, 3, 5))
    kirkuk = int(query_incidents(db, Filters(governorates=("Kirkuk",)))["incident_id"].iloc[0])
    with db.begin() as conn:
        conn.execute(delete(incidents).where(incidents.c.id == kirkuk))
    assert "Kirkuk" not in queries.filter_options(db)["governorates"]


def test_data_version_is_bumped_by_every_write(db: Engine) -> None:
    seen = {data_version(db)}
    some_id = int(query_incidents(db, Filters())["incident_id"].iloc[0])
    for statement in (f"UPDATE incidents SET n_sources = n_sources WHERE id = {some_id}",
                      "UPDATE articles SET title = 'x' WHERE id = 1",
                      "DELETE FROM incident_sources WHERE id = 1",
                      f"DELETE FROM incidents WHERE id = {some_id}"):
        with db.begin() as conn:
            conn.execute(text(statement))
        assert data_version(db) not in seen, statement
        seen.add(data_version(db))
    assert data_version(db) == data_version(db)


NEEDLES = ["عبوة ناسفة", "roadside BOMB", "ROADSIDE", "100%_", "ok", "بع", "Diyala", "kirkuk", 'say "no"',
           "HYPERLINK(", "_", "ISIS", "Iraqi", "no such words", "Baghdad International"]


def test_text_search_index_finds_what_the_scan_finds(db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def both(needle: str) -> tuple[list, list]:
        indexed = sorted(query_incidents(db, Filters(text=needle))["incident_id"])
        monkeypatch.setattr(db.dialect, derived._FTS_FLAG, False, raising=False)
        db.clear_compiled_cache()
        scanned = sorted(query_incidents(db, Filters(text=needle))["incident_id"])
        monkeypatch.undo()
        db.clear_compiled_cache()
        return indexed, scanned

    for needle in NEEDLES:
        indexed, scanned = both(needle)
        assert indexed == scanned, needle
    ids = sorted(query_incidents(db, Filters())["incident_id"])
    with db.begin() as conn:  # the index follows updates and deletions
        conn.execute(update(incidents).where(incidents.c.id == ids[0]).values(evidence='they say "no" twice'))
        conn.execute(delete(incidents).where(incidents.c.id == ids[1]))
    for needle in NEEDLES:
        indexed, scanned = both(needle)
        assert indexed == scanned, needle
    assert both('say "no"')[0] == [ids[0]]
    correct_incident(db, ids[0], field="status", value="rejected", editor="Lina")
    for needle in ('say "no"', '"no"'):  # the search is one condition among the others
        assert both(needle) == ([], [])
        assert query_incidents(db, Filters(text=needle, include_rejected=True))["incident_id"].tolist() == [ids[0]]


def test_a_database_from_before_is_filled_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = create_engine(url)
    migrate.upgrade(old)
    with old.begin() as conn:  # as revision 0003 left it: no triggers, no text index
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
        for name in [row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))]:
            conn.execute(text(f"DROP TRIGGER {name}"))
        conn.execute(text("DROP TABLE incidents_fts"))
        conn.execute(text("DROP TABLE incident_daily"))
        conn.execute(text("DROP TABLE data_version"))
    populate(old)
    old.dispose()
    engine = get_engine(url)
    assert_rollup_matches_table(engine, monkeypatch)
    assert len(query_incidents(engine, Filters(text="roadside"))) == 1
    get_engine(url)  # idempotent
    assert len(query_incidents(engine, Filters(text="roadside"))) == 1
    assert aggregates.summary_figures(engine, Filters())["incidents"] == 6


@pytest.mark.parametrize("filters", [Filters(), Filters(governorates=("Diyala",)), Filters(text="nothing at all")])
@pytest.mark.parametrize("chunk", [2, 50_000])
def test_streamed_csv_is_the_csv_of_the_whole_table(db: Engine, filters: Filters, chunk: int) -> None:
    out = io.BytesIO()
    written = stream_csv(db, filters, out, chunk=chunk)
    frame = query_incidents(db, filters)
    assert written == len(frame)
    assert out.getvalue() == to_csv_bytes(frame)
    assert pd.read_csv(io.BytesIO(out.getvalue()), encoding="utf-8-sig").shape[0] == len(frame)


def test_streamed_csv_keeps_rejected_only_when_asked(db: Engine) -> None:
    some_id = int(query_incidents(db, Filters())["incident_id"].iloc[0])
    correct_incident(db, some_id, field="status", value="rejected", editor="Lina")
    for filters in (Filters(), replace(Filters(), include_rejected=True)):
        out = io.BytesIO()
        stream_csv(db, filters, out, chunk=3)
        assert out.getvalue() == to_csv_bytes(query_incidents(db, filters))



HARD_CELLS = [
    {"evidence": '=HYPERLINK("http://x"), said "he"', "actor1": "Islamic State (Iraq)", "actor2": "Civilians (Iraq)",
     "event_type": "Violence against civilians", "sub_event_type": "Attack", "country": "IQ", "sources": "INA | AFP"},
    {"evidence": "-1 killed,\nthen\r\n@ noon\tتفجير", "actor1": "Unknown Group", "actor2": None, "country": "SY",
     "latitude": 36.2, "longitude": -3.7, "fatalities": None, "event_date": None, "historical": True,
     "place_id": "-x", "admin2": "", "sources": None, "source_urls": None, "confidence": None},
    {"evidence": "\t+plus 'single' quotes", "actor1": None, "actor2": "Islamic State (Iraq)", "country": None,
     "latitude": None, "longitude": None, "location": "=cmd|' /C calc'!A0", "event_type": "Protests",
     "sub_event_type": "Excessive force against protesters", "status": "rejected", "injuries": 3},
]


def test_streamed_csv_equals_the_frame_csv_on_hard_cells(engine: Engine) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import insert

    base = {"event_date": date(2025, 1, 2), "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
            "admin1": "Diyala", "location": "Baqubah", "latitude": 33.75, "longitude": 44.64, "geo_precision": 1,
            "fatalities": 2, "confidence": 0.7, "status": "active", "original": {}, "n_sources": 1, "actor1": None,
            "actor2": None, "country": "IQ", "admin2": None, "historical": False, "place_id": None, "sources": "INA",
            "source_urls": "https://news.example/1", "injuries": None,
            "created_at": datetime(2025, 1, 3, 10, 30, 15, 999_000, tzinfo=UTC)}
    with engine.begin() as conn:
        conn.execute(insert(incidents), [base | row for row in HARD_CELLS])
    for filters in (Filters(), Filters(include_rejected=True, include_historical=True, country="")):
        out = io.BytesIO()
        written = stream_csv(engine, filters, out, chunk=2)
        frame = query_incidents(engine, filters)
        assert written == len(frame) > 0
        assert out.getvalue() == to_csv_bytes(frame)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert {r["notes"][:2] for r in rows} >= {"'=", "'-", "'\t"}
    assert {r["inter1"] for r in rows} >= {"2", ""} and {r["civilian_targeting"] for r in rows} == {"Civilian targeting", ""}


def test_searches_shorter_than_three_characters_are_not_applied(db: Engine) -> None:
    everything = sorted(query_incidents(db, Filters())["incident_id"])
    for needle in ("IS", " b ", "بع", "_"):
        assert sorted(query_incidents(db, Filters(text=needle))["incident_id"]) == everything, needle
        assert derived.rollup_usable(Filters(text=needle))  # answered from the roll-ups, no scan
    assert 0 < len(query_incidents(db, Filters(text="ISIS"))) < len(everything)
    assert not derived.rollup_usable(Filters(text="ISIS"))
