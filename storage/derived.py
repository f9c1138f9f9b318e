"""Derived data kept up to date by the database itself, so the dashboard stays fast at 1,000,000 incidents.

- ``data_version``: one row whose counter every write to articles, incidents, incident sources or
  corrections bumps (triggers). Reading it is O(1); it replaces counting four tables on every rerun.
- ``incident_daily``: incidents and fatalities per day, event type, sub-type, governorate, status,
  historical flag and country (:func:`storage.countries.country_key`: the incident's country, or the
  one it counts in when it has none; revision 0009)
  (triggers on insert, update and delete of incidents: ingest, Parquet load and corrections alike).
  The timeline, the headline figures, counts and filter options read it instead of scanning every
  incident when the filters are only those columns (see :func:`rollup_usable`).
- Text search: an FTS5 ``trigram`` index (external content, kept by triggers) on SQLite; trigram GIN
  indexes (``pg_trgm``) on PostgreSQL, which the plain ``ILIKE`` search then uses.

:func:`install` creates what is missing and fills it from the existing rows (idempotent; run by the
Alembic revision ``0005_derived``). The triggers are the only writers of these tables.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import ClassVar

from sqlalchemy import Connection, Engine, Table, inspect, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

from storage.countries import RULE_COLUMNS, key_sql
from storage.store import (
    data_version_table,
    incident_actor_cells,
    incident_actor_daily,
    incident_outlet_cells,
    incident_outlet_daily,
    incidents,
)

log = logging.getLogger(__name__)

#: ``incident_daily.day`` of undated incidents (the key columns are NOT NULL so that upserts match).
UNDATED = date(1, 1, 1)
#: Text columns of incidents that the text search looks in (the same six as the LIKE scan).
TEXT_COLUMNS = ("evidence", "location", "actor1", "actor2", "admin1", "admin2")
#: Filters fields the daily roll-up can answer (any other non-empty field needs the incidents table).
ROLLUP_FIELDS = frozenset({"governorates", "date_from", "date_to", "event_types", "sub_event_types",
                           "include_rejected", "include_historical", "country"})
#: The shortest text search applied: the text indexes (FTS5 trigram, pg_trgm) answer needles of three
#: characters or more; a shorter one would scan every incident (3.4 s at 1,000,000), so it is not applied
#: (the dashboard says so, the CLI refuses it).
MIN_SEARCH_CHARS = 3
_TABLES = ("articles", "incidents", "incident_sources", "corrections")
_KEY = "day, event_type, sub_event_type, admin1, status, historical"
_FTS_FLAG = "_iim_fts5"


# ---------------------------------------------------------------- text search
class TextMatch(ColumnElement):
    """``needle`` found (case-insensitively) in one of :data:`TEXT_COLUMNS` of an incident.

    Compiled as the FTS5 trigram index on SQLite when :func:`install` made it, else as the six
    case-insensitive LIKE tests (``ILIKE`` on PostgreSQL, answered from its trigram indexes).
    """

    type = NullType()  # not Boolean: SQLite would get "(…) = 1", which no index answers
    inherit_cache = True
    _traverse_internals: ClassVar = [("needle", InternalTraversal.dp_string)]

    def __init__(self, needle: str) -> None:
        self.needle = needle


def _like(needle: str):
    c = incidents.c
    return or_(*(c[name].icontains(needle, autoescape=True) for name in TEXT_COLUMNS))


@compiles(TextMatch)
def _text_default(element: TextMatch, compiler, **kw) -> str:
    return f"({compiler.process(_like(element.needle), **kw)})"


@compiles(TextMatch, "sqlite")
def _text_sqlite(element: TextMatch, compiler, **kw) -> str:
    needle = element.needle
    if not getattr(compiler.dialect, _FTS_FLAG, False) or len(needle) < 3:
        return f"({compiler.process(_like(needle), **kw)})"  # trigrams need three characters
    phrase = '"' + needle.replace('"', '""') + '"'  # one FTS5 string: a substring match, case-folded
    column, value = compiler.process(incidents.c.id, **kw), compiler.process(literal(phrase), **kw)
    return f"({column} IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH {value}))"


class Unindexed(ColumnElement):
    """A column that SQLite must not pick an index for (``+column``): without statistics it takes
    ``status = 'active'`` (nearly every row) for a selective index and then sorts or probes a million
    rows instead of walking the event-date index. Plain elsewhere (PostgreSQL keeps statistics)."""

    inherit_cache = True
    _traverse_internals: ClassVar = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed)
def _unindexed_default(element: Unindexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(Unindexed, "sqlite")
def _unindexed_sqlite(element: Unindexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)


def search_needle(text: str) -> str:
    """The needle a text search looks for: ``text`` stripped, or "" when shorter than
    :data:`MIN_SEARCH_CHARS` (not applied).

    Examples
    --------
    >>> search_needle("  bomb "), search_needle("IS"), search_needle("عبوة")
    ('bomb', '', 'عبوة')
    """
    needle = text.strip()
    return needle if len(needle) >= MIN_SEARCH_CHARS else ""


def text_match(needle: str) -> ColumnElement:
    """The SQL condition of the text search (see :class:`TextMatch`)."""
    return TextMatch(needle)


# ---------------------------------------------------------------- the daily roll-up
def rollup_usable(filters) -> bool:
    """Whether ``filters`` only restrict columns the daily roll-up keeps."""
    from dataclasses import fields

    return all(spec.name in ROLLUP_FIELDS or not (search_needle(filters.text) if spec.name == "text"
                                                  else getattr(filters, spec.name)) for spec in fields(filters))


def _keyed_by(filters) -> str | None:
    """"actor" or "outlet" when ``filters`` name exactly one actor or one outlet (not both) and
    otherwise only what the plain roll-ups answer; else None. Two actors are not answered by the keyed
    roll-ups: an incident naming both is counted under each.

    Examples
    --------
    >>> from storage.filters import Filters
    >>> _keyed_by(Filters(actors=("ISIS",), governorates=("Diyala",))), _keyed_by(Filters(sources=("INA",)))
    ('actor', 'outlet')
    >>> _keyed_by(Filters(actors=("ISIS", "PMF"))), _keyed_by(Filters(actors=("ISIS",), sources=("INA",)))
    (None, None)
    >>> _keyed_by(Filters(actors=("ISIS",), text="bomb")), _keyed_by(Filters())
    (None, None)
    """
    from dataclasses import fields

    names = {spec.name for spec in fields(filters)
             if (search_needle(filters.text) if spec.name == "text" else getattr(filters, spec.name))}
    rest = names - ROLLUP_FIELDS
    if rest == {"actors"} and len(filters.actors) == 1:
        return "actor"
    if rest == {"sources"} and len(filters.sources) == 1:
        return "outlet"
    return None


def daily_of(filters) -> Table | None:
    """The keyed daily roll-up (``incident_actor_daily``, ``incident_outlet_daily``: storage/keyed.py) that
    answers ``filters`` (one actor or one outlet), or None; :func:`rollup_usable` filters are the plain
    ``incident_daily``'s."""
    keyed = _keyed_by(filters)
    return {"actor": incident_actor_daily, "outlet": incident_outlet_daily}.get(keyed) if keyed else None


def cells_of(filters) -> Table | None:
    """The keyed cell roll-up that answers ``filters`` (one actor or one outlet), or None."""
    keyed = _keyed_by(filters)
    return {"actor": incident_actor_cells, "outlet": incident_outlet_cells}.get(keyed) if keyed else None


# ---------------------------------------------------------------- DDL
def _keyed(conn: Connection, table: str) -> bool:
    """Whether the roll-up ``table`` has the ``country`` key (revision 0009): the triggers are made
    for the table as it is, so the revisions before 0009 (and 0009's downgrade) get theirs."""
    return "country" in {c["name"] for c in inspect(conn).get_columns(table)}


def _rollup_sql(conn: Connection, country: bool) -> dict[str, str]:
    """The daily roll-up's key, its values for a ``NEW`` row, the match of an ``OLD`` row, and the
    incidents columns whose update moves a row to another key."""
    sqlite = conn.dialect.name == "sqlite"
    undated = "'0001-01-01'" if sqlite else "DATE '0001-01-01'"

    def values(row: str) -> str:
        return (f"coalesce({row}.event_date, {undated}), {row}.event_type, {row}.sub_event_type, "
                f"coalesce({row}.admin1, ''), {row}.status, {row}.historical"
                + (f", {key_sql(row, conn.dialect)}" if country else ""))

    match = (f"day = coalesce(OLD.event_date, {undated}) AND event_type = OLD.event_type "
             "AND sub_event_type = OLD.sub_event_type AND admin1 = coalesce(OLD.admin1, '') "
             "AND status = OLD.status AND historical = OLD.historical"
             + (f" AND country = {key_sql('OLD', conn.dialect)}" if country else ""))
    rolled = "event_date, event_type, sub_event_type, admin1, status, historical, fatalities"
    return {"key": _KEY + (", country" if country else ""), "new": values("NEW"), "match": match,
            "rolled": rolled + (", " + ", ".join(c for c in RULE_COLUMNS if c != "admin1") if country else "")}


def _sqlite_ddl(fts: bool, sql: dict[str, str]) -> list[str]:
    bump = "UPDATE data_version SET n = n + 1 WHERE id = 1;"
    key = sql["key"]
    add = (f"INSERT INTO incident_daily ({key}, n, fatalities) VALUES ({sql['new']}, 1, coalesce(NEW.fatalities, 0)) "
           f"ON CONFLICT ({key}) DO UPDATE SET n = n + 1, fatalities = fatalities + excluded.fatalities;")
    remove = (f"UPDATE incident_daily SET n = n - 1, fatalities = fatalities - coalesce(OLD.fatalities, 0) "
              f"WHERE {sql['match']};")
    cols = ", ".join(TEXT_COLUMNS)
    fts_add = (f"INSERT INTO incidents_fts (rowid, {cols}) VALUES (NEW.id, "
               + ", ".join(f"NEW.{c}" for c in TEXT_COLUMNS) + ");") if fts else ""
    fts_remove = (f"INSERT INTO incidents_fts (incidents_fts, rowid, {cols}) VALUES ('delete', OLD.id, "
                  + ", ".join(f"OLD.{c}" for c in TEXT_COLUMNS) + ");") if fts else ""
    ddl = []
    if fts:
        ddl.append(f"CREATE VIRTUAL TABLE IF NOT EXISTS incidents_fts USING fts5({cols}, content='incidents', "
                   "content_rowid='id', tokenize='trigram')")
    for table in ("articles", "incident_sources", "corrections"):
        for op in ("INSERT", "UPDATE", "DELETE"):
            ddl.append(f"CREATE TRIGGER IF NOT EXISTS iim_{table}_{op.lower()}_version AFTER {op} ON {table} "
                       f"BEGIN {bump} END")
    ddl += [
        f"CREATE TRIGGER IF NOT EXISTS iim_incidents_insert AFTER INSERT ON incidents BEGIN {bump} {add} {fts_add} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_incidents_delete AFTER DELETE ON incidents BEGIN {bump} {remove} "
        f"{fts_remove} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_incidents_update_version AFTER UPDATE ON incidents BEGIN {bump} END",
        f"CREATE TRIGGER IF NOT EXISTS iim_incidents_update_rollup AFTER UPDATE OF {sql['rolled']} ON incidents "
        f"BEGIN {remove} {add} END",
    ]
    if fts:
        ddl.append(f"CREATE TRIGGER IF NOT EXISTS iim_incidents_update_fts AFTER UPDATE OF {cols} ON incidents "
                   f"BEGIN {fts_remove} {fts_add} END")
    return ddl


_BUMP_FUNCTION = """CREATE OR REPLACE FUNCTION iim_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END $$"""


def _pg_ddl(sql: dict[str, str]) -> list[str]:
    key = sql["key"]
    rollup = f"""CREATE OR REPLACE FUNCTION iim_incident_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE incident_daily SET n = n - 1, fatalities = fatalities - coalesce(OLD.fatalities, 0)
     WHERE {sql['match']};
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO incident_daily ({key}, n, fatalities)
    VALUES ({sql['new']}, 1, coalesce(NEW.fatalities, 0))
    ON CONFLICT ({key}) DO UPDATE SET n = incident_daily.n + 1,
      fatalities = incident_daily.fatalities + excluded.fatalities;
  END IF;
  RETURN NULL;
END $$"""
    ddl = [_BUMP_FUNCTION, rollup]
    for table in _TABLES:
        ddl += [f"DROP TRIGGER IF EXISTS iim_{table}_version ON {table}",
                f"CREATE TRIGGER iim_{table}_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION iim_bump_version()"]
    ddl += ["DROP TRIGGER IF EXISTS iim_incidents_rollup ON incidents",
            f"CREATE TRIGGER iim_incidents_rollup AFTER INSERT OR DELETE OR UPDATE OF {sql['rolled']} "
            "ON incidents FOR EACH ROW EXECUTE FUNCTION iim_incident_rollup()",
            # newest first without a sort (the table page, the CSV stream)
            "CREATE INDEX IF NOT EXISTS ix_incidents_newest ON incidents (event_date DESC NULLS LAST, id DESC)"]
    return ddl


def _has_fts5(conn: Connection) -> bool:
    options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _pg_trigram(conn: Connection) -> None:
    """Trigram GIN indexes on the searched columns, when the pg_trgm extension is or can be installed."""
    schema = conn.exec_driver_sql("SELECT extnamespace::regnamespace::text FROM pg_extension "
                                  "WHERE extname = 'pg_trgm'").scalar()
    if schema is None:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
            schema = "public"
        except Exception as exc:  # no right to create it: the search works, unindexed
            log.warning("pg_trgm not available, text search is not indexed: %s", exc)
            return
    for column in TEXT_COLUMNS:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_incidents_trgm_{column} ON incidents "
                             f"USING gin ({column} {schema}.gin_trgm_ops)")  # ILIKE uses it


def _backfill(conn: Connection, country: bool) -> None:
    conn.exec_driver_sql("DELETE FROM incident_daily")
    undated = "'0001-01-01'" if conn.dialect.name == "sqlite" else "DATE '0001-01-01'"
    key, groups = (f"{_KEY}, country", "1, 2, 3, 4, 5, 6, 7") if country else (_KEY, "1, 2, 3, 4, 5, 6")
    conn.exec_driver_sql(
        f"INSERT INTO incident_daily ({key}, n, fatalities) SELECT coalesce(event_date, {undated}), event_type, "
        "sub_event_type, coalesce(admin1, ''), status, historical, "
        + (f"{key_sql('incidents', conn.dialect)}, " if country else "")
        + f"count(*), coalesce(sum(fatalities), 0) FROM incidents GROUP BY {groups}")


def install(conn: Connection) -> None:
    """Create the version row, roll-up triggers and text indexes where missing, and fill them from the
    rows already stored. Idempotent. Run by the Alembic revision ``0005_derived`` (inside its locked
    transaction), and by ``0009_country`` once it has made the roll-up again with its country key;
    a later change to the triggers needs a new revision that drops and re-creates them."""
    conn.execute(data_version_table.insert().from_select(
        ["id", "n"], select(literal(1), literal(0)).where(~select(data_version_table.c.id).exists())))
    country = _keyed(conn, "incident_daily")
    sql = _rollup_sql(conn, country)
    fresh = False
    if conn.dialect.name == "sqlite":
        fts = _has_fts5(conn)
        existing = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table')")}
        fresh = "iim_incidents_insert" not in existing
        for statement in _sqlite_ddl(fts, sql):
            conn.exec_driver_sql(statement)
        # 0009 makes the roll-up triggers again, not the text index's own update trigger: no rebuild then
        if fts and ("incidents_fts" not in existing or "iim_incidents_update_fts" not in existing):
            conn.exec_driver_sql("INSERT INTO incidents_fts (incidents_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        fresh = not conn.exec_driver_sql("SELECT 1 FROM pg_trigger WHERE tgname = 'iim_incidents_rollup' "
                                         "AND tgrelid = 'incidents'::regclass").scalar()
        for statement in _pg_ddl(sql):
            conn.exec_driver_sql(statement)
        _pg_trigram(conn)
    if fresh:
        _backfill(conn, country)


def attach(engine: Engine) -> None:
    """Tell the engine's SQL compiler whether the FTS5 text index exists (one query at start-up);
    without it the text search is the plain LIKE scan, with the same results."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'incidents_fts'").scalar()
    setattr(engine.dialect, _FTS_FLAG, bool(found))


#: Objects :func:`install` makes that are not in ``storage.store.metadata`` (the FTS5 table and its
#: shadow tables, PostgreSQL-only indexes): schema comparisons leave them out.
EXTRA_OBJECTS = ("incidents_fts", "ix_incidents_trgm_", "ix_incidents_newest")


def is_extra(name: str | None) -> bool:
    """Whether a table or index ``name`` is one of :data:`EXTRA_OBJECTS`."""
    return bool(name) and name.startswith(EXTRA_OBJECTS)


def version(engine: Engine) -> str:
    """The data version: a counter bumped by every write (see the module docstring)."""
    with engine.connect() as conn:
        return str(conn.execute(select(data_version_table.c.n)).scalar() or 0)
