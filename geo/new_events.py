"""Words that begin the account of another event, one list for ``geo`` and ``extract``.

``geo/data/new_event_words.csv`` (columns ``word, lang, kind, source``) lists them; each reader builds
its own pattern from the kinds it reads, with its own word edges:

``joiner``
    joins the account of another event to the one just told («فيما», «بينما», «في حين», 'while',
    'meanwhile'). Read by :mod:`geo.resolve` (a place told after it is not framed by a governorate's
    place told before it) and :mod:`extract.events` (two event words joined by it are two events).
``also``
    adds another account that may as well be the same scene's («كما», «في سياق متصل»): read by
    :mod:`extract.events` as a joiner, not by :mod:`geo.resolve`.
``opener``
    opens another incident's account («وفي حادث», 'in a separate'): read by :mod:`geo.resolve`;
    :mod:`extract` reads the fuller cue class ``another_event`` of ``extract/data/cues.yaml``.

An Arabic ``joiner`` or ``also`` word is listed bare and read with or without a leading «و» («وفيما»);
an ``opener`` is listed in each form read («وفي هجوم», not «في هجوم»: «قتل في هجوم» tells the same
event's means).

The file is read beside this module, not through :mod:`importlib.resources`: a parse that starts from
the pickles loads neither that nor PyYAML (5 ms of imports), and the file is read once per process.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent / "data" / "new_event_words.csv"
COLUMNS = ("word", "lang", "kind", "source")
KINDS = frozenset({"joiner", "also", "opener"})


class NewEventWordsError(ValueError):
    """A malformed row of the new-event words file: ``<file>, line <n>: <what>``."""


def read_new_event_words(path: Path = WORDS_FILE) -> tuple[tuple[str, str, str], ...]:
    """The ``(word, lang, kind)`` rows of ``path`` in file order, validated.

    Examples
    --------
    >>> ("فيما", "ar", "joiner") in read_new_event_words()
    True
    """
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise NewEventWordsError(f"{path.name}, line 1: columns must be {', '.join(COLUMNS)}")
        rows, seen = [], set()
        for row in reader:
            where = f"{path.name}, line {reader.line_num}"
            word, lang, kind = (row.get(c) or "" for c in COLUMNS[:3])
            if not word.strip() or word != word.strip():
                raise NewEventWordsError(f"{where}: an empty word or one with spaces around it")
            if lang not in {"ar", "en"}:
                raise NewEventWordsError(f"{where}: lang must be ar or en, not {lang!r}")
            if kind not in KINDS:
                raise NewEventWordsError(f"{where}: kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
            if not (row.get("source") or "").strip():
                raise NewEventWordsError(f"{where}: no source")
            if word in seen:
                raise NewEventWordsError(f"{where}: {word!r} is listed twice")
            seen.add(word)
            rows.append((word, lang, kind))
    return tuple(rows)


@cache
def new_event_words(lang: str, *kinds: str) -> tuple[str, ...]:
    """The shipped words of ``lang`` of any of ``kinds``, in file order.

    Examples
    --------
    >>> new_event_words("en", "joiner")
    ('while', 'whereas', 'meanwhile')
    """
    unknown = set(kinds) - KINDS
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}")
    return tuple(word for word, row_lang, kind in _shipped() if row_lang == lang and kind in kinds)


def alternation(lang: str, *kinds: str) -> str:
    """:func:`new_event_words` as a regex alternation (each word escaped; the reader adds the edges).

    Examples
    --------
    >>> alternation("en", "joiner")
    'while|whereas|meanwhile'
    """
    return "|".join(re.escape(word) for word in new_event_words(lang, *kinds))


@cache
def _shipped() -> tuple[tuple[str, str, str], ...]:
    return read_new_event_words()
