"""The database: schema, engines for SQLite and PostgreSQL, configuration, first-start seeding."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from storage import config
from storage.store import articles, count_articles, ensure_seeded, get_engine, metadata, normalise_url


def test_schema_has_every_table_and_filter_index(engine: Engine) -> None:
    found = inspect(engine)
    assert set(metadata.tables) <= set(found.get_table_names())
    indexed = {col for ix in found.get_indexes("incidents") for col in ix["column_names"]}
    assert {"event_date", "admin1", "event_type", "sub_event_type", "actor1", "actor2", "status"} <= indexed
    unique = [u["column_names"] for u in found.get_unique_constraints("articles")]
    unique += [ix["column_names"] for ix in found.get_indexes("articles") if ix["unique"]]
    assert ["content_hash"] in unique


def test_get_engine_twice_keeps_data(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(articles.insert().values(content_hash="h", text="نص", ingested_at=_now()))
    again = get_engine(engine.url.render_as_string(hide_password=False))
    assert count_articles(again) == 1
    again.dispose()


def test_content_hash_is_unique(engine: Engine) -> None:
    row = {"content_hash": "same", "text": "a", "ingested_at": _now()}
    with engine.begin() as conn:
        conn.execute(articles.insert().values(**row))
    with pytest.raises(Exception, match=r"(?i)unique"), engine.begin() as conn:
        conn.execute(articles.insert().values(**row))


def test_sqlite_pragmas(tmp_path: Path) -> None:
    eng = get_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with eng.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    eng.dispose()


@pytest.mark.parametrize("url, expected", [
    ("postgresql://iim:pw@localhost:5432/iim", "postgresql+psycopg://iim:pw@localhost:5432/iim"),
    ("postgres://iim@db/iim", "postgresql+psycopg://iim@db/iim"),
    ("postgresql+psycopg://iim@db/iim", "postgresql+psycopg://iim@db/iim"),
    ("sqlite:////tmp/x.sqlite3", "sqlite:////tmp/x.sqlite3"),
])
def test_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_config_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "nested" / "data"
    monkeypatch.setenv("IIM_DATA_DIR", str(target))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert config.data_dir() == target and target.is_dir()
    assert config.database_url() == f"sqlite:///{target / 'incidents.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@h/db")
    assert config.database_url() == "postgresql://u:p@h/db"


def test_default_data_dir_is_in_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IIM_DATA_DIR", raising=False)
    assert config.data_dir() == Path(config.__file__).resolve().parents[1] / "data"


@pytest.mark.slow
def test_ensure_seeded_fills_an_empty_database_once(engine: Engine) -> None:
    added = ensure_seeded(engine)
    assert added >= 60  # the bundled sample corpus
    assert count_articles(engine) == added
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM incidents")).scalar() > 0
        assert conn.execute(select(articles.c.language).distinct()).scalars().all()
    assert ensure_seeded(engine) == 0


def _now():
    from datetime import UTC, datetime

    return datetime(2026, 1, 1, tzinfo=UTC)
