"""Is this the same real event? Several outlets report one attack; it must become one incident.

Two reports are the same event when their sub-event types are in the same *family*, their places
are within ~10 km (or, without coordinates, the same governorate and place), and their dates are
compatible. :class:`DedupIndex` finds the candidates quickly when thousands are stored.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from extract.model import DAY, MONTH, WEEK, Incident

#: Distance under which two located reports may be one event.
MAX_DISTANCE_KM = 10.0

#: Sub-event types (ACLED names) that can describe one event differently, grouped.
FAMILIES: dict[str, str] = {
    "Shelling/artillery/missile attack": "projectile",
    "Air/drone strike": "air_drone",
    "Remote explosive/landmine/IED": "bombing",
    "Suicide bomb": "bombing",
    "Grenade": "bombing",
    "Chemical weapon": "chemical",
    "Armed clash": "armed_clash",
    "Government regains territory": "armed_clash",
    "Non-state actor overtakes territory": "armed_clash",
    "Attack": "attack_civilians",
    "Abduction/forced disappearance": "abduction",
    "Sexual violence": "sexual_violence",
    "Peaceful protest": "demonstration",
    "Protest with intervention": "demonstration",
    "Excessive force against protesters": "demonstration",
    "Violent demonstration": "demonstration",
    "Mob violence": "demonstration",
    "Arrests": "arrests",
    "Disrupted weapons use": "weapons_seized",
    "Agreement": "agreement",
    "Change to group/activity": "strategic",
    "Headquarters or base established": "strategic",
    "Non-violent transfer of territory": "strategic",
    "Looting/property destruction": "strategic",
    "Other": "strategic",
}

# An interception is the same event as the attack it stopped ("one rocket landed, one was
# intercepted by C-RAM"), so a "Disrupted weapons use" that intercepts joins that family.
_INTERCEPT = re.compile(r"اعتر[ضظ]|اسقاط|إسقاط|أسقط|اسقط|سي[ -]?رام|C-?RAM|intercept|shot down", re.I)
_DRONE = re.compile(r"مسير|درون|طائرة|drone|UAV", re.I)


def event_family(incident: Incident) -> str:
    """The family of an incident's sub-event type.

    Examples
    --------
    >>> event_family(Incident("Explosions/Remote violence", "Suicide bomb", "..."))
    'bombing'
    >>> event_family(Incident("Strategic developments", "Disrupted weapons use", "C-RAM intercepted a rocket"))
    'projectile'
    """
    family = FAMILIES.get(incident.sub_event_type, incident.sub_event_type)
    if family == "weapons_seized" and _INTERCEPT.search(incident.evidence or ""):
        return "air_drone" if _DRONE.search(incident.evidence) else "projectile"
    return family


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres.

    Examples
    --------
    >>> round(haversine_km(33.3406, 44.4009, 33.2625, 44.2344))  # Baghdad centre to airport
    18
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def dates_compatible(a: date | None, pa: int | None, b: date | None, pb: int | None) -> bool:
    """Whether two (date, time_precision) pairs can be the same day.

    Both known: at most a day apart, or within the window of the less precise (a week; the same
    month for month precision). One unknown: compatible.

    Examples
    --------
    >>> dates_compatible(date(2021, 5, 2), 1, date(2021, 5, 3), 1)
    True
    >>> dates_compatible(date(2021, 5, 2), 1, date(2021, 5, 5), 1)
    False
    >>> dates_compatible(date(2021, 5, 2), 1, None, None)
    True
    """
    if a is None or b is None:
        return True
    gap = abs((a - b).days)
    if gap <= 1:
        return True
    coarsest = max(pa or DAY, pb or DAY)
    if coarsest == WEEK:
        return gap <= 7
    if coarsest == MONTH:
        month_date = a if (pa or DAY) == MONTH else b
        other = b if month_date is a else a
        return (month_date.year, month_date.month) == (other.year, other.month)
    return False


def places_compatible(a: Incident, b: Incident) -> bool:
    """Within :data:`MAX_DISTANCE_KM`, or (without coordinates) the same governorate and place."""
    if a.country and b.country and a.country != b.country:
        return False
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_DISTANCE_KM
    return a.admin1 is not None and a.admin1 == b.admin1 and a.place_id == b.place_id


def same_event(a: Incident, b: Incident) -> bool:
    """Whether two reported incidents are one real event (pure; see the module docstring).

    Examples
    --------
    >>> rocket = Incident("Explosions/Remote violence", "Shelling/artillery/missile attack", "x",
    ...                   event_date=date(2021, 5, 2), time_precision=1, latitude=33.26, longitude=44.23)
    >>> same_event(rocket, rocket)
    True
    """
    return (
        event_family(a) == event_family(b)
        and places_compatible(a, b)
        and dates_compatible(a.event_date, a.time_precision, b.event_date, b.time_precision)
    )


_CELL = 0.2  # degrees; neighbouring cells cover more than MAX_DISTANCE_KM in every direction
_Bucket = dict[object, list[tuple[int, Incident]]]


def _date_key(incident: Incident) -> object:
    """Where an incident sits inside a bucket: its day, its month (month precision), or None."""
    if incident.event_date is None:
        return None
    if incident.time_precision == MONTH:
        return ("month", incident.event_date.year, incident.event_date.month)
    return incident.event_date.toordinal()


def _probe_keys(incident: Incident) -> list[object] | None:
    """The date keys that may hold a compatible incident; None means every key."""
    day = incident.event_date
    if day is None:
        return None
    if incident.time_precision == MONTH:
        first = date(day.year, day.month, 1).toordinal()
        days = range(first - 1, first + 33)
    else:
        days = range(day.toordinal() - 7, day.toordinal() + 8)  # a week either side covers WEEK
    months = {("month", d.year, d.month) for d in (date.fromordinal(o) for o in (days[0], day.toordinal(), days[-1]))}
    return [None, *days, *months]


class DedupIndex:
    """Stored incidents by family, place and date, to find a new report's match without a full scan.

    Examples
    --------
    >>> index = DedupIndex()
    >>> a = Incident("Battles", "Armed clash", "x", admin1="Diyala", place_id="iq.khanaqin")
    >>> index.add(7, a)
    >>> index.find(Incident("Battles", "Armed clash", "y", admin1="Diyala", place_id="iq.khanaqin"))
    7
    """

    def __init__(self) -> None:
        self._by_cell: dict[tuple, _Bucket] = defaultdict(lambda: defaultdict(list))
        self._by_place: dict[tuple, _Bucket] = defaultdict(lambda: defaultdict(list))

    @staticmethod
    def _cell(incident: Incident) -> tuple[int, int] | None:
        if incident.latitude is None or incident.longitude is None:
            return None
        return math.floor(incident.latitude / _CELL), math.floor(incident.longitude / _CELL)

    def add(self, key: int, incident: Incident) -> None:
        """Remember ``incident`` under ``key`` (its database id, or a provisional one)."""
        family, when = event_family(incident), _date_key(incident)
        cell = self._cell(incident)
        if cell is not None:
            self._by_cell[(family, *cell)][when].append((key, incident))
        self._by_place[(family, incident.admin1, incident.place_id)][when].append((key, incident))

    def _candidates(self, incident: Incident) -> Iterator[tuple[int, Incident]]:
        family, keys = event_family(incident), _probe_keys(incident)
        buckets = []
        cell = self._cell(incident)
        if cell is not None:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    buckets.append(self._by_cell.get((family, cell[0] + dx, cell[1] + dy)))
        buckets.append(self._by_place.get((family, incident.admin1, incident.place_id)))
        for bucket in buckets:
            if not bucket:
                continue
            if keys is None:
                for entries in bucket.values():
                    yield from entries
            else:
                for when in keys:
                    yield from bucket.get(when, ())

    def find(self, incident: Incident) -> int | None:
        """The key of a stored incident that is the same event, or None (closest date first)."""
        best: tuple[int, int] | None = None
        for key, other in self._candidates(incident):
            if not same_event(incident, other):
                continue
            gap = abs((incident.event_date - other.event_date).days) if (
                incident.event_date and other.event_date) else 9999
            if best is None or gap < best[0]:
                best = (gap, key)
        return None if best is None else best[1]

    def rekey(self, mapping: dict[int, int]) -> None:
        """Replace provisional keys by database ids once the rows are inserted."""
        if not mapping:
            return
        for table in (self._by_cell, self._by_place):
            for bucket in table.values():
                for entries in bucket.values():
                    entries[:] = [(mapping.get(k, k), inc) for k, inc in entries]
