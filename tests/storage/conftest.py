"""Database fixtures shared by the storage tests (SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from storage.store import get_engine
from tests.conftest import postgres_schema


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh database: SQLite in a temporary file, PostgreSQL in a new schema dropped afterwards."""
    if request.param == "sqlite":
        eng = get_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
        yield eng
        eng.dispose()
        return
    with postgres_schema(request.getfixturevalue("postgres_url")) as url:
        eng = get_engine(url)
        yield eng
        eng.dispose()
