"""Ingest, review and gazetteer helpers: reading inputs, the editor password, corrections, places."""

from __future__ import annotations

import os
from datetime import date
from html import escape

import pandas as pd
import streamlit as st

from dashboard import maps, popups, state
from dashboard.labels import digits, plural, t, value_label
from dashboard.state import basemap_frames, detail, engine, gazetteer, incidents
from storage.countries import IRAQ
from storage.queries import Filters

#: The largest upload the browser accepts (MB); extract.read refuses files over 50,000,000 bytes anyway.
MAX_UPLOAD_MB = 50


def editor_password() -> str:
    """The configured editor password ("" when none is set: the app is then read-only)."""
    configured = os.environ.get("IIM_EDITOR_PASSWORD", "")
    if configured:
        return configured
    try:
        return str(st.secrets.get("editor_password", ""))
    except (FileNotFoundError, KeyError, st.errors.StreamlitSecretNotFoundError):
        return ""


def channel_error(username: str) -> str | None:
    """Why ``username`` (typed for a Telegram export) is not a channel username, or None (also when
    empty: the export's own, if any, is used)."""
    from extract.telegram import normalise_username

    if not username.strip():
        return None
    try:
        normalise_username(username)
    except ValueError:
        return t("bad_telegram_username", name=username.strip())
    return None


def read_inputs(uploads, pasted: str, title: str, published: date | None, url: str, source: str = "",
                telegram_username: str = ""):
    """Articles and rejections from uploaded files (name, bytes), pasted text (with its source name)
    and a URL (fetched here). ``telegram_username`` names the channel of an uploaded Telegram export
    that lacks it (its messages link to ``https://t.me/<username>/<id>``), as ``ingest
    --telegram-username`` does (:func:`extract.telegram.name_channel`)."""
    from dataclasses import replace

    from extract import read
    from extract.fetch import allow_private_from_env
    from extract.telegram import name_channel

    result = read.ReadResult()
    for name, data in uploads:
        result = result + read.read_bytes(data, name)
    if telegram_username.strip():
        result = replace(result, articles=tuple(name_channel(result.articles, telegram_username)))
    if pasted.strip():
        result = result + read.read_text(pasted, title=title or None, published=published,
                                         source=source.strip() or t("pasted_source"))
    if url.strip():
        result = result + read.read_url(url.strip(), allow_private=allow_private_from_env())
    return result


def run_ingest(result, progress_bar) -> dict:
    """Ingest what :func:`read_inputs` read, feeding ``progress_bar``; return the summary to show."""
    from dashboard.render import refresh_freshness
    from storage.items import ingest_keyed

    def progress(done: int, total: int | None) -> None:
        progress_bar.progress(min(1.0, done / total) if total else 1.0, text=f"{done}/{total or '?'}")

    summary = ingest_keyed(engine(), list(result.articles), gazetteer=gazetteer(), progress=progress)
    progress_bar.progress(1.0)
    refresh_freshness()  # the sidebar's line was drawn before this ingest
    rejected = [*result.rejections, *summary.rejected]
    return {
        "counts": {t("added"): summary.added, t("duplicates"): summary.duplicates,
                   t("new_incidents"): summary.incidents_added, t("merged"): summary.merged,
                   t("rejected"): len(rejected)},
        "rejected": pd.DataFrame([{"input": r.origin, "line": r.line, "reason": r.reason}
                                  for r in rejected],
                                 columns=["input", "line", "reason"]).astype({"line": "Int64"}),
        "warnings": [f"{w.origin}: {w.reason}" for w in result.warnings],
        "hashes": [a.content_hash for a in result.articles],
    }


def show_findings(hashes: list[str]) -> None:
    """Each article just ingested: its incidents (heading, links to the map and the table) and its
    text with the evidence highlighted, or why it gave no incident."""
    from dashboard.render import card_heading, html_block
    from dashboard.state import page_link_params
    from storage.findings import findings

    for found in findings(engine(), hashes):
        with st.container(border=True):
            st.markdown(f"**{t('found_in', title=found['title'] or found['source'] or '#' + str(found['article_id']))}**")
            if found["why"]:
                st.info(t(found["why"]))
            for row in found["incidents"]:
                links = page_link_params(row["incident_id"])
                mark = f" · {t('historical_mark')}" if row.get("historical") else ""
                html_block(f"{card_heading(row)}{escape(mark)} · "
                           f'<a href="{escape(links["map"], quote=True)}" target="_self">{escape(t("on_map"))}</a> · '
                           f'<a href="{escape(links["table"], quote=True)}" target="_self">{escape(t("in_table"))}</a>')
            html_block(popups.highlight_evidence(found["text"], [r["evidence"] or "" for r in found["incidents"]]))


def may_edit(entered: str) -> tuple[bool, str | None]:
    """Whether editing is allowed with the password ``entered``, and the message to show if not.

    Wrong guesses slow down and then lock this session out (:mod:`dashboard.access`), logged.
    """
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    from dashboard.access import Attempts, check_password

    attempts = st.session_state.setdefault("_editor_attempts", Attempts())
    context = get_script_run_ctx()
    allowed, key = check_password(entered, editor_password(), attempts,
                                  session=context.session_id if context else "?")
    return allowed, None if key is None else t(key)


def may_ingest(entered: str) -> tuple[bool, str | None]:
    """Whether this session may add articles (upload, paste, URL), and the message to show.

    With no editor password configured (one person on a laptop) the ingest stays open, and the
    page says so; once a password is set, adding articles needs it, like corrections.
    """
    if not editor_password():
        return True, t("ingest_open")
    return may_edit(entered)


def find_incidents(query: str, keep: int | None = None, country: str = IRAQ) -> pd.DataFrame:
    """Incidents (rejected ones too) whose id is ``query`` or whose text contains it; newest first.

    Words find the incidents of ``country`` (the sidebar's country filter, :class:`Filters`): under
    "Iraq only" an editor is not offered events abroad, as no other page shows them. An id finds its
    incident in any country: it names one (from a shared link or the log), whose country may be the
    error to correct. ``keep``: an incident listed first whatever the query (the one just corrected,
    which may no longer match the words searched: its place changed).
    """
    query = query.strip()
    columns = ("incident_id", "event_date", "sub_event_type", "location")
    def one(incident_id: int) -> pd.DataFrame:  # its detail (cached): no scan of every incident for an id
        found = detail(incident_id)
        return pd.DataFrame([{c: found.get(c) for c in columns}] if found else [], columns=list(columns))

    if query.isdigit():
        frame = one(int(query))
    else:
        frame = incidents(Filters(include_rejected=True, text=query, country=country), columns=columns, limit=200)
    if keep is not None and keep not in set(frame["incident_id"]):
        frame = pd.concat([one(keep), frame], ignore_index=True)
    return frame


def incident_label(frame: pd.DataFrame) -> dict[int, str]:
    """Choice labels for a selectbox of incidents: id → "#id date · sub-type · place"."""
    def text(value) -> str:  # an undated incident has event_date None: never let a NaN label through
        return str(value) if pd.notna(value) else ""

    return {int(row.incident_id): f"#{digits(row.incident_id)} {digits(text(row.event_date)[:10]) or t('unknown')} · "
                                  f"{value_label('sub', text(row.sub_event_type))} · {text(row.location)}"
            for row in frame.itertuples(index=False)}


def search_places(query: str, limit: int = 10) -> dict[str, str]:
    """Gazetteer search: place_id → "name_en / name_ar (type, governorate)"."""
    if not query.strip():
        return {}
    return {p.place_id: f"{p.name_en} / {p.name_ar} ({p.feature_type}, {p.admin1 or p.country})"
            for p in gazetteer().search(query, limit=limit)}


def save_correction(incident_id: int, field: str, value, editor: str, note: str) -> str | None:
    """Apply one correction; returns an error message, or None when saved."""
    from storage.corrections import correct_incident

    try:
        correct_incident(engine(), incident_id, field=field, value=value, editor=editor, note=note,
                         gazetteer=gazetteer())
    except ValueError as exc:
        return str(exc)
    return None


def correction_log(incident_id: int) -> pd.DataFrame:
    from storage.corrections import list_corrections

    return list_corrections(engine(), incident_id)


def mention_table(mentions) -> pd.DataFrame:
    """One row per mention: surface, resolved place, governorate, coordinates, confidence."""
    return pd.DataFrame(
        [{"surface": m.surface, "place_id": m.place.place_id, "name_en": m.place.name_en,
          "name_ar": m.place.name_ar, "type": m.place.feature_type, "governorate": m.place.admin1,
          "latitude": m.place.latitude, "longitude": m.place.longitude, "confidence": round(m.confidence, 2)}
         for m in mentions],
        columns=["surface", "place_id", "name_en", "name_ar", "type", "governorate", "latitude",
                 "longitude", "confidence"])


def find_mentions(text: str):
    from geo.matcher import find_places

    return find_places(text, gazetteer()) if text.strip() else []


def place_map(place_id: str | None):
    """A small offline map centred on one gazetteer place."""
    place = gazetteer().get(place_id) if place_id else None
    govs, neighbours = basemap_frames()
    return maps.place_map(place, govs, neighbours)


def remove_sample_button() -> None:
    """For an editor: one button removing the sample corpus (ingested reports stay)."""
    from storage.sample import remove_sample

    if "sample_removed" in st.session_state:
        removed = st.session_state.pop("sample_removed")
        st.success(t("sample_removed", articles=plural("n_sample_articles", removed["articles"]),
                     incidents=plural("n_incidents", removed["incidents"])))
    if not state.sample_counts()["sample"]:
        return
    if st.button(t("remove_sample"), key="remove_sample"):
        st.session_state["sample_removed"] = remove_sample(engine())
        st.rerun()  # the banner above was drawn before the removal
