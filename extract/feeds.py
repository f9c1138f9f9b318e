"""Feeds: the list of feeds to watch (YAML) and RSS 2.0 / RSS 1.0 / Atom documents, read into items
and articles. Pure: the watcher (``storage.watch``) fetches the bytes and stores the articles.

A feed item becomes an :class:`~extract.model.Article` whose ``key`` is the item's link
(normalised: fragment and ``utm_*`` parameters dropped), so an item is ingested once whatever its
text becomes later; its text is the article page's main text when the page could be fetched, else
the feed's own content (``content:encoded``, ``content`` or the summary).
"""

from __future__ import annotations

import email.utils
import hashlib
import urllib.parse
from dataclasses import dataclass
from datetime import date, datetime

import yaml

from extract.formats import guess_title, normalise_text
from extract.model import Article

__all__ = ["FeedConfig", "FeedItem", "ParsedFeed", "item_article", "normalise_link", "parse_feed",
           "read_feeds_config"]

#: Shortest interval a feed may ask for (seconds): outlets should not be hammered.
MIN_INTERVAL = 60
_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")


@dataclass(frozen=True)
class FeedConfig:
    """One feed to watch: its name becomes the incident source."""

    name: str
    url: str
    language: str | None = None
    interval: int | None = None  # seconds; None: the watcher's default


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed."""

    key: str  # the normalised link, or the entry id, or a hash of title and content
    link: str | None
    title: str | None
    published: date | None
    content: str  # plain text of the feed's own content


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document read: its title and items (oldest first), or why it is not a usable feed."""

    title: str | None = None
    items: tuple[FeedItem, ...] = ()
    error: str | None = None


def read_feeds_config(text: str, origin: str = "feeds.yaml") -> list[FeedConfig]:
    """The feeds of a YAML list (``feeds: [{name, url, language?, interval?}]``); raises ``ValueError``
    naming the file and the entry when something is wrong.

    Examples
    --------
    >>> read_feeds_config("feeds:\\n  - name: INA\\n    url: https://ina.example/rss\\n    interval: 600\\n")
    [FeedConfig(name='INA', url='https://ina.example/rss', language=None, interval=600)]
    >>> read_feeds_config("feeds:\\n  - name: X\\n    url: ftp://x\\n")
    Traceback (most recent call last):
    ...
    ValueError: feeds.yaml, feed 1 (X): url must start with http:// or https://
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{origin}: not valid YAML ({error})") from None
    entries = data.get("feeds") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{origin}: expected a 'feeds:' list")
    feeds, seen = [], set()
    for number, entry in enumerate(entries, 1):
        where = f"{origin}, feed {number}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected 'name' and 'url'")
        where += f" ({entry.get('name')})" if entry.get("name") else ""
        unknown = set(entry) - {"name", "url", "language", "interval"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        name, url = str(entry.get("name") or "").strip(), str(entry.get("url") or "").strip()
        if not name or not url:
            raise ValueError(f"{where}: 'name' and 'url' are required")
        if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
            raise ValueError(f"{where}: url must start with http:// or https://")
        interval = entry.get("interval")
        if interval is not None and (not isinstance(interval, int) or interval < MIN_INTERVAL):
            raise ValueError(f"{where}: interval must be a whole number of seconds, at least {MIN_INTERVAL}")
        language = entry.get("language")
        if language is not None and language not in ("ar", "en"):
            raise ValueError(f"{where}: language must be 'ar' or 'en'")
        if url in seen:
            raise ValueError(f"{where}: {url} is listed twice")
        seen.add(url)
        feeds.append(FeedConfig(name, url, language, interval))
    return feeds


def normalise_link(link: str) -> str:
    """The identity of an item's link: scheme and host lower-cased, fragment and ``utm_*`` dropped.

    Examples
    --------
    >>> normalise_link("HTTPS://Www.Example.org/news/1?utm_source=rss&id=5#top")
    'https://www.example.org/news/1?id=5'
    """
    parts = urllib.parse.urlsplit(link.strip())
    query = urllib.parse.urlencode([(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                                    if not k.lower().startswith("utm_")])
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def parse_feed(data: bytes, *, url: str | None = None) -> ParsedFeed:
    """Read an RSS 2.0, RSS 1.0 or Atom document (bytes as served); ``url`` resolves relative links.

    Never fetches anything itself. A document that is not a feed, or so broken that no item can be
    read, gives a :class:`ParsedFeed` with ``error`` set.
    """
    import feedparser

    headers = {"content-location": url} if url else {}
    try:
        document = feedparser.parse(data, response_headers=headers, resolve_relative_uris=True,
                                    sanitize_html=True)
    except Exception as error:  # a third-party parser on hostile bytes: report, never crash the watcher
        return ParsedFeed(error=f"could not read the feed ({error.__class__.__name__})")
    items = [item for item in (_item(entry) for entry in document.get("entries") or []) if item is not None]
    if not items and (document.get("bozo") or not document.get("version")):
        problem = document.get("bozo_exception")
        reason = str(problem).split("\n")[0][:120] if problem else "no RSS or Atom document"
        return ParsedFeed(error=f"not a readable feed: {reason}")
    items.sort(key=lambda i: i.published or date.min)  # oldest first: stored in publication order
    return ParsedFeed(title=(document.get("feed") or {}).get("title"), items=tuple(items))


def item_article(item: FeedItem, *, source: str, page: Article | None = None,
                 language: str | None = None) -> Article | None:
    """The article of a feed item: the page's main text if it was read, else the feed's own content;
    ``language`` is the feed's hint (see :func:`extract.language.detect_language`).

    None when there is no text at all (an item with a title only).

    Examples
    --------
    >>> item = FeedItem("https://x.example/1", "https://x.example/1", "Blast in Kirkuk", date(2025, 3, 2),
    ...                 "A bomb exploded in Kirkuk.")
    >>> item_article(item, source="X").text
    'Blast in Kirkuk\\nA bomb exploded in Kirkuk.'
    """
    title = item.title or (page.title if page else None)
    if page is not None and len(page.text) >= len(item.content):
        text = page.text
    else:
        text = item.content
        if title and not text.startswith(title):  # the headline often holds the place and the event
            text = f"{title}\n{text}" if text else title
    if not text.strip() or (not item.content and page is None and text == title and len(text) < 20):
        return None
    return Article(text=text, title=title or guess_title(text), published=item.published or (
        page.published if page else None), source=source, url=item.link, key=item.key, language=language)


def _item(entry) -> FeedItem | None:
    link = (entry.get("link") or "").strip() or None
    title = normalise_text(_html_text(entry.get("title") or "")) or None
    contents = [c.get("value", "") for c in entry.get("content") or []]
    html = max(contents, key=len) if contents else ""
    summary = entry.get("summary") or ""
    content = normalise_text(_html_text(html if len(html) >= len(summary) else summary))
    if link and urllib.parse.urlsplit(link).scheme.lower() in ("http", "https"):
        key = normalise_link(link)
    elif entry.get("id"):
        key, link = f"guid:{entry['id']}", None
    elif title or content:
        key, link = "item:" + hashlib.sha256(f"{title}\n{content}".encode()).hexdigest(), None
    else:
        return None
    return FeedItem(key, link, title, _entry_date(entry), content)


def _entry_date(entry) -> date | None:
    """The publication date in the publisher's own time zone (the day its readers saw)."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = (entry.get(raw_key) or "").strip()
        if raw:
            try:
                return email.utils.parsedate_to_datetime(raw).date()
            except (TypeError, ValueError, IndexError):
                pass
            try:
                return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
            except ValueError:
                pass
        if entry.get(parsed_key):
            return date(*entry[parsed_key][:3])
    return None


def _html_text(html: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    if "<" not in html:
        return html
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return html
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
