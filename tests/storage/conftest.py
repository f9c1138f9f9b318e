"""Database fixtures shared by the storage tests (SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from storage.store import get_engine, normalise_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh database: SQLite in a temporary file, PostgreSQL in a new schema dropped afterwards."""
    if request.param == "sqlite":
        eng = get_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
        yield eng
        eng.dispose()
        return
    base = normalise_url(request.getfixturevalue("postgres_url"))
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    eng = get_engine(url.render_as_string(hide_password=False))
    yield eng
    eng.dispose()
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
