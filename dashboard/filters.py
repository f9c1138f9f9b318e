"""The shared sidebar filters, restored from and written back to the URL (``st.query_params``)."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from dashboard import maps
from dashboard.labels import LANG_PARAM, country_label, lang, t, value_label
from dashboard.state import options
from geo.model import GOVERNORATES
from storage.countries import ALL_COUNTRIES, IRAQ
from storage.derived import MIN_SEARCH_CHARS, search_needle
from storage.queries import Filters

#: The quick date ranges offered under the date inputs (days back from today, inclusive).
QUICK_DAYS = (7, 30, 90)
#: What the date inputs accept; a date from the URL outside this range is dropped (it crashed every page).
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)

#: ``?incident=ID``: one incident, opened on the Incidents page and fitted on the Map.
INCIDENT_PARAM = "incident"
_WIDGETS = {  # Filters field -> widget key
    "governorates": "f_gov", "event_types": "f_type", "sub_event_types": "f_sub", "actors": "f_actor",
    "sources": "f_source", "date_from": "f_from", "date_to": "f_to", "text": "f_text",
    "include_historical": "f_hist", "country": "f_country",
}


def _init_from_url() -> None:
    if st.session_state.get("_filters_ready"):
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    initial = Filters.from_query_params(params)
    for name, key in _WIDGETS.items():
        value = getattr(initial, name)
        if isinstance(value, date):  # typed as text (see sidebar_filters); far dates crashed every page
            value = value.isoformat() if DATE_MIN <= value <= DATE_MAX else ""
        elif name.startswith("date"):
            value = ""
        elif name == "include_historical":
            value = bool(value)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value  # country: a code
    st.session_state["f_box"] = initial.bbox  # set from a map cluster's "show these in the table"
    st.session_state["lang"] = "ar" if st.query_params.get(LANG_PARAM) == "ar" else "en"
    st.session_state["_filters_ready"] = True


def latest_day() -> date:
    """The newest event date in the data (today when there is none): quick ranges end there, so that
    "last 7 days" on data that stops earlier does not show an empty page."""
    newest = options(st.session_state.get("f_country", IRAQ)).get("max_date")  # of the country chosen
    return min(newest, date.today()) if newest else date.today()


def set_window(start: date, end: date) -> None:
    """Put a date window into the sidebar (a callback: runs before the widgets are drawn)."""
    st.session_state["f_from"], st.session_state["f_to"] = start.isoformat(), end.isoformat()


def _last_days(days: int) -> None:
    end = latest_day()
    set_window(end - timedelta(days=days - 1), end)


def _clear() -> None:
    st.session_state["f_box"] = None
    for name, key in _WIDGETS.items():
        st.session_state[key] = ("" if name in ("text", "date_from", "date_to")
                                 else False if name == "include_historical" else IRAQ if name == "country" else [])


def country_choices(found: list[str], chosen: str | None) -> list[str]:
    """What the country filter offers: Iraq only, all countries, then each other country incidents
    count in (and the one the URL chose, even with no incident there).

    Examples
    --------
    >>> country_choices(["IQ", "TR", "SY"], "KW")
    ['IQ', '', 'KW', 'SY', 'TR']
    """
    others = {c for c in [*found, chosen or IRAQ] if c and c != IRAQ}
    return [IRAQ, ALL_COUNTRIES, *sorted(others)]


def parse_day(text: str | None) -> date | str | None:
    """A typed date: ``date``, None when empty, or the text back when it is not a date.

    Examples
    --------
    >>> parse_day("2025-11-19"), parse_day(" "), parse_day("19/11")
    (datetime.date(2025, 11, 19), None, '19/11')
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return day if DATE_MIN <= day <= DATE_MAX else text


def _date_field(label: str, key: str) -> date | None:
    # A text field, not st.date_input: it applies on Enter as well as on leaving the field, and has
    # no pop-up calendar to swallow the click on another page right after typing.
    typed = parse_day(st.text_input(label, key=key, placeholder="YYYY-MM-DD"))
    if isinstance(typed, str):
        st.caption(t("bad_date", text=typed))
        return None
    return typed


def sidebar_filters() -> Filters:
    """Draw the shared filters in the sidebar, restored from and written back to the URL."""
    _init_from_url()
    countries_found = options(ALL_COUNTRIES)["countries"]
    with st.sidebar:
        st.radio(t("language"), ["en", "ar"], key="lang", horizontal=True,
                 format_func={"en": "English", "ar": "العربية"}.get)
        st.subheader(t("filters"))
        countries = {c: country_label(c) for c in country_choices(countries_found, st.session_state.get("f_country"))}
        country = st.selectbox(t("country"), list(countries), key="f_country", format_func=countries.get,
                               help=t("country_help"))
        # Governorates, types, actors and outlets offered: those of the incidents in that country.
        opts = options(country if country is not None else IRAQ)

        def choose(name: str, label: str, values: list[str], kind: str | None = None) -> tuple[str, ...]:
            chosen = st.session_state.get(_WIDGETS[name]) or []
            shown = (lambda v: value_label(kind, v)) if kind else str
            st.multiselect(label, sorted(set(values) | set(chosen)), key=_WIDGETS[name], placeholder=t("choose"),
                           format_func=shown)
            return tuple(st.session_state[_WIDGETS[name]])

        govs = choose("governorates", t("governorate"), [*GOVERNORATES, *opts["governorates"]], "gov")
        start, end = _date_field(t("date_from"), "f_from"), _date_field(t("date_to"), "f_to")
        st.caption(t("quick_dates"))
        for column, days in zip(st.columns(len(QUICK_DAYS)), QUICK_DAYS, strict=True):
            column.button(str(days), key=f"f_last{days}", on_click=_last_days, args=(days,))
        kinds = choose("event_types", t("event_type"), [*maps.EVENT_COLOURS, *opts["event_types"]], "type")
        subs = choose("sub_event_types", t("sub_event_type"), sub_types_of(kinds, opts["sub_event_types"]), "sub")
        actors = choose("actors", t("actor"), opts["actors"], "actor")
        sources = choose("sources", t("source"), opts["sources"])
        text = st.text_input(t("text_search"), key="f_text")
        if text and not search_needle(text):  # not applied: say so rather than show everything silently
            st.caption(t("search_too_short", n=MIN_SEARCH_CHARS))
        history = st.toggle(t("include_history"), key="f_hist", help=t("include_history_help"))
        if st.session_state.get("f_box"):
            st.checkbox(t("area_filter"), value=True, key="f_box_on",
                        help=", ".join(f"{v:.2f}" for v in st.session_state["f_box"]))
            if not st.session_state.get("f_box_on", True):
                st.session_state["f_box"] = None
        st.button(t("reset"), on_click=_clear, key="f_reset")
    filters = Filters(governorates=govs, date_from=start, date_to=end, event_types=kinds,
                      sub_event_types=subs, actors=actors, sources=sources, text=text or "",
                      bbox=st.session_state.get("f_box"), include_historical=bool(history),
                      country=country if country is not None else IRAQ)
    wanted = filters.to_query_params()
    if lang() == "ar":
        wanted[LANG_PARAM] = "ar"
    if INCIDENT_PARAM in st.query_params:  # a shared incident link stays shareable
        wanted[INCIDENT_PARAM] = st.query_params[INCIDENT_PARAM]
    if {k: st.query_params.get_all(k) for k in st.query_params} != {
            k: v if isinstance(v, list) else [v] for k, v in wanted.items()}:
        st.query_params.from_dict(wanted)
    st.session_state["filters"] = filters
    return filters


def sub_types_of(event_types: tuple[str, ...], known: list[str]) -> list[str]:
    """Sub-types to offer: those of the chosen event types (ACLED's table), or all known ones."""
    from storage.corrections import ACLED_TYPES

    if not event_types:
        return known
    return [sub for kind in event_types for sub in ACLED_TYPES.get(kind, ())]


def current_filters() -> Filters:
    """The filters set by the sidebar in this run (every page calls this first)."""
    _leave_mpa_v1()
    return st.session_state.get("filters", Filters())


def _leave_mpa_v1() -> None:
    # Streamlit's multipage "v1" relic: on the first run of a process, when a pages/ directory exists
    # and the URL names a page (a shared link to /map?gov=...), Streamlit runs pages/map.py by itself,
    # without app.py, so the sidebar filters and the URL's filters would be silently ignored. Calling
    # st.navigation (in app.py) turns v1 off; if it is still on, this page was run directly: turn it
    # off and rerun, so app.py runs and resolves the same page.
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def linked_incident() -> int | None:
    """The incident named by ``?incident=ID`` in the URL, if any."""
    raw = st.query_params.get(INCIDENT_PARAM, "")
    return int(raw) if str(raw).isdigit() else None
