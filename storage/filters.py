"""One ``Filters`` value drives the dashboard, the CLI export and the URL; :func:`conditions` turns
it into SQL conditions on the incidents table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Table, or_, select

from storage.countries import ALL_COUNTRIES, IRAQ, country_condition, parse_country
from storage.derived import UNDATED, Unindexed, cells_of, daily_of, rollup_usable, search_needle, text_match
from storage.store import incident_sources, incidents

# Filters field -> URL parameter name (short, so a shared link stays readable).
_PARAMS = {
    "governorates": "gov", "date_from": "from", "date_to": "to", "event_types": "type",
    "sub_event_types": "sub", "actors": "actor", "sources": "source", "text": "q",
    "include_rejected": "rejected", "bbox": "box", "include_historical": "hist", "country": "country",
}


def _values(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else list(raw)
    return tuple(str(v).strip() for v in items if str(v).strip())


def _box(raw: Any) -> tuple[float, float, float, float] | None:
    values = _values(raw)
    try:
        south, west, north, east = (float(v) for v in values[-1].split(","))
    except (IndexError, ValueError):
        return None  # a bad box in a hand-edited URL shows everything rather than failing
    return (south, west, north, east) if south <= north and west <= east else None


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
    >>> Filters(country="").to_query_params(), Filters.from_query_params({"country": "sy"}).country
    ({'country': 'all'}, 'SY')
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
    #: An area (south, west, north, east in degrees): "show these in the table" from a map cluster.
    bbox: tuple[float, float, float, float] | None = None
    #: Include background history recalled by reports (``historical``); out of views and totals by default.
    include_historical: bool = False
    #: The country the incidents counted in (:func:`storage.countries.country_key`): Iraq by default,
    #: another ISO code for events abroad there, ``""`` (``?country=all``) for every country.
    country: str = IRAQ

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
            if name == "bbox":
                if value:
                    params[key] = ",".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in value)
            elif isinstance(value, tuple) and value:
                params[key] = list(value)
            elif isinstance(value, date):
                params[key] = value.isoformat()
            elif name == "text" and value.strip():
                params[key] = value.strip()
            elif name in ("include_rejected", "include_historical") and value:
                params[key] = "1"
            elif name == "country" and value != IRAQ:
                params[key] = value or "all"
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
            elif spec.name == "bbox":
                kwargs[spec.name] = _box(raw)
            elif spec.name in ("include_rejected", "include_historical"):
                kwargs[spec.name] = _values(raw)[-1:] in (("1",), ("true",), ("yes",))
            elif spec.name == "country":  # a value that is no country code shows Iraq, the default
                kwargs[spec.name] = parse_country((_values(raw) or ("",))[-1])
            else:
                kwargs[spec.name] = _values(raw)
        return cls(**kwargs)


def conditions(filters: Filters, *, with_dates: bool = True, on: Table = incidents, newest: bool = False,
               walk_actors: bool = False) -> list:
    """SQL conditions for ``filters`` on the incidents table, or (``on``) on a roll-up of it kept by
    triggers (``incident_daily``, ``incident_cells``): the same filters-to-columns map serves both,
    so they cannot drift apart. A roll-up keeps status, historical flag, governorate (``""`` for
    none), country (:func:`storage.countries.country_key`, which the incidents are filtered by too),
    type, sub-type and a day (``incident_daily.day``; :data:`storage.derived.UNDATED` for
    undated incidents) and counts ``n`` (0 once deletions or corrections emptied a row); it answers
    only the filters :func:`storage.derived.rollup_usable` accepts (the roll-ups keyed by one actor or
    one outlet, :func:`storage.derived.daily_of` and ``cells_of``, those with that actor or outlet too;
    give ``with_dates=False`` when it has no ``day``). ``newest``: the query reads newest first (ORDER BY the event date: the newest few, or
    every row in that order as the CSV does), so the outlet test keeps off the incidents' id index
    (SQLite's ``+id``): the planner walks the event dates and looks each incident up in the outlet's
    list, read once (stopping at a LIMIT), instead of
    fetching every incident of the outlet by id and sorting them (one outlet's 10 or 1,000 newest at
    1,000,000: 0.53-0.74 → 0.16 s CPU; an outlet with no incident 0.002 → 0.09 s). ``walk_actors``: the
    same for the actor test (SQLite's ``+actor1``, ``+actor2``), for actors common enough that the walk
    meets the few newest sooner than reading all their incidents would (:func:`storage.queries.query_incidents`)."""
    c = on.c
    rolled = on is not incidents
    if rolled and not (rollup_usable(filters) or on in (daily_of(filters), cells_of(filters))):
        raise ValueError(f"{on.name} cannot answer {filters}")
    where = [c.n > 0] if rolled else []
    if not filters.include_rejected:
        # nearly every row: no index on the incidents table (see Unindexed)
        where.append((c.status if rolled else Unindexed(c.status)) == "active")
    if not filters.include_historical:
        where.append(c.historical.is_(False))
    if filters.country != ALL_COUNTRIES:
        where.append(c.country == filters.country if rolled else country_condition(c, filters.country))
    if filters.governorates:
        where.append(c.admin1.in_(filters.governorates))
    if filters.event_types:
        where.append(c.event_type.in_(filters.event_types))
    if filters.sub_event_types:
        where.append(c.sub_event_type.in_(filters.sub_event_types))
    if filters.actors:
        # a roll-up keyed by actor (storage/keyed.py) holds one actor's incidents under its name
        if rolled:
            where.append(c.actor == filters.actors[0])
        else:
            actor1, actor2 = (Unindexed(c.actor1), Unindexed(c.actor2)) if walk_actors else (c.actor1, c.actor2)
            where.append(or_(actor1.in_(filters.actors), actor2.in_(filters.actors)))
    if filters.sources and rolled:  # keyed by outlet
        where.append(c.outlet == filters.sources[0])
    elif filters.sources:
        # the outlets' incidents from the source index, then each incident by its id (in id order): not a
        # probe of the sources per incident, which in the order of another index (ix_incidents_window)
        # read them at random (8 s CPU for one outlet at 1,000,000)
        named = select(incident_sources.c.incident_id).where(incident_sources.c.source.in_(filters.sources))
        where.append((Unindexed(c.id) if newest else c.id).in_(named))
    if search_needle(filters.text):  # three characters or more: FTS5 / pg_trgm indexed (storage.derived)
        where.append(text_match(search_needle(filters.text)))
    if filters.bbox:
        south, west, north, east = filters.bbox
        where.extend([c.latitude.between(south, north), c.longitude.between(west, east)])
    if with_dates and (filters.date_from or filters.date_to):
        day = c.day if rolled else c.event_date
        if rolled:
            where.append(day > UNDATED)  # an undated incident is outside any date range
        if filters.date_from:
            where.append(day >= filters.date_from)
        if filters.date_to:
            where.append(day <= filters.date_to)
    return where
