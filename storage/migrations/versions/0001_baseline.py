"""Baseline: the schema of main before Alembic (commit 4aa9ea7), and repair of older pre-Alembic files.

On an empty database this creates every table. On a database made by the old ``create_all`` (no
``alembic_version`` table) it creates only what is missing: absent tables, absent columns (which
``create_all`` never added to an older file) and absent indexes, then fills the added columns that
views rely on (``n_sources``, ``sources``, ``source_urls``, ``original``, timestamps).

The tables are frozen here on purpose: later revisions change ``storage.store`` and add their own
revision; this file must keep describing the schema as it was.

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def frozen_metadata() -> sa.MetaData:
    """The five tables exactly as ``storage/store.py`` declared them at commit 4aa9ea7."""
    from sqlalchemy import (
        JSON,
        Column,
        Date,
        DateTime,
        Float,
        ForeignKey,
        Index,
        Integer,
        String,
        Table,
        Text,
    )

    meta = sa.MetaData()
    Table("articles", meta,
          Column("id", Integer, primary_key=True),
          Column("content_hash", String(64), nullable=False, unique=True),
          Column("ext_id", Text), Column("title", Text), Column("text", Text, nullable=False),
          Column("published", Date), Column("source", Text), Column("url", Text),
          Column("language", String(8)),
          Column("ingested_at", DateTime(timezone=True), nullable=False))
    Table("place_mentions", meta,
          Column("id", Integer, primary_key=True),
          Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
          Column("surface", Text, nullable=False), Column("start", Integer, nullable=False),
          Column("end", Integer, nullable=False), Column("place_id", Text), Column("confidence", Float),
          Index("ix_place_mentions_article", "article_id"))
    Table("incidents", meta,
          Column("id", Integer, primary_key=True),
          Column("event_date", Date), Column("time_precision", Integer),
          Column("event_type", Text, nullable=False), Column("sub_event_type", Text, nullable=False),
          Column("actor1", Text), Column("actor2", Text), Column("country", String(2)),
          Column("admin1", Text), Column("admin2", Text), Column("location", Text),
          Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer),
          Column("place_id", Text), Column("fatalities", Integer), Column("injuries", Integer),
          Column("evidence", Text), Column("confidence", Float),
          Column("status", String(16), nullable=False, server_default="active"),
          Column("sources", Text), Column("source_urls", Text),
          Column("n_sources", Integer, nullable=False, server_default="0"),
          Column("original", JSON, nullable=False),
          Column("created_at", DateTime(timezone=True), nullable=False),
          *(Index(f"ix_incidents_{name}", name) for name in (
              "event_date", "admin1", "event_type", "sub_event_type", "actor1", "actor2", "status")))
    Table("incident_sources", meta,
          Column("id", Integer, primary_key=True),
          Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
          Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
          Column("evidence", Text), Column("source", Text), Column("url", Text), Column("published", Date),
          Index("ix_incident_sources_incident", "incident_id"),
          Index("ix_incident_sources_source", "source"))
    Table("corrections", meta,
          Column("id", Integer, primary_key=True),
          Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
          Column("field", String(32), nullable=False), Column("before", Text), Column("after", Text),
          Column("editor", Text, nullable=False),
          Column("at", DateTime(timezone=True), nullable=False),
          Column("note", Text, nullable=False, server_default=""),
          Index("ix_corrections_incident", "incident_id"))
    return meta


#: Contract fields copied into ``incidents.original`` when an older file lacks the column.
_ORIGINAL_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                    "fatalities", "evidence", "confidence", "place_id", "injuries")


def upgrade() -> None:
    bind = op.get_bind()
    meta = frozen_metadata()
    existing = set(sa.inspect(bind).get_table_names())
    if not existing & set(meta.tables):
        meta.create_all(bind)  # an empty database
        return
    added: dict[str, set[str]] = {}
    for table in meta.sorted_tables:
        if table.name not in existing:
            table.create(bind)
            continue
        inspector = sa.inspect(bind)
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            # An older file already holds rows: a NOT NULL column without a default is added nullable
            # and filled below; the application always writes it.
            copy = sa.Column(column.name, column.type, nullable=column.nullable or column.server_default is None,
                             server_default=column.server_default.arg if column.server_default else None)
            op.add_column(table.name, copy)
            added.setdefault(table.name, set()).add(column.name)
        indexes = {ix["name"] for ix in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                index.create(bind)
    _fill(bind, meta, added)


def _fill(bind, meta: sa.MetaData, added: dict[str, set[str]]) -> None:
    """Give columns added to an older file the values the application would have written."""
    now = datetime.now(UTC)
    inc, src = meta.tables["incidents"], meta.tables["incident_sources"]
    for table_name, column in (("articles", "ingested_at"), ("incidents", "created_at"),
                               ("corrections", "at")):
        if column in added.get(table_name, ()):
            table = meta.tables[table_name]
            bind.execute(sa.update(table).where(table.c[column].is_(None)).values({column: now}))
    new = added.get("incidents", set())
    if "original" in new:
        rows = bind.execute(sa.select(inc.c.id, *(inc.c[f] for f in _ORIGINAL_FIELDS))).mappings().all()
        for row in rows:
            original = {f: (row[f].isoformat() if hasattr(row[f], "isoformat") else row[f])
                        for f in _ORIGINAL_FIELDS}
            bind.execute(sa.update(inc).where(inc.c.id == row["id"]).values(original=original))
    if new & {"sources", "source_urls", "n_sources"}:
        def joined(column):
            return (sa.select(sa.func.aggregate_strings(column, " | "))
                    .where(src.c.incident_id == inc.c.id).scalar_subquery())
        bind.execute(sa.update(inc).values(
            sources=joined(src.c.source), source_urls=joined(src.c.url),
            n_sources=sa.select(sa.func.count()).where(src.c.incident_id == inc.c.id).scalar_subquery()))


def downgrade() -> None:
    for table in reversed(frozen_metadata().sorted_tables):
        op.drop_table(table.name)
