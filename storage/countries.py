"""Which country an incident counts in, for the country filter and the roll-ups kept by triggers.

The extractor stores every incident's country (ISO 3166-1 alpha-2: ``IQ``, or ``SY``, ``TR``… for an
event abroad, which has no point in Iraq). Rows written before it did, or by other tools, may have
none. Such an incident counts as Iraq when it has a governorate, a point inside Iraq's extent
(:data:`IRAQ_BOX`) or no point at all: before events abroad were kept, every incident stored was an
Iraqi one, and an unplaced event is an Iraqi one for the extractor too (it stores ``IQ``). Only a
point outside Iraq, with no country and no governorate, leaves the country unknown (``""``): such an
incident is shown with "all countries" and never with "Iraq only".

:func:`country_key` is that rule as one SQL expression: the roll-ups' ``country`` key column is
written with it (``storage.derived``, ``storage.cells``), and :func:`country_condition` filters the
incidents table by the same rule, so both paths count the same incidents; :func:`country_keys` is
the same rule on Arrow arrays, for the exports' ``iso`` and ``country`` columns.
"""

from __future__ import annotations

from types import SimpleNamespace

import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import and_, case, func, literal_column, or_
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.expression import ColumnElement

#: Iraq's code, the country filter's default.
IRAQ = "IQ"
#: The country filter's value for every country (``?country=all`` in the URL).
ALL_COUNTRIES = ""
#: The roll-ups' key for an incident whose country is unknown.
UNKNOWN = ""
#: Iraq's extent (south, west, north, east, degrees): the governorate polygons' bounds rounded
#: outward to 0.01 degree (a test recomputes them from geo/data/governorates.geojson).
IRAQ_BOX = (29.06, 38.77, 37.38, 48.56)
#: The incidents columns the rule reads.
RULE_COLUMNS = ("country", "admin1", "latitude", "longitude")


def _stated(row) -> ColumnElement:
    return func.coalesce(row.country, "") != ""


def counts_as_iraq(row) -> ColumnElement:
    """No country stored, and a governorate, a point inside :data:`IRAQ_BOX` or no point."""
    south, west, north, east = IRAQ_BOX
    return or_(func.coalesce(row.admin1, "") != "", row.latitude.is_(None), row.longitude.is_(None),
               and_(row.latitude.between(south, north), row.longitude.between(west, east)))


def country_key(row) -> ColumnElement:
    """The country an incident counts in (``row``: the incidents table's columns, or a trigger's
    ``NEW``/``OLD`` row, see :func:`key_sql`): its own country, else ``IQ`` or ``""`` (module docstring)."""
    return case((_stated(row), row.country), (counts_as_iraq(row), IRAQ), else_=UNKNOWN)


def country_condition(row, country: str) -> ColumnElement:
    """``country_key(row) == country`` written so that the database can use the country column
    (its index and, on PostgreSQL, its statistics: Iraq is nearly every row, another country few)."""
    if country == IRAQ:
        return or_(row.country == IRAQ, and_(~_stated(row), counts_as_iraq(row)))
    return row.country == country


def country_keys(country: pa.Array, admin1: pa.Array, latitude: pa.Array, longitude: pa.Array) -> pa.Array:
    """:func:`country_key` of each incident, on Arrow arrays of its :data:`RULE_COLUMNS` (column at a
    time, no Python call per row): what the exports write (:mod:`storage.acled`'s ``iso_of``).

    Examples
    --------
    >>> country_keys(pa.array(["SY", None, None, ""]), pa.array([None, None, "Basra", None]),
    ...              pa.array([None, 33.5, 36.3, None]), pa.array([None, 36.3, 37.0, None])).to_pylist()
    ['SY', '', 'IQ', 'IQ']
    """
    south, west, north, east = IRAQ_BOX

    def filled(text: pa.Array) -> pa.Array:
        return pc.fill_null(pc.not_equal(text.cast(pa.string()), ""), False)

    def within(values: pa.Array, low: float, high: float) -> pa.Array:
        values = values.cast(pa.float64())
        return pc.fill_null(pc.and_(pc.greater_equal(values, low), pc.less_equal(values, high)), False)

    no_point = pc.or_(pc.is_null(latitude), pc.is_null(longitude))
    iraq = pc.or_(pc.or_(filled(admin1), no_point),
                  pc.and_(within(latitude, south, north), within(longitude, west, east)))
    unstated = pc.if_else(iraq, IRAQ, UNKNOWN)
    return pc.if_else(filled(country), country.cast(pa.string()), unstated)


def key_sql(row: str, dialect: Dialect) -> str:
    """:func:`country_key` as SQL text for a trigger or a backfill, on the columns of ``row``
    (``NEW``, ``OLD`` or a table name).

    Examples
    --------
    >>> from sqlalchemy.dialects import sqlite
    >>> key_sql("NEW", sqlite.dialect())[:60]
    "CASE WHEN (coalesce(NEW.country, '') != '') THEN NEW.country"
    """
    columns = SimpleNamespace(**{name: literal_column(f"{row}.{name}") for name in RULE_COLUMNS})
    return str(country_key(columns).compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def parse_country(raw: str | None) -> str:
    """The country filter's value from a URL or a command line: ``IQ`` (the default, also for a value
    that is no country code), ``""`` for ``all``, else the two-letter code in capitals.

    Examples
    --------
    >>> parse_country(None), parse_country("all"), parse_country(" sy "), parse_country("Syria")
    ('IQ', '', 'SY', 'IQ')
    """
    value = (raw or "").strip()
    if value.lower() == "all":
        return ALL_COUNTRIES
    return value.upper() if len(value) == 2 and value.isascii() and value.isalpha() else IRAQ
