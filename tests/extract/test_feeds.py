"""Feed documents and the feeds file, read without any network (project-written fixtures)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.feeds import FeedItem, item_article, normalise_link, parse_feed, read_feeds_config
from extract.model import Article

ROOT = Path(__file__).resolve().parents[2]
FEEDS = ROOT / "tests" / "storage" / "fixtures" / "feeds"
BASE = "http://feeds.example/"


@pytest.mark.parametrize("name, title, links, dates", [
    ("rss2_ar.xml", "وكالة الاختبار الإخبارية", ["articles/khalis.html?utm_source=rss", "articles/missing.html"],
     [date(2025, 3, 3), date(2025, 3, 4)]),
    ("atom_en.xml", "Test Wire (English)", ["articles/airport.html", "articles/hamrin.html"],
     [date(2025, 3, 5), date(2025, 3, 5)]),
    ("rss1.rdf", "Test Gazette (RSS 1.0)", ["articles/basra.html"], [date(2025, 3, 2)]),
])
def test_feed_formats(name, title, links, dates) -> None:
    feed = parse_feed((FEEDS / name).read_bytes(), url=BASE + name)
    assert feed.error is None and feed.title == title
    assert sorted(i.link for i in feed.items) == [BASE + link for link in links]  # relative links resolved
    assert sorted(i.published for i in feed.items) == dates


def test_feed_content_is_plain_text_one_line_per_paragraph() -> None:
    [_, item] = parse_feed((FEEDS / "rss2_ar.xml").read_bytes(), url=BASE).items
    assert item.content.split("\n")[1].startswith("وقالت القيادة في بيان") and "<p>" not in item.content
    assert item.key == BASE + "articles/missing.html"


@pytest.mark.parametrize("data, reason", [
    ((FEEDS / "malformed.xml").read_bytes(), "not a readable feed: "),
    (b"<html><body><p>A web page, not a feed</p></body></html>", "not a readable feed: no RSS or Atom document"),
    (b"", "not a readable feed"),
    (b"\x00\xff\xfe binary", "not a readable feed"),
])
def test_broken_documents_are_reported(data, reason) -> None:
    feed = parse_feed(data)
    assert feed.items == () and feed.error.startswith(reason)


def test_an_empty_feed_is_not_an_error() -> None:
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert (feed.error, feed.items) == (None, ())


@pytest.mark.parametrize("link, key", [
    ("https://Example.org/a?utm_medium=rss&utm_campaign=x", "https://example.org/a"),
    ("https://example.org/a?id=2#comments", "https://example.org/a?id=2"),
    ("http://example.org", "http://example.org/"),
])
def test_normalise_link(link, key) -> None:
    assert normalise_link(link) == key


def test_item_article_prefers_the_page_and_falls_back_to_the_feed() -> None:
    item = FeedItem("k", "https://x.example/1", "Blast in Kirkuk", date(2025, 3, 2), "A bomb exploded.")
    page = Article("A bomb exploded in Kirkuk on Sunday, police said; two people were wounded.",
                   title="Page title", published=date(2025, 3, 1))
    from_page = item_article(item, source="X", page=page)
    assert (from_page.text, from_page.title, from_page.published) == (page.text, "Blast in Kirkuk", date(2025, 3, 2))
    assert (from_page.source, from_page.url, from_page.key) == ("X", "https://x.example/1", "k")
    assert item_article(item, source="X").text == "Blast in Kirkuk\nA bomb exploded."
    assert item_article(FeedItem("k", None, None, None, ""), source="X") is None


@pytest.mark.parametrize("text, message", [
    ("feeds: 3", "expected a 'feeds:' list"),
    ("feeds:\n  - name: A\n", "'name' and 'url' are required"),
    ("feeds:\n  - name: A\n    url: https://a.example/rss\n    interval: 5\n", "interval must be"),
    ("feeds:\n  - name: A\n    url: https://a.example/rss\n    language: fr\n", "language must be"),
    ("feeds:\n  - name: A\n    url: https://a.example/rss\n    colour: red\n", "unknown keys ['colour']"),
    ("feeds:\n  - {name: A, url: 'https://a.example/'}\n  - {name: B, url: 'https://a.example/'}\n", "listed twice"),
    ("feeds: [", "not valid YAML"),
])
def test_feeds_file_errors_name_the_entry(text, message) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_feeds_config(text)


def test_the_example_feeds_file_is_valid() -> None:
    configs = read_feeds_config((ROOT / "feeds.example.yaml").read_text(encoding="utf-8"))
    assert len(configs) >= 8 and {c.language for c in configs} == {"ar", "en"}
