"""Downgrading the schema drops columns and tables, never rows of the tables that stay.

On SQLite a batch table copy (copy, drop the old table, rename) drops ``incidents`` once: with
foreign keys on, ``ON DELETE CASCADE`` then deletes every incident's source rows and place mentions.
"""

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from storage import migrate
from storage.store import get_engine
from tests.storage.test_queries import populate

KEPT_TABLES = ("incidents", "incident_sources", "articles")  # the tables the downgrade alters or cascades to


def _counts(conn) -> dict[str, int]:
    return {name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one() for name in KEPT_TABLES}


def test_downgrade_below_the_forwarded_columns_keeps_every_incident_and_its_sources(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    populate(engine)
    with engine.connect() as conn:
        before = _counts(conn)
    assert before["incident_sources"] > 0
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        # 0005 (the roll-up triggers) has no downgrade: below it the triggers would outlive their columns.
        command.downgrade(config, "0005")
        assert "forwarded_from" not in {c["name"] for c in inspect(conn).get_columns("articles")}
        assert "forwarded_from" not in {c["name"] for c in inspect(conn).get_columns("incidents")}
        assert _counts(conn) == before
    assert migrate.upgrade(engine)  # and back up to head
    with engine.connect() as conn:
        assert _counts(conn) == before
