"""How the extraction tests read a self-written article: parse it as written on a fixed day and keep
only the incident fields a test is about, so each test file states its fields and day, not the parse."""

from __future__ import annotations

from datetime import date
from typing import Any

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2026, 3, 10)


def incidents(text: str, *fields: str, day: date = DAY, title: str | None = None) -> list[Any]:
    """The incidents ``parse`` finds in ``text`` written on ``day``, in order: each the tuple of the
    named ``fields`` (the bare value when one field is named)."""
    article = Article(text=text, id="t", source="t") if title is None else \
        Article(text=text, title=title, id="t", source="t")
    found = parse_article(article, None, article_date=day).incidents
    if len(fields) == 1:
        return [getattr(i, fields[0]) for i in found]
    return [tuple(getattr(i, name) for name in fields) for i in found]
