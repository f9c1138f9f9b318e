"""Forwarded sources in the incident row: ``incidents.forwarded_from`` caches who first posted each of
an incident's sources that a channel only relayed (aligned with ``sources``, like ``source_urls``), so
the CSV and GeoJSON carry it without reading every article.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # A database stamped at an older revision may already have the column (see 0006).
    if "forwarded_from" not in {c["name"] for c in sa.inspect(bind).get_columns("incidents")}:
        op.add_column("incidents", sa.Column("forwarded_from", sa.Text()))
    from storage.store import joined_forwarded  # a pure function of the rows

    meta = sa.MetaData()
    sources = sa.Table("incident_sources", meta, autoload_with=bind)
    articles = sa.Table("articles", meta, autoload_with=bind)
    incidents = sa.Table("incidents", meta, autoload_with=bind)
    relayed = sa.select(sources.c.incident_id).join(articles, articles.c.id == sources.c.article_id).where(
        articles.c.forwarded_from.is_not(None))
    grouped: dict[int, list] = {}
    for row in bind.execute(sa.select(sources.c.incident_id, articles.c.forwarded_from)
                            .outerjoin(articles, articles.c.id == sources.c.article_id)
                            .where(sources.c.incident_id.in_(relayed)).order_by(sources.c.incident_id, sources.c.id)):
        grouped.setdefault(row.incident_id, []).append(row.forwarded_from)
    values = [{"key": key, "f": joined_forwarded(senders)} for key, senders in grouped.items()]
    if values:
        bind.execute(sa.update(incidents).where(incidents.c.id == sa.bindparam("key"))
                     .values(forwarded_from=sa.bindparam("f")), values)


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch table copy would drop the incidents table,
    # and its foreign keys' ON DELETE CASCADE would take every incident's source rows with it.
    op.execute("ALTER TABLE incidents DROP COLUMN forwarded_from")
