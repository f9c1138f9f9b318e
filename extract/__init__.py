"""Articles and incidents: readers, extraction, dedup, storage, queries and exports.
No Streamlit here."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Article",
    "Incident",
    "ParsedArticle",
    "ReadResult",
    "parse_article",
    "read_bytes",
    "read_path",
    "read_text",
    "read_url",
]

_WHERE = {
    "Article": "extract.model",
    "Incident": "extract.model",
    "ParsedArticle": "extract.model",
    "parse_article": "extract.pipeline",
    "ReadResult": "extract.read",
    "read_bytes": "extract.read",
    "read_path": "extract.read",
    "read_text": "extract.read",
    "read_url": "extract.read",
}


def __getattr__(name: str) -> Any:
    # Lazy, so that `python -m extract --help` and light imports stay fast.
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
