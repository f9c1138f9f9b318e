"""Fuzzy matching of misspelt long names (rapidfuzz), for words the exact pass did not take.

Only words of at least ``FUZZY_MIN_LETTERS`` letters (article and proclitics removed) are tried,
and only against the gazetteer's single-word names that share their first or last two letters and have
a length within one letter (buckets built in :mod:`geo.index`) — never a scan of all names.
A word is accepted at optimal-string-alignment distance (Levenshtein plus transpositions) ≤ 1 (names of 6–8 letters) or ≤ 2 (9 letters and
more), unless it ends like a nisba adjective the name does not end with (الموصلية).

English names always take distance 1 (at 2, "Soleimani" would become Sulaimani).

Threshold, measured with ``python bench/bench_matcher.py --fuzzy-eval`` (seed 7; 3 typos = one
random deletion, insertion, substitution or transposition, for each of the 356 long Arabic
names of the shipped gazetteer; negatives = the 2,370 long words of real Arabic/English news
text — seeds and test cases — that are not names). Single-typo recall is 0.836 for every policy
(the buckets decide it); what the distance changes is the false matches of ordinary words:

==========================  ============  ===================  =========
max distance                typo recall   non-words matched    precision
==========================  ============  ===================  =========
1 always                    0.836         5 / 2370 (0.21 %)    0.994
1 below 9 letters, else 2   0.836         5 / 2370 (0.21 %)    0.994   (chosen)
1 below 7 letters, else 2   0.836         17 / 2370 (0.72 %)   0.981
2 always                    0.836         122 / 2370 (5.2 %)   0.877
==========================  ============  ===================  =========

The chosen policy keeps the precision of distance 1 and lets names of 9+ letters
(السليمانية, المقدادية, طوزخورماتو) absorb two slips.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from collections.abc import Iterator

    from geo.index import FuzzyEntry, NameIndex
    from geo.normalize import Normalized

from geo.candidate import Candidate
from geo.index import FUZZY_MIN_LETTERS

_LONG_WORD = re.compile(rf"[^\W\d_]{{{FUZZY_MIN_LETTERS},}}")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_NISBA_ENDINGS = ("يين", "يون", "يه", "يا", "ين", "ي", "ians", "ian", "is", "i", "ese")
FUZZY_CONFIDENCE = 0.6
#: Words whose fuzzy outcome is remembered per index (news vocabulary repeats: Zipf).
MEMO_SIZE = 200_000
_MISSING = object()


def max_distance(letters: int) -> int:
    """Largest edit distance accepted for a name of ``letters`` letters.

    Examples
    --------
    >>> max_distance(6), max_distance(9)
    (1, 2)
    """
    return 1 if letters < 9 else 2


def _cores(word: str) -> list[tuple[str, str]]:
    """(proclitics, core) splits of an Arabic word: وبالفلوجه → ('وب', 'فلوجه'), …"""
    out = []
    for prefix in _PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if rest.startswith("ال"):
            out.append((prefix, rest[2:]))
        elif prefix.endswith("ل") and rest.startswith("ل"):  # للفلوجه = ل + ال + فلوجه
            out.append((prefix, rest[1:]))
        out.append((prefix, rest))
    return [(p, c) for p, c in out if len(c) >= FUZZY_MIN_LETTERS]


def _neighbours(core: str, index: NameIndex) -> Iterator[FuzzyEntry]:
    """Long names sharing the first or the last two letters of ``core``, length within one."""
    seen: set[int] = set()
    for bucket in ("^" + core[:2], "$" + core[-2:]):
        for length in (len(core) - 1, len(core), len(core) + 1):
            for entry in index.fuzzy.get((bucket, length), ()):
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry


def best_fuzzy(core: str, index: NameIndex) -> tuple[str, tuple, int] | None:
    """The closest long name to ``core`` within the allowed distance, if unique.

    Returns ``(name, places, distance)``.
    """
    best: tuple[str, tuple, int] | None = None
    tie = False
    for entry in _neighbours(core, index):
        limit = 1 if entry.lang == "en" else max_distance(len(entry.core))  # Soleimani ≠ Sulaimani
        dist = OSA.distance(core, entry.core, score_cutoff=limit)
        if dist > limit:
            continue
        ending = next((e for e in _NISBA_ENDINGS if core.endswith(e)), None)
        if ending and not entry.core.endswith(ending):
            continue  # الموصلية, أميركيا: adjectives, not misspelt names
        if best is None or dist < best[2]:
            best, tie = (entry.name, entry.places, dist), False
        elif dist == best[2] and entry.name != best[0]:
            tie = True
    return None if tie else best


def fuzzy_candidates(n: Normalized, index: NameIndex, exact: list[Candidate]) -> list[Candidate]:
    """Candidates for long words that no exact candidate covers and that are near a long name.

    Each distinct long word of the text is looked up once (and remembered per index); only the
    rare words with a fuzzy match are then located in the text.
    """
    if not index.fuzzy:
        return []
    text = n.text
    memo = index.fuzzy_memo
    hits = {}
    for word in set(_LONG_WORD.findall(text)):
        result = memo.get(word, _MISSING)
        if result is _MISSING:
            result = _fuzzy_word(word, index)
            if len(memo) < MEMO_SIZE:
                memo[word] = result
        if result is not None:
            hits[word] = result
    if not hits:
        return []
    covered = bytearray(len(text) + 1)
    for cand in exact:
        covered[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    found = []
    for word, (prefix, name, places, dist) in hits.items():
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text):
            start, end = m.span()
            if covered[start] or covered[end - 1]:
                continue
            if word.isascii() and not n.original[n.original_start(start)].isupper():
                continue
            found.append(Candidate(start, end, start + len(prefix), name, "en" if word.isascii() else "ar",
                                   places, FUZZY_CONFIDENCE - 0.05 * dist, (), prefix))
    return found


def _fuzzy_word(word: str, index: NameIndex) -> tuple[str, str, tuple, int] | None:
    """(proclitics, name, places, distance) of a word's fuzzy match, or None."""
    if word.isascii() and word.endswith("i"):
        return None  # English -i words are mostly surnames (Suleimani, Barzani), not misspelt places
    for prefix, core in _cores(word) if not word.isascii() else [("", word)]:
        if core in index.exact_names or "ال" + core in index.exact_names:
            return None  # the word is a known name that the exact pass rejected in context
        hit = best_fuzzy(core, index)
        if hit is not None:
            return (prefix, *hit)
    return None
