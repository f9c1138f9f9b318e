"""Roll-ups keyed by one actor and by one outlet (storage/keyed.py): ``incident_actor_daily``,
``incident_actor_cells``, ``incident_outlet_daily`` and ``incident_outlet_cells`` hold what the daily and
cell roll-ups hold once more per actor (``actor1``, ``actor2``) or outlet (the incident's source rows),
kept by triggers on incidents and ``incident_sources``, and are filled from the rows stored. The
dashboard then answers one actor or one outlet at 1,000,000 incidents from them (its figures, timeline,
counts, the Map's grid and the months its newest-three walk looks in) instead of reading the actor's or
the outlet's 150,000-170,000 incidents, and the sidebar's "Iraq only" options from their country index.
Derived data only: the downgrade drops them and their triggers, never touching an incident.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_TABLES = (("incident_actor_daily", "actor", False), ("incident_actor_cells", "actor", True),
           ("incident_outlet_daily", "outlet", False), ("incident_outlet_cells", "outlet", True))


def _columns(key: str, cells: bool) -> list[sa.Column]:
    place = ([sa.Column("period", sa.Date, primary_key=True), sa.Column("i", sa.Integer, primary_key=True),
              sa.Column("j", sa.Integer, primary_key=True)] if cells else [sa.Column("day", sa.Date, primary_key=True)])
    columns = [sa.Column(key, sa.Text, primary_key=True), *place,
               sa.Column("event_type", sa.Text, primary_key=True), sa.Column("sub_event_type", sa.Text, primary_key=True),
               sa.Column("admin1", sa.Text, primary_key=True), sa.Column("status", sa.String(16), primary_key=True),
               sa.Column("historical", sa.Boolean, primary_key=True), sa.Column("country", sa.String(2), primary_key=True),
               sa.Column("n", sa.Integer, nullable=False), sa.Column("fatalities", sa.BigInteger, nullable=False)]
    if cells:
        columns += [sa.Column("lat_sum", sa.Float, nullable=False), sa.Column("lon_sum", sa.Float, nullable=False)]
    return columns


def upgrade() -> None:
    from storage import keyed

    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    for name, key, cells in _TABLES:
        if name not in existing:  # a database stamped from the current models has them
            op.create_table(name, *_columns(key, cells), sqlite_with_rowid=False)
            if not cells:
                op.create_index(f"ix_{name}_country", name, [key, "country"])
    keyed.install(bind)


def downgrade() -> None:
    from storage import keyed

    bind = op.get_bind()
    for statement in keyed.drop_statements(bind.dialect):
        op.execute(statement)
    existing = set(sa.inspect(bind).get_table_names())
    for name, _, _ in _TABLES:
        if name in existing:
            op.drop_table(name)
