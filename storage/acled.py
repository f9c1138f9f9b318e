"""ACLED's conventions for the CSV/GeoJSON export: public column list and order, country fields,
disorder types, actor type codes (``inter1``/``inter2``/``interaction``) and civilian targeting.

Column list and order as in ACLED's public exports (ACLED Codebook 2023, "ACLED data columns";
the same list the acledR package documents for ``acled_api``): ``event_id_cnty`` … ``timestamp``.
This project's own columns follow them (:data:`EXTRA_COLUMNS`).
"""

from __future__ import annotations

#: ACLED's public columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: This project's columns, after ACLED's.
EXTRA_COLUMNS = ("incident_id", "evidence", "injuries", "source_urls", "n_sources", "confidence", "historical",
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

#: ACLED's actor type codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
#: 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces — for the actors of extract/data/actors.yaml
#: (their ``kind``), with the names ACLED codes otherwise.
INTER_BY_KIND = {"state": 1, "nonstate": 3, "rioters": 5, "protesters": 6, "civilians": 7}
INTER_BY_NAME = {"Islamic State (Iraq)": 2, "PKK: Kurdistan Workers Party": 2, "Rioters (Iraq)": 5,
                 "Unidentified Armed Group (Iraq)": 3, "Militia (Pro-Iran)": 3}


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
    return "Civilian targeting" if event_type == "Violence against civilians" or inter2 == 7 else ""


def actor_types() -> dict[str, int]:
    """ACLED actor type code per actor name of ``extract/data/actors.yaml``."""
    from extract.lexicon import actors

    found = {a.name: INTER_BY_KIND[a.kind] for a in actors() if a.kind in INTER_BY_KIND}
    return {**found, **INTER_BY_NAME}
