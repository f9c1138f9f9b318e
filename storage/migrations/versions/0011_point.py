"""The map zoomed in: an index on ``incidents (latitude, longitude)``, so that the clusters of a small
window beyond zoom 10 (counted from the incidents, :func:`storage.clusters.cluster_counts`) read the
window's incidents instead of every incident. The popups' newest-first walk keeps to the event-date
index (``INDEXED BY`` on SQLite).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_NAME = "ix_incidents_point"


def upgrade() -> None:
    if _NAME not in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("incidents")}:  # stamped from the models
        op.create_index(_NAME, "incidents", ["latitude", "longitude"])


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {_NAME}")
