"""Safe rendering: HTML built only from escaped pieces, incident cards, the incident table.

Text from the news (evidence, titles, sources) is escaped before it reaches ``unsafe_allow_html``;
Arabic is right-to-left.
"""

from __future__ import annotations

from html import escape

import pandas as pd
import streamlit as st

from extract.config import database_url
from extract.queries import Filters
from geo import maps, popups
from ui import SEED_ERRORS, count, incidents, lang, t


def direction_css() -> None:
    """Right-to-left layout in Arabic mode; Arabic content is RTL in both modes (dir attributes)."""
    rules = "[dir=rtl]{text-align:right}"
    if lang() == "ar":
        rules += ".stMain, section[data-testid=stSidebar]{direction:rtl;text-align:right}"
    st.markdown(f"<style>{rules}</style>", unsafe_allow_html=True)


def html_block(inner: str) -> None:
    """Render HTML built ONLY from escaped pieces. One <div> line: Markdown does not parse inside an
    HTML block, so text like ``[x](javascript:…)`` or ``$`` in the news stays plain text."""
    st.markdown("<div>" + " ".join(inner.split("\n")) + "</div>", unsafe_allow_html=True)


def evidence_block(text: str | None) -> None:
    """An evidence sentence, escaped, right-to-left when Arabic."""
    html_block(popups.evidence_html(str(text or "")))


def sources_block(sources, urls) -> None:
    """Source names with links for http(s) URLs only, escaped."""
    html_block(f"{escape(t('sources'))}: {popups.source_links(sources, urls)}")


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
            sources_block(row["sources"], row["source_urls"])


def card_heading(row: dict) -> str:
    """Escaped one-line heading of an incident card: date, type, place, fatalities."""
    place = ", ".join(str(v) for v in (row.get("location"), row.get("admin1")) if v)
    killed = row.get("fatalities")
    parts = [str(row.get("event_date") or t("unknown"))[:10], str(row.get("sub_event_type") or ""), place,
             f"{t('fatalities')}: {killed if pd.notna(killed) else t('unknown')}"]
    return "<b>" + escape(parts[0]) + "</b> · " + " · ".join(escape(p) for p in parts[1:] if p)


def type_colours(event_types) -> list[str]:
    """Chart colours matching the map legend, one per event type column."""
    return [maps.EVENT_COLOURS.get(kind, maps.OTHER_COLOUR) for kind in event_types]


#: Rows the Incidents table shows (newest first); the downloads always hold every filtered row.
TABLE_LIMIT = 5000
TABLE_COLUMNS = ("incident_id", "event_date", "event_type", "sub_event_type", "location", "admin1",
                 "fatalities", "actor1", "actor2", "evidence", "sources", "geo_precision", "status")


#: What an incident card shows.
CARD_COLUMNS = ("incident_id", "event_date", "sub_event_type", "location", "admin1", "fatalities", "evidence",
                "sources", "source_urls")


def incident_table(filters: Filters) -> tuple[pd.DataFrame, int]:
    """The newest :data:`TABLE_LIMIT` filtered incidents with the columns the table shows (text is
    shown as text by st.dataframe, never HTML), and how many incidents match in all."""
    return incidents(filters, columns=TABLE_COLUMNS, limit=TABLE_LIMIT), count(filters)


def latest_cards(filters: Filters, n: int = 10) -> None:
    """Cards of the ``n`` newest filtered incidents (a message when there are none)."""
    latest = incidents(filters, columns=CARD_COLUMNS, limit=n)
    if latest.empty:
        st.info(t("no_incidents"))
    incident_cards(latest)


def table_config() -> dict:
    return {
        "incident_id": st.column_config.NumberColumn("#", format="%d"),
        "event_date": st.column_config.DateColumn(t("date")),
        "event_type": t("event_type"), "sub_event_type": t("sub_event_type"), "location": t("place"),
        "admin1": t("governorate"), "fatalities": t("fatalities"), "evidence": t("evidence"),
        "sources": t("sources"), "geo_precision": t("precision"),
        "url": st.column_config.LinkColumn("URL"),
    }


def sources_table(detail_row: dict) -> pd.DataFrame:
    """An incident's sources; URLs kept only when http(s) (LinkColumn must not get javascript:)."""
    frame = pd.DataFrame(detail_row.get("sources") or [],
                         columns=["published", "source", "title", "url", "evidence"])
    frame["url"] = frame["url"].map(lambda u: popups.safe_url(str(u)) if isinstance(u, str) else None)
    return frame
