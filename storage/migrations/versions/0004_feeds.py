"""Feeds the watcher polls (status: last poll, last success, last error, items added) and the keys of
items already taken in (feed links, Telegram messages), claimed once across watchers and restarts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A development file made by create_all before Alembic may hold these tables already.
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "feeds" not in existing:
        _create_feeds()
    if "item_keys" not in existing:
        _create_item_keys()


def _create_feeds() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False, unique=True),
        sa.Column("language", sa.String(8)),
        sa.Column("interval", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_poll", sa.DateTime(timezone=True)),
        sa.Column("last_success", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", sa.DateTime(timezone=True)),
        sa.Column("errors", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll", sa.DateTime(timezone=True)),
        sa.Column("items_added", sa.Integer, nullable=False, server_default="0"),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )


def _create_item_keys() -> None:
    op.create_table(
        "item_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="SET NULL")),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("item_keys")
    op.drop_table("feeds")
