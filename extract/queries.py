"""Reading incidents back: one ``Filters`` value drives the dashboard, the CLI export and the URL.

Everything is filtered in SQL; the functions are pure functions of (engine, filters).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Integer, and_, cast, exists, func, or_, select, union

from extract.store import articles, corrections, incident_sources, incidents

#: Columns of :func:`query_incidents`, in order.
COLUMNS = (
    "incident_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "evidence", "sources", "source_urls", "n_sources", "confidence", "place_id", "status",
)

# Filters field -> URL parameter name (short, so a shared link stays readable).
_PARAMS = {
    "governorates": "gov", "date_from": "from", "date_to": "to", "event_types": "type",
    "sub_event_types": "sub", "actors": "actor", "sources": "source", "text": "q",
    "include_rejected": "rejected",
}


def _values(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else list(raw)
    return tuple(str(v).strip() for v in items if str(v).strip())


def _date(raw: Any) -> date | None:
    values = _values(raw)
    try:
        return date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None  # a hand-edited URL with a bad date shows everything rather than failing


@dataclass(frozen=True)
class Filters:
    """What the user selected. Empty tuples mean "all"; dates are inclusive.

    Examples
    --------
    >>> f = Filters(governorates=("Diyala",), date_from=date(2025, 1, 1))
    >>> f.to_query_params()
    {'gov': ['Diyala'], 'from': '2025-01-01'}
    >>> Filters.from_query_params(f.to_query_params()) == f
    True
    """

    governorates: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str = ""
    include_rejected: bool = False

    def __post_init__(self) -> None:
        # Widgets hand over lists; tuples keep Filters hashable and comparable.
        for spec in fields(self):
            value = getattr(self, spec.name)
            if isinstance(value, list | set | frozenset):
                object.__setattr__(self, spec.name, tuple(value))

    def to_query_params(self) -> dict[str, str | list[str]]:
        """URL query parameters for the non-default fields (lists for the multi-valued ones)."""
        params: dict[str, str | list[str]] = {}
        for name, value in asdict(self).items():
            key = _PARAMS[name]
            if isinstance(value, tuple) and value:
                params[key] = list(value)
            elif isinstance(value, date):
                params[key] = value.isoformat()
            elif name == "text" and value.strip():
                params[key] = value.strip()
            elif name == "include_rejected" and value:
                params[key] = "1"
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, Any]) -> Filters:
        """The inverse of :meth:`to_query_params`; a value may be a string or a list of strings."""
        kwargs: dict[str, Any] = {}
        for spec in fields(cls):
            raw = params.get(_PARAMS[spec.name])
            if raw is None:
                continue
            if spec.name in ("date_from", "date_to"):
                kwargs[spec.name] = _date(raw)
            elif spec.name == "text":
                kwargs[spec.name] = " ".join(_values(raw))
            elif spec.name == "include_rejected":
                kwargs[spec.name] = _values(raw)[-1:] in (("1",), ("true",), ("yes",))
            else:
                kwargs[spec.name] = _values(raw)
        return cls(**kwargs)


def conditions(filters: Filters, *, with_dates: bool = True) -> list:
    """SQL conditions on ``incidents`` for ``filters``."""
    c = incidents.c
    where = []
    if not filters.include_rejected:
        where.append(c.status == "active")
    if filters.governorates:
        where.append(c.admin1.in_(filters.governorates))
    if filters.event_types:
        where.append(c.event_type.in_(filters.event_types))
    if filters.sub_event_types:
        where.append(c.sub_event_type.in_(filters.sub_event_types))
    if filters.actors:
        where.append(or_(c.actor1.in_(filters.actors), c.actor2.in_(filters.actors)))
    if filters.sources:
        where.append(exists().where(incident_sources.c.incident_id == c.id,
                                    incident_sources.c.source.in_(filters.sources)))
    if filters.text.strip():
        needle = filters.text.strip()
        where.append(or_(*(col.icontains(needle, autoescape=True) for col in (
            c.evidence, c.location, c.actor1, c.actor2, c.admin1, c.admin2))))
    if with_dates and filters.date_from:
        where.append(c.event_date >= filters.date_from)
    if with_dates and filters.date_to:
        where.append(c.event_date <= filters.date_to)
    return where


def _sort_key(column: pd.Series) -> pd.Series:
    return pd.to_datetime(column) if column.name == "event_date" else column


_INT_COLUMNS = ("time_precision", "geo_precision", "fatalities", "n_sources")
_FLOAT_COLUMNS = ("latitude", "longitude", "confidence")


def _wanted(columns: Sequence[str] | None) -> tuple[str, ...]:
    if columns is None:
        return COLUMNS
    names = tuple(dict.fromkeys(columns))
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown incident columns {unknown}; known: {', '.join(COLUMNS)}")
    return names


def query_incidents(engine: Engine, filters: Filters, *, columns: Sequence[str] | None = None,
                    limit: int | None = None) -> pd.DataFrame:
    """The incidents matching ``filters``, newest first (then highest id), one row each.

    ``columns`` picks some of :data:`COLUMNS` (in the order given; default all): the map needs five,
    not the evidence text. ``limit`` keeps the newest rows only, sorted and cut in SQL; the result
    is then the same as ``query_incidents(engine, filters, columns=columns).head(limit)``.
    """
    names = _wanted(columns)
    fetched = tuple(dict.fromkeys((*names, "incident_id", "event_date")))  # the sort keys
    c = incidents.c
    picked = [c.id.label("incident_id") if name == "incident_id" else c[name] for name in fetched]
    query = select(*picked).where(and_(True, *conditions(filters)))
    if limit is not None:
        query = query.order_by(c.event_date.desc().nulls_last(), c.id.desc()).limit(max(0, int(limit)))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
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
    if limit is None:
        # Sorting here rather than in SQL: SQLite's ORDER BY over wide rows is the slowest part.
        frame = frame.sort_values(["event_date", "incident_id"], ascending=False, na_position="last",
                                  ignore_index=True, key=_sort_key)
    return frame if fetched == names else frame.loc[:, list(names)]


def count_incidents(engine: Engine, filters: Filters) -> int:
    """How many incidents match ``filters`` (the total shown next to a table cut with ``limit``)."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(incidents)
                                .where(and_(True, *conditions(filters)))).scalar_one())


def _floor(engine: Engine, value):
    if engine.dialect.name == "sqlite":  # floor() needs SQLite's optional math functions
        whole = cast(value, Integer)  # truncates toward zero in SQLite
        return whole - cast(value < whole, Integer)
    return cast(func.floor(value), Integer)


def grid_cells(engine: Engine, filters: Filters, cell: float) -> pd.DataFrame:
    """Located incidents counted in SQL per square cell of ``cell`` degrees and event type.

    Columns ``i``, ``j`` (cell = ``floor(latitude / cell)``, ``floor(longitude / cell)``; the
    lower-left corner is ``(i * cell, j * cell)``), ``event_type``, ``count``, ``fatalities``.
    The map draws these instead of fetching 100,000 rows.
    """
    c = incidents.c
    i, j = _floor(engine, c.latitude / cell).label("i"), _floor(engine, c.longitude / cell).label("j")
    query = (select(i, j, c.event_type, func.count(), func.coalesce(func.sum(c.fatalities), 0))
             .where(and_(c.latitude.is_not(None), c.longitude.is_not(None), *conditions(filters)))
             .group_by(i, j, c.event_type))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    frame = pd.DataFrame.from_records(rows, columns=["i", "j", "event_type", "count", "fatalities"])
    return frame.astype({"i": "int64", "j": "int64", "count": "int64", "fatalities": "int64"})


def _distinct(conn, column) -> list[str]:
    return sorted(v for v in conn.execute(select(column).distinct()).scalars() if v)


def filter_options(engine: Engine) -> dict[str, Any]:
    """The values each filter can take: governorates, event types, sub-types, actors, sources, dates."""
    c = incidents.c
    with engine.connect() as conn:
        actors = sorted(v for v in conn.execute(union(select(c.actor1), select(c.actor2))).scalars() if v)
        low, high = conn.execute(select(func.min(c.event_date), func.max(c.event_date))).one()
        return {
            "governorates": _distinct(conn, c.admin1),
            "event_types": _distinct(conn, c.event_type),
            "sub_event_types": _distinct(conn, c.sub_event_type),
            "actors": actors,
            "sources": _distinct(conn, incident_sources.c.source),
            "min_date": low,
            "max_date": high,
        }


def incident_detail(engine: Engine, incident_id: int) -> dict[str, Any] | None:
    """One incident with its sources (title, url, date, evidence) and corrections; None if unknown."""
    with engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
        if row is None:
            return None
        s, a = incident_sources.c, articles.c
        sources = conn.execute(
            select(s.article_id, s.source, s.url, s.published, s.evidence, a.title)
            .join(articles, a.id == s.article_id).where(s.incident_id == incident_id).order_by(s.id)
        ).mappings().all()
        fixes = conn.execute(select(corrections).where(corrections.c.incident_id == incident_id)
                             .order_by(corrections.c.id)).mappings().all()
    detail = dict(row)
    detail["incident_id"] = detail.pop("id")
    detail["sources"] = [dict(r) for r in sources]
    detail["corrections"] = [dict(r) for r in fixes]
    return detail


def data_version(engine: Engine) -> str:
    """A token that changes whenever articles, incidents, sources or corrections change."""
    parts = []
    with engine.connect() as conn:
        for table in (articles, incidents, incident_sources, corrections):
            count, top = conn.execute(select(func.count(), func.max(table.c.id))).one()
            parts.append(f"{count}.{top or 0}")
    return "-".join(parts)


def _figures(conn, filters: Filters) -> dict[str, int]:
    c = incidents.c
    count, dead, govs = conn.execute(
        select(func.count(), func.coalesce(func.sum(c.fatalities), 0), func.count(c.admin1.distinct()))
        .where(and_(True, *conditions(filters)))
    ).one()
    return {"incidents": int(count), "fatalities": int(dead), "governorates": int(govs)}


def summary_figures(engine: Engine, filters: Filters) -> dict[str, Any]:
    """Incidents, fatalities and governorates affected, now and in the previous window of equal length.

    The window is the filter's date range; an open end is taken from the data. Keys: ``incidents``,
    ``fatalities``, ``governorates``, the same prefixed ``previous_`` and suffixed ``_change``
    (current minus previous), and ``date_from``/``date_to``/``previous_from``/``previous_to``.
    Without any dated incident the previous figures are None.
    """
    c = incidents.c
    with engine.connect() as conn:
        current = _figures(conn, filters)
        low, high = filters.date_from, filters.date_to
        if low is None or high is None:
            data_low, data_high = conn.execute(
                select(func.min(c.event_date), func.max(c.event_date))
                .where(and_(True, *conditions(filters)))).one()
            low, high = low or data_low, high or data_high
        result: dict[str, Any] = dict(current, date_from=low, date_to=high,
                                      previous_from=None, previous_to=None)
        previous = None
        if low is not None and high is not None and low <= high:
            length = high - low + timedelta(days=1)
            prev_to = low - timedelta(days=1)
            prev_from = low - length
            previous = _figures(conn, Filters(**{**asdict(filters), "date_from": prev_from,
                                                 "date_to": prev_to}))
            result.update(previous_from=prev_from, previous_to=prev_to)
    for key, value in current.items():
        result[f"previous_{key}"] = previous[key] if previous else None
        result[f"{key}_change"] = value - previous[key] if previous else None
    return result


def counts_by_governorate(engine: Engine, filters: Filters, measure: str = "incidents") -> pd.DataFrame:
    """Per governorate (``admin1``): ``incidents``, ``fatalities``, and ``value`` (= ``measure``).

    Every Iraqi governorate is listed (zero when nothing matched), most affected first.
    """
    from geo.model import GOVERNORATES

    if measure not in ("incidents", "fatalities"):
        raise ValueError(f"measure must be 'incidents' or 'fatalities', not {measure!r}")
    c = incidents.c
    query = (select(c.admin1, func.count(), func.coalesce(func.sum(c.fatalities), 0))
             .where(and_(c.admin1.is_not(None), *conditions(filters))).group_by(c.admin1))
    with engine.connect() as conn:
        found = {name: (int(n), int(dead)) for name, n, dead in conn.execute(query)}
    names = list(GOVERNORATES) + sorted(set(found) - set(GOVERNORATES))
    frame = pd.DataFrame({
        "admin1": names,
        "incidents": [found.get(n, (0, 0))[0] for n in names],
        "fatalities": [found.get(n, (0, 0))[1] for n in names],
    })
    frame["value"] = frame[measure]
    return frame.sort_values(["value", "admin1"], ascending=[False, True], ignore_index=True)


def timeline(engine: Engine, filters: Filters, freq: str = "D", by: str | None = None) -> pd.DataFrame:
    """Incidents and fatalities per day (``freq="D"``) or week (``"W"``, weeks start on Monday).

    Columns ``date`` (first day of the period, a datetime), ``incidents``, ``fatalities``; with
    ``by="event_type"`` (or another incidents column) one row per period and value of that column.
    Undated incidents are left out.
    """
    if freq not in ("D", "W"):
        raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")
    c = incidents.c
    keys = [c.event_date] + ([c[by]] if by else [])
    query = (select(*keys, func.count(), func.coalesce(func.sum(c.fatalities), 0))
             .where(and_(c.event_date.is_not(None), *conditions(filters))).group_by(*keys))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    names = ["date", *([by] if by else []), "incidents", "fatalities"]
    frame = pd.DataFrame.from_records(rows, columns=names)
    frame["date"] = pd.to_datetime(frame["date"])
    if freq == "W":
        frame["date"] = frame["date"].dt.to_period("W-SUN").dt.start_time
    frame = frame.groupby(names[:-2], as_index=False)[["incidents", "fatalities"]].sum()
    return frame.astype({"incidents": "int64", "fatalities": "int64"})
