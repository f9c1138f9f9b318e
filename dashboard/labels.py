"""Every word and number the interface shows, in English or Arabic.

Interface labels come from ``labels.yaml``; event types and sub-types from ACLED's table
(``extract/data/acled_types.yaml``, with its Arabic names); actors from ``extract/data/actors.yaml``
(the first Arabic alias); place names from the gazetteer's Arabic names; governorates from
``labels.yaml``. In Arabic, numbers and dates are written with Arabic-Indic digits, and a counted noun
takes the plural form of its count (:mod:`dashboard.numerals`; :func:`plural`).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.numerals import counted, numerals
from geo.yaml_data import parse_yaml

HERE = Path(__file__).resolve().parent
#: Query parameters that are not filters but are kept in the URL too.
LANG_PARAM = "lang"
#: The plural forms a counted label must give per language (Arabic "zero" falls back to "other").
PLURAL_FORMS = {"en": {"one", "other"}, "ar": {"one", "two", "few", "many", "other"}}


def validate_labels(data: dict) -> dict:
    """Check the labels: every key has English and Arabic, each a text, or for a counted noun one text
    per plural category (at least those of :data:`PLURAL_FORMS`, each with its ``{n}`` where the
    number is written). Raises ValueError naming the label.

    Examples
    --------
    >>> validate_labels({"n": {"en": {"one": "{n} thing", "other": "{n} things"}, "ar": "x"}})["n"]["ar"]
    'x'
    >>> validate_labels({"n": {"en": {"other": "{n} things"}, "ar": "x"}})
    Traceback (most recent call last):
    ...
    ValueError: labels.yaml: label 'n' (en) lacks the plural forms ['one']
    """
    for key, value in data.items():
        if not isinstance(value, dict) or not value.get("en") or not value.get("ar"):
            raise ValueError(f"labels.yaml: label {key!r} needs both 'en' and 'ar'")
        for language in ("en", "ar"):
            text = value[language]
            if isinstance(text, str):
                continue
            if not isinstance(text, dict) or not all(isinstance(v, str) and v for v in text.values()):
                raise ValueError(f"labels.yaml: label {key!r} ({language}) must be a text or texts per plural form")
            if missing := sorted(PLURAL_FORMS[language] - set(text)):
                raise ValueError(f"labels.yaml: label {key!r} ({language}) lacks the plural forms {missing}")
    return data


@st.cache_resource(show_spinner=False)
def _labels() -> dict[str, dict]:
    data = validate_labels(parse_yaml((HERE / "labels.yaml").read_text(encoding="utf-8")))
    from extract.acled_types import acled_types
    from extract.lexicon import actors

    for kind in acled_types():  # the event types' labels come with ACLED's table
        data[f"type:{kind.event_type}"] = {"en": kind.event_type, "ar": kind.ar}
        data |= {f"sub:{s.name}": {"en": s.name, "ar": s.ar} for s in kind.sub_event_types}
    data |= {f"actor:{a.name}": {"en": a.name, "ar": a.aliases_ar[0]} for a in actors() if a.aliases_ar}
    return data


def lang() -> str:
    """The interface language, "en" or "ar"."""
    return "ar" if st.session_state.get("lang", st.query_params.get(LANG_PARAM)) == "ar" else "en"


def digits(value: object) -> str:
    """A number or date as text for the interface language (Arabic-Indic digits in Arabic).

    Examples
    --------
    >>> digits(2025) if lang() == "en" else None
    '2025'
    """
    if isinstance(value, datetime | pd.Timestamp):
        value = value.date()
    return numerals(value.isoformat() if isinstance(value, date) else value, lang())


def t(key: str, **values: object) -> str:
    """The label ``key`` in the interface language, formatted with ``values`` (numbers and dates in
    the interface's digits)."""
    shown = {k: digits(v) if isinstance(v, int | float | date) and not isinstance(v, bool) else v
             for k, v in values.items()}
    return _labels()[key][lang()].format(**shown)


def plural(key: str, n: int) -> str:
    """The counted noun ``key`` for ``n`` in the interface language: "1 incident", "12 incidents",
    "حادثتان", "٥ حوادث", "١٢ حادثة"."""
    return counted(_labels()[key][lang()], int(n), lang())


def forms(key: str) -> dict[str, str]:
    """The plural forms of the counted noun ``key`` in the interface language (for code without
    Streamlit: :func:`dashboard.numerals.counted`)."""
    return dict(_labels()[key][lang()])


def template(key: str) -> str:
    """The label ``key`` in the interface language, its ``{placeholders}`` left to fill."""
    return _labels()[key][lang()]


def value_label(kind: str, value: str) -> str:
    """A data value (``kind`` "type", "sub", "gov", "actor" or "status") in the interface language;
    unknown ones as they are."""
    entry = _labels().get(f"{kind}:{value}")
    return entry[lang()] if entry else value


def country_label(code: str) -> str:
    """A value of the country filter in the interface language: "Iraq only", "All countries", or the
    country's name from the gazetteer (``geo/data/countries.csv``), else its code."""
    from dashboard.state import gazetteer
    from storage.countries import ALL_COUNTRIES, IRAQ

    if code == IRAQ:
        return t("country_iraq")
    if code == ALL_COUNTRIES:
        return t("all_countries")
    place = gazetteer().get(f"country.{code.lower()}")
    if place is None:
        return code
    return (place.name_ar or place.name_en) if lang() == "ar" else place.name_en


#: Columns of an incident frame shown in the interface language, and the kind of label each takes.
_KINDS = {"event_type": "type", "sub_event_type": "sub", "admin1": "gov", "status": "status",
          "actor1": "actor", "actor2": "actor"}


def place_name(place_id: str | None, location: str | None, incident_id: int | None = None) -> str | None:
    """The place's name in the interface language (in Arabic see :func:`arabic_places`)."""
    if lang() != "ar":
        return location
    return arabic_places([(place_id, location, incident_id)])[0]


def arabic_places(rows: list[tuple[object, object, object]]) -> list[str | None]:
    """Arabic names of incidents' places, one per ``(place_id, location, incident_id)``: the gazetteer's
    Arabic name; for a place it does not know, the words the reports used for it (see
    :func:`place_surfaces`); for an incident stored with only a place name (no ``place_id``), the
    Arabic words its reports wrote for a place of that name; else the name itself when it is Arabic,
    or it in brackets after a label saying that the place has no Arabic name here (never an English
    name passed off as the Arabic one)."""
    from dashboard.popups import is_arabic

    names = [_arabic_name(p) for p, _, _ in rows]
    wanted = {int(i) for (_, _, i), name in zip(rows, names, strict=True) if not name and _is_id(i)}
    written = place_surfaces(tuple(wanted))
    unplaced = {int(i): str(loc) for p, loc, i in rows if _is_id(i) and not _is_text(p) and _is_text(loc)
                and int(i) in wanted and int(i) not in written and not is_arabic(str(loc))}
    written |= _reported_as(unplaced)
    out = []
    for name, (_, location, incident_id) in zip(names, rows, strict=True):
        found = name or (written.get(int(incident_id)) if _is_id(incident_id) else None)
        if found or not _is_text(location):
            out.append(found or None)
        else:
            out.append(str(location) if is_arabic(str(location)) else t("place_not_in_arabic", name=f"\u2068{location}\u2069"))
    return out


def _is_id(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and value != value)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _reported_as(locations: dict[int, str]) -> dict[int, str]:
    """For incidents with only a place name: the Arabic words their reports wrote for a place the
    gazetteer names so in English (the mention's own place, by its English name or spellings)."""
    from dashboard.popups import is_arabic
    from dashboard.state import gazetteer, reported_places

    found = reported_places(tuple(sorted(locations))) if locations else {}
    out = {}
    for incident_id, mentions in found.items():
        wanted = locations[incident_id].strip().casefold()
        for surface, place_id in mentions:
            place = gazetteer().get(place_id) if _is_text(place_id) else None
            english = {place.name_en, *place.variants_en} if place is not None else set()
            if wanted in {name.casefold() for name in english} and is_arabic(surface):
                out[incident_id] = surface
                break
    return out


def _arabic_name(place_id: object) -> str | None:
    from dashboard.state import gazetteer

    place = gazetteer().get(place_id) if isinstance(place_id, str) and place_id else None
    return place.name_ar if place is not None and place.name_ar else None


def place_surfaces(incident_ids: tuple[int, ...]) -> dict[int, str]:
    """For incidents whose place the gazetteer does not give in Arabic: how their reports wrote it
    (:func:`storage.queries.place_surfaces`), an Arabic spelling first (never an English
    transliteration when the text had Arabic)."""
    from dashboard.popups import is_arabic
    from dashboard.state import surfaces

    found = surfaces(tuple(sorted(set(incident_ids)))) if incident_ids else {}
    return {key: next((w for w in words if is_arabic(w)), words[0]) for key, words in found.items() if words}


#: Gazetteer feature types an incident at geo_precision 3 may be placed on and still be "governorate only".
#: Any other place at 3 (a town, a camp) is the report's main place, used when the event's own place is
#: not stated (:mod:`extract.placing`): calling that "governorate only" mislabelled towns.
WIDE_FEATURES = frozenset({"governorate", "country"})


def precision_key(geo_precision: object, place_id: object) -> str:
    """The label key for an incident's location precision: ``precision_1``, ``precision_2``,
    ``precision_3`` (the governorate only) or ``precision_3_place`` (a named place standing for the
    area of the report)."""
    try:
        level = int(geo_precision)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        level = 1
    if level < 3:
        return f"precision_{max(level, 1)}"
    from dashboard.state import gazetteer

    place = gazetteer().get(place_id) if isinstance(place_id, str) and place_id else None
    return "precision_3" if place is None or place.feature_type in WIDE_FEATURES else "precision_3_place"


def with_precision(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with a ``precision_key`` column (see :func:`precision_key`); a copy."""
    keys = [precision_key(p, pid) for p, pid in zip(frame["geo_precision"], frame["place_id"], strict=True)]
    return frame.assign(precision_key=keys)


def localise(frame: pd.DataFrame, *, keep: tuple[str, ...] = ()) -> pd.DataFrame:
    """An incident frame with types, sub-types, governorates, statuses, actors and places in the
    interface language (a copy in Arabic; the frame itself in English: cached frames are shared).
    ``keep`` names columns left as they are (the map colours by the English event type)."""
    if lang() != "ar" or frame.empty:
        return frame
    out = frame.copy()
    for column, kind in _KINDS.items():
        if column in out and column not in keep:
            out[column] = out[column].map(lambda v, kind=kind: value_label(kind, v) if isinstance(v, str) else v)
    if "location" in out and "place_id" in out:  # the gazetteer's Arabic name, else the report's own words
        ids = list(out["incident_id"]) if "incident_id" in out else [None] * len(out)
        out["location"] = arabic_places(list(zip(out["place_id"], out["location"], ids, strict=True)))
    return out
