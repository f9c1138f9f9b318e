"""ACLED's event types and sub-event types, read once from ``extract/data/acled_types.yaml``.

Everything that names a type reads it from here: trigger validation, corrections, export file
names, the dashboard's filters, labels and colours, the evaluator's tables.

Examples
--------
>>> event_type_of("Air/drone strike")
'Explosions/Remote violence'
>>> event_types()["Riots"]
('Violent demonstration', 'Mob violence')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract import regexes as re
from geo.yaml_data import parse_yaml

__all__ = ["AcledType", "acled_types", "event_type_of", "event_types", "load_acled_types", "short_label"]

FILE = "acled_types.yaml"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class AcledTypesError(ValueError):
    """The type table is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class SubType:
    name: str
    ar: str
    short: str
    definition: str


@dataclass(frozen=True, slots=True)
class AcledType:
    """One event type with its sub-types, labels and colour."""

    event_type: str
    code: str
    short: str
    ar: str
    colour: str
    definition: str
    sub_event_types: tuple[SubType, ...]

    @property
    def sub_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.sub_event_types)


def load_acled_types(data: object, origin: str = FILE) -> tuple[AcledType, ...]:
    """Validate the parsed YAML and build the table; raises :class:`AcledTypesError`."""
    if not isinstance(data, list) or not data:
        raise AcledTypesError(f"{origin}: expected a non-empty list of event types")
    out: list[AcledType] = []
    seen: set[str] = set()
    for i, entry in enumerate(data):
        where = f"{origin}: entry {i + 1} ({entry.get('event_type') if isinstance(entry, dict) else repr(entry)})"
        if not isinstance(entry, dict):
            raise AcledTypesError(f"{where}: not a mapping")
        missing = {"event_type", "code", "short", "ar", "colour", "definition", "sub_event_types"} - set(entry)
        if missing:
            raise AcledTypesError(f"{where}: missing {sorted(missing)}")
        if not _COLOUR.match(str(entry["colour"])):
            raise AcledTypesError(f"{where}: colour {entry['colour']!r} is not #rrggbb")
        subs = []
        for sub in entry["sub_event_types"] or []:
            if not isinstance(sub, dict) or not sub.get("name") or not sub.get("ar"):
                raise AcledTypesError(f"{where}: sub-event type {sub!r} needs a name and an Arabic label")
            subs.append(SubType(sub["name"], sub["ar"], sub.get("short") or sub["name"], sub.get("definition", "")))
        if not subs:
            raise AcledTypesError(f"{where}: no sub-event types")
        for name in (entry["event_type"], *(s.name for s in subs)):
            if name in seen:
                raise AcledTypesError(f"{where}: {name!r} is defined twice")
            seen.add(name)
        out.append(AcledType(entry["event_type"], entry["code"], entry["short"], entry["ar"], entry["colour"],
                             entry["definition"], tuple(subs)))
    return tuple(out)


@cache
def acled_types() -> tuple[AcledType, ...]:
    """The shipped table, in ACLED's order."""
    from importlib import resources  # here: not needed at every start of a parse

    text = resources.files("extract").joinpath("data", FILE).read_text(encoding="utf-8")
    return load_acled_types(parse_yaml(text))


@cache
def event_types() -> dict[str, tuple[str, ...]]:
    """Event type → its sub-event types, in ACLED's order."""
    return {t.event_type: t.sub_names for t in acled_types()}


def event_type_of(sub_event_type: str) -> str | None:
    """The event type a sub-event type belongs to, or None for an unknown name."""
    return next((t.event_type for t in acled_types() if sub_event_type in t.sub_names), None)


def short_label(name: str) -> str:
    """A short label of an event type or sub-event type (file names); unknown names as they are."""
    for t in acled_types():
        if name == t.event_type:
            return t.short
        for s in t.sub_event_types:
            if name == s.name:
                return s.short
    return name
