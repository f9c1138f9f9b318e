"""Ask a costly regex only of texts that hold one of the words every match of it holds.

The place rules ask a dozen end-anchored patterns of the 40 characters before each place (``tail``
searches, 2-7 µs each: big alternations of prepositions, verbs and designators), and most of them fail:
a window before «في بغداد» holds no «سفير», no «نقل ... إلى», no "said". :func:`needed_words` reads the
pattern's own syntax tree (``re._parser``, as :mod:`extract.tails` does) and returns strings one of which
every match contains (the literal runs of the sequence, alternatives united), or None when it cannot
tell. :class:`Needs` looks for the words of all the rules at once, in one Aho-Corasick pass over the
window in lower case (:meth:`Needs.present`): a rule none of whose words is there cannot match, and it
is not asked.

Exactness: a match of the pattern holds, letter for letter, one of the literal runs read from its tree,
each letter equal to the run's up to ``re``'s case folding when the pattern ignores case. Lower case
gives the same letters for every character whose case ``re`` folds onto an ASCII letter except
:data:`FOLDS_TO_ASCII` (dotted and dotless i, long s, the Kelvin sign); a window holding one of those is
always asked. Lookarounds, optional and repeated-from-zero parts require nothing.

Use: ``Needs(patterns)`` once; per window ``present = needs.present(window)`` (keep it while the window
is asked again), then a pattern with ``present & needs.bit(pattern) == 0`` (or ``bit``) finds nothing
there; placing's ``_ends`` asks its rules so. It pays where a pattern rarely matches (a negative rule); a
pattern that matches most windows (a preposition before a place) gains nothing from it and is asked
directly.

One pattern asked of a stretch: :func:`search` is ``pattern.search(text, pos, endpos)``, answered None at
once when the stretch holds none of the pattern's needed words (looked for with ``str`` searches, or an
Aho-Corasick automaton for many words; the words are read once per pattern). A rule whose regex has no
literal prefix (``[،,]?\\s+(?:فيما|meanwhile)``, ``(?:ارتفع|بلغت)\\S*\\s+...حصيل|\\btoll\\b...`` with
IGNORECASE: ``re`` then tries it at every position of the stretch) and that fails on most stretches
should ask it through :func:`search`: ``search(_TOPIC_SHIFT, text, lo, hi)`` in place of
``_TOPIC_SHIFT.search(text, lo, hi)``. A pattern whose tree tells no needed word is simply asked.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterator
from re import _constants as sre  # re's own syntax tree, as extract.tails reads it
from re import _parser as sre_parse

import ahocorasick

__all__ = ["FOLDS_TO_ASCII", "Needs", "finditer", "needed_words", "search"]

#: The characters outside ASCII that ``re`` with IGNORECASE takes for an ASCII letter (İ ı ſ K): lower
#: case turns them into something else (or two characters), so a window holding one is always asked.
#: tests/extract/test_needs.py checks this against ``re`` over every character.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _sequence(items) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` holds, or None."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is sre.SUBPATTERN and not (av[1] or av[2]):  # (?:...) or a group, without flags of its own
            found = _sequence(av[3])
        elif op is sre.BRANCH:
            branches = [_sequence(alt) for alt in av[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found = _sequence(av[2])
        else:  # a class, a lookaround, an anchor, an optional part: nothing required
            found = None
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    # any one option is required; the one whose shortest string is longest rejects the most windows
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def needed_words(pattern: re.Pattern[str]) -> set[str] | None:
    """Strings one of which every match of ``pattern`` holds (as written: mind the pattern's flags),
    or None when its tree tells none.

    Examples
    --------
    >>> sorted(needed_words(re.compile(r"(?:سفير|ambassador)s?\\s+(?:في|to)\\s+$")))
    ['ambassador', 'سفير']
    >>> needed_words(re.compile(r"\\s+(?:al-)?$")) is None
    True
    """
    if pattern.flags & (re.MULTILINE | re.VERBOSE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        return _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    except re.error:
        return None


class Needs:
    """The patterns a window may match, told by the words each needs (:func:`needed_words`), all of them
    looked for in one Aho-Corasick pass over the window in lower case (:meth:`present`)."""

    __slots__ = ("_always", "_automaton", "_bits")

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._bits = {id(p): (p, 1 << i) for i, p in enumerate(patterns)}
        self._always = 0  # the patterns that must always be asked
        words: dict[str, int] = {}
        for i, pattern in enumerate(patterns):
            found = needed_words(pattern)
            # Lower case tells the case classes of ASCII letters (FOLDS_TO_ASCII aside) and leaves caseless
            # characters (Arabic, digits, marks) as they are: a pattern that ignores case may need both, one
            # that does not only caseless ones.
            ascii_ok = bool(pattern.flags & re.IGNORECASE)
            if not found or not all((ascii_ok and c.isascii()) or c.lower() == c == c.upper() for w in found for c in w):
                self._always |= 1 << i
                continue
            for w in found:
                words[w.lower()] = words.get(w.lower(), 0) | 1 << i
        self._automaton = None
        if words:
            self._automaton = ahocorasick.Automaton()
            for w, bits in sorted(words.items()):
                self._automaton.add_word(w, bits)
            self._automaton.make_automaton()

    def present(self, window: str) -> int:
        """The bits (``bit``) of the patterns that may match in ``window``."""
        if self._automaton is None or any(c in window for c in FOLDS_TO_ASCII):
            return -1  # every pattern
        found = self._always
        for _end, bits in self._automaton.iter(window.lower()):
            found |= bits
        return found

    def bit(self, pattern: re.Pattern[str]) -> int | None:
        """The bit of ``pattern`` in :meth:`present`'s answer, or None for a pattern not given."""
        found = self._bits.get(id(pattern))
        return found[1] if found is not None and found[0] is pattern else None


#: Above this many needed words a gate looks for them with an automaton, not one ``str`` search each.
FEW_WORDS = 4
#: What ``re`` ignoring case may take for an ASCII letter: the letters and the characters of FOLDS_TO_ASCII.
_ASCII_LETTER = re.compile(f"[A-Za-z{FOLDS_TO_ASCII}]")


def _cased(word: str) -> bool:
    """Whether ``word`` holds a letter ``re`` matches in either case when ignoring case (``re``'s own test,
    ``_sre.unicode_iscased``): an uncased character is matched as written, even with IGNORECASE."""
    return any(_sre.unicode_iscased(ord(c)) for c in word)


def _finder(words: set[str]):  # -> Callable[[str], bool] | None
    """Whether a stretch holds one of ``words`` (``str`` searches for a few, an automaton for many)."""
    if not words:
        return None
    if len(words) <= FEW_WORDS:  # (written out: a generator per ask cost more than the searches)
        few = sorted(words)
        if len(few) == 1:
            a, = few
            return lambda stretch: a in stretch
        if len(few) == 2:
            a, b = few
            return lambda stretch: a in stretch or b in stretch
        if len(few) == 3:
            a, b, c = few
            return lambda stretch: a in stretch or b in stretch or c in stretch
        if len(few) == 4:
            a, b, c, d = few
            return lambda stretch: a in stretch or b in stretch or c in stretch or d in stretch
        return lambda stretch: any(w in stretch for w in few)
    automaton = ahocorasick.Automaton()
    for w in sorted(words):
        automaton.add_word(w, len(w))
    automaton.make_automaton()
    return lambda stretch: next(automaton.iter(stretch), None) is not None


class _Gate:
    """The needed words of one pattern (:func:`needed_words`): ``plain``, looked for as written (all of them,
    or for a pattern that ignores case those without a cased letter), and ``cased``, the words of a pattern
    that ignores case holding a cased (ASCII) letter, looked for in lower case (as :class:`Needs`), and only
    in a stretch that holds an ASCII letter or a character ``re`` folds onto one."""

    __slots__ = ("cased", "plain")

    def __init__(self, words: set[str], lower: bool) -> None:
        self.plain = _finder({w for w in words if not (lower and _cased(w))})
        self.cased = _finder({w.lower() for w in words if lower and _cased(w)})

    def holds(self, stretch: str) -> bool:
        """Whether ``stretch`` may hold a match: one of the words is there (or case cannot tell)."""
        if self.plain is not None and self.plain(stretch):
            return True
        if self.cased is None:
            return False
        if not stretch.isascii():
            if _ASCII_LETTER.search(stretch) is None:
                return False  # (an Arabic stretch: no cased word can be there)
            if any(c in stretch for c in FOLDS_TO_ASCII):
                return True
        return self.cased(stretch.lower())


#: By the pattern's id, with the pattern (kept alive, so its id is never reused while its entry stands).
_GATES: dict[int, tuple[re.Pattern[str], _Gate | None]] = {}


def _gate(pattern: re.Pattern[str]) -> _Gate | None:
    """The gate of ``pattern``, made at its first ask; None when its needed words cannot be told (or, for a
    pattern that ignores case, hold a cased letter outside ASCII, which lower case may not tell)."""
    found = _GATES.get(id(pattern))
    if found is not None and found[0] is pattern:
        return found[1]
    words = needed_words(pattern)
    lower = bool(pattern.flags & re.IGNORECASE)
    gate = None
    if words and all(w for w in words) and (
            not lower or all(c.isascii() or not _sre.unicode_iscased(ord(c)) for w in words for c in w)):
        gate = _Gate(words, lower)
    _GATES[id(pattern)] = (pattern, gate)
    return gate


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    r"""``pattern.search(text, pos, endpos)``, without running the pattern over a stretch that holds none of
    the words every match of it holds (a match lies inside ``text[pos:endpos]``, and so do its words).

    Examples
    --------
    >>> p = re.compile(r"\s+(?:meanwhile|فيما)\s", re.IGNORECASE)
    >>> search(p, "Rockets hit the base. Meanwhile, ...") is None, search(p, "Rockets hit the base, MEANWHILE the").span()
    (True, (21, 32))
    >>> search(p, "x  فيما y", 1).span()
    (1, 8)
    """
    if endpos is None:
        endpos = len(text)
    found = _GATES.get(id(pattern))
    gate = found[1] if found is not None and found[0] is pattern else _gate(pattern)
    if gate is not None and 0 <= pos <= endpos and not gate.holds(text[pos:endpos]):
        return None  # (an end past the text is the text's end, for the slice as for ``re``)
    return pattern.search(text, pos, endpos)


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, nothing at once from a stretch that holds none of the pattern's
    needed words (as :func:`search`)."""
    if endpos is None:
        endpos = len(text)
    gate = _gate(pattern)
    if gate is not None and 0 <= pos <= endpos and not gate.holds(text[pos:endpos]):
        return iter(())
    return pattern.finditer(text, pos, endpos)
