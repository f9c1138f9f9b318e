"""Telegram Desktop channel exports (``result.json``): a fixture written for the project with text as a
string and as entity lists, service messages, a photo without caption, an edited and a forwarded message."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from extract.cli import main
from extract.read import read_bytes, read_path
from extract.telegram import HIDDEN_SENDER, message_date, message_text, name_channel
from storage.store import articles, get_engine

EXPORT = Path(__file__).parent / "fixtures" / "telegram_result.json"
CHANNEL = "خلية الاختبار الأمنية"


def test_export_reads_one_article_per_text_message() -> None:
    result = read_path(EXPORT)
    assert result.rejections == ()
    got = [(a.url, a.published, a.source, a.key) for a in result.articles]
    assert got == [
        ("https://t.me/TestSecurityCell/2", date(2025, 3, 1), CHANNEL, "telegram:1000000001/2"),
        ("https://t.me/TestSecurityCell/3", date(2025, 3, 2), CHANNEL, "telegram:1000000001/3"),
        ("https://t.me/TestSecurityCell/5", date(2025, 3, 3), CHANNEL, "telegram:1000000001/5"),
        ("https://t.me/TestSecurityCell/6", date(2025, 3, 4), CHANNEL, "telegram:1000000001/6"),
    ]
    entities = result.articles[1].text
    assert entities.startswith("قصفت طائرات القوة الجوية العراقية وكرا لعصابات داعش في وادي الشاي")
    [warning] = result.warnings
    assert warning.reason.endswith("4 messages read; skipped 2 service messages and 1 without text")


@pytest.mark.parametrize("value, text", [
    ("plain", "plain"),
    (["a ", {"type": "bold", "text": "b"}, {"type": "link", "text": " c"}], "a b c"),
    ([{"type": "mention"}, 5, None], ""),
    (None, ""),
])
def test_message_text(value, text) -> None:
    assert message_text(value) == text


@pytest.mark.parametrize("message, day", [
    ({"date": "2025-03-02T23:40:00", "date_unixtime": "1740948000"}, date(2025, 3, 2)),  # exported in Baghdad
    ({"date": "2025-03-02T20:40:00", "date_unixtime": "1740948000"}, date(2025, 3, 2)),  # exported in UTC
    ({"date": "2025-03-02T21:30:00", "date_unixtime": "1740951000"}, date(2025, 3, 3)),  # 00:30 in Baghdad
    ({"date": "2025-03-02T10:00:00"}, date(2025, 3, 2)),
    ({"date_unixtime": "not a number", "date": "2025-03-02T10:00:00"}, date(2025, 3, 2)),
    ({}, None),
])
def test_message_date_is_the_day_in_baghdad(message, day) -> None:
    assert message_date(message) == day


def test_username_from_the_export_or_none() -> None:
    data = json.loads(EXPORT.read_text(encoding="utf-8"))
    data["username"] = "@GivenName"
    assert read_bytes(json.dumps(data).encode(), "result.json").articles[0].url == "https://t.me/GivenName/2"
    del data["username"]
    for message in data["messages"]:  # no signature: no URL, but still a stable key
        message.pop("text_entities", None)
        if isinstance(message["text"], str):
            message["text"] = message["text"].split("\n\n")[0]
        elif message["text"]:
            message["text"] = message["text"][:2]
    result = read_bytes(json.dumps(data).encode(), "result.json")
    assert [a.url for a in result.articles] == [None] * 4
    assert result.articles[0].key == "telegram:1000000001/2"


def _unsigned(tmp_path: Path, **changes) -> Path:
    """The fixture without any username or signature: the export alone cannot link its messages."""
    data = json.loads(EXPORT.read_text(encoding="utf-8")) | changes
    for message in data["messages"]:
        message.pop("text_entities", None)
        if isinstance(message["text"], str):
            message["text"] = message["text"].split("\n\n")[0]
        elif message["text"]:
            message["text"] = message["text"][:2]
    path = tmp_path / f"result-{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_username_given_on_the_command_line_links_every_message(tmp_path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 't.sqlite3'}"
    path = _unsigned(tmp_path)
    assert [a.url for a in read_path(path).articles] == [None] * 4
    assert main(["ingest", str(path), "--telegram-username", "https://t.me/GivenCell", "--db", db,
                 "--workers", "1"]) == 0
    assert "added 4 articles" in capsys.readouterr().err
    with get_engine(db).connect() as conn:
        urls = sorted(conn.execute(select(articles.c.url)).scalars())
    assert urls == [f"https://t.me/GivenCell/{n}" for n in (2, 3, 5, 6)]


@pytest.mark.parametrize("username, message", [
    ("ab", "not a Telegram channel username: 'ab'"),
    ("https://example.org/x", "not a Telegram channel username"),
])
def test_a_username_that_is_not_one_is_refused_before_anything_is_read(tmp_path, capsys, username,
                                                                        message) -> None:
    db = tmp_path / "t.sqlite3"
    assert main(["ingest", str(EXPORT), "--telegram-username", username, "--db", f"sqlite:///{db}"]) == 2
    assert message in capsys.readouterr().err and not db.exists()


def test_one_username_for_two_channels_is_refused(tmp_path, capsys) -> None:
    first, second = _unsigned(tmp_path), _unsigned(tmp_path, id=1000000002, name="قناة ثانية")
    db = f"sqlite:///{tmp_path / 't.sqlite3'}"
    assert main(["ingest", str(first), str(second), "--telegram-username", "GivenCell", "--db", db]) == 2
    assert "these exports hold 2" in capsys.readouterr().err
    with get_engine(db).connect() as conn:
        assert conn.execute(select(articles.c.id)).all() == []


def test_name_channel_leaves_other_articles_alone() -> None:
    from extract.model import Article

    web = Article("Clashes in Kirkuk.", url="https://x.example/1")
    [message, same] = name_channel([Article("a", key="telegram:1000000001/9"), web], "@GivenCell")
    assert message.url == "https://t.me/GivenCell/9" and same == web


def test_a_forwarded_message_keeps_who_first_posted_it(tmp_path) -> None:
    forwarded = {a.url.rsplit("/", 1)[1]: a.forwarded_from for a in read_path(EXPORT).articles}
    assert forwarded == {"2": None, "3": None, "5": None, "6": "قناة محلية للاختبار"}
    data = json.loads(EXPORT.read_text(encoding="utf-8"))
    data["messages"][5]["forwarded_from"] = None  # the first sender hides their account
    [*_, hidden] = read_bytes(json.dumps(data).encode(), "result.json").articles
    assert hidden.forwarded_from == HIDDEN_SENDER
    db = f"sqlite:///{tmp_path / 't.sqlite3'}"
    assert main(["ingest", str(EXPORT), "--db", db, "--workers", "1"]) == 0
    with get_engine(db).connect() as conn:
        stored = dict(conn.execute(select(articles.c.url, articles.c.forwarded_from)).all())
    assert stored["https://t.me/TestSecurityCell/6"] == "قناة محلية للاختبار"
    assert stored["https://t.me/TestSecurityCell/2"] is None


def test_plain_json_articles_are_not_taken_for_an_export() -> None:
    result = read_bytes(b'{"articles": [{"text": "Clashes in Kirkuk.", "title": "Kirkuk"}]}', "a.json")
    assert [a.title for a in result.articles] == ["Kirkuk"] and result.warnings == ()


def test_reimporting_a_later_export_adds_only_new_messages(tmp_path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 't.sqlite3'}"
    assert main(["ingest", str(EXPORT), "--db", db, "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "added 4 articles" in err and "skipped 2 service messages and 1 without text" in err
    later = json.loads(EXPORT.read_text(encoding="utf-8"))
    later["messages"][4]["text"] += " (updated)"  # message 5 edited again since the first export
    later["messages"].append({**later["messages"][1], "id": 8, "date_unixtime": "1741200000",
                              "text": "اشتباك مسلح بين عشيرتين في قضاء الزبير غرب البصرة دون إصابات."})
    path = tmp_path / "result.json"
    path.write_text(json.dumps(later, ensure_ascii=False), encoding="utf-8")
    assert main(["ingest", str(path), "--db", db, "--workers", "1"]) == 0
    assert "added 1 article, 4 duplicates" in capsys.readouterr().err
    with get_engine(db).connect() as conn:
        urls = sorted(conn.execute(select(articles.c.url)).scalars())
    assert urls == [f"https://t.me/TestSecurityCell/{n}" for n in (2, 3, 5, 6, 8)]
