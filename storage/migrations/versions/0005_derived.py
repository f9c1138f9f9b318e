"""Derived data for the dashboard at 1,000,000 incidents: the data-version counter, the daily roll-up
of incidents, and the text index (FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL), all kept by
triggers (storage/derived.py). Filled from the rows already stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from storage.derived import install

    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "data_version" not in existing:
        op.create_table(
            "data_version",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("n", sa.BigInteger, nullable=False, server_default="0"),
        )
    if "incident_daily" not in existing:
        op.create_table(
            "incident_daily",
            sa.Column("day", sa.Date, primary_key=True),
            sa.Column("event_type", sa.Text, primary_key=True),
            sa.Column("sub_event_type", sa.Text, primary_key=True),
            sa.Column("admin1", sa.Text, primary_key=True),
            sa.Column("status", sa.String(16), primary_key=True),
            sa.Column("historical", sa.Boolean, primary_key=True),
            sa.Column("n", sa.Integer, nullable=False),
            sa.Column("fatalities", sa.BigInteger, nullable=False),
        )
    install(bind)


def downgrade() -> None:
    pass
