"""Fuzzy matching of misspelt long names (rapidfuzz), for words the exact pass did not take.

Only words of at least ``FUZZY_MIN_LETTERS`` (7) letters (article and proclitics removed) are
tried, only against the gazetteer's single-word names of that length that share their first or last
two letters and have a length within one letter (buckets built in :mod:`geo.index`) — never a scan
of all names. A word is accepted at optimal-string-alignment distance (Levenshtein plus
transpositions) ≤ 1 (names of 7–8 letters) or ≤ 2 (9 letters and more), with the same first
letter (الحيوانية is not الديوانية), unless it ends like an adjective, a plural or a plural verb
that the name does not end like (الموصلية, كاميرات, لجأوا). Only Arabic words are tried (English
fuzzy hits were ordinary words and surnames: "in Samsung" → Samsun, Mahmoud → Makhmour, Soleimani
→ Sulaimani), and never against countries. A fuzzy match is kept only where a designator, a
locative word or a facility head stands before it, or a direction word after it
(:func:`has_context`: في المقدادبة, قضاء الطارمبة, … شمال بغداد).

Why so strict: on real prose a misspelt place name is rare and an ordinary word near a name is
common, so the base rate decides. Over every text at hand (the 5 seeds, the 63 sample and 20
dev-set articles, the 38 golden cases), the former policy (≥ 6 letters, any context) produced 19
fuzzy mentions, none correct (كاميرات → الإمارات, بحماية → بسماية, بتأمين → البتاوين, الشمالية →
الكمالية); this one produces none (0 of the 1,548 distinct long words).

Independent check: of the 12,001 distinct long words among the 50,000 most frequent Arabic words
of PyPI ``wordfreq`` 3.1.1, none fuzzy-matches a name (before the context condition; 5 did when
countries were fuzzy targets: ألبانيا → إسبانيا, آيسلندا → آيرلندا, so countries are left out).
Typo recall of the kept policy (one random deletion, insertion, substitution or transposition, 3 per
name, the 102 Arabic non-country names of ≥ 7 letters, seed 7, as ``bench/bench_matcher.py
--fuzzy-eval``) is 0.76 when the typo stands in a locative context. A missed typo costs less than a
map point in the wrong place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from collections.abc import Iterator

    from geo.index import FuzzyEntry, NameIndex
    from geo.normalize import Normalized
    from geo.rules import Rules

from geo.candidate import Candidate
from geo.index import FUZZY_MIN_LETTERS
from geo.normalize import proclitic_variants

#: Arabic words only (see the module docstring).
_LONG_WORD = re.compile(rf"(?<![^\W\d_])[\u0621-\u064a]{{{FUZZY_MIN_LETTERS},}}(?![^\W\d_])")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
#: Endings of adjectives, plurals and plural verbs (الموصلية, كاميرات, لجأوا): a word ending so is
#: not taken for a name that does not end so.
_NISBA_ENDINGS = ("يين", "يون", "يه", "يا", "ين", "ي", "ات", "ون", "وا", "ians", "ian", "is", "i", "ese")
FUZZY_CONFIDENCE = 0.6
#: Words whose fuzzy outcome is remembered per index (news vocabulary repeats: Zipf).
MEMO_SIZE = 200_000
_MISSING = object()
_PREV_WORD = re.compile(r"([^\W\d_]+)[^\w]{0,3}$")
_NEXT_WORD = re.compile(r"[^\w]{0,3}?([^\W\d_]+)")


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
        if entry.core[0] != core[0]:
            continue  # الحيوانية ≠ الديوانية, العقلانية ≠ الحقلانية: abstract nouns, not slips
        limit = max_distance(len(entry.core))
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
            if not has_context(text, start, end, index.rules):
                continue
            found.append(Candidate(start, end, start + len(prefix), name, "ar",
                                   places, FUZZY_CONFIDENCE - 0.05 * dist, (), prefix))
    return found


def has_context(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a designator, locative word or facility head stands before ``text[start:end]``,
    or a direction word after it (في …, قرب …, قضاء …, … شمال بغداد; in …, … district).

    Examples
    --------
    >>> from geo.rules import default_rules
    >>> t = "انفجار في الفلوجه"
    >>> has_context(t, 10, len(t), default_rules()), has_context("ونصب كاميرات", 5, 12, default_rules())
    (True, False)
    """
    before = _PREV_WORD.search(text, max(0, start - 60), start)
    after = _NEXT_WORD.match(text, end)
    prev = before.group(1) if before else ""
    following = after.group(1) if after else ""
    heads = rules.locatives | rules.facility_heads
    return (any(w in heads or w in rules.designators_ar for w in proclitic_variants(prev))
            or following in rules.directions_after)


def _fuzzy_word(word: str, index: NameIndex) -> tuple[str, str, tuple, int] | None:
    """(proclitics, name, places, distance) of a word's fuzzy match, or None."""
    for prefix, core in _cores(word):
        if core in index.exact_names or "ال" + core in index.exact_names:
            return None  # the word is a known name that the exact pass rejected in context
        hit = best_fuzzy(core, index)
        if hit is not None:
            return (prefix, *hit)
    return None
