"""Schema migrations (Alembic): the revisions in ``storage/migrations/versions``, applied under a lock.

:func:`upgrade` runs at every start (:func:`storage.store.get_engine`) and from
``python -m extract db upgrade``. A database already at the head costs one query; otherwise the
upgrade runs in one transaction holding the schema lock (:mod:`storage.locks`), so two processes
starting on an empty database do not race: the second waits, then finds the head and does nothing.
How to add a revision: ``storage/migrations/README``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from storage.locks import SCHEMA_LOCK, locked_transaction

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaError(RuntimeError):
    """The database cannot be brought to this code's schema (e.g. it is newer than the code)."""


def alembic_config() -> Config:
    """Alembic's configuration, built in code: there is no ``alembic.ini`` to keep in sync."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head() -> str:
    """The newest revision this code knows (one head: revisions form a line).

    Examples
    --------
    >>> head() >= "0001"
    True
    """
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(conn: Connection) -> str | None:
    """The database's revision; None for an empty database or one made before Alembic."""
    return MigrationContext.configure(conn).get_current_revision()


def _known(revision: str) -> bool:
    try:
        return bool(ScriptDirectory.from_config(alembic_config()).get_revisions(revision))
    except (ResolutionError, CommandError):
        return False


def upgrade(engine: Engine) -> bool:
    """Bring the database to :func:`head`; True if a revision was applied.

    Examples
    --------
    >>> from sqlalchemy import create_engine, inspect
    >>> engine = create_engine("sqlite://")
    >>> upgrade(engine), upgrade(engine)
    (True, False)
    >>> "incidents" in inspect(engine).get_table_names()
    True
    """
    with engine.connect() as conn:
        if current(conn) == head():
            return False
    with locked_transaction(engine, SCHEMA_LOCK) as conn:
        found = current(conn)  # another process may have upgraded while this one waited
        if found == head():
            return False
        if found is not None and not _known(found):
            raise SchemaError(f"database schema {found} is unknown to this code (newest: {head()}); "
                              "update the code")
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True
