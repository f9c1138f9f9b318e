"""``re`` with a cache of compiled regex code kept between processes: ``from extract import regexes as re``.

A one-article ``python -m extract parse`` compiles about 230 regexes (the modules' patterns, the date
patterns, the phrase matchers' entries a text needs): 80 ms of CPU, a fifth of the start-up, spent
each time on the same patterns. Python cannot pickle a compiled pattern (unpickling compiles it
again), but what compiling produces is a list of integers, and ``_sre.compile`` builds the pattern
from that list at once. So :func:`compile` keeps each pattern's code in one pickle next to the
gazetteer's (:func:`geo.cache.cache_dir`), written at exit when the process compiled something the
file lacked. An entry is found by the pattern's exact text and flags, so it cannot be stale; the
file's name carries the Python version and the regex engine's ``MAGIC``, so another Python never
reads it. The first time a process meets a pattern it checks that the code it made gives a pattern
equal to ``re.compile``'s (equal code, flags and text); should the interpreter's internals ever
differ, the cache switches itself off and every pattern comes from ``re.compile`` as before.

Everything else is ``re``'s own (``search``, ``sub``… with a string pattern, ``escape``, the flags).
Check the saving: ``.venv/bin/python bench/bench_real.py --only startup``.
"""

from __future__ import annotations

import _sre
import atexit
import hashlib
import os
import pickle
import sys
from pathlib import Path
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    purge,
    search,
    split,
    sub,
    subn,
)
from re import compile as _re_compile
from typing import Any

__all__ = ["ASCII", "DOTALL", "IGNORECASE", "MULTILINE", "UNICODE", "VERBOSE", "A", "I", "M", "Match", "Pattern",
           "RegexFlag", "S", "U", "X", "compile", "error", "escape", "findall", "finditer", "fullmatch", "match",
           "purge", "search", "split", "sub", "subn"]

_PREFIX = "regexes-"
#: Above this many entries the file keeps only the patterns the writing process used.
MAX_ENTRIES = 3000

# (flags the pattern ends with, code, groups, group index, index group) by (pattern, flags)
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_state: dict[str, Any] = {"entries": None, "new": 0, "on": True}
_used: set[tuple[str | bytes, int]] = set()


def cache_file(directory: Path | None = None) -> Path:
    """The pickle of this interpreter's compiled regex code."""
    from geo.cache import cache_dir

    key = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{pickle.HIGHEST_PROTOCOL}".encode())
    return (cache_dir() if directory is None else directory) / f"{_PREFIX}{key.hexdigest()[:32]}.pickle"


def _entries() -> dict[tuple[str | bytes, int], Entry]:
    entries = _state["entries"]
    if entries is None:
        try:
            with cache_file().open("rb") as handle:
                entries = pickle.load(handle)
            if not isinstance(entries, dict):
                entries = {}
        except Exception:  # missing, truncated or foreign: start empty (rewritten at exit)
            entries = {}
        _state["entries"] = entries
        atexit.register(save)
    return entries


def _code(pattern: str | bytes, flags: int) -> Entry:
    """What ``re.compile`` hands ``_sre.compile`` for ``pattern`` (``re._compiler.compile``'s steps)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def compile(pattern: str | bytes | Pattern, flags: int | RegexFlag = 0) -> Pattern:  # re's own name, on purpose
    """``re.compile(pattern, flags)``, its code read from the cache when an earlier process made it.

    Examples
    --------
    >>> compile(r"(?P<n>\\d+) killed", I).search("3 Killed").group("n")
    '3'
    >>> compile(r"(?P<n>\\d+) killed", I) == _re_compile(r"(?P<n>\\d+) killed", I)
    True
    """
    flags = int(flags)
    if not _state["on"] or not isinstance(pattern, (str, bytes)) or flags & 128:  # 128: re.DEBUG prints
        return _re_compile(pattern, flags)
    key = (pattern, flags)
    entries = _entries()
    entry = entries.get(key)
    if entry is not None:
        _used.add(key)
        return _sre.compile(pattern, *entry)
    compiled = _re_compile(pattern, flags)  # raises re.error for a bad pattern, as before
    try:
        entry = _code(pattern, flags)
        same = _sre.compile(pattern, *entry) == compiled
    except Exception:
        same = False
    if same:
        entries[key] = entry
        _used.add(key)
        _state["new"] += 1
    else:  # this interpreter's internals differ from what _code assumes: plain re from now on
        _state["on"] = False
    return compiled


def save(directory: Path | None = None) -> None:
    """Write the cache if this process compiled patterns it lacked (at exit; atomic; an unwritable
    directory is left alone). A file grown past :data:`MAX_ENTRIES` keeps only what was used here."""
    entries = _state["entries"]
    if not _state["new"] or not _state["on"] or entries is None:
        return
    if len(entries) > MAX_ENTRIES:
        entries = {key: entries[key] for key in _used if key in entries}
    target = cache_file(directory)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        partial.write_bytes(pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(target)  # a concurrent reader never sees half a file
        for old in target.parent.glob(f"{_PREFIX}*.pickle"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    _state["new"] = 0
