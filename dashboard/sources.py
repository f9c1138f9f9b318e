"""The Sources section: feeds the watcher polls (freshness, errors) and the outlets articles came
from; editors add, pause, resume, remove and poll feeds. Nothing is cached: the tables are small and an
editor's change must show at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from dashboard.labels import t
from dashboard.state import engine, gazetteer

#: A feed not read successfully for this long is shown as stale (minutes).
STALE_MINUTES = 120


def feeds_frame() -> pd.DataFrame:
    """Every feed not removed: name, state (ok / stale / failing / paused / never read), minutes since
    the last success, items added, last error ("none" when it never failed), URL."""
    from storage.feeds import feed_table

    table = feed_table(engine(), now=datetime.now(UTC))

    def state(row) -> str:
        if row.status == "paused":
            return t("feed_paused")
        if row.failing:
            return t("feed_failing")
        if pd.isna(row.minutes_since_success):
            return t("feed_never")
        return t("feed_stale") if row.minutes_since_success > max(STALE_MINUTES, 2 * row.interval / 60) else t("feed_ok")

    return pd.DataFrame({
        "feed_id": table["feed_id"], "name": table["name"],
        "state": [state(row) for row in table.itertuples(index=False)],
        "minutes_since_success": table["minutes_since_success"].astype("Int64"),
        "items_added": table["items_added"],
        # a feed that never failed says "none": an empty cell read "unknown", like an unknown error
        "last_error": [error if isinstance(error, str) and error else t("no_error") for error in table["last_error"]],
        "url": table["url"],
    })


def outlets_frame() -> pd.DataFrame:
    from storage.sources import outlets

    return outlets(engine())


def column_config() -> dict:
    return {"feed_id": None, "name": t("feed_name"), "state": t("feed_state"),
            "minutes_since_success": t("minutes_since_success"), "items_added": t("items_added"),
            "last_error": t("last_error"), "url": st.column_config.LinkColumn("URL"),
            "source": t("source"), "articles": t("articles"), "last_arrival": t("last_arrival"),
            "last_published": t("last_published")}


def add(name: str, url: str, language: str | None, interval: int | None) -> str | None:
    """Add (or revive) a feed; an error message, or None when done."""
    from storage.feeds import add_feed

    try:
        add_feed(engine(), name, url, language=language or None, interval=interval or None)
    except ValueError as exc:
        return str(exc)
    return None


def change(feed_id: int, status: str) -> None:
    """Pause ("paused"), resume ("active") or remove ("removed") a feed."""
    from storage.feeds import set_feed_status

    set_feed_status(engine(), feed_id, status)


def poll(feed_id: int) -> tuple[bool, str]:
    """Poll a feed now (fetched from this server through the safe fetcher); whether it worked and what
    it did, to show."""
    from extract.fetch import allow_private_from_env
    from storage.watch import poll_feed

    report = poll_feed(engine(), feed_id, gazetteer=gazetteer(), allow_private=allow_private_from_env())
    if report.error:
        return False, t("poll_failed", name=report.name, error=report.error)
    if report.not_modified:
        return True, t("poll_not_modified", name=report.name)
    return True, t("poll_done", name=report.name, added=report.added, known=report.known, rejected=report.rejected)
