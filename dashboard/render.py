"""Safe rendering: HTML built only from escaped pieces, incident cards, the incident table.

Text from the news (evidence, titles, sources) is escaped before it reaches ``unsafe_allow_html``;
Arabic is right-to-left.
"""

from __future__ import annotations

import functools
import os
from datetime import timedelta
from html import escape

import pandas as pd
import streamlit as st

from dashboard import maps, popups, state
from dashboard.labels import digits, lang, localise, place_name, plural, precision_key, t, value_label
from dashboard.state import SEED_ERRORS, count, incidents
from extract.telegram import HIDDEN_SENDER
from storage import queries
from storage.config import database_url
from storage.countries import IRAQ
from storage.queries import Filters


def direction_css() -> None:
    """Right-to-left layout in Arabic mode; Arabic content is RTL in both modes (dir attributes)."""
    # Typed text takes the direction of its own content: a URL or an English article stays
    # left-to-right in the Arabic interface ("https://" showed as "//:https"), Arabic stays RTL in English.
    rules = ("[dir=rtl]{text-align:right} .stMain input, .stMain textarea{unicode-bidi:plaintext;text-align:start}"
             ".stMain input[placeholder^=http]{direction:ltr;text-align:left}")
    if lang() == "ar":
        rules += ".stMain, section[data-testid=stSidebar]{direction:rtl;text-align:right}"
        # The whole layout mirrors: the sidebar on the right of the page.
        rules += "[data-testid=stAppViewContainer]{flex-direction:row-reverse}"
        # Charts (SVG) and segmented controls are drawn for left-to-right: under rtl the chart's legend
        # labels overlapped and the day/week control was clipped at the right edge.
        rules += "[data-testid=stVegaLiteChart], [data-testid=stButtonGroup]{direction:ltr}"
        rules += "[data-testid=stCaptionContainer]{text-align:right}"  # Streamlit pins captions to the left
    st.markdown(f"<style>{rules}</style>", unsafe_allow_html=True)


def ago(when, now=None) -> str:
    """How long ago ``when`` (an aware datetime) was, in the interface language."""
    from datetime import UTC, datetime

    minutes = max(0, int(((now or datetime.now(UTC)) - when).total_seconds() // 60))
    if minutes < 60:
        return plural("ago_minutes", minutes)
    if minutes < 48 * 60:
        return plural("ago_hours", minutes // 60)
    return plural("ago_days", minutes // (24 * 60))


#: Where this run drew the freshness line (session state), so an ingest in the same run redraws it.
_FRESHNESS_SLOT = "_freshness_slot"


@st.fragment(run_every="60s")
def freshness_line() -> None:
    """One caption on every page: the newest report's date and when data was last ingested.

    Redrawn every minute on its own (a feed watcher ingests in another process; "ingested … ago"
    ages), and at once by :func:`refresh_freshness` after an ingest in this session.
    """
    state.refresh_version()  # a fragment run alone does not pass through app.py
    slot = st.empty()
    st.session_state[_FRESHNESS_SLOT] = slot
    _draw_freshness(slot)


def refresh_freshness() -> None:
    """Read the data version again and redraw this run's freshness line: after an ingest the line
    drawn before the page ran is stale (its cached query is keyed on the version it read)."""
    state.refresh_version()
    slot = st.session_state.get(_FRESHNESS_SLOT)
    if slot is not None:
        _draw_freshness(slot)


def _draw_freshness(slot) -> None:
    # Not by country: the line is about the ingest, the same on every view (storage.queries.freshness).
    fresh = state.freshness()  # cached per data version
    if fresh["latest_ingest"] is None:
        slot.caption(t("no_data_yet"))
        return
    day = fresh["latest_event"] or t("unknown")  # a date: written in the interface's digits
    slot.caption(t("freshness", day=day, ago=ago(fresh["latest_ingest"])))


def sample_banner() -> None:
    """While only the bundled sample corpus is loaded, every page says so."""
    counts = state.sample_counts()
    if counts["sample"] and not counts["other"]:
        st.warning(t("sample_banner"), icon=":material/science:")


def no_incidents(filters: Filters) -> None:
    """Say nothing matches; when a date window is set and the same filters match something at other
    dates, offer the latest window of the same length that has incidents."""
    from dashboard.filters import set_window

    st.info(t("no_incidents"))
    if not (filters.date_from or filters.date_to):
        return
    newest = state.latest_event_date(filters)
    if newest is None:
        return
    days = (filters.date_to - filters.date_from).days + 1 if filters.date_from and filters.date_to else 30
    start = newest - timedelta(days=max(days, 1) - 1)
    st.button(t("latest_window", start=start, end=newest, days=plural("n_days", days)), key="latest_window",
              on_click=set_window, args=(start, newest))


def html_block(inner: str) -> None:
    """Render HTML built ONLY from escaped pieces. One <div> line: Markdown does not parse inside an
    HTML block, so text like ``[x](javascript:…)`` or ``$`` in the news stays plain text."""
    st.markdown("<div>" + " ".join(inner.split("\n")) + "</div>", unsafe_allow_html=True)


def evidence_block(text: str | None) -> None:
    """An evidence sentence, escaped, right-to-left when Arabic."""
    html_block(popups.evidence_html(str(text or "")))


def sources_block(rows: list[dict]) -> None:
    """An incident's source rows: each outlet with its own link (http(s) only), escaped."""
    words = {"forwarded_from": t("forwarded_from"), "hidden_sender": t("hidden_sender")}
    html_block(f"{escape(t('sources'))}: {popups.sources_html(rows, words)}")


def credits() -> None:
    st.caption(t("credits"))
    if database_url() in SEED_ERRORS:
        st.warning(f"{t('seed_failed')}: {SEED_ERRORS[database_url()]}")


def incident_cards(frame: pd.DataFrame) -> None:
    """One bordered card per incident: heading, evidence (escaped, RTL when Arabic), sources."""
    for row in frame.to_dict("records"):
        with st.container(border=True):
            html_block(card_heading(row))
            evidence_block(row["evidence"])
            sources_block(row["source_rows"])


def card_heading(row: dict) -> str:
    """Escaped one-line heading of an incident card: date, type, place, fatalities."""
    # Every piece in the interface language: the gazetteer's Arabic place name, ACLED's Arabic sub-type.
    location = place_name(row.get("place_id"), row.get("location"), row.get("incident_id"))
    place = popups.joined((location, value_label("gov", row.get("admin1") or "")), {"lang": lang()})

    def number(value) -> str:
        return digits(int(value)) if value is not None and pd.notna(value) else t("unknown")

    day = row.get("event_date")
    parts = [digits(str(day)[:10]) if day else t("unknown"), value_label("sub", str(row.get("sub_event_type") or "")),
             place, f"{t('fatalities')}: {number(row.get('fatalities'))}",
             f"{t('injuries')}: {number(row.get('injuries'))}"]
    return "<b>" + escape(parts[0]) + "</b> · " + " · ".join(escape(p) for p in parts[1:] if p)


def type_colours(event_types) -> list[str]:
    """Chart colours matching the map legend, one per event type column."""
    return [maps.EVENT_COLOURS.get(kind, maps.OTHER_COLOUR) for kind in event_types]


def timeline_chart(rows: pd.DataFrame, value: str, freq: str, filters: Filters | None = None
                   ) -> tuple[pd.DataFrame, dict]:
    """Stacked bars of ``value`` ("incidents" or "fatalities") per period, coloured like the map: the
    data and the Vega-Lite spec for ``st.vega_lite_chart`` (see :func:`draw_timeline`).

    Each bar spans its whole day or week (a plain bar chart on a time axis drew 2-pixel slivers);
    dates are written as numbers and event types in the interface language, the axes' and tooltips'
    numbers in its digits. The time axis covers the filter's dates when set, so a quiet start or end
    of the window shows as such. The spec is
    written as Vega-Lite directly: building it with Altair validated it against the whole schema
    on every rerun (a third of the Timeline page's server time).
    """
    kinds = sorted(set(rows["event_type"]))
    names = {kind: value_label("type", kind) for kind in kinds}  # once per type, not once per row
    data = rows.assign(kind=rows["event_type"].map(names),
                       end=rows["date"] + pd.Timedelta(days=7 if freq == "W" else 1))
    # Axis labels are formatted in the browser: in Arabic an expression rewrites their digits; the
    # tooltips show text written here.
    numbers = {"labelExpr": _digits_expr("datum.label")} if lang() == "ar" else {}
    if lang() == "ar":
        data = data.assign(day=[digits(d) for d in data["date"]], shown=[digits(int(v)) for v in data[value]])
    else:
        data = data.assign(day=data["date"].dt.strftime("%Y-%m-%d"), shown=data[value].astype("int64"))
    x = {"field": "date", "type": "temporal", "title": None,
         "axis": {"format": "%Y-%m-%d", "labelAngle": -30, **numbers}}
    if filters is not None and filters.date_from and filters.date_to:
        x["scale"] = {"domain": [_day(filters.date_from), _day(filters.date_to + timedelta(days=1))]}
    spec = {
        "mark": {"type": "bar", "clip": True},
        "encoding": {
            "x": x,
            "x2": {"field": "end"},
            "y": {"aggregate": "sum", "field": value, "type": "quantitative", "title": t(value),
                  "axis": {"tickMinStep": 1, "format": "d", **numbers}},  # whole numbers
            "color": {"field": "kind", "type": "nominal", "title": t("legend"),
                      "legend": {"orient": "bottom", "labelLimit": 0},
                      "scale": {"domain": [names[k] for k in kinds], "range": type_colours(kinds)}},
            "tooltip": [{"field": "day", "type": "nominal", "title": t("date")},
                        {"field": "kind", "type": "nominal", "title": t("type")},
                        {"field": "shown", "type": "nominal", "title": t(value)}],
        },
    }
    return data, spec


def draw_timeline(rows: pd.DataFrame, value: str, freq: str, filters: Filters | None = None) -> None:
    """The chart of :func:`timeline_chart`, as wide as the page."""
    data, spec = timeline_chart(rows, value, freq, filters)
    st.vega_lite_chart(data, spec, width="stretch")


def _digits_expr(text: str) -> str:
    """A Vega expression writing the digits of ``text`` (an expression) as Arabic-Indic digits.

    Examples
    --------
    >>> expression = _digits_expr("datum.label")
    >>> expression.count("replace("), expression.endswith("regexp('9', 'g'), '٩')")
    (10, True)
    """
    for latin, arabic in zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True):
        text = f"replace({text}, regexp('{latin}', 'g'), '{arabic}')"
    return text


def _day(day) -> dict:
    return {"year": day.year, "month": day.month, "date": day.day}


#: Rows the Incidents table shows first (newest first), and at most (after "Show up to ... rows"); the
#: downloads always hold every filtered row. 1,000 rows with their evidence are ~0.25 MB sent to the
#: browser at every load of the page; 5,000 were 1.2 MB, the heaviest message of the dashboard.
TABLE_LIMIT, TABLE_MAX = 1000, 5000
TABLE_COLUMNS = ("incident_id", "event_date", "event_type", "sub_event_type", "location", "admin1",
                 "fatalities", "injuries", "actor1", "actor2", "evidence", "sources", "geo_precision", "status")
_MORE = "table_more"  # session flag: this journalist asked for up to TABLE_MAX rows


#: What an incident card shows.
CARD_COLUMNS = ("incident_id", "event_date", "sub_event_type", "location", "place_id", "admin1", "fatalities",
                "injuries", "evidence", "source_rows")


def incident_table(filters: Filters) -> tuple[pd.DataFrame, int]:
    """The newest :data:`TABLE_LIMIT` (or, once asked, :data:`TABLE_MAX`) filtered incidents with the
    columns the table shows (text is shown as text by st.dataframe, never HTML), and how many
    incidents match in all. Event types, governorates, statuses and precisions are shown in the
    interface language. The table is made once per filters, language, size and data version and
    shared by every session: do not mutate it."""
    limit = TABLE_MAX if st.session_state.get(_MORE) else TABLE_LIMIT
    return _table(filters, limit, lang()), count(filters)


@functools.partial(state.cached_query, resource=True, max_entries=16)
def _table(engine, filters: Filters, limit: int, language: str) -> pd.DataFrame:
    # the rows straight from the database: only the table made of them is kept (not both)
    table = localise(queries.query_incidents(engine, filters, columns=(*TABLE_COLUMNS, "place_id"), limit=limit))
    words = {}  # one label per precision and place, not one lookup per row
    for key in zip(table["geo_precision"], table["place_id"], strict=True):
        if key not in words:
            words[key] = t(precision_key(*key))
    table = table.assign(geo_precision=[words[key] for key in zip(table["geo_precision"], table["place_id"],
                                                                       strict=True)])
    table = table.drop(columns="place_id")
    if not table.empty:  # a link to each incident's own page (?incident=ID), shareable
        table = table.assign(link=[f"?incident={i}" for i in table["incident_id"]])
    if language == "ar":  # mirrored: the first column on the right
        table = table[table.columns[::-1]]
    return table


def more_rows(shown: int, total: int) -> None:
    """Under a table cut at :data:`TABLE_LIMIT` rows: a button to show up to :data:`TABLE_MAX`."""
    if shown < total and shown < TABLE_MAX and not st.session_state.get(_MORE):
        st.button(t("more_rows", n=TABLE_MAX), key="table_more_button",
                  on_click=lambda: st.session_state.update({_MORE: True}))


def latest_cards(filters: Filters, n: int = 10) -> None:
    """Cards of the ``n`` newest filtered incidents (a message when there are none)."""
    latest = incidents(filters, columns=CARD_COLUMNS, limit=n)
    if latest.empty:
        no_incidents(filters)
    incident_cards(latest)


def data_table(frame: pd.DataFrame, *, column_config: dict | None = None, **kwargs):
    """Every table of the dashboard: no index, labels in the interface language, and an empty cell
    shows the word the cards use ("unknown"), never "None" (numbers stay numbers, so they sort)."""
    blank = [c for c in frame.columns if frame[c].dtype == object and frame[c].eq("").any()]
    if blank:  # an empty text is as missing as None
        frame = frame.assign(**{c: frame[c].where(frame[c] != "", None) for c in blank})
    return st.dataframe(frame, hide_index=True, column_config=table_config() if column_config is None else column_config,
                        placeholder=t("unknown"), **kwargs)


def table_config() -> dict:
    return {
        "incident_id": st.column_config.NumberColumn("#", format="%d"),
        "event_date": st.column_config.DateColumn(t("date")),
        "event_type": t("event_type"), "sub_event_type": t("sub_event_type"), "location": t("place"),
        "admin1": t("governorate"), "fatalities": t("fatalities"), "injuries": t("injuries"), "evidence": t("evidence"),
        "sources": t("sources"), "geo_precision": t("precision"), "actor1": t("actor1"), "actor2": t("actor2"),
        "status": t("status"), "input": t("input"), "line": t("line"), "reason": t("reason"),
        "source": t("source"), "forwarded_from": t("forwarded_from"), "title": t("title"),
        "published": t("published"), "field": t("field"),
        "before": t("before"), "after": t("after"), "editor": t("who"), "at": t("when"), "note": t("note"),
        **{key: t(key) for key in ("surface", "place_id", "name_en", "name_ar", "latitude", "longitude",
                                   "confidence", "type", "governorate")},
        "url": st.column_config.LinkColumn("URL"),
        "link": st.column_config.LinkColumn(t("link"), display_text=r"incident=(\d+)"),
    }


def sources_table(detail_row: dict) -> pd.DataFrame:
    """An incident's sources; URLs kept only when http(s) (LinkColumn must not get javascript:). A
    "forwarded from" column appears when a source only relayed another's post."""
    rows = detail_row.get("sources") or []
    relayed = ["forwarded_from"] if any(row.get("forwarded_from") for row in rows) else []
    frame = pd.DataFrame(rows, columns=["published", "source", *relayed, "title", "url", "evidence"])
    frame["url"] = frame["url"].map(lambda u: popups.safe_url(str(u)) if isinstance(u, str) else None)
    if relayed:  # a hidden sender is our own words, in the interface language (a name stays as posted)
        frame["forwarded_from"] = frame["forwarded_from"].map(lambda v: t("hidden_sender") if v == HIDDEN_SENDER else v)
    return frame


def incident_detail(incident_id: int) -> None:
    """One incident: heading, evidence and every source (what ``?incident=ID`` and a table row open)."""
    found = state.detail(int(incident_id))
    if not found:
        st.warning(t("incident_not_found", n=int(incident_id)))
        return
    st.subheader(f"{t('detail')} #{digits(found['incident_id'])}")
    html_block(card_heading(found))
    evidence_block(found.get("evidence"))
    data_table(sources_table(found))


#: How often the live panel asks the database for new reports (``IIM_LIVE_REFRESH`` seconds, default 30).
LIVE_EVERY = f"{max(1, int(os.environ.get('IIM_LIVE_REFRESH') or 30))}s"


@st.fragment(run_every=LIVE_EVERY)
def live_reports(n: int = 8) -> None:
    """The newest ingested reports of the chosen country, newest first, each with the time since
    publication; refreshes itself (only this panel reruns) while a feed watcher ingests."""
    from datetime import UTC, datetime

    state.refresh_version()  # this fragment reruns alone: see new data without a full page run
    st.subheader(t("latest_reports"))
    chosen = st.session_state.get("filters")  # the sidebar's, as this fragment reruns alone
    rows = localise(state.latest_reports(n, chosen.country if chosen is not None else IRAQ))
    for row in rows.to_dict("records"):
        published = row.get("published")
        when = (ago(datetime.combine(published, datetime.min.time(), UTC)) if published else t("unknown"))
        place = popups.joined((row.get("location"), row.get("admin1")), {"lang": lang()})
        html_block(f"<b>{escape(row.get('sub_event_type') or '')}</b> · {escape(place)} · "
                   f"{escape(row.get('source') or '')} · {escape(t('published_ago', ago=when))}")
