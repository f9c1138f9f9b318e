"""The feeds being watched and their status: last poll, last success, last error, items added.

Feeds come from the watcher's YAML file (:func:`sync_feeds`) and from editors on the dashboard
(:func:`add_feed`, :func:`set_feed_status`). A removed feed stays as a row with status "removed",
so that the YAML file does not bring it back at the watcher's next start; adding it again revives it.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import Engine, insert, select, update

from extract.feeds import MIN_INTERVAL, FeedConfig
from storage.locks import FEEDS_LOCK, locked_transaction
from storage.store import feeds

__all__ = ["DEFAULT_INTERVAL", "STATUSES", "add_feed", "backoff", "feed_rows", "feed_table", "record_poll",
           "set_feed_status", "sync_feeds"]

#: Seconds between two polls of a feed that names no interval.
DEFAULT_INTERVAL = 900
#: The longest wait after repeated errors.
MAX_BACKOFF = timedelta(hours=6)
STATUSES = ("active", "paused", "removed")


def backoff(interval: int, errors: int) -> timedelta:
    """Wait before the next poll: the interval, doubled per consecutive error, at most 6 hours.

    Examples
    --------
    >>> [backoff(900, n).total_seconds() for n in (0, 1, 2, 10)]
    [900.0, 1800.0, 3600.0, 21600.0]
    """
    return min(timedelta(seconds=interval * 2 ** min(errors, 16)), max(MAX_BACKOFF, timedelta(seconds=interval)))


def sync_feeds(engine: Engine, configs: Iterable[FeedConfig]) -> int:
    """Add the YAML file's feeds that are new (by URL) and update name, language and interval of the
    others; a feed an editor removed stays removed. Returns the number of feeds added.

    Under the feeds lock: two watchers starting at the same moment with the same file would
    otherwise both find a feed missing and both add it (the second failing on the unique URL)."""
    added = 0
    now = datetime.now(UTC)
    with locked_transaction(engine, FEEDS_LOCK) as conn:
        existing = {row.url: row for row in conn.execute(select(feeds.c.id, feeds.c.url, feeds.c.status))}
        for config in configs:
            values = {"name": config.name, "language": config.language, "interval": config.interval}
            row = existing.get(config.url)
            if row is None:
                conn.execute(insert(feeds).values(url=config.url, status="active", added_at=now, **values))
                added += 1
            elif row.status != "removed":
                conn.execute(update(feeds).where(feeds.c.id == row.id).values(**values))
    return added


def add_feed(engine: Engine, name: str, url: str, *, language: str | None = None,
             interval: int | None = None) -> int:
    """Add a feed (an editor on the dashboard), or make a paused/removed one active again; its id.

    Raises ``ValueError`` for a missing name, a URL that is not http(s) or a too short interval.
    """
    name, url = name.strip(), url.strip()
    if not name:
        raise ValueError("a feed needs a name (it becomes the incident source)")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("the feed address must start with http:// or https://")
    if interval is not None and interval < MIN_INTERVAL:
        raise ValueError(f"the interval must be at least {MIN_INTERVAL} seconds")
    if language not in (None, "ar", "en"):
        raise ValueError("language must be 'ar', 'en' or empty")
    with locked_transaction(engine, FEEDS_LOCK) as conn:  # see sync_feeds
        found = conn.execute(select(feeds.c.id).where(feeds.c.url == url)).scalar()
        values = {"name": name, "language": language, "interval": interval, "status": "active",
                  "next_poll": None}
        if found is not None:
            conn.execute(update(feeds).where(feeds.c.id == found).values(**values))
            return int(found)
        return int(conn.execute(insert(feeds).values(url=url, added_at=datetime.now(UTC), **values))
                   .inserted_primary_key[0])


def set_feed_status(engine: Engine, feed_id: int, status: str) -> None:
    """Pause ("paused"), resume ("active") or remove ("removed") a feed."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
    with engine.begin() as conn:
        changed = conn.execute(update(feeds).where(feeds.c.id == feed_id).values(status=status, next_poll=None))
        if changed.rowcount != 1:
            raise ValueError(f"no feed {feed_id}")


def feed_rows(engine: Engine, *, status: str | None = "active") -> list[dict[str, Any]]:
    """The feeds (with ``status``, or all when None) as dicts, in the order they were added."""
    query = select(feeds).order_by(feeds.c.id)
    if status is not None:
        query = query.where(feeds.c.status == status)
    with engine.connect() as conn:
        return [_aware_row(dict(row)) for row in conn.execute(query).mappings()]


def _aware_row(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("last_poll", "last_success", "last_error_at", "next_poll", "added_at"):
        if row.get(name) is not None and row[name].tzinfo is None:  # SQLite gives naive UTC back
            row[name] = row[name].replace(tzinfo=UTC)
    return row


def record_poll(engine: Engine, feed_id: int, *, at: datetime, interval: int, error: str | None = None,
                added: int = 0, etag: str | None = None, last_modified: str | None = None) -> None:
    """Store the outcome of one poll and when the next one is due (backing off after errors)."""
    with engine.begin() as conn:
        errors = conn.execute(select(feeds.c.errors).where(feeds.c.id == feed_id)).scalar() or 0
        values: dict[str, Any] = {"last_poll": at}
        if error is None:
            values.update(last_success=at, errors=0, next_poll=at + backoff(interval, 0),
                          items_added=feeds.c.items_added + added)
            if etag is not None or last_modified is not None:
                values.update(etag=etag, last_modified=last_modified)
        else:
            values.update(last_error=error, last_error_at=at, errors=errors + 1,
                          next_poll=at + backoff(interval, errors + 1))
        conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))


def feed_table(engine: Engine, *, now: datetime) -> pd.DataFrame:
    """Every feed that is not removed, for the Sources section: name, url, status, freshness, errors.

    ``minutes_since_success`` is None for a feed never read; ``failing`` is True when the latest
    poll failed.
    """
    columns = ["feed_id", "name", "url", "language", "status", "interval", "last_poll", "last_success",
               "minutes_since_success", "items_added", "failing", "errors", "last_error", "last_error_at"]
    rows = []
    for row in feed_rows(engine, status=None):
        if row["status"] == "removed":
            continue
        success = row["last_success"]
        failing = row["last_error_at"] is not None and (success is None or row["last_error_at"] > success)
        rows.append({"feed_id": row["id"], **{c: row[c] for c in ("name", "url", "language", "status",
                                                                   "last_poll", "last_success", "items_added",
                                                                   "errors", "last_error", "last_error_at")},
                     "interval": row["interval"] or DEFAULT_INTERVAL,
                     "minutes_since_success": round((now - success).total_seconds() / 60) if success else None,
                     "failing": failing})
    return pd.DataFrame(rows, columns=columns)
