"""The database: tables (SQLAlchemy Core), the engine, and first-start seeding.

SQLite is the embedded default; PostgreSQL (psycopg 3) is used when the URL says so. The tables below
are the current schema; Alembic revisions (``storage/migrations``) bring a database to it, applied
under a lock whenever an engine is opened, so a fresh file or an empty PostgreSQL database works at
once and an older one is upgraded.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    BigInteger,
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
    bindparam,
    create_engine,
    event,
    false,
    func,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.ext.compiler import compiles

from storage.config import database_url

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

metadata = MetaData()


@compiles(Table, "sqlite")
def _table_with_sqlite_hint(table: Table, compiler, **kw) -> str:
    """A table in FROM followed by its ``select(...).with_hint(table, "INDEXED BY ...", "sqlite")``:
    SQLAlchemy's SQLite dialect computes such a hint but never writes it into the SQL (its compiler
    keeps the default ``format_from_hint_text``, which drops it), so the planner was free to pick
    another index."""
    sql = compiler.visit_table(table, **kw)
    hint = (kw.get("fromhints") or {}).get(table) if kw.get("asfrom") else None
    return f"{sql} {hint}" if hint else sql

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
    Column("forwarded_from", Text),  # a relayed post's first sender (revision 0006)
    Index("ix_articles_ingested_at", "ingested_at"),  # the newest arrivals first (revision 0010)
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

#: Columns of ``ix_incidents_window`` (revision 0012): the coordinates, then every column the Map's
#: queries of a zoomed-in window read — the counts per cell and each cell's newest
#: (:func:`storage.clusters.cluster_counts`, :func:`storage.clusters.newest_in_clusters`) under the
#: default filters and those on dates, types and governorates — so the index answers them alone.
WINDOW_COLUMNS = ("latitude", "longitude", "event_date", "event_type", "sub_event_type", "admin1", "fatalities",
                  "status", "historical", "country")

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
    # Outlets and URLs of incident_sources joined with " | " and aligned (see joined_sources), kept up
    # to date by the ingest: reading them here is what makes a 100,000-row query fast.
    Column("sources", Text),
    Column("source_urls", Text),
    Column("n_sources", Integer, nullable=False, server_default="0"),
    # The values as extracted; corrections change the columns above, never this.
    Column("original", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # Who first posted each source a channel only relayed (articles.forwarded_from), aligned with
    # ``sources`` like ``source_urls``; None when no source was forwarded (revision 0008).
    Column("forwarded_from", Text),
    Index("ix_incidents_event_date", "event_date"),
    Index("ix_incidents_admin1", "admin1"),
    Index("ix_incidents_event_type", "event_type"),
    Index("ix_incidents_sub_event_type", "sub_event_type"),
    Index("ix_incidents_actor1", "actor1"),
    Index("ix_incidents_actor2", "actor2"),
    Index("ix_incidents_status", "status"),
    Index("ix_incidents_country", "country"),  # another country than Iraq: few rows (revision 0009)
    # The map zoomed in on a small window counts its incidents and finds each cell's newest from this
    # index alone (revision 0012: covering, no row read; 0011's had the coordinates only).
    Index("ix_incidents_window", *WINDOW_COLUMNS),
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
    Column("title", Text),  # the article's title (revision 0003)
    Column("published", Date),
    Index("ix_incident_sources_incident", "incident_id"),
    Index("ix_incident_sources_source", "source"),
    Index("ix_incident_sources_article", "article_id"),  # an arrival batch's sources (revision 0010)
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


def _rollup_columns() -> list[Column]:
    """What the two roll-ups (:data:`incident_daily`, :data:`incident_cells`) key their counts by after
    the day or the cell, and the counts: incidents and fatalities."""
    return [
        Column("event_type", Text, primary_key=True),
        Column("sub_event_type", Text, primary_key=True),
        Column("admin1", Text, primary_key=True),  # "" for none
        Column("status", String(16), primary_key=True),
        Column("historical", Boolean, primary_key=True),
        Column("country", String(2), primary_key=True),  # countries.country_key: "" unknown (rev. 0009)
        Column("n", Integer, nullable=False),
        Column("fatalities", BigInteger, nullable=False),
    ]


# Kept by triggers (storage/derived.py), never written by the code: a counter bumped by every write
# (the dashboard's O(1) data version) and incidents per day, type, sub-type, governorate, status,
# historical flag and country.
data_version_table = Table(
    "data_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("n", BigInteger, nullable=False, server_default="0"),
)

incident_daily = Table(
    "incident_daily",
    metadata,
    Column("day", Date, primary_key=True),  # 0001-01-01 for undated incidents
    *_rollup_columns(),
)

# Located incidents per 0.1-degree map cell, month (and all time), type, sub-type, governorate, status,
# historical flag and country, kept by triggers (storage/cells.py): the map's counts at 1,000,000 incidents.
incident_cells = Table(
    "incident_cells",
    metadata,
    Column("period", Date, primary_key=True),  # first day of the month; 0001-01-01 undated; 9999-12-31 all time
    Column("i", Integer, primary_key=True),  # floor(latitude / 0.1); storage.cells.NOWHERE when not located
    Column("j", Integer, primary_key=True),  # floor(longitude / 0.1)
    *_rollup_columns(),
    Column("lat_sum", Float, nullable=False),
    Column("lon_sum", Float, nullable=False),
)


def _keyed_rollup(name: str, key: str, cells: bool) -> Table:
    """A roll-up of :data:`incident_daily` (``cells``: of :data:`incident_cells`) keyed first by one
    actor or one outlet (``key``): each incident counted once under every distinct actor (``actor1``,
    ``actor2``) or outlet (``incident_sources.source``) it names, so one actor or one outlet is read as a
    governorate is (revision 0013, triggers in storage/keyed.py). Clustered on its key (SQLite
    ``WITHOUT ROWID``): one actor's rows are one range of the table."""
    place = ([Column("period", Date, primary_key=True), Column("i", Integer, primary_key=True),
              Column("j", Integer, primary_key=True)] if cells else [Column("day", Date, primary_key=True)])
    sums = [Column("lat_sum", Float, nullable=False), Column("lon_sum", Float, nullable=False)] if cells else []
    # whether a value is named in a country (the sidebar's options under "Iraq only" or one country abroad)
    by_country = [] if cells else [Index(f"ix_{name}_country", key, "country")]
    return Table(name, metadata, Column(key, Text, primary_key=True), *place, *_rollup_columns(), *sums,
                 *by_country, sqlite_with_rowid=False)


incident_actor_daily = _keyed_rollup("incident_actor_daily", "actor", cells=False)
incident_actor_cells = _keyed_rollup("incident_actor_cells", "actor", cells=True)
incident_outlet_daily = _keyed_rollup("incident_outlet_daily", "outlet", cells=False)
incident_outlet_cells = _keyed_rollup("incident_outlet_cells", "outlet", cells=True)


feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # becomes the articles' source
    Column("url", Text, nullable=False, unique=True),
    Column("language", String(8)),
    Column("interval", Integer),  # seconds between polls; NULL: the watcher's default
    Column("status", String(16), nullable=False, server_default="active"),  # active, paused, removed
    Column("etag", Text),  # conditional GET validators of the last 200 answer
    Column("last_modified", Text),
    Column("last_poll", DateTime(timezone=True)),
    Column("last_success", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("last_error_at", DateTime(timezone=True)),
    Column("errors", Integer, nullable=False, server_default="0"),  # consecutive failed polls
    Column("next_poll", DateTime(timezone=True)),
    Column("items_added", Integer, nullable=False, server_default="0"),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

# Items with an identity at their origin (feed links, Telegram messages): claimed, then done, once.
item_keys = Table(
    "item_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("state", String(16), nullable=False),  # claimed, done
    Column("claimed_at", DateTime(timezone=True), nullable=False),
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
    # Switching a new file to WAL needs the file's exclusive lock for a moment, and SQLite may answer
    # "database is locked" at once (without its busy handler) while another process opens the same
    # new file: retry for a while instead of failing a first start.
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def get_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (default: :func:`storage.config.database_url`), schema upgraded to the head.

    Examples
    --------
    >>> engine = get_engine("sqlite://")
    >>> tables = set(engine.dialect.get_table_names(engine.connect()))
    >>> tables >= {*metadata.tables, "alembic_version"}, sorted(tables - set(metadata.tables))[:2]
    (True, ['alembic_version', 'incidents_fts'])
    """
    url = normalise_url(url or database_url())
    if make_url(url).get_backend_name() == "sqlite":
        # Writers queue on the file's write lock (storage.locks): wait for it rather than fail.
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # An unreachable server fails within seconds instead of hanging the CLI or a page.
        engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    from storage.migrate import upgrade  # the migrations import this module's tables

    upgrade(engine)
    from storage.derived import attach  # derived imports this module

    attach(engine)
    return engine


def joined_sources(rows: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """``sources`` and ``source_urls`` of one incident from its source rows (outlet, url), in order.

    The two strings are aligned: the i-th URL belongs to the i-th outlet, empty when that report
    had none (so an outlet without a URL never lends its place to another's link). A ``|`` or ``;``
    inside a value is replaced so that the separators stay unambiguous.

    Examples
    --------
    >>> joined_sources([("INA", None), ("Shafaq News", "https://shafaq.com/x")])
    ('INA | Shafaq News', ' | https://shafaq.com/x')
    >>> joined_sources([])
    (None, None)
    """
    rows = list(rows)
    if not rows:
        return None, None
    # "|" and ";" separate outlets here and in the CSV's ACLED ``source`` column: never inside one
    outlets = " | ".join((outlet or "").replace("|", "/").replace(";", ",").strip() for outlet, _ in rows)
    urls = " | ".join((url or "").replace("|", "%7C").strip() for _, url in rows)
    return outlets, (urls if urls.strip(" |") else None)


def joined_forwarded(senders: Iterable[str | None]) -> str | None:
    """``forwarded_from`` of one incident: who first posted each of its sources, in order, joined with
    " | " and aligned with ``sources`` (empty for a source that posted it itself); None when none
    was forwarded.

    Examples
    --------
    >>> joined_forwarded([None, "Local Channel"]), joined_forwarded([None, None])
    (' | Local Channel', None)
    """
    joined = " | ".join((sender or "").replace("|", "/").strip() for sender in senders)
    return joined if joined.strip(" |") else None


def refresh_source_columns(conn: Connection, incident_ids: Iterable[int]) -> None:
    """Recompute ``sources``, ``source_urls``, ``n_sources`` and ``forwarded_from`` of incidents from
    ``incident_sources`` (and their articles).

    These columns are a cache of the source rows (fast 100,000-row tables and CSV); views that show
    one source's outlet, link, title or date read the rows (:func:`storage.queries.incident_sources`).
    """
    ids = sorted(set(incident_ids))
    s, a = incident_sources.c, articles.c
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        grouped: dict[int, list[tuple[str | None, str | None, str | None]]] = {i: [] for i in chunk}
        for row in conn.execute(select(s.incident_id, s.source, s.url, a.forwarded_from)
                                .outerjoin(articles, a.id == s.article_id).where(s.incident_id.in_(chunk))
                                .order_by(s.incident_id, s.id)):
            grouped[row.incident_id].append((row.source, row.url, row.forwarded_from))
        values = [{"key": i, "sources": joined_sources((o, u) for o, u, _ in rows)[0],
                   "source_urls": joined_sources((o, u) for o, u, _ in rows)[1], "n_sources": len(rows),
                   "forwarded": joined_forwarded(f for _, _, f in rows)} for i, rows in grouped.items()]
        conn.execute(update(incidents).where(incidents.c.id == bindparam("key"))
                     .values(sources=bindparam("sources"), source_urls=bindparam("source_urls"),
                             n_sources=bindparam("n_sources"), forwarded_from=bindparam("forwarded")), values)


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
