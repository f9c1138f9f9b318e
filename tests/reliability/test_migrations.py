"""Schema migrations: from an empty database, from main's schema before Alembic, from an older file,
concurrent first starts, a failing revision, and a database newer than the code."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text

from storage import migrate
from storage.corrections import correct_incident, list_corrections
from storage.derived import is_extra
from storage.queries import Filters, query_incidents
from storage.store import get_engine, incidents, metadata, normalise_url
from tests.reliability.conftest import FIXTURES, sqlite_from_dump

ROOT = Path(__file__).resolve().parents[2]


def schema_differences(engine, *, allow_nullable: bool = False) -> list:
    """What alembic's autogenerate would still change to reach storage/store.py (empty = in sync)."""
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    # The text index and PostgreSQL-only indexes of revision 0002 are not tables of storage/store.py.
    flat = [d for d in flat if not (d[0] in ("remove_table", "remove_index") and is_extra(d[1].name))]
    if allow_nullable:  # an older file's added NOT NULL columns stay nullable (filled, always written)
        flat = [d for d in flat if d[0] != "modify_nullable"]
    return flat


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1, "two revisions share a parent: renumber yours on top of main"
    assert script.get_base() == "0001"


def test_empty_database_upgrades_to_head_and_matches_the_tables(db_url: str) -> None:
    engine = get_engine(db_url)
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    assert schema_differences(engine) == []
    assert migrate.upgrade(engine) is False  # at the head: nothing to do
    engine.dispose()


def test_previous_schema_file_keeps_its_data(tmp_path: Path) -> None:
    """A file made by main's create_all before Alembic: stamped and upgraded, nothing lost."""
    url = sqlite_from_dump(FIXTURES / "schema_4aa9ea7.sql", tmp_path / "prev.sqlite3")
    engine = get_engine(url)
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in
                  ("articles", "incidents", "incident_sources", "place_mentions", "corrections")}
    assert counts == {"articles": 12, "incidents": 11, "incident_sources": 12, "place_mentions": 99,
                      "corrections": 1}
    assert schema_differences(engine) == []
    assert len(query_incidents(engine, Filters())) == 11
    engine.dispose()


def test_older_file_gets_the_columns_create_all_never_added(tmp_path: Path) -> None:
    url = sqlite_from_dump(FIXTURES / "schema_older.sql", tmp_path / "older.sqlite3")
    engine = get_engine(url)
    assert schema_differences(engine, allow_nullable=True) == []
    frame = query_incidents(engine, Filters())
    assert len(frame) == 11
    with engine.connect() as conn:
        rows = conn.execute(select(incidents.c.status, incidents.c.n_sources, incidents.c.sources,
                                   incidents.c.original)).all()
    assert {r.status for r in rows} == {"active"}
    assert sum(r.n_sources for r in rows) == 12 and all(r.sources for r in rows)
    assert all(r.original["event_type"] for r in rows)
    correct_incident(engine, 1, field="status", value="rejected", editor="ed")  # corrections table exists
    assert len(list_corrections(engine, 1)) == 1
    engine.dispose()


def _baseline_revision():
    path = migrate.MIGRATIONS / "versions" / "0001_baseline.py"
    spec = importlib.util.spec_from_file_location("baseline_0001", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_previous_schema_without_alembic_is_stamped_not_recreated(db_url: str) -> None:
    """The old create_all schema (frozen in the baseline) with a row, on SQLite and PostgreSQL."""
    old = _baseline_revision().frozen_metadata()
    engine = create_engine(normalise_url(db_url))
    old.create_all(engine)
    with engine.begin() as conn:
        conn.execute(old.tables["articles"].insert().values(content_hash="h", text="نص",
                                                             ingested_at=datetime.now(UTC)))
    engine.dispose()
    engine = get_engine(db_url)
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 1
    assert schema_differences(engine) == []
    engine.dispose()


@pytest.mark.parametrize("writers", [4])
def test_concurrent_first_starts_on_an_empty_database(db_url: str, writers: int) -> None:
    """Before Alembic, two first-time starts raced in create_all (UniqueViolation on PostgreSQL)."""
    code = ("import sys; from storage.store import get_engine; get_engine(sys.argv[1]).dispose()")
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], cwd=ROOT, stderr=subprocess.PIPE,
                              text=True) for _ in range(writers)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * writers, errors
    engine = create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()


def test_a_failing_revision_leaves_the_database_as_it_was(db_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    get_engine(db_url).dispose()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        f'revision = "9999"\ndown_revision = "{migrate.head()}"\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        "def upgrade():\n"
        '    op.add_column("incidents", sa.Column("half_done", sa.Integer()))\n'
        '    raise RuntimeError("revision fails halfway")\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    migrate.head.cache_clear()
    try:
        engine = create_engine(normalise_url(db_url))
        with pytest.raises(RuntimeError, match="halfway"):
            migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.current(conn) != "9999"
        assert "half_done" not in {c["name"] for c in inspect(engine).get_columns("incidents")}
        engine.dispose()
    finally:
        migrate.head.cache_clear()


def test_a_database_newer_than_the_code_is_refused_clearly(db_url: str) -> None:
    engine = get_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz99'"))
    with pytest.raises(migrate.SchemaError, match="zz99 is unknown to this code"):
        migrate.upgrade(engine)
    engine.dispose()


def test_cli_db_upgrade_and_current(tmp_path: Path) -> None:
    url = sqlite_from_dump(FIXTURES / "schema_older.sql", tmp_path / "cli.sqlite3")
    run = [sys.executable, "-m", "extract", "db"]
    before = subprocess.run([*run, "current", "--db", url], cwd=ROOT, capture_output=True, text=True)
    assert before.stdout.startswith("database revision none")
    done = subprocess.run([*run, "upgrade", "--db", url], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"database revision {migrate.head()}, code head {migrate.head()}"
