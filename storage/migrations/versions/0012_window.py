"""The map zoomed in, at 1,000,000 incidents: ``ix_incidents_window`` on the coordinates and every column
the Map's queries of a zoomed-in window read (:data:`storage.store.WINDOW_COLUMNS`) replaces 0011's
``ix_incidents_point`` on the coordinates alone. The clusters of a window finer than the 0.1-degree
roll-up and each cluster's newest incidents are then read from the index alone: with 0011's, every
incident in the window cost a row lookup, as much as reading every incident (0.8 s CPU for the
127,000 incidents of a zoom-11 window over Baghdad).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_NAME = "ix_incidents_window"
_OLD = "ix_incidents_point"


def upgrade() -> None:
    from storage.store import WINDOW_COLUMNS

    if _NAME not in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("incidents")}:  # stamped from the models
        op.create_index(_NAME, "incidents", list(WINDOW_COLUMNS))
    op.execute(f"DROP INDEX IF EXISTS {_OLD}")


def downgrade() -> None:
    if _OLD not in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("incidents")}:
        op.create_index(_OLD, "incidents", ["latitude", "longitude"])
    op.execute(f"DROP INDEX IF EXISTS {_NAME}")
