"""Telegram Desktop channel exports (``result.json``): each message becomes an article.

Telegram Desktop ("Export chat history", JSON) writes one object: the channel ``name``, ``type``
(``public_channel``, ``private_channel``, ...), ``id`` and ``messages[]``. A message has ``id``,
``type`` ("message" or "service"), ``date`` (local time of the machine that exported),
``date_unixtime`` (seconds, UTC), and ``text``: a string, or a list of strings and entity objects
``{"type", "text"}`` (links, bold, mentions...); sometimes ``forwarded_from``, ``photo``, ``edited``.

- The text is joined from the entities; service messages (joins, pins, title changes) and messages
  without text (a photo with no caption) are skipped and counted in a warning.
- The date is taken from ``date_unixtime`` in Baghdad time (UTC+3, no summer time since 2008), so
  it does not depend on where the export was made; ``date`` is used when there is no Unix time.
- Source: the channel name. URL ``https://t.me/<username>/<id>`` when the username is known: the
  export does not carry it, so it is read from a top-level ``"username"`` key if someone added one,
  else from the channel's own signature (a ``t.me/<name>`` link or ``@name`` found in at least half
  of the messages); whoever imports can also name it (:func:`name_channel`, ``ingest
  --telegram-username``).
- A forwarded message keeps who first posted it (``forwarded_from``; a hidden sender as
  :data:`HIDDEN_SENDER`) in :attr:`~extract.model.Article.forwarded_from`: the channel only relayed it.
- Each article's ``key`` is ``telegram:<channel id>/<message id>``: a later export of the same
  channel adds only the new messages, even where an old one was edited since.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from extract.formats import Found, guess_title, normalise_text, parse_date
from extract.model import Article, Rejection

__all__ = ["is_telegram_export", "name_channel", "normalise_username", "read_telegram_export"]

BAGHDAD = timezone(timedelta(hours=3))
_SIGNATURE = re.compile(r"(?:t(?:elegram)?\.me/|@)([A-Za-z][A-Za-z0-9_]{4,31})\b")
_USERNAME = re.compile(r"(?:(?:https?://)?t(?:elegram)?\.me/|@)?([A-Za-z][A-Za-z0-9_]{4,31})/?")
#: ``forwarded_from`` of a message whose first sender hides their account (the export writes null).
HIDDEN_SENDER = "a hidden account"


def is_telegram_export(data: object) -> bool:
    """Whether parsed JSON looks like one Telegram Desktop chat export.

    Examples
    --------
    >>> is_telegram_export({"name": "Channel", "type": "public_channel", "id": 1, "messages": []})
    True
    >>> is_telegram_export([{"text": "an article"}]), is_telegram_export({"articles": []})
    (False, False)
    """
    return (isinstance(data, dict) and isinstance(data.get("messages"), list)
            and ("name" in data or "type" in data or "id" in data))


def message_text(value: object) -> str:
    """The plain text of a message's ``text``: a string, or strings and ``{"type", "text"}`` entities.

    Examples
    --------
    >>> message_text(["Blast in ", {"type": "bold", "text": "Kirkuk"}, "."])
    'Blast in Kirkuk.'
    """
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                       else "" for part in value)
    return ""


def message_date(message: dict) -> date | None:
    """The day of a message in Baghdad, from ``date_unixtime`` (else from ``date`` as written).

    Examples
    --------
    >>> message_date({"date": "2025-03-14T23:30:00", "date_unixtime": "1741984200"})
    datetime.date(2025, 3, 14)
    >>> message_date({"date": "2025-03-14T21:00:00"})
    datetime.date(2025, 3, 14)
    """
    stamp = message.get("date_unixtime")
    try:
        if stamp is not None:
            return datetime.fromtimestamp(int(stamp), UTC).astimezone(BAGHDAD).date()
    except (TypeError, ValueError, OverflowError, OSError):
        pass
    raw = message.get("date")
    return parse_date(str(raw)[:10]) if raw else None


def _username(export: dict, texts: list[str]) -> str | None:
    given = export.get("username")
    if isinstance(given, str) and given.strip().lstrip("@"):
        return given.strip().lstrip("@")
    counts = Counter(name.lower() for text in texts for name in set(_SIGNATURE.findall(text)))
    if not counts or not texts:
        return None
    name, seen = counts.most_common(1)[0]
    if seen * 2 < len(texts):
        return None
    for text in texts:  # the spelling as written
        for found in _SIGNATURE.findall(text):
            if found.lower() == name:
                return found
    return None


def normalise_username(value: str) -> str:
    """A channel's username as written by a person: ``NAME``, ``@NAME`` or its ``t.me`` link.

    Raises ``ValueError`` for anything that is not a Telegram username (5-32 letters, digits and
    underscores, starting with a letter).

    Examples
    --------
    >>> [normalise_username(v) for v in ("TestCell", "@TestCell", "https://t.me/TestCell/")]
    ['TestCell', 'TestCell', 'TestCell']
    >>> normalise_username("t.me/ab")
    Traceback (most recent call last):
    ...
    ValueError: not a Telegram channel username: 't.me/ab' (5-32 letters, digits or _, starting with a letter)
    """
    found = _USERNAME.fullmatch(value.strip())
    if not found:
        raise ValueError(f"not a Telegram channel username: {value!r} (5-32 letters, digits or _, "
                         "starting with a letter)")
    return found[1]


def _message_url(username: str, number: object) -> str:
    return f"https://t.me/{username}/{number}"


def name_channel(articles: Iterable[Article], username: str) -> list[Article]:
    """The articles with the messages of a Telegram export linked under ``username``
    (``https://t.me/<username>/<id>``), whatever the export said; other articles unchanged.

    For an export that lacks the username. Raises ``ValueError`` for a username that is not one
    (see :func:`normalise_username`) or when the articles come from more than one channel.

    Examples
    --------
    >>> named = name_channel([Article("a", key="telegram:1001/7"), Article("b", url="https://x.example/1")],
    ...                      "@TestCell")
    >>> [a.url for a in named]
    ['https://t.me/TestCell/7', 'https://x.example/1']
    """
    username = normalise_username(username)
    articles = list(articles)
    messages = {i: a.key.removeprefix("telegram:").rsplit("/", 1) for i, a in enumerate(articles)
                if a.key and a.key.startswith("telegram:")}
    channels = {channel for channel, _ in messages.values()}
    if len(channels) > 1:
        raise ValueError(f"a username names one channel, and these exports hold {len(channels)}: import them "
                         "one at a time")
    return [replace(a, url=_message_url(username, messages[i][1])) if i in messages else a
            for i, a in enumerate(articles)]


def _forwarded_from(message: dict) -> str | None:
    if "forwarded_from" not in message:
        return None
    sender = message["forwarded_from"]
    return sender.strip() if isinstance(sender, str) and sender.strip() else HIDDEN_SENDER


def read_telegram_export(export: dict, origin: str, found: Found) -> None:
    """Add each text message of a channel export to ``found``; skipped messages are counted in a warning."""
    channel = str(export.get("name") or "").strip() or "Telegram"
    channel_id = export.get("id")
    service = empty = 0
    kept: list[tuple[dict, str]] = []
    for message in export["messages"]:
        if not isinstance(message, dict):
            found.rejections.append(Rejection(origin, "a message that is not an object"))
            continue
        if message.get("type", "message") != "message":
            service += 1
            continue
        text = normalise_text(message_text(message.get("text")) or message_text(message.get("text_entities")))
        if not text:
            empty += 1
            continue
        kept.append((message, text))
    username = _username(export, [text for _, text in kept])
    identity = channel_id if channel_id is not None else username or channel
    for message, text in kept:
        number = message.get("id")
        url = _message_url(username, number) if username and number is not None else None
        found.add(origin, text, label=f"message {number}: ", title=guess_title(text), published=message_date(message),
                  source=channel, url=url, id=f"{channel_id or channel}-{number}",
                  key=f"telegram:{identity}/{number}", forwarded_from=_forwarded_from(message))
    found.warnings.append(Rejection(origin, f"Telegram channel {channel}: {len(kept)} messages read; skipped "
                                            f"{service} service messages and {empty} without text"))
