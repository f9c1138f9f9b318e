"""The database: tables (SQLAlchemy Core), the engine, and first-start seeding.

SQLite is the embedded default; PostgreSQL (psycopg 3) is used when the URL says so. The tables below
are the current schema; Alembic revisions (``storage/migrations``) bring a database to it, applied
under a lock whenever an engine is opened, so a fresh file or an empty PostgreSQL database works at
once and an older one is upgraded.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
    func,
    select,
    update,
)
from sqlalchemy.engine import make_url

from storage.config import database_url

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("ext_id", Text),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("published", Date),
    Column("source", Text),
    Column("url", Text),
    Column("language", String(8)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

place_mentions = Table(
    "place_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("surface", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("place_id", Text),
    Column("confidence", Float),
    Index("ix_place_mentions_article", "article_id"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_date", Date),
    Column("time_precision", Integer),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("place_id", Text),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("evidence", Text),
    Column("confidence", Float),
    Column("status", String(16), nullable=False, server_default="active"),
    # Background history recalled by a report (a 2014 massacre in today's article): out of the
    # default views and totals (revision 0002).
    Column("historical", Boolean, nullable=False, server_default=false()),
    # Outlets and URLs of incident_sources joined with " | ", kept up to date by the ingest: reading
    # them here is what makes a 100,000-row dashboard query fast (see refresh_source_columns).
    Column("sources", Text),
    Column("source_urls", Text),
    Column("n_sources", Integer, nullable=False, server_default="0"),
    # The values as extracted; corrections change the columns above, never this.
    Column("original", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_event_date", "event_date"),
    Index("ix_incidents_admin1", "admin1"),
    Index("ix_incidents_event_type", "event_type"),
    Index("ix_incidents_sub_event_type", "sub_event_type"),
    Index("ix_incidents_actor1", "actor1"),
    Index("ix_incidents_actor2", "actor2"),
    Index("ix_incidents_status", "status"),
)

incident_sources = Table(
    "incident_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("evidence", Text),
    Column("source", Text),
    Column("url", Text),
    Column("published", Date),
    Index("ix_incident_sources_incident", "incident_id"),
    Index("ix_incident_sources_source", "source"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("before", Text),
    Column("after", Text),
    Column("editor", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Index("ix_corrections_incident", "incident_id"),
)


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs that name no driver.

    Examples
    --------
    >>> normalise_url("postgresql://u:p@db/iim")
    'postgresql+psycopg://u:p@db/iim'
    >>> normalise_url("postgres://u:p@db/iim")
    'postgresql+psycopg://u:p@db/iim'
    >>> normalise_url("sqlite:///x.db")
    'sqlite:///x.db'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


#: Seconds an SQLite writer waits for another writer's transaction before giving up.
SQLITE_BUSY_TIMEOUT = 120


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def get_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (default: :func:`storage.config.database_url`), schema upgraded to the head.

    Examples
    --------
    >>> engine = get_engine("sqlite://")
    >>> sorted(engine.dialect.get_table_names(engine.connect())) == sorted([*metadata.tables, "alembic_version"])
    True
    """
    url = normalise_url(url or database_url())
    if make_url(url).get_backend_name() == "sqlite":
        # Writers queue on the file's write lock (storage.locks): wait for it rather than fail.
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    from storage.migrate import upgrade  # the migrations import this module's tables

    upgrade(engine)
    return engine


def refresh_source_columns(conn: Connection, incident_ids: Iterable[int]) -> None:
    """Recompute ``sources``, ``source_urls`` and ``n_sources`` of incidents from ``incident_sources``."""
    ids = sorted(set(incident_ids))
    s = incident_sources.c

    def joined(column):
        return (select(func.aggregate_strings(column, " | ")).where(s.incident_id == incidents.c.id)
                .scalar_subquery())

    for start in range(0, len(ids), 5000):
        conn.execute(
            update(incidents).where(incidents.c.id.in_(ids[start:start + 5000])).values(
                sources=joined(s.source), source_urls=joined(s.url),
                n_sources=select(func.count()).where(s.incident_id == incidents.c.id).scalar_subquery())
        )


def count_articles(engine: Engine) -> int:
    """How many articles the database holds."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def ensure_seeded(engine: Engine, gazetteer: Gazetteer | None = None) -> int:
    """Fill an empty database with the bundled sample corpus; return the number of articles added.

    A database that already holds an article is left alone (returns 0), so calling this on every
    start of the dashboard is cheap.
    """
    if count_articles(engine):
        return 0
    from extract.read import read_path
    from storage.ingest import ingest_articles  # ingest imports this module

    corpus = resources.files("extract") / "data" / "sample_corpus.jsonl"
    with resources.as_file(corpus) as path:
        result = read_path(path)
    summary = ingest_articles(engine, result.articles, gazetteer=gazetteer)
    return summary.added
