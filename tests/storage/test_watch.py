"""The feed watcher against a loopback server serving project-written feeds (never the internet).

Feeds: RSS 2.0 (Arabic, with ETag), Atom (English, with Last-Modified), RSS 1.0 behind a redirect, a
mirror republishing one story under another link, and the broken ones: slow, malformed, HTTP 500,
a redirect loop. Article pages are served for most items; one item's page is missing, so the feed's
own content is used.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import func, select, update

from extract.cli import main
from extract.fetch import REFUSED
from storage.feeds import add_feed, feed_rows, feed_table, set_feed_status, sync_feeds
from storage.items import STALE_CLAIM, claim, known_keys
from storage.store import articles, feeds, get_engine, incident_sources, incidents, item_keys
from storage.watch import Watcher
from tests.loopback import Handler, serve

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
ROOT = Path(__file__).resolve().parents[2]
GOOD = {"rss2_ar.xml": "Test Agency", "atom_en.xml": "Test Wire", "moved.xml": "Test Gazette",
        "mirror.xml": "Mirror"}
BROKEN = {"slow.xml": "Slow Outlet", "malformed.xml": "Broken Outlet", "error500.xml": "Failing Outlet",
          "loop.xml": "Looping Outlet"}
ETAG, LAST_MODIFIED = '"rss2-v1"', "Wed, 05 Mar 2025 08:00:00 GMT"


class _Feeds(Handler):
    requests: ClassVar[list[tuple[str, str | None]]] = []  # (path, conditional header sent)

    def get(self) -> None:
        path = self.path.split("?", 1)[0]
        conditional = self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
        self.requests.append((path, conditional))
        if path == "/rss2_ar.xml" and self.headers.get("If-None-Match") == ETAG:
            return self.answer(304, b"")
        if path == "/atom_en.xml" and self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.answer(304, b"")
        if path == "/moved.xml":
            return self.answer(301, b"", location="/rss1.rdf")
        if path == "/loop.xml":
            return self.answer(302, b"", location="/loop.xml")
        if path == "/error500.xml":
            return self.answer(500, b"internal error")
        if path == "/slow.xml":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return None
        file = FIXTURES / path.lstrip("/")
        if not file.is_file():
            return self.answer(404, b"not found")
        headers = {"ETag": ETAG} if path == "/rss2_ar.xml" else {}
        if path == "/atom_en.xml":
            headers["Last-Modified"] = LAST_MODIFIED
        kind = "text/html; charset=utf-8" if path.endswith(".html") else "application/xml"
        return self.answer(200, file.read_bytes(), content_type=kind, **headers)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(_Feeds) as base:
        yield base


@pytest.fixture(scope="module")
def gazetteer():
    from geo.loader import default_gazetteer

    return default_gazetteer()


def _yaml(tmp_path: Path, server: str, names: dict[str, str], *, language: str | None = None) -> Path:
    lines = ["feeds:"]
    for path, name in names.items():
        lines += [f"  - name: {name}", f"    url: {server}/{path}", "    interval: 600"]
        lines += [f"    language: {language}"] if language else []
    target = tmp_path / "feeds.yaml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _stored(engine) -> dict[str, tuple]:
    with engine.connect() as conn:
        rows = conn.execute(select(articles.c.url, articles.c.source, articles.c.published, articles.c.text))
        return {url.rsplit("/", 1)[1]: (source, published, text) for url, source, published, text in rows}


def test_watch_once_ingests_new_items_reports_broken_feeds_and_adds_nothing_the_second_time(
        server, tmp_path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    config = _yaml(tmp_path, server, GOOD | BROKEN)
    _Feeds.requests.clear()
    args = ["watch", str(config), "--once", "--allow-private", "--timeout", "1", "--db", db]
    assert main(args) == 1  # some feeds failed
    log = capsys.readouterr().err
    for name in BROKEN.values():
        assert f"{name}: FAILED" in log
    assert "Test Agency: 2 new" in log and "Test Wire: 2 new" in log and "Test Gazette: 1 new" in log
    assert "Mirror: 0 new, 1 already seen" in log  # the same story under another link: its text is known
    engine = get_engine(db)
    stored = _stored(engine)
    assert sorted(stored) == ["airport.html", "basra.html", "hamrin.html", "khalis.html?utm_source=rss",
                              "missing.html"]
    source, published, text = stored["khalis.html?utm_source=rss"]
    assert (source, published) == ("Test Agency", date(2025, 3, 3))
    assert "مزارعين اثنين" in text and "جميع الحقوق" not in text  # the page's main text, not the footer
    source, published, text = stored["missing.html"]  # no page: the feed's own content
    assert "الجانب الأيمن من مدينة الموصل" in text and published == date(2025, 3, 4)
    assert stored["hamrin.html"][1] == date(2025, 3, 5)  # 00:30 in Baghdad: the publisher's own day
    status = {row["name"]: row for row in feed_rows(engine)}
    assert status["Test Agency"]["items_added"] == 2 and status["Test Agency"]["etag"] == ETAG
    assert status["Failing Outlet"]["last_error"] == "the site answered 500"
    assert status["Looping Outlet"]["last_error"] == "too many redirects"
    assert status["Slow Outlet"]["last_error"] == "the site did not answer in time"
    assert status["Broken Outlet"]["last_error"].startswith("not a readable feed")
    assert status["Broken Outlet"]["errors"] == 1 and status["Broken Outlet"]["last_success"] is None

    _Feeds.requests.clear()
    assert main(args) == 1
    log = capsys.readouterr().err
    assert "Test Agency: not modified" in log and "Test Wire: not modified" in log
    assert "Test Gazette: 0 new, 1 already seen" in log
    assert len(_stored(engine)) == 5
    assert ("/rss2_ar.xml", ETAG) in _Feeds.requests and ("/atom_en.xml", LAST_MODIFIED) in _Feeds.requests
    assert not any(path.startswith("/articles/") for path, _ in _Feeds.requests)  # known items: no page fetch
    assert feed_rows(engine, status=None)[0]["items_added"] == 2


@pytest.mark.parametrize("language, stored, found", [
    ("ar", "ar", [("Remote explosive/landmine/IED", "Diyala")]),
    (None, "en", []),
])
def test_the_feeds_language_decides_an_item_whose_letters_leave_it_open(server, tmp_path, capsys, language,
                                                                         stored, found) -> None:
    """digest_ar.xml: an Arabic report under a long English header (27 % Arabic letters)."""
    db = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    config = _yaml(tmp_path, server, {"digest_ar.xml": "Diyala Desk"}, language=language)
    assert main(["watch", str(config), "--once", "--allow-private", "--db", db]) == 0
    assert "Diyala Desk: 1 new" in capsys.readouterr().err
    with get_engine(db).connect() as conn:
        [(article_id, article_language)] = conn.execute(select(articles.c.id, articles.c.language)).all()
        reported = conn.execute(select(incidents.c.sub_event_type, incidents.c.admin1)
                                .join(incident_sources, incident_sources.c.incident_id == incidents.c.id)
                                .where(incident_sources.c.article_id == article_id)).all()
    assert article_language == stored
    assert [tuple(row) for row in reported] == found


def test_without_allow_private_every_feed_is_refused(server, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("IIM_ALLOW_PRIVATE_URLS", raising=False)
    db = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    assert main(["watch", str(_yaml(tmp_path, server, GOOD)), "--once", "--db", db]) == 1
    log = capsys.readouterr().err
    assert log.count(f"FAILED: {REFUSED}") == len(GOOD)
    assert _stored(get_engine(db)) == {}


def test_concurrent_watchers_store_each_item_once(server, engine, gazetteer) -> None:
    sync_feeds(engine, _configs(server, GOOD))
    reports: list = []
    watchers = [Watcher(engine, gazetteer=gazetteer, allow_private=True, timeout=5) for _ in range(3)]
    threads = [threading.Thread(target=lambda w=w: reports.extend(w.run_once())) for w in watchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(_stored(engine)) == 5
    assert sum(r.added for r in reports) == 5 and not any(r.rejected for r in reports)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(item_keys)
                            .where(item_keys.c.state == "done")).scalar() == 6


class _Together(_Feeds):
    """Answers a feed only once two watchers have asked for it: both then read the same new items at
    the same moment (article pages are answered at once)."""

    meetings: ClassVar[dict[str, threading.Barrier]] = {}
    lock = threading.Lock()

    def get(self) -> None:
        path = self.path.split("?", 1)[0]
        if not path.startswith("/articles/"):
            with self.lock:
                barrier = self.meetings.setdefault(path, threading.Barrier(2, timeout=60))
            with contextlib.suppress(threading.BrokenBarrierError):  # the other never came: answer anyway
                barrier.wait()
        super().get()


@pytest.mark.slow
def test_two_watcher_processes_store_each_item_once(engine, tmp_path) -> None:
    """Two ``watch --once`` processes started together on one database (as two cron jobs or two
    servers would be): the feeds are added once and each item is stored once."""
    url = engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    _Together.meetings.clear()
    _Feeds.requests.clear()
    with serve(_Together) as base:
        config = _yaml(tmp_path, base, GOOD)
        watchers = [subprocess.Popen([sys.executable, "-m", "extract", "watch", str(config), "--once",
                                      "--allow-private", "--timeout", "30", "--db", url],
                                     cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for _ in range(2)]
        try:
            logs = [process.communicate(timeout=240)[1] for process in watchers]
        finally:
            for process in watchers:
                if process.poll() is None:
                    process.kill()
    assert [process.returncode for process in watchers] == [0, 0], logs
    assert all(not barrier.broken for barrier in _Together.meetings.values())  # they did meet at every feed
    assert len(_Together.meetings) == len(GOOD) + 1  # moved.xml redirects to rss1.rdf
    added = [int(n) for log in logs for n in re.findall(r": (\d+) new", log)]
    assert len(added) == 2 * len(GOOD) and sum(added) == 5, logs
    assert len(_stored(engine)) == 5
    assert len(feed_rows(engine)) == len(GOOD)
    pages = Counter(path for path, _ in _Feeds.requests if path.startswith("/articles/"))
    # six items, six page reads (the mirror's item is the wire's page under another link): each item was
    # claimed and read by one watcher only
    assert sum(pages.values()) == 6 and pages["/articles/airport.html"] == 2, pages
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(item_keys)
                            .where(item_keys.c.state == "done")).scalar() == 6


def test_watchers_starting_together_add_each_feed_of_their_file_once(engine) -> None:
    """Both read the YAML file into the database at the same moment, round after round."""
    from extract.feeds import FeedConfig

    for round_ in range(20):
        configs = [FeedConfig(f"Outlet {round_}-{n}", f"https://o{round_}-{n}.example/rss") for n in range(5)]
        start, errors, added = threading.Barrier(2), [], []

        def sync(configs=configs, start=start, errors=errors, added=added) -> None:
            start.wait()
            try:
                added.append(sync_feeds(engine, configs))
            except Exception as error:  # the assertion below names it
                errors.append(repr(error))

        threads = [threading.Thread(target=sync) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [] and sorted(added) == [0, 5]
    assert len(feed_rows(engine)) == 100


def test_a_stale_claim_is_taken_over_and_a_fresh_one_respected(engine) -> None:
    assert claim(engine, "https://x.example/1") and not claim(engine, "https://x.example/1")
    assert known_keys(engine, ["https://x.example/1", "https://x.example/2"]) == {"https://x.example/1"}
    with engine.begin() as conn:  # its watcher was killed long ago
        conn.execute(update(item_keys).values(claimed_at=datetime.now(UTC) - STALE_CLAIM - timedelta(minutes=1)))
    assert known_keys(engine, ["https://x.example/1"]) == set()
    assert claim(engine, "https://x.example/1")


def test_errors_back_off_and_success_resets(server, engine, gazetteer) -> None:
    feed_id = add_feed(engine, "Failing Outlet", f"{server}/error500.xml", interval=600)
    watcher = Watcher(engine, gazetteer=gazetteer, allow_private=True, timeout=5)
    for expected in (1200, 2400):
        before = datetime.now(UTC)
        watcher.run_once()
        [row] = feed_rows(engine)
        wait = (row["next_poll"] - before).total_seconds()
        assert expected - 5 < wait < expected + 5
    with engine.begin() as conn:
        conn.execute(update(feeds).where(feeds.c.id == feed_id).values(url=f"{server}/rss1.rdf"))
    watcher.run_once()
    [row] = feed_rows(engine)
    assert row["errors"] == 0 and row["items_added"] == 1 and row["last_success"] is not None


def test_editor_pauses_removes_and_yaml_does_not_revive(server, tmp_path, gazetteer) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    sync_feeds(engine, _configs(server, GOOD))
    ids = {row["name"]: row["id"] for row in feed_rows(engine)}
    set_feed_status(engine, ids["Mirror"], "paused")
    set_feed_status(engine, ids["Test Gazette"], "removed")
    sync_feeds(engine, _configs(server, GOOD))  # the watcher restarts with the same YAML file
    reports = Watcher(engine, gazetteer=gazetteer, allow_private=True, timeout=5).run_once()
    assert sorted(r.name for r in reports) == ["Test Agency", "Test Wire"]
    table = feed_table(engine, now=datetime.now(UTC))
    assert sorted(table["name"]) == ["Mirror", "Test Agency", "Test Wire"]  # removed: not listed
    assert table.set_index("name").loc["Mirror", "status"] == "paused"
    assert add_feed(engine, "Test Gazette", f"{server}/moved.xml") == ids["Test Gazette"]  # revived
    with pytest.raises(ValueError, match="http"):
        add_feed(engine, "Local file", "file:///etc/passwd")


def test_stop_request_polls_nothing_more(server, tmp_path, gazetteer) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    sync_feeds(engine, _configs(server, GOOD))
    stop = threading.Event()
    stop.set()
    assert Watcher(engine, gazetteer=gazetteer, allow_private=True, stop=stop).run_once() == []


@pytest.mark.slow
def test_sigterm_finishes_and_exits_cleanly(server, tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    config = _yaml(tmp_path, server, {"rss2_ar.xml": "Test Agency"})
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "extract", "watch", str(config), "--allow-private",
                                "--db", db], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stderr.readline()  # the first poll's report: the watcher is now waiting
        assert "Test Agency: 2 new" in first
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert "stopped" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
    assert len(_stored(get_engine(db))) == 2


def _configs(server: str, names: dict[str, str]):
    from extract.feeds import FeedConfig

    return [FeedConfig(name, f"{server}/{path}", interval=600) for path, name in names.items()]


def test_stopped_mid_feed_keeps_the_rest_for_the_next_poll(server, tmp_path, gazetteer) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    sync_feeds(engine, _configs(server, {"rss2_ar.xml": "Test Agency"}))

    class StopAfterOnePage(Watcher):
        def _page(self, link):
            self.stop.set()  # SIGTERM arrives while the first item is read
            return super()._page(link)

    [first] = StopAfterOnePage(engine, gazetteer=gazetteer, allow_private=True).run_once()
    assert first.added == 1 and feed_rows(engine)[0]["etag"] is None  # no 304 next time: one item is unread
    [second] = Watcher(engine, gazetteer=gazetteer, allow_private=True).run_once()
    assert (second.added, second.known) == (1, 1) and feed_rows(engine)[0]["etag"] == ETAG


def test_latest_articles_lists_arrivals_newest_first(server, tmp_path, gazetteer) -> None:
    from storage.sources import latest_articles, outlets

    engine = get_engine(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    sync_feeds(engine, _configs(server, {"rss1.rdf": "Test Gazette"}))
    watcher = Watcher(engine, gazetteer=gazetteer, allow_private=True)
    watcher.run_once()
    [first] = latest_articles(engine).itertuples()
    assert (first.source, first.url.rsplit("/", 1)[1]) == ("Test Gazette", "basra.html")
    assert first.incidents >= 1  # the protest
    add_feed(engine, "Test Agency", f"{server}/rss2_ar.xml")
    watcher.run_once()
    newer = latest_articles(engine, after_id=first.article_id)
    assert len(newer) == 2 and set(newer["source"]) == {"Test Agency"}
    assert list(outlets(engine)["source"]) == ["Test Agency", "Test Gazette"]
