"""The map's roll-up: located incidents per 0.1-degree cell, month (and all time), type, sub-type,
governorate, status and historical flag, kept by triggers (storage/cells.py). Filled from the rows
already stored.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from storage.cells import install

    bind = op.get_bind()
    if "incident_cells" not in set(sa.inspect(bind).get_table_names()):
        op.create_table(
            "incident_cells",
            sa.Column("period", sa.Date, primary_key=True),
            sa.Column("i", sa.Integer, primary_key=True),
            sa.Column("j", sa.Integer, primary_key=True),
            sa.Column("event_type", sa.Text, primary_key=True),
            sa.Column("sub_event_type", sa.Text, primary_key=True),
            sa.Column("admin1", sa.Text, primary_key=True),
            sa.Column("status", sa.String(16), primary_key=True),
            sa.Column("historical", sa.Boolean, primary_key=True),
            sa.Column("n", sa.Integer, nullable=False),
            sa.Column("fatalities", sa.BigInteger, nullable=False),
            sa.Column("lat_sum", sa.Float, nullable=False),
            sa.Column("lon_sum", sa.Float, nullable=False),
        )
    install(bind)


def downgrade() -> None:
    pass
