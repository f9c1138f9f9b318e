"""Fixtures of the reliability suite: database URLs (not engines) that separate processes can open.

Each test gets a fresh database: an SQLite file in a temporary directory, or a new PostgreSQL schema
(reached through ``search_path``) dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import postgres_schema

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh, empty database, SQLite or PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'reliability.sqlite3'}"
        return
    with postgres_schema(request.getfixturevalue("postgres_url"), "rel") as url:
        yield url


def sqlite_from_dump(dump: Path, target: Path) -> str:
    """An SQLite file at ``target`` made from an SQL dump (the previous-schema fixtures); its URL."""
    import sqlite3

    conn = sqlite3.connect(target)
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    return f"sqlite:///{target}"
