"""incidents.historical: background history recalled by a report, kept out of the default views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("historical", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL), as in 0008: a batch table copy drops the table,
    # and the foreign keys' ON DELETE CASCADE would take its child rows with it.
    op.execute("ALTER TABLE incidents DROP COLUMN historical")
