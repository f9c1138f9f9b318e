"""Forwarded posts: ``articles.forwarded_from`` keeps who first posted a message a channel relayed
(a Telegram export's ``forwarded_from``), so an editor sees that the outlet did not report it itself.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database stamped at an older revision may already have the column (its tables were
    # created from the current models before it was stamped): add it only where it is missing.
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("articles")}
    if "forwarded_from" not in columns:
        op.add_column("articles", sa.Column("forwarded_from", sa.Text()))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL), as in 0008: a batch table copy drops the table,
    # and the foreign keys' ON DELETE CASCADE would take its child rows with it.
    op.execute("ALTER TABLE articles DROP COLUMN forwarded_from")
