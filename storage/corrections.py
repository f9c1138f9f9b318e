"""Editors' corrections: change an incident's fields, log before/after, never touch ``original``.

Allowed fields: ``place_id`` (location, admin1/admin2, country, coordinates and geo_precision then
follow from the gazetteer), ``event_type``/``sub_event_type`` (ACLED names), ``event_date``,
``time_precision``, and ``status`` ("rejected" marks a report that is not an incident).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlalchemy import Engine, insert, select, update

from extract.acled_types import event_types
from storage.store import corrections, incidents

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

#: ACLED's event types and their sub-event types (``extract/data/acled_types.yaml``).
ACLED_TYPES: dict[str, tuple[str, ...]] = event_types()
EVENT_TYPE_OF: dict[str, str] = {sub: kind for kind, subs in ACLED_TYPES.items() for sub in subs}

FIELDS = ("place_id", "event_type", "sub_event_type", "event_date", "time_precision", "status")
STATUSES = ("active", "rejected")
PLACE_FIELDS = ("location", "admin1", "admin2", "country", "latitude", "longitude", "geo_precision")

# geo_precision of an incident placed on a gazetteer entry of this feature type.
_WIDE = {"country", "region", "governorate", "border_area", "area", "mountain", "valley", "river", "lake"}


def geo_precision_of(feature_type: str) -> int:
    """1 for a point-like place, 2 for a district, 3 for a governorate or wider.

    Examples
    --------
    >>> geo_precision_of("airport"), geo_precision_of("district"), geo_precision_of("governorate")
    (1, 2, 3)
    """
    if feature_type in _WIDE:
        return 3
    return 2 if feature_type in {"district", "subdistrict"} else 1


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _new_values(current: dict, field: str, value: Any, gazetteer: Gazetteer | None) -> dict[str, Any]:
    """The columns to set for one correction, validated."""
    if field == "place_id":
        if gazetteer is None:
            from geo.loader import default_gazetteer

            gazetteer = default_gazetteer()
        place = gazetteer.get(str(value))
        if place is None:
            raise ValueError(f"unknown place_id {value!r}")
        return {"place_id": place.place_id, "location": place.name_en, "admin1": place.admin1,
                "admin2": place.admin2, "country": place.country, "latitude": place.latitude,
                "longitude": place.longitude, "geo_precision": geo_precision_of(place.feature_type)}
    if field == "sub_event_type":
        if value not in EVENT_TYPE_OF:
            raise ValueError(f"{value!r} is not an ACLED sub-event type")
        return {"sub_event_type": value, "event_type": EVENT_TYPE_OF[value]}
    if field == "event_type":
        if value not in ACLED_TYPES:
            raise ValueError(f"{value!r} is not an ACLED event type")
        if EVENT_TYPE_OF.get(current["sub_event_type"]) != value:
            raise ValueError(f"sub-event type {current['sub_event_type']!r} is not under {value!r}: "
                             "correct sub_event_type instead (the event type follows)")
        return {"event_type": value}
    if field == "event_date":
        parsed = value if isinstance(value, date) or value is None else date.fromisoformat(str(value))
        return {"event_date": parsed}
    if field == "time_precision":
        if value not in (1, 2, 3, None):
            raise ValueError("time_precision must be 1 (day), 2 (week), 3 (month) or None")
        return {"time_precision": value}
    if field == "status":
        if value not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {value!r}")
        return {"status": value}
    raise ValueError(f"field {field!r} cannot be corrected; allowed: {', '.join(FIELDS)}")


def correct_incident(engine: Engine, incident_id: int, *, field: str, value: Any, editor: str,
                     note: str = "", gazetteer: Gazetteer | None = None) -> None:
    """Set ``field`` of an incident to ``value`` and log every changed column in ``corrections``.

    Raises ``ValueError`` for an unknown field or value, an empty editor, or an unknown incident.
    The ``original`` column (the extracted values) is never written.
    """
    if not editor.strip():
        raise ValueError("a correction needs the editor's name")
    columns = [incidents.c[name] for name in ("event_type", "sub_event_type", "event_date",
                                               "time_precision", "status", "place_id", *PLACE_FIELDS)]
    with engine.begin() as conn:
        row = conn.execute(select(*columns).where(incidents.c.id == incident_id)).mappings().first()
        if row is None:
            raise ValueError(f"no incident {incident_id}")
        current = dict(row)
        values = _new_values(current, field, value, gazetteer)
        changed = {k: v for k, v in values.items() if current[k] != v}
        if not changed:
            return
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(**changed))
        now = datetime.now(UTC)
        conn.execute(insert(corrections), [
            {"incident_id": incident_id, "field": name, "before": _as_text(current[name]),
             "after": _as_text(after), "editor": editor.strip(), "at": now, "note": note}
            for name, after in changed.items()
        ])


def list_corrections(engine: Engine, incident_id: int | None = None) -> pd.DataFrame:
    """Logged corrections (of one incident, or all), oldest first.

    Columns: id, incident_id, field, before, after, editor, at, note.
    """
    query = select(corrections).order_by(corrections.c.id)
    if incident_id is not None:
        query = query.where(corrections.c.incident_id == incident_id)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return pd.DataFrame.from_records(rows, columns=[c.name for c in corrections.columns])
