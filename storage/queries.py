"""Reading incidents back: one ``Filters`` value drives the dashboard, the CLI export and the URL.

Everything is filtered in SQL; the functions are pure functions of (engine, filters). Filters
live in :mod:`storage.filters`, aggregates (figures, per governorate, per period, per map cell) in
:mod:`storage.aggregates`; both are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, Table, and_, exists, func, or_, select, union
from sqlalchemy.sql.expression import ColumnElement

from storage.aggregates import counts_by_governorate, first_and_last, grid_cells, summary_figures, timeline
from storage.clusters import (
    ROWS_CAP,
    cluster_counts,
    clusters_from_grid,
    clusters_of_rows,
    grid_of_rows,
    map_clusters,
    map_rows,
    newest_in_clusters,
    newest_of_rows,
    newest_order,
    quotas_of,
    reads_rows,
)
from storage.countries import ALL_COUNTRIES, IRAQ, country_condition
from storage.derived import UNDATED, daily_of, rollup_usable
from storage.derived import version as derived_version
from storage.filters import Filters, conditions
from storage.store import (
    articles,
    corrections,
    incident_actor_daily,
    incident_daily,
    incident_outlet_daily,
    incidents,
    place_mentions,
)
from storage.store import incident_sources as incident_sources_table

__all__ = [
    "COLUMNS",
    "ROWS_CAP",
    "Filters",
    "cluster_counts",
    "clusters_from_grid",
    "clusters_of_rows",
    "conditions",
    "count_incidents",
    "counts_by_governorate",
    "data_version",
    "filter_options",
    "freshness",
    "grid_cells",
    "grid_of_rows",
    "incident_detail",
    "incident_sources",
    "latest_event_date",
    "map_clusters",
    "map_rows",
    "newest_in_clusters",
    "newest_of_rows",
    "query_incidents",
    "quotas_of",
    "reads_rows",
    "report_places",
    "summary_figures",
    "timeline",
]

#: Columns of :func:`query_incidents`, in order.
COLUMNS = (
    "incident_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries",
    "evidence", "sources", "source_urls", "n_sources", "confidence", "place_id", "status", "historical",
    "created_at", "forwarded_from",
)


#: Asked for by name only: each incident's source rows (see :func:`incident_sources`), one query more.
SOURCE_ROWS = "source_rows"


def _sort_key(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column) if column.name == "event_date" else column


_INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "injuries", "n_sources")
_FLOAT_COLUMNS = ("latitude", "longitude", "confidence")


def _wanted(columns: Sequence[str] | None) -> tuple[str, ...]:
    if columns is None:
        return COLUMNS
    names = tuple(dict.fromkeys(columns))
    unknown = [n for n in names if n not in COLUMNS and n != SOURCE_ROWS]
    if unknown:
        raise ValueError(f"unknown incident columns {unknown}; known: {', '.join(COLUMNS)}")
    return names


def _frame(rows: Sequence, fetched: Sequence[str]) -> pd.DataFrame:
    # Column by column: much faster than DataFrame.from_records on Row objects.
    values = list(zip(*rows, strict=True)) if rows else [()] * len(fetched)
    frame = pd.DataFrame({name: pd.Series(v, dtype=object) for name, v in zip(fetched, values, strict=True)})
    for name in fetched:
        if name in _INT_COLUMNS:
            frame[name] = frame[name].astype("Int64")
        elif name in _FLOAT_COLUMNS:
            frame[name] = frame[name].astype("float64")
    if "incident_id" in frame:
        frame["incident_id"] = frame["incident_id"].astype("int64")
    if "n_sources" in frame:
        frame["n_sources"] = frame["n_sources"].fillna(0)
    return frame


def query_incidents(engine: Engine, filters: Filters, *, columns: Sequence[str] | None = None,
                    limit: int | None = None) -> pd.DataFrame:
    """The incidents matching ``filters``, newest first (then highest id), one row each.

    ``columns`` picks some of :data:`COLUMNS` (in the order given; default all): the map needs five,
    not the evidence text. ``limit`` keeps the newest rows only, sorted and cut in SQL; the result
    is then the same as ``query_incidents(engine, filters, columns=columns).head(limit)``.
    """
    names = _wanted(columns)
    fetched = tuple(dict.fromkeys((*(n for n in names if n != SOURCE_ROWS), "incident_id", "event_date")))
    c = incidents.c
    picked = [c.id.label("incident_id") if name == "incident_id" else c[name] for name in fetched]
    walk = limit is not None and _walk_actors(engine, filters, limit)
    query = select(*picked).where(and_(True, *conditions(filters, newest=limit is not None, walk_actors=walk)))
    if limit is not None:
        query = query.order_by(*newest_first(engine)).limit(max(0, int(limit)))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    frame = _frame(rows, fetched)
    if limit is None:
        # Sorting here rather than in SQL: SQLite's ORDER BY over wide rows is the slowest part.
        frame = frame.sort_values(["event_date", "incident_id"], ascending=False, na_position="last",
                                  ignore_index=True, key=_sort_key)
    if SOURCE_ROWS in names:
        rows = incident_sources(engine, frame["incident_id"].tolist())
        frame[SOURCE_ROWS] = pd.Series([rows.get(i, []) for i in frame["incident_id"]], index=frame.index,
                                       dtype=object)
    return frame if fetched == names else frame.loc[:, list(names)]


def _walk_actors(engine: Engine, filters: Filters, limit: int) -> bool:
    """Whether the ``limit`` newest incidents of ``filters``' actors are found sooner along the event-date
    index than through the actor indexes (SQLite: the planner has no statistics and takes the actor
    indexes, reading and sorting every incident of the actor: 0.46-0.74 s CPU for one actor of 170,427
    at 1,000,000). The walk reads about ``limit`` × N / n incidents (n of the actor among the N the other
    filters match), the actor indexes n: the walk is taken when that is fewer, with both counts from
    the roll-ups (one actor: the one keyed by actor); never for a rare actor, which the walk would look
    for through most of the table."""
    if engine.dialect.name != "sqlite" or not filters.actors:
        return False
    others = replace(filters, actors=())
    if daily_of(filters) is None or not rollup_usable(others):
        return False
    n, everyone = count_incidents(engine, filters), count_incidents(engine, others)
    return n > 0 and max(1, limit) * everyone < n * n


def incident_sources(engine: Engine, incident_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The source rows of incidents: ``{incident_id: [{"source", "url", "title", "published",
    "forwarded_from"}, ...]}``.

    One row per report merged into the incident, in the order they were stored; each row's URL is
    that outlet's own (None when it had none); ``forwarded_from`` names who first posted a message
    the outlet only relayed (a Telegram export's, else None). Every view that names sources renders
    from these rows (popups, cards, detail); ``query_incidents(..., columns=[..., "source_rows"])``
    attaches them.
    """
    s, a = incident_sources_table.c, articles.c
    found: dict[int, list[dict[str, Any]]] = {}
    ids = sorted({int(i) for i in incident_ids})
    with engine.connect() as conn:
        for start in range(0, len(ids), 5000):
            query = (select(s.incident_id, s.source, s.url, s.title, s.published, a.forwarded_from)
                     .outerjoin(articles, a.id == s.article_id)
                     .where(s.incident_id.in_(ids[start:start + 5000])).order_by(s.incident_id, s.id))
            for row in conn.execute(query):
                found.setdefault(row.incident_id, []).append(
                    {"source": row.source, "url": row.url, "title": row.title, "published": row.published,
                     "forwarded_from": row.forwarded_from})
    return found


def place_surfaces(engine: Engine, incident_ids: Sequence[int]) -> dict[int, list[str]]:
    """How the reports of each incident wrote its place: ``{incident_id: [surface, ...]}``, the words
    found in the texts for the incident's ``place_id`` (an Arabic report's own spelling), in the order
    the reports were stored. Incidents whose place no mention names are left out. For a name the
    gazetteer cannot give (a place it no longer knows)."""
    m = place_mentions.c
    found: dict[int, list[str]] = {}
    for incident_id, surface, _ in _mentions(engine, incident_ids, m.place_id == incidents.c.place_id):
        found.setdefault(incident_id, []).append(surface)
    return found


def report_places(engine: Engine, incident_ids: Sequence[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Every place the reports of each incident named: ``{incident_id: [(surface, place_id), ...]}``,
    in the order the reports and their words were stored. For an incident stored with a place name but
    no ``place_id``: which of its reports' words wrote that place."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    for incident_id, surface, place_id in _mentions(engine, incident_ids, True):
        found.setdefault(incident_id, []).append((surface, place_id))
    return found


def _mentions(engine: Engine, incident_ids: Sequence[int], which) -> list[tuple[int, str, str | None]]:
    s, i, m = incident_sources_table.c, incidents.c, place_mentions.c
    ids = sorted({int(n) for n in incident_ids})
    rows: list[tuple[int, str, str | None]] = []
    with engine.connect() as conn:
        for start in range(0, len(ids), 5000):
            query = (select(s.incident_id, m.surface, m.place_id).join(incidents, i.id == s.incident_id)
                     .join(place_mentions, and_(m.article_id == s.article_id, which))
                     .where(s.incident_id.in_(ids[start:start + 5000])).order_by(s.incident_id, s.id, m.start))
            rows += [tuple(row) for row in conn.execute(query)]
    return rows


def newest_first(engine: Engine) -> tuple:
    """ORDER BY newest event first (undated last), then highest id, in a form the database answers
    from an index instead of sorting every row: SQLite already sorts NULL lowest (so last when
    descending; its event_date index walked backwards), PostgreSQL has ``ix_incidents_newest``."""
    return newest_order(engine)


def count_incidents(engine: Engine, filters: Filters) -> int:
    """How many incidents match ``filters`` (the total shown next to a table cut with ``limit``)."""
    rolled = incident_daily if rollup_usable(filters) else daily_of(filters)
    if rolled is not None:
        with engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.sum(rolled.c.n), 0))
                                    .where(and_(True, *conditions(filters, on=rolled)))).scalar_one())
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(incidents)
                                .where(and_(True, *conditions(filters)))).scalar_one())


def _distinct(conn, column, *where) -> list[str]:
    return sorted(v for v in conn.execute(select(column).where(*where).distinct()).scalars() if v)


#: Actors and outlets seen, per database, list and the highest incident / source id they were read at.
_SEEN: dict[tuple[str, str], tuple[int, list[str]]] = {}


def _seen(conn, key: str, top_column, query) -> list[str]:
    """Distinct values read again only when rows were added since (highest id: O(1)); corrections
    never change actors or outlets, and a deleted value left in a list only matches nothing."""
    top = conn.execute(select(func.max(top_column))).scalar() or 0
    cache_key = (conn.engine.url.render_as_string(hide_password=False), key)
    cached = _SEEN.get(cache_key)
    if cached is None or cached[0] != top:
        cached = (top, sorted(v for v in conn.execute(query).scalars() if v))
        _SEEN[cache_key] = cached
    return list(cached[1])


#: How many values :func:`_offered` checks in one query (one probe of the index or two each).
OFFERED_CHUNK = 200


def _offered(conn, country: str, everyone: list[str], rolled: Table) -> list[str]:
    """The values (actors, outlets) of ``everyone`` that count in ``country``, checked in ``rolled``, the
    daily roll-up keyed by them (storage/keyed.py), by probes of its (value, country) index that stop
    at the first row: one country, the values with an incident there; Iraq only, every value but those
    named abroad and never in Iraq. The cost grows with the values, not with the incidents abroad
    (before revision 0013 these read the incidents abroad and probed the incidents of each candidate:
    1.4-1.9 s CPU on PostgreSQL at 1,000,000)."""
    if country == ALL_COUNTRIES:
        return everyone
    r = rolled.c
    value = r.actor if "actor" in r else r.outlet

    def named(v: str, *where) -> ColumnElement:
        return exists().where(value == v, *where)

    def kept(v: str) -> ColumnElement:
        if country != IRAQ:
            return named(v, r.country == country, r.n > 0)
        # named abroad (a row emptied by deletions counts too: it only makes a candidate) and never in Iraq;
        # the countries before and after IQ in two probes (one with an OR walked every Iraqi row of the value)
        abroad = or_(named(v, r.country < IRAQ), named(v, r.country > IRAQ))
        return and_(abroad, ~named(v, r.country == IRAQ, r.n > 0))

    left_out: set[str] = set()
    for start in range(0, len(everyone), OFFERED_CHUNK):
        chunk = everyone[start:start + OFFERED_CHUNK]
        answers = conn.execute(select(*(kept(v).label(f"v{k}") for k, v in enumerate(chunk)))).one()
        keep_when = country != IRAQ  # one country: keep what is named there; Iraq: drop what is abroad only
        left_out |= {v for v, answer in zip(chunk, answers, strict=True) if bool(answer) != keep_when}
    return [v for v in everyone if v not in left_out]


def _actors(conn, country: str) -> list[str]:
    c = incidents.c
    return _offered(conn, country, _seen(conn, "actors", c.id, union(select(c.actor1), select(c.actor2))),
                    incident_actor_daily)


def _sources(conn, country: str) -> list[str]:
    s = incident_sources_table.c
    return _offered(conn, country, _seen(conn, "sources", s.id, select(s.source).distinct()), incident_outlet_daily)


def filter_options(engine: Engine, country: str = ALL_COUNTRIES) -> dict[str, Any]:
    """The values each filter can take among the incidents that count in ``country``
    (:func:`storage.countries.country_key`; ``""``, the default, for every country): governorates,
    event types, sub-types, actors, sources and dates; and ``countries``, the codes incidents count in
    (not "" for unknown), always of every country (the country filter's own choices).

    Under "Iraq only" the sidebar so offers no actor, outlet or type seen only in events abroad, and its
    quick date ranges end at the newest Iraqi incident. Governorates, types, countries and dates come
    from the daily roll-up (keyed by country); actors and outlets are kept per process until incidents
    or sources are added; for one country, those of its incidents, and under "Iraq only" every one but
    those seen only abroad: both read from the daily roll-ups keyed by actor and by outlet
    (storage/keyed.py) through their country index (the rows abroad, then one probe per candidate), so
    neither reads an incident.
    """
    r = incident_daily.c
    here = [r.n > 0] + ([r.country == country] if country != ALL_COUNTRIES else [])
    with engine.connect() as conn:
        low, high = first_and_last(conn, r.day, [*here, r.day > UNDATED])
        return {
            "governorates": _distinct(conn, r.admin1, *here),
            "event_types": _distinct(conn, r.event_type, *here),
            "sub_event_types": _distinct(conn, r.sub_event_type, *here),
            "countries": _distinct(conn, r.country, r.n > 0),
            "actors": _actors(conn, country),
            "sources": _sources(conn, country),
            "min_date": low,
            "max_date": high,
        }


def incident_detail(engine: Engine, incident_id: int) -> dict[str, Any] | None:
    """One incident with its sources (title, url, date, evidence, who first posted a forwarded one) and
    corrections; None if unknown."""
    with engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
        if row is None:
            return None
        s, a = incident_sources_table.c, articles.c
        sources = conn.execute(
            select(s.article_id, s.source, s.url, s.published, s.evidence, func.coalesce(s.title, a.title).label("title"),
                   a.forwarded_from)
            .join(articles, a.id == s.article_id).where(s.incident_id == incident_id).order_by(s.id)
        ).mappings().all()
        fixes = conn.execute(select(corrections).where(corrections.c.incident_id == incident_id)
                             .order_by(corrections.c.id)).mappings().all()
    detail = dict(row)
    detail["incident_id"] = detail.pop("id")
    detail["sources"] = [dict(r) for r in sources]
    detail["corrections"] = [dict(r) for r in fixes]
    return detail


def freshness(engine: Engine) -> dict[str, Any]:
    """How fresh the data is: ``latest_event`` (newest event date of an active incident) and
    ``latest_ingest`` (when the newest article was ingested, timezone-aware UTC); None when empty.

    Deliberately not filtered by country (nor by any filter): the line tells how current the ingest
    is, the same on every view; a newest event abroad is news the pipeline has read too. Under "Iraq
    only" the quick date ranges end at the newest Iraqi incident instead (:func:`filter_options`)."""
    r = incident_daily.c
    with engine.connect() as conn:  # both O(1)-ish at a million rows: the roll-up, the newest article row
        event = conn.execute(select(func.max(r.day)).where(r.status == "active", r.n > 0, r.day > UNDATED)).scalar()
        ingested = conn.execute(select(articles.c.ingested_at).order_by(articles.c.id.desc()).limit(1)).scalar()
    if isinstance(ingested, str):  # SQLite without type affinity on an aggregate
        ingested = datetime.fromisoformat(ingested)
    if ingested is not None and ingested.tzinfo is None:
        ingested = ingested.replace(tzinfo=UTC)
    return {"latest_event": event, "latest_ingest": ingested}


def latest_event_date(engine: Engine, filters: Filters) -> date | None:
    """The newest event date among the incidents matching ``filters`` with its dates left out: where
    an empty date window can move to."""
    with engine.connect() as conn:
        return conn.execute(select(func.max(incidents.c.event_date))
                            .where(and_(True, *conditions(filters, with_dates=False)))).scalar()


#: :func:`latest_reports`: an ingest batch (one arrival time) of at most this many articles is read
#: through the arrival-time index and sorted; a larger one (a backfill) is walked newest source first.
SMALL_BATCH = 2_000
#: How many source ids each step of that walk covers.
WALK_IDS = 50_000

LATEST_COLUMNS = ["incident_id", "event_date", "event_type", "sub_event_type", "location", "place_id", "admin1",
                  "fatalities", "historical", "source", "published", "ingested_at"]


def latest_reports(engine: Engine, n: int = 8, country: str = IRAQ) -> pd.DataFrame:
    """The incidents of the ``n`` most recently ingested reports, newest first: what a live panel
    shows; those in ``country`` (:func:`storage.countries.country_key`; ``""`` for every country).
    Columns incident_id, event_date, event_type, sub_event_type, location, place_id, admin1,
    fatalities, historical, source, published, ingested_at.

    The order is the arrival time, then the source row's id, both newest first. For one country
    abroad (few incidents) the database starts from the country index. For Iraq or every country
    (nearly every row) the arrival times are walked newest first along their index (revision 0010),
    one ingest batch at a time: a small batch through that index and the sources' article index,
    a large one (every article of a backfill shares its time) along the source ids from the newest,
    a step at a time, until ``n`` rows are found — never a sort of every source row."""
    n = max(0, int(n))
    a = articles.c
    found: list = []
    with engine.connect() as conn:
        if country not in (IRAQ, ALL_COUNTRIES):
            found = conn.execute(_latest_select(country).order_by(a.ingested_at.desc(), incident_sources_table.c.id.desc())
                                 .limit(n)).mappings().all()
        newer = None  # the arrival time of the batch read last
        while country in (IRAQ, ALL_COUNTRIES) and len(found) < n:
            latest = select(func.max(a.ingested_at))
            at = conn.execute(latest if newer is None else latest.where(a.ingested_at < newer)).scalar()
            if at is None:
                break
            size = conn.execute(select(func.count()).select_from(
                select(a.id).where(a.ingested_at == at).limit(SMALL_BATCH + 1).subquery())).scalar()
            if size <= SMALL_BATCH:
                found += conn.execute(_latest_select(country).where(a.ingested_at == at)
                                      .order_by(incident_sources_table.c.id.desc()).limit(n - len(found))
                                      ).mappings().all()
            else:
                found += _walk_batch(conn, country, at, n - len(found))
            newer = at
    return pd.DataFrame([dict(r) for r in found], columns=LATEST_COLUMNS)


def _latest_select(country: str, walk: bool = False) -> Any:
    """The rows of :func:`latest_reports` in ``country``, unordered. ``walk``: written so that SQLite
    reads them along the source ids (the incidents' status wrapped in ``coalesce()``, which no index
    answers: nearly every row is active; PostgreSQL's statistics tell it so, and the plain condition
    lets it join along the source ids there)."""
    s, i, a = incident_sources_table.c, incidents.c, articles.c
    status = func.coalesce(i.status, i.status) if walk else i.status
    where = [status == "active"] + ([country_condition(i, country)] if country != ALL_COUNTRIES else [])
    return (select(i.id.label("incident_id"), i.event_date, i.event_type, i.sub_event_type, i.location,
                   i.place_id, i.admin1, i.fatalities, i.historical, s.source, s.published, a.ingested_at)
            .select_from(incident_sources_table).join(incidents, i.id == s.incident_id)
            .join(articles, a.id == s.article_id).where(*where))


def _walk_batch(conn: Connection, country: str, at: datetime, n: int) -> list:
    """The first ``n`` rows of :func:`latest_reports` in ``country`` whose article arrived at ``at``,
    highest source id first: read along the source ids, :data:`WALK_IDS` at a time, from the highest."""
    s, a = incident_sources_table.c, articles.c
    top = conn.execute(select(func.max(s.id))).scalar()
    bottom = conn.execute(select(func.min(s.id))).scalar()
    found: list = []
    sqlite = conn.dialect.name == "sqlite"
    arrived = func.coalesce(a.ingested_at, a.ingested_at) if sqlite else a.ingested_at  # as the status
    step = _latest_select(country, walk=sqlite).where(arrived == at)
    while top is not None and top >= bottom and len(found) < n:
        found += conn.execute(step.where(s.id <= top, s.id > top - WALK_IDS).order_by(s.id.desc())
                              .limit(n - len(found))).mappings().all()
        top -= WALK_IDS
    return found


def data_version(engine: Engine) -> str:
    """A token that changes whenever articles, incidents, sources or corrections change: one row
    bumped by the database's triggers on every write (O(1); :mod:`storage.derived`)."""
    return derived_version(engine)
