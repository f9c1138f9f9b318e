"""The newest arrivals first: an index on ``articles.ingested_at`` and one on
``incident_sources.article_id``, so that the live panel of the latest reports
(:func:`storage.queries.latest_reports`) walks the newest ingest batches and their sources instead of
sorting every source row by arrival time (3 s at 1,000,000 incidents).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_INDEXES = (("ix_articles_ingested_at", "articles", ["ingested_at"]),
            ("ix_incident_sources_article", "incident_sources", ["article_id"]))


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for name, table, columns in _INDEXES:
        if name not in {i["name"] for i in inspector.get_indexes(table)}:  # stamped from the models: has it
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, _, _ in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
