"""The feed watcher: poll each feed, read its new items, store them, keep the feed's status.

One poll of one feed: a conditional GET (ETag, Last-Modified) through the safe fetcher, the feed
read by :func:`extract.feeds.parse_feed`; each item whose link was never seen is claimed
(:mod:`storage.items`), its article page fetched through the same safe fetcher (trafilatura reads
the main text) or, when the page cannot be read, the feed's own content used; the new articles are
ingested together. Every poll is recorded (:func:`storage.feeds.record_poll`) and a failing feed
only backs off: the others go on. A stop request (SIGTERM, Ctrl-C) finishes the current item, stores
what was read and returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from extract.feeds import ParsedFeed, item_article, parse_feed
from extract.fetch import FetchError, fetch
from storage.feeds import DEFAULT_INTERVAL, feed_rows, record_poll
from storage.items import claim, ingest_claimed, known_keys, release

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

__all__ = ["FeedReport", "Watcher", "poll_feed"]

#: The largest feed document read (a feed is a list of recent items, not an archive).
MAX_FEED_BYTES = 10_000_000


@dataclass(frozen=True)
class FeedReport:
    """What one poll of one feed did."""

    name: str
    url: str
    added: int = 0
    known: int = 0
    rejected: int = 0
    not_modified: bool = False
    error: str | None = None

    def format(self) -> str:
        """One line for the log.

        Examples
        --------
        >>> FeedReport("INA", "https://ina.example/rss", added=2, known=8).format()
        'INA: 2 new, 8 already seen, 0 rejected'
        >>> FeedReport("X", "https://x.example/rss", error="the site answered 500").format()
        'X: FAILED: the site answered 500 (https://x.example/rss)'
        """
        if self.error:
            return f"{self.name}: FAILED: {self.error} ({self.url})"
        if self.not_modified:
            return f"{self.name}: not modified"
        return f"{self.name}: {self.added} new, {self.known} already seen, {self.rejected} rejected"


class Watcher:
    """Polls feeds into one database. ``stop`` (an event) is checked between items."""

    def __init__(self, engine: Engine, *, gazetteer: Gazetteer | None = None, allow_private: bool = False,
                 timeout: float = 20, interval: int = DEFAULT_INTERVAL, stop: threading.Event | None = None,
                 log: Callable[[str], None] = lambda line: None, parse: Callable | None = None) -> None:
        self.engine, self.gazetteer, self.allow_private = engine, gazetteer, allow_private
        self.timeout, self.interval, self.log = timeout, interval, log
        self.stop = stop or threading.Event()
        self.parse = parse  # replaces extract.pipeline.parse_article (tests)

    # ------------------------------------------------------------------ one feed
    def poll(self, feed: dict[str, Any]) -> FeedReport:
        """Poll one feed (a row of :func:`storage.feeds.feed_rows`) and record the outcome."""
        at = datetime.now(UTC)
        interval = feed.get("interval") or self.interval
        try:
            report, validators = self._poll(feed)
        except Exception as error:  # one failing feed never stops the others
            report, validators = FeedReport(feed["name"], feed["url"], error=_describe(error)), None
        record_poll(self.engine, feed["id"], at=at, interval=interval, error=report.error, added=report.added,
                    **(validators or {}))
        self.log(report.format())
        return report

    def _poll(self, feed: dict[str, Any]) -> tuple[FeedReport, dict[str, str | None] | None]:
        name, url = feed["name"], feed["url"]
        headers = {}
        if feed.get("etag"):
            headers["If-None-Match"] = feed["etag"]
        if feed.get("last_modified"):
            headers["If-Modified-Since"] = feed["last_modified"]
        response = fetch(url, allow_private=self.allow_private, timeout=self.timeout, headers=headers,
                         max_bytes=MAX_FEED_BYTES)
        validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified")}
        if response.status == 304:
            return FeedReport(name, url, not_modified=True), None
        parsed: ParsedFeed = parse_feed(response.body, url=response.url)
        if parsed.error:
            return FeedReport(name, url, error=parsed.error), None
        known = known_keys(self.engine, (item.key for item in parsed.items))
        articles, seen, claimed = [], len(known), []
        try:
            for item in parsed.items:
                if self.stop.is_set():
                    validators = None  # items left unread: the next poll must get the whole feed again
                    break
                if item.key in known or not claim(self.engine, item.key, feed_id=feed["id"]):
                    seen += item.key not in known
                    continue
                claimed.append(item.key)
                article = item_article(item, source=name, page=self._page(item.link),
                                       language=feed.get("language"))
                if article is None:
                    release(self.engine, [item.key])
                    claimed.pop()
                    continue
                articles.append(article)
            summary = ingest_claimed(self.engine, articles, gazetteer=self.gazetteer, parse=self.parse)
        except BaseException:
            release(self.engine, claimed)
            raise
        return (FeedReport(name, url, added=summary.added, known=seen + summary.duplicates,
                           rejected=len(summary.rejected)), validators)

    def _page(self, link: str | None):
        """The article page's article, or None when it cannot be fetched or read."""
        if not link:
            return None
        from extract.read import read_response

        try:
            response = fetch(link, allow_private=self.allow_private, timeout=self.timeout)
        except FetchError:
            return None
        result = read_response(response.url, response.body, content_type=response.content_type,
                               charset=response.charset)
        return result.articles[0] if len(result.articles) == 1 else None

    # ------------------------------------------------------------------ every feed
    def run_once(self) -> list[FeedReport]:
        """Poll every active feed once (in the order they were added), until asked to stop."""
        reports = []
        for feed in feed_rows(self.engine):
            if self.stop.is_set():
                break
            reports.append(self.poll(feed))
        return reports

    def run_forever(self, *, tick: float = 30) -> None:
        """Poll each active feed when it is due, until ``stop`` is set. The feed list is read again on
        each round, so feeds an editor adds, pauses or removes are seen within ``tick`` seconds."""
        while not self.stop.is_set():
            now = datetime.now(UTC)
            upcoming = []
            for feed in feed_rows(self.engine):
                if self.stop.is_set():
                    return
                if feed["next_poll"] is None or feed["next_poll"] <= now:
                    self.poll(feed)
                else:
                    upcoming.append((feed["next_poll"] - now).total_seconds())
            self.stop.wait(max(1.0, min([tick, *upcoming])))


def poll_feed(engine: Engine, feed_id: int, **options: Any) -> FeedReport:
    """Poll one feed now (an editor's "poll now"), whatever its schedule, backoff or pause; the poll
    is recorded like the watcher's own. ``options`` go to :class:`Watcher` (``gazetteer``,
    ``allow_private``, ``timeout``). Raises ``ValueError`` for an unknown or removed feed."""
    found = [row for row in feed_rows(engine, status=None) if row["id"] == feed_id and row["status"] != "removed"]
    if not found:
        raise ValueError(f"no feed {feed_id}")
    return Watcher(engine, **options).poll(found[0])


def _describe(error: BaseException) -> str:
    if isinstance(error, FetchError):
        return str(error)
    return f"could not process the feed ({error.__class__.__name__})"
