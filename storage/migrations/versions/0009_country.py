"""The country filter: both roll-ups (``incident_daily``, ``incident_cells``) get a ``country`` key
(:func:`storage.countries.country_key`: the incident's country, or the one it counts in when it has
none), so that "Iraq only" (the default) and "all countries" stay answered by them; and an index on
``incidents.country`` for the rows of one country abroad.

The roll-ups are derived data: they are made again with the new key, their triggers with them, and
filled from the incidents stored. The downgrade makes them again without it (as 0005 and 0007 left
them), never touching an incident.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The triggers that write the roll-ups (storage/derived.py, storage/cells.py). On SQLite the daily
#: roll-up's insert and delete triggers also bump the data version and keep the text index: they are
#: made again with the rest.
_SQLITE_TRIGGERS = ("iim_incidents_insert", "iim_incidents_delete", "iim_incidents_update_rollup",
                    "iim_cells_insert", "iim_cells_delete", "iim_cells_update")
_PG_TRIGGERS = ("iim_incidents_rollup", "iim_incidents_cells")


def _key_columns(country: bool) -> list[sa.Column]:
    columns = [sa.Column("event_type", sa.Text, primary_key=True),
               sa.Column("sub_event_type", sa.Text, primary_key=True),
               sa.Column("admin1", sa.Text, primary_key=True),
               sa.Column("status", sa.String(16), primary_key=True),
               sa.Column("historical", sa.Boolean, primary_key=True)]
    return columns + ([sa.Column("country", sa.String(2), primary_key=True)] if country else [])


def _remake(country: bool) -> None:
    """Drop the roll-ups and their triggers, create them with (or without) the country key, fill them."""
    from storage import cells, derived

    bind = op.get_bind()
    for name in _SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else _PG_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + ("" if bind.dialect.name == "sqlite" else " ON incidents"))
    existing = set(sa.inspect(bind).get_table_names())
    for table in ("incident_daily", "incident_cells"):
        if table in existing:
            op.drop_table(table)
    op.create_table("incident_daily", sa.Column("day", sa.Date, primary_key=True), *_key_columns(country),
                    sa.Column("n", sa.Integer, nullable=False), sa.Column("fatalities", sa.BigInteger, nullable=False))
    op.create_table("incident_cells", sa.Column("period", sa.Date, primary_key=True),
                    sa.Column("i", sa.Integer, primary_key=True), sa.Column("j", sa.Integer, primary_key=True),
                    *_key_columns(country), sa.Column("n", sa.Integer, nullable=False),
                    sa.Column("fatalities", sa.BigInteger, nullable=False),
                    sa.Column("lat_sum", sa.Float, nullable=False), sa.Column("lon_sum", sa.Float, nullable=False))
    derived.install(bind)  # the triggers of the tables as they now are, then filled (both detect the key)
    cells.install(bind)


def upgrade() -> None:
    _remake(country=True)
    indexes = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("incidents")}
    if "ix_incidents_country" not in indexes:  # a database stamped from the current models has it
        op.create_index("ix_incidents_country", "incidents", ["country"])


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_incidents_country")
    _remake(country=False)
