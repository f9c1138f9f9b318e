"""Transactions that hold a database-wide write lock: one writer at a time decides, whoever runs it.

SQLite: ``BEGIN IMMEDIATE`` takes the file's write lock at the start of the transaction (other
writers wait up to the busy timeout set in :func:`storage.store.get_engine`). PostgreSQL: a
transaction-level advisory lock (``pg_advisory_xact_lock``), released by commit or rollback, also
when the process dies. Readers are never blocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

#: Advisory lock keys (PostgreSQL); SQLite has one write lock for the whole file.
SCHEMA_LOCK = 0x11A0_0001
INGEST_LOCK = 0x11A0_0002
FEEDS_LOCK = 0x11A0_0003


@contextmanager
def locked_transaction(engine: Engine, key: int) -> Iterator[Connection]:
    """A transaction (commit on success, rollback on error) holding the write lock ``key``.

    Examples
    --------
    >>> from sqlalchemy import create_engine
    >>> with locked_transaction(create_engine("sqlite://"), INGEST_LOCK) as conn:
    ...     conn.exec_driver_sql("SELECT 1").scalar()
    1
    """
    with engine.begin() as conn:
        take_lock(conn, key)
        yield conn


def take_lock(conn: Connection, key: int) -> None:
    """Take the write lock ``key`` as the first statement of ``conn``'s transaction."""
    if conn.dialect.name == "sqlite":
        # pysqlite issues no BEGIN of its own before this statement, and none after it while the
        # transaction is open; SQLAlchemy's commit/rollback end it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
