"""Roll-ups keyed by one actor or one outlet, kept by the database: the dashboard answers one actor or
one outlet at 1,000,000 incidents as it answers one governorate.

``incident_actor_daily`` and ``incident_outlet_daily`` hold what ``incident_daily`` holds (incidents and
fatalities per day, type, sub-type, governorate, status, historical flag and country) once more per
actor or outlet; ``incident_actor_cells`` and ``incident_outlet_cells`` what ``incident_cells`` holds
(per 0.1-degree cell and month, and all time) the same way (revision 0013). An incident is counted once
under each distinct value it names: ``actor1`` and ``actor2`` (once when both are the same), the outlets
of its source rows (``incident_sources.source``, once however many reports of one outlet it merged).
So the rows of one actor sum to the incidents of ``actors=(actor,)`` exactly; two actors or more (an
incident naming both would be counted twice) are not answered here (:func:`daily_of` gives None).

Triggers keep them: on incidents (insert, update of a column they key or count by, delete: ingest,
Parquet load, corrections and deletions alike) and, for the outlets, on ``incident_sources`` (a report
merged into an incident, a source row moved or removed). An incident's outlets are counted from its
source rows, so they are removed *before* an incident is deleted (the cascade takes its source rows
first); a source row's own trigger then finds no incident and does nothing. :func:`install` creates the
triggers and fills the tables from the rows stored.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

from storage.cells import row_parts
from storage.countries import key_sql
from storage.store import (
    incident_actor_cells,
    incident_actor_daily,
    incident_outlet_cells,
    incident_outlet_daily,
)

#: The keyed roll-ups: (table, its key column, keyed by actors (else outlets), per cell (else per day)).
TABLES: tuple[tuple[Table, str, bool, bool], ...] = (
    (incident_actor_daily, "actor", True, False),
    (incident_actor_cells, "actor", True, True),
    (incident_outlet_daily, "outlet", False, False),
    (incident_outlet_cells, "outlet", False, True),
)
#: Incident columns an update of which moves an incident to other rows of the keyed roll-ups.
_ROLLED = ("event_date", "event_type", "sub_event_type", "admin1", "status", "historical", "fatalities",
           "latitude", "longitude", "country", "actor1", "actor2")
_SQLITE_TRIGGERS = ("iim_keyed_insert", "iim_keyed_delete", "iim_keyed_update", "iim_keyed_source_insert",
                    "iim_keyed_source_delete", "iim_keyed_source_update")
_PG_TRIGGERS = (("iim_keyed_incidents", "incidents"), ("iim_keyed_incidents_delete", "incidents"),
                ("iim_keyed_sources", "incident_sources"))
_PG_FUNCTIONS = ("iim_keyed_incident()", "iim_keyed_incident_delete()", "iim_keyed_source()")


# ---------------------------------------------------------------- DDL
def _columns(table: Table) -> list[str]:
    return [c.name for c in table.c]


def _keys(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


def _row(row: str, dialect: Dialect, cells: bool, period: str) -> dict[str, str]:
    """The keyed roll-up's values for the incident ``row`` (an alias or NEW/OLD), by column name (the
    key column left out); ``period``: the cell period's expression (cells only)."""
    p = row_parts(row, dialect, country=True)
    undated = "'0001-01-01'" if dialect.name == "sqlite" else "DATE '0001-01-01'"
    place = {"period": period, "i": p["i"], "j": p["j"]} if cells else {
        "day": f"coalesce({row}.event_date, {undated})"}
    values = {**place, "event_type": f"{row}.event_type", "sub_event_type": f"{row}.sub_event_type",
              "admin1": f"coalesce({row}.admin1, '')", "status": f"{row}.status",
              "historical": f"{row}.historical", "country": key_sql(row, dialect),
              "n": "1", "fatalities": p["dead"]}
    return {**values, "lat_sum": p["lat"], "lon_sum": p["lon"]} if cells else values


def _add(table: Table, dialect: Dialect, row: str, source: str, where: str) -> str:
    """One upsert adding the incident ``row`` under every key value ``keys.v`` of ``source`` (a FROM
    list) that meets ``where``."""
    key, cells = _keys(table)[0], "period" in table.c
    p = row_parts(row, dialect, country=True)
    period = f"CASE WHEN periods.w = 1 THEN {p['month']} ELSE {p['all']} END"
    values = _row(row, dialect, cells, period)
    source += " CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS periods" if cells else ""
    qualified = "" if dialect.name == "sqlite" else f"{table.name}."
    sums = ", ".join(f"{name} = {qualified}{name} + excluded.{name}"
                     for name in ("n", "fatalities", "lat_sum", "lon_sum") if name in table.c)
    names = [name for name in _columns(table) if name != key]
    return (f"INSERT INTO {table.name} ({key}, {', '.join(names)}) "
            f"SELECT keys.v, {', '.join(values[name] for name in names)} FROM {source} "
            f"WHERE keys.v IS NOT NULL AND keys.v <> '' AND {where} "
            f"ON CONFLICT ({', '.join(_keys(table))}) DO UPDATE SET {sums};")


def _match(table: Table, dialect: Dialect, row: str) -> str:
    """The keyed roll-up's rows of the incident ``row`` (its key column left out), columns qualified."""
    cells = "period" in table.c
    p = row_parts(row, dialect, country=True)
    values = _row(row, dialect, cells, "")
    parts = [f"{table.name}.period IN ({p['month']}, {p['all']})"] if cells else []
    parts += [f"{table.name}.{name} = {values[name]}" for name in _keys(table)[1:] if name != "period"]
    return " AND ".join(parts)


def _subtract(table: Table, dialect: Dialect, row: str, lookup: str | None = None) -> str:
    """``n = n - 1`` and the other sums less the incident ``row``'s; ``lookup``: a FROM/WHERE that
    gives ``row`` (a source row's incident), read once per sum."""
    values = _row(row, dialect, "period" in table.c, "")
    return ", ".join(f"{name} = {name} - " + (f"(SELECT {values[name]} FROM {lookup})" if lookup else values[name])
                     for name in ("n", "fatalities", "lat_sum", "lon_sum") if name in table.c)


def _incident_add(table: Table, dialect: Dialect, actors: bool) -> str:
    if actors:
        return _add(table, dialect, "NEW", "(SELECT NEW.actor1 AS v UNION SELECT NEW.actor2 AS v) AS keys", "true")
    return _add(table, dialect, "NEW", "(SELECT DISTINCT source AS v FROM incident_sources "
                                       "WHERE incident_id = NEW.id) AS keys", "true")


def _incident_remove(table: Table, dialect: Dialect, actors: bool) -> str:
    key = _keys(table)[0]
    which = ("(OLD.actor1, OLD.actor2)" if actors
             else "(SELECT source FROM incident_sources WHERE incident_id = OLD.id)")
    return (f"UPDATE {table.name} SET {_subtract(table, dialect, 'OLD')} "
            f"WHERE {table.name}.{key} IN {which} AND {_match(table, dialect, 'OLD')};")


def _alone(row: str) -> str:
    """No other source row of the same incident names the same outlet as the source row ``row``."""
    return (f"NOT EXISTS (SELECT 1 FROM incident_sources AS other WHERE other.incident_id = {row}.incident_id "
            f"AND other.source = {row}.source AND other.id <> {row}.id)")


def _source_add(table: Table, dialect: Dialect) -> str:
    return _add(table, dialect, "inc", "incidents AS inc CROSS JOIN (SELECT NEW.source AS v) AS keys",
                f"inc.id = NEW.incident_id AND {_alone('NEW')}")


def _source_remove(table: Table, dialect: Dialect) -> str:
    lookup = "incidents AS inc WHERE inc.id = OLD.incident_id"
    return (f"UPDATE {table.name} SET {_subtract(table, dialect, 'inc', lookup)} "
            f"WHERE {table.name}.outlet = OLD.source AND {_alone('OLD')} "
            f"AND EXISTS (SELECT 1 FROM {lookup} AND {_match(table, dialect, 'inc')});")


def _statements(dialect: Dialect, joiner: str) -> tuple[str, str, str, str]:
    """The triggers' bodies, each statement once per keyed roll-up: an incident added, an incident
    removed, a source row added, a source row removed (the last two for the outlets' roll-ups)."""
    outlets = [t for t, _, actors, _ in TABLES if not actors]
    return (joiner.join(_incident_add(t, dialect, actors) for t, _, actors, _ in TABLES),
            joiner.join(_incident_remove(t, dialect, actors) for t, _, actors, _ in TABLES),
            joiner.join(_source_add(t, dialect) for t in outlets),
            joiner.join(_source_remove(t, dialect) for t in outlets))


def _sqlite_ddl(dialect: Dialect) -> list[str]:
    add, remove, source_add, source_remove = _statements(dialect, " ")
    return [
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_insert AFTER INSERT ON incidents BEGIN {add} END",
        # before: the cascade removes the incident's source rows, which name its outlets, first
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_delete BEFORE DELETE ON incidents BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_update AFTER UPDATE OF {', '.join(_ROLLED)} ON incidents "
        f"BEGIN {remove} {add} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_source_insert AFTER INSERT ON incident_sources BEGIN {source_add} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_source_delete AFTER DELETE ON incident_sources "
        f"BEGIN {source_remove} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_keyed_source_update AFTER UPDATE OF incident_id, source ON incident_sources "
        f"BEGIN {source_remove} {source_add} END",
    ]


def _pg_ddl(dialect: Dialect) -> list[str]:
    add, remove, source_add, source_remove = _statements(dialect, "\n    ")
    incident = f"""CREATE OR REPLACE FUNCTION iim_keyed_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    {remove}
  END IF;
  {add}
  RETURN NULL;
END $$"""
    # before the delete: the cascade removes the incident's source rows, which name its outlets, first
    deleted = f"""CREATE OR REPLACE FUNCTION iim_keyed_incident_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  {remove}
  RETURN OLD;
END $$"""
    source = f"""CREATE OR REPLACE FUNCTION iim_keyed_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    {source_remove}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    {source_add}
  END IF;
  RETURN NULL;
END $$"""
    return [incident, deleted, source, *drop_statements(dialect, functions=False),
            f"CREATE TRIGGER iim_keyed_incidents AFTER INSERT OR UPDATE OF {', '.join(_ROLLED)} ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION iim_keyed_incident()",
            "CREATE TRIGGER iim_keyed_incidents_delete BEFORE DELETE ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION iim_keyed_incident_delete()",
            "CREATE TRIGGER iim_keyed_sources AFTER INSERT OR DELETE OR UPDATE OF incident_id, source "
            "ON incident_sources FOR EACH ROW EXECUTE FUNCTION iim_keyed_source()"]


def drop_statements(dialect: Dialect, functions: bool = True) -> list[str]:
    """SQL dropping the keyed roll-ups' triggers (and on PostgreSQL, with ``functions``, their functions)."""
    if dialect.name == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in _SQLITE_TRIGGERS]
    return ([f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in _PG_TRIGGERS]
            + ([f"DROP FUNCTION IF EXISTS {name}" for name in _PG_FUNCTIONS] if functions else []))


def _backfill(conn: Connection) -> None:
    """Fill the keyed roll-ups from the incidents and source rows stored (one grouped INSERT each)."""
    dialect = conn.dialect
    for table, key, by_actor, cells in TABLES:
        p = row_parts("inc", dialect, country=True)
        period = f"CASE WHEN periods.w = 1 THEN {p['month']} ELSE {p['all']} END"
        values = _row("inc", dialect, cells, period)
        names = [name for name in _columns(table) if name != key]
        grouped = [name for name in _keys(table) if name != key]
        if by_actor:
            # actor1, and actor2 when it is another
            value = "CASE WHEN pick.w = 1 THEN inc.actor1 ELSE inc.actor2 END"
            source = "incidents AS inc CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS pick"
            where = "(pick.w = 1 OR inc.actor1 IS NULL OR inc.actor2 <> inc.actor1)"
        else:
            value = "keys.source"
            source = ("(SELECT DISTINCT incident_id, source FROM incident_sources) AS keys "
                      "JOIN incidents AS inc ON inc.id = keys.incident_id")
            where = "true"
        source += " CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS periods" if cells else ""
        sums = {"n": "count(*)", "fatalities": f"sum({values['fatalities']})",
                "lat_sum": f"sum({values.get('lat_sum')})", "lon_sum": f"sum({values.get('lon_sum')})"}
        picked = [sums.get(name, values[name]) for name in names]
        conn.exec_driver_sql(f"DELETE FROM {table.name}")
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({key}, {', '.join(names)}) "
            f"SELECT {value}, {', '.join(picked)} FROM {source} "
            f"WHERE {value} IS NOT NULL AND {value} <> '' AND {where} "
            f"GROUP BY {', '.join(str(k) for k in range(1, len(grouped) + 2))}")


def install(conn: Connection) -> None:
    """Create the triggers that keep the keyed roll-ups (the tables are made by revision 0013) and fill
    them from the rows stored."""
    ddl = _sqlite_ddl(conn.dialect) if conn.dialect.name == "sqlite" else _pg_ddl(conn.dialect)
    for statement in ddl:
        conn.exec_driver_sql(statement)
    _backfill(conn)
