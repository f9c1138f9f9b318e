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
  of the messages).
- Each article's ``key`` is ``telegram:<channel id>/<message id>``: a later export of the same
  channel adds only the new messages, even where an old one was edited since.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone

from extract.formats import Found, guess_title, normalise_text, parse_date
from extract.model import Rejection

__all__ = ["is_telegram_export", "read_telegram_export"]

BAGHDAD = timezone(timedelta(hours=3))
_SIGNATURE = re.compile(r"(?:t(?:elegram)?\.me/|@)([A-Za-z][A-Za-z0-9_]{4,31})\b")


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
        url = f"https://t.me/{username}/{number}" if username and number is not None else None
        found.add(origin, text, label=f"message {number}: ", title=guess_title(text), published=message_date(message),
                  source=channel, url=url, id=f"{channel_id or channel}-{number}",
                  key=f"telegram:{identity}/{number}")
    found.warnings.append(Rejection(origin, f"Telegram channel {channel}: {len(kept)} messages read; skipped "
                                            f"{service} service messages and {empty} without text"))
