"""ACLED's conventions for the CSV/GeoJSON export: public column list and order, country fields,
disorder types, actor type codes (``inter1``/``inter2``/``interaction``, as data in
``storage/data/acled_inter.csv``) and civilian targeting.

Column list and order as in ACLED's public exports (ACLED Codebook 2023, "ACLED data columns";
the same list the acledR package documents for ``acled_api``): ``event_id_cnty`` … ``timestamp``.
This project's own columns follow them (:data:`EXTRA_COLUMNS`).
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources

#: ACLED's public columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: This project's columns, after ACLED's.
EXTRA_COLUMNS = ("incident_id", "evidence", "injuries", "source_urls", "forwarded_from", "n_sources", "confidence", "historical",
                 "fatalities_known", "place_id", "status")
#: Iraq as ACLED writes it: ISO 3166 numeric code, region and country name; event ids "IRQ<number>".
ISO, REGION, COUNTRY, ID_PREFIX = 368, "Middle East", "Iraq", "IRQ"

_POLITICAL, _DEMONSTRATIONS = "Political violence", "Demonstrations"
#: Disorder type per event type, and the sub-types that differ (ACLED Codebook 2023, "Disorder type").
DISORDER_BY_TYPE = {"Battles": _POLITICAL, "Explosions/Remote violence": _POLITICAL,
                    "Violence against civilians": _POLITICAL, "Protests": _DEMONSTRATIONS,
                    "Riots": _DEMONSTRATIONS, "Strategic developments": "Strategic developments"}
DISORDER_BY_SUB_TYPE = {"Excessive force against protesters": f"{_POLITICAL}; {_DEMONSTRATIONS}",
                        "Mob violence": _POLITICAL}

def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event.

    Examples
    --------
    >>> disorder_type("Battles", "Armed clash"), disorder_type("Protests", "Excessive force against protesters")
    ('Political violence', 'Political violence; Demonstrations')
    """
    return DISORDER_BY_SUB_TYPE.get(sub_event_type or "", DISORDER_BY_TYPE.get(event_type or "", ""))


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, the lower digit first; ``10 * inter1`` alone.

    Examples
    --------
    >>> interaction(2, 1), interaction(1, None), interaction(None, None)
    (12, 10, None)
    """
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def civilian_targeting(event_type: str | None, inter2: int | None) -> str:
    """"Civilian targeting" when civilians were the target (ACLED's wording), else empty."""
    civilians = inter_codes().code_of("Civilians")
    return "Civilian targeting" if event_type == "Violence against civilians" or inter2 == civilians else ""


def iso_of(country: str | None) -> int | None:
    """ACLED's ``iso`` of the country an incident counts in (:func:`storage.countries.country_key`):
    368 for Iraq, else empty.

    Examples
    --------
    >>> iso_of("IQ"), iso_of(""), iso_of("SY")
    (368, None, None)
    """
    return ISO if country == "IQ" else None


def country_name(country: str | None) -> str | None:
    """ACLED's ``country`` of the country an incident counts in (:func:`storage.countries.country_key`):
    "Iraq" for Iraq, empty when unknown (``""``), else the code.

    Examples
    --------
    >>> country_name("IQ"), country_name("SY"), country_name("")
    ('Iraq', 'SY', None)
    """
    return COUNTRY if country == "IQ" else (country or None)


def actor_types() -> dict[str, int]:
    """ACLED actor type code per actor name of ``extract/data/actors.yaml`` (``data/acled_inter.csv``:
    by the actor's kind, a row naming the actor overriding it), the generic actors under every
    country's name too (``extract.actors.localise``)."""
    from extract.actors import localised_variants
    from extract.lexicon import actors

    codes = inter_codes()
    found = {a.name: codes.by_kind[a.kind] for a in actors() if a.kind in codes.by_kind}
    coded = {**found, **codes.by_name}
    # The generic actors of an event abroad (Unidentified Armed Group (Syria)) are coded as at home.
    return {variant: code for name, code in coded.items() for variant in localised_variants(name)} | coded


class AcledDataError(ValueError):
    """A shipped ACLED convention file is malformed (the message names the file and line)."""


@dataclass(frozen=True)
class InterCodes:
    """ACLED's actor type codes (``names``: code → ACLED's name) and the codes of this project's
    actors, by actor kind and by actor name."""

    names: dict[int, str]
    by_kind: dict[str, int]
    by_name: dict[str, int]

    def code_of(self, actor_type: str) -> int:
        return next(code for code, name in self.names.items() if name == actor_type)


#: ACLED's actor type codes run from 1 to 8; the file that names them and codes this project's actors.
INTER_RANGE = range(1, 9)
INTER_FILE = "acled_inter.csv"


@functools.cache
def inter_codes() -> InterCodes:
    """The shipped ``storage/data/acled_inter.csv``, validated (cached)."""
    text = resources.files("storage").joinpath("data", INTER_FILE).read_text(encoding="utf-8")
    return validate_inter(text)


def validate_inter(text: str, name: str = INTER_FILE) -> InterCodes:
    r"""Read and check the actor type codes; raises :class:`AcledDataError` naming file and line.

    Examples
    --------
    >>> head = "inter,actor_type,match,value,source\n"
    >>> rows = "".join(f"{i},T{i},,,codebook\n" for i in range(1, 9))
    >>> validate_inter(head + rows + "1,T1,kind,state,codebook\n").by_kind
    {'state': 1}
    >>> validate_inter(head + rows + "9,T9,kind,state,codebook\n")
    Traceback (most recent call last):
    ...
    storage.acled.AcledDataError: acled_inter.csv, line 10: inter must be one of 1-8, not '9'
    """
    from extract.lexicon import ACTOR_KINDS, actors

    reader = csv.DictReader(io.StringIO(text))
    wanted = ["inter", "actor_type", "match", "value", "source"]
    if reader.fieldnames != wanted:
        raise AcledDataError(f"{name}, line 1: columns must be {wanted}, not {reader.fieldnames}")
    known_actors = {a.name for a in actors()}
    names: dict[int, str] = {}
    coded: dict[str, dict[str, int]] = {"kind": {}, "name": {}}
    for line, row in enumerate(reader, start=2):
        def fail(problem: str, line: int = line) -> AcledDataError:
            return AcledDataError(f"{name}, line {line}: {problem}")

        raw = (row["inter"] or "").strip()
        if not raw.isdigit() or int(raw) not in INTER_RANGE:
            raise fail(f"inter must be one of 1-8, not {raw!r}")
        code, actor_type, match, value = int(raw), row["actor_type"].strip(), row["match"] or "", row["value"] or ""
        if not actor_type or not (row["source"] or "").strip():
            raise fail("actor_type and source must not be empty")
        if names.setdefault(code, actor_type) != actor_type:
            raise fail(f"code {code} is named {names[code]!r} above, not {actor_type!r}")
        if match not in ("kind", "name", ""):
            raise fail(f"match must be 'kind', 'name' or empty, not {match!r}")
        if bool(match) != bool(value):
            raise fail("match and value go together")
        if match == "kind" and value not in ACTOR_KINDS:
            raise fail(f"kind {value!r} is not one of {sorted(ACTOR_KINDS)}")
        if match == "name" and value not in known_actors:
            raise fail(f"{value!r} is not an actor of extract/data/actors.yaml")
        if match and coded[match].setdefault(value, code) != code:
            raise fail(f"{match} {value!r} is coded twice")
    if missing := [c for c in INTER_RANGE if c not in names]:
        raise AcledDataError(f"{name}: codes {missing} are not named")
    return InterCodes(dict(sorted(names.items())), coded["kind"], coded["name"])
