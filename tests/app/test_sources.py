"""The Sources page: feeds with freshness and errors, outlets, and feed management by an editor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from storage.feeds import add_feed, feed_rows, record_poll
from storage.store import articles, get_engine
from tests.app.test_pages import ROOT
from tests.loopback import files, serve

FEEDS = ROOT / "tests" / "storage" / "fixtures" / "feeds"


@pytest.fixture
def outlet(monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("IIM_ALLOW_PRIVATE_URLS", "1")  # the outlet is on loopback
    with serve(files(FEEDS)) as base:  # project-written feeds and article pages
        yield base


def _sources(password: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/sources.py").run()
    if password is not None:
        at.text_input(key="sources_password").set_value(password).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _three_feeds(url: str) -> None:
    """A feed read 5 minutes ago (3 items added), one failing with an HTTP 500, one never read."""
    engine = get_engine(url)
    now = datetime.now(UTC)
    good = add_feed(engine, "Test Agency", "https://agency.example/rss")
    bad = add_feed(engine, "Failing Outlet", "https://failing.example/rss")
    add_feed(engine, "New Outlet", "https://new.example/rss")
    record_poll(engine, good, at=now - timedelta(minutes=5), interval=900, added=3)
    record_poll(engine, bad, at=now - timedelta(minutes=3), interval=900, error="the site answered 500")


def test_feeds_show_freshness_and_errors_and_outlets(full_db) -> None:
    _three_feeds(full_db)
    at = _sources()
    feeds = at.dataframe[0].value.set_index("name")
    assert feeds.loc["Test Agency", "state"] == "fresh" and feeds.loc["Test Agency", "items_added"] == 3
    assert feeds.loc["Failing Outlet", "state"] == "failing"
    assert feeds.loc["Failing Outlet", "last_error"] == "the site answered 500"
    assert feeds.loc["New Outlet", "state"] == "not read yet"
    assert "INA" in set(at.dataframe[1].value["source"])


@pytest.mark.parametrize("params, none, fresh", [({}, "none", "fresh"), ({"lang": "ar"}, "لا يوجد", "محدّثة")])
def test_a_feed_that_never_failed_says_no_error_not_unknown(full_db, params, none, fresh) -> None:
    _three_feeds(full_db)
    feeds = _sources(**params).dataframe[0].value.set_index("name")
    assert feeds.loc["Test Agency", "state"] == fresh
    assert feeds.loc["Test Agency", "last_error"] == none and feeds.loc["New Outlet", "last_error"] == none
    assert feeds.loc["Failing Outlet", "last_error"] == "the site answered 500"


def test_editor_adds_and_pauses_a_feed(full_db, monkeypatch) -> None:
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = _sources("s3cret")
    at.text_input(key="feed_name").set_value("Test Wire")
    at.text_input(key="feed_url").set_value("https://wire.example/atom")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception
    [row] = feed_rows(get_engine(full_db))
    assert (row["name"], row["url"], row["interval"]) == ("Test Wire", "https://wire.example/atom", 900)
    at.button(key="feed_paused").click().run()
    assert feed_rows(get_engine(full_db), status="paused")[0]["name"] == "Test Wire"


def test_without_the_password_feeds_cannot_be_changed(full_db, monkeypatch) -> None:
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = _sources("wrong")
    assert at.text_input(key="feed_url").disabled
    assert any("Wrong password" in e.value for e in at.error)


def test_with_no_password_set_feeds_can_be_managed(full_db) -> None:
    at = _sources()
    assert not at.text_input(key="feed_url").disabled  # one person on a laptop, as on the Ingest page


def test_editor_polls_a_feed_now_and_sees_what_it_added(full_db, outlet, monkeypatch) -> None:
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    engine = get_engine(full_db)
    failing = add_feed(engine, "Gone Outlet", f"{outlet}/gone.xml")
    add_feed(engine, "Test Gazette", f"{outlet}/rss1.rdf")
    at = _sources("s3cret")
    at.selectbox(key="feed_pick").set_value(failing).run()
    at.button(key="feed_poll").click().run()
    assert [e.value for e in at.error] == ["Gone Outlet: the feed could not be read: the site answered 404"]
    assert at.dataframe[0].value.set_index("name").loc["Gone Outlet", "state"] == "failing"
    at.selectbox(key="feed_pick").set_value(failing + 1).run()
    at.button(key="feed_poll").click().run()
    assert not at.exception and [s.value for s in at.success] == ["Test Gazette: 1 new, 0 already seen, 0 rejected."]
    feeds = at.dataframe[0].value.set_index("name")  # the tables were drawn again after the poll
    assert feeds.loc["Test Gazette", "state"] == "fresh" and feeds.loc["Test Gazette", "items_added"] == 1
    assert "Test Gazette" in set(at.dataframe[1].value["source"])
    with engine.connect() as conn:
        assert conn.execute(select(articles.c.url).where(articles.c.source == "Test Gazette")).scalars().all() == [
            f"{outlet}/articles/basra.html"]
    at.button(key="feed_poll").click().run()
    assert [s.value for s in at.success] == ["Test Gazette: 0 new, 1 already seen, 0 rejected."]


def test_only_an_editor_may_poll(full_db, outlet, monkeypatch) -> None:
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    add_feed(get_engine(full_db), "Test Gazette", f"{outlet}/rss1.rdf")
    assert _sources("wrong").button(key="feed_poll").disabled
