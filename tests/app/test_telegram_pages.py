"""Telegram exports on the dashboard: the Ingest page names the channel of an export that lacks its
username (as ``ingest --telegram-username``), and a forwarded post says whom it came from in the map's
popup, in both languages."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from storage.store import articles, get_engine
from tests.app.test_pages import ROOT, app, decoded, downloads, map_component  # noqa: F401 (a fixture)

EXPORT = ROOT / "tests" / "extract" / "fixtures" / "telegram_result.json"


class _Upload:
    """What st.file_uploader hands the page: a name and the bytes (AppTest cannot upload a file)."""

    def __init__(self, path) -> None:
        self.name, self._data = path.name, path.read_bytes()

    def getvalue(self) -> bytes:
        return self._data


def _telegram_urls(url: str) -> list[str]:
    with get_engine(url).connect() as conn:
        return sorted(u for u in conn.execute(select(articles.c.url)).scalars() if u and "t.me/" in u)


@pytest.mark.parametrize("params, label, refused", [
    ({}, "Telegram channel username", "“t.me/ab” is not a Telegram channel username"),
    ({"lang": "ar"}, "اسم مستخدم قناة تيليغرام", "«t.me/ab» ليس اسم مستخدم لقناة تيليغرام"),
])
def test_ingest_page_names_the_channel_of_a_telegram_export(empty_db, monkeypatch, params, label, refused):
    import streamlit as st

    monkeypatch.setattr(st, "file_uploader", lambda *args, **kwargs: [_Upload(EXPORT)])
    at = app("pages/ingest.py", **params)
    assert at.text_input(key="ingest_telegram").label.startswith(label)
    at.text_input(key="ingest_telegram").input("t.me/ab").run()
    at.button(key="ingest_go").click().run()
    assert at.error and at.error[0].value.startswith(refused)
    assert _telegram_urls(empty_db) == []  # refused before anything is read or stored
    at.text_input(key="ingest_telegram").input("https://t.me/GivenCell").run()
    at.button(key="ingest_go").click().run()
    assert not at.exception and not at.error
    urls = _telegram_urls(empty_db)
    assert urls and all(re.fullmatch(r"https://t\.me/GivenCell/\d+", u) for u in urls), urls


@pytest.fixture
def relayed(empty_db):
    """The Telegram fixture ingested; one of its posts was forwarded from «قناة محلية للاختبار»."""
    from extract.cli import main

    assert main(["ingest", str(EXPORT), "--db", empty_db, "--workers", "1"]) == 0
    return empty_db


@pytest.mark.parametrize("params, said", [
    ({}, "(Forwarded from: قناة محلية للاختبار)"),
    ({"lang": "ar"}, "(معاد توجيهه من: قناة محلية للاختبار)"),
])
def test_a_forwarded_post_says_whom_it_came_from_in_the_map_popup(relayed, params, said):
    popups = re.findall(r'"popup": "(.*?)", "precision"', decoded(map_component(app("pages/map.py", **params))["script"]))
    assert [p for p in popups if said in p]
    assert len([p for p in popups if said in p]) == 1  # only the relayed post's incident


def test_the_csv_says_whom_a_forwarded_post_came_from(relayed, downloads):  # noqa: F811 (the fixture)
    import csv
    import io

    from storage.csv_stream import stream_csv
    from storage.export import to_csv_bytes
    from storage.queries import Filters, query_incidents

    app("pages/incidents.py")
    data = downloads[next(name for name in downloads if name.endswith(".csv"))]()  # what a click gets
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    forwarded = [r for r in rows if r["forwarded_from"]]
    assert [(r["forwarded_from"], r["source_urls"]) for r in forwarded] == [
        ("قناة محلية للاختبار", "https://t.me/TestSecurityCell/6")]
    assert list(rows[0]).index("forwarded_from") == list(rows[0]).index("source_urls") + 1
    engine, streamed = get_engine(relayed), io.BytesIO()
    stream_csv(engine, Filters(), streamed)  # the export command's streamed CSV: the same bytes
    assert streamed.getvalue() == to_csv_bytes(query_incidents(engine, Filters()))


def test_revision_0008_fills_forwarded_from_of_incidents_stored_before_it(relayed):
    from alembic import command
    from sqlalchemy import inspect, text

    from storage import migrate

    engine = get_engine(relayed)
    with engine.begin() as conn:  # back to the schema before the column, then up again
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
        assert "forwarded_from" not in {c["name"] for c in inspect(conn).get_columns("incidents")}
    assert migrate.upgrade(engine)
    with engine.connect() as conn:
        filled = conn.execute(text("SELECT forwarded_from FROM incidents WHERE forwarded_from IS NOT NULL")).scalars()
        assert list(filled) == ["قناة محلية للاختبار"]
