"""Search an end-anchored regex (``...$``) in one try: match the regex reversed on the text reversed.

The place rules read the 40 characters before a place and ask whether a pattern ends there
(«في محافظة ‹place›»: ``_TIED.search(before)`` with a pattern ending in ``$``). ``re`` tries such a
search at every start of the window, each try running the whole alternation of prepositions and
designators: about forty tries to find the one at the end. Read backwards, the text and the pattern
meet at the window's end at once: :func:`tail` turns the pattern's parse into the pattern that
matches the same strings reversed (a sequence backwards, lookbehinds as lookaheads and the other
way, ``$`` as the start) and :meth:`Tail.search` runs one ``match`` of it on ``before[::-1]``.

``re``'s own syntax tree (``re._parser``) is read, so the reversed pattern accepts exactly the
reversed strings the original accepts at the end: ``Tail(p).search(s) == (p.search(s) is not None)``
for every ``s``. A pattern this cannot reverse (not anchored at its end on every branch, a
backreference, a lookahead of varying width, which would become a lookbehind ``re`` refuses) is
searched as before.
"""

from __future__ import annotations

import re
from re import _constants as sre  # re's own syntax tree: the only exact reading of a pattern
from re import _parser as sre_parse

__all__ = ["Tail", "tail"]

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
#: Anchors read backwards: the start of the text is its end, ``$`` (the end, or before a final
#: newline) is the start or just after a first newline; a word boundary is one both ways.
_ANCHORS = {sre.AT_BEGINNING: r"\Z", sre.AT_BEGINNING_STRING: r"\Z", sre.AT_END_STRING: r"\A",
            sre.AT_END: r"(?:\A|(?<=\A\n))", sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}
_FLAGS = {re.IGNORECASE: "i", re.DOTALL: "s", re.ASCII: "a", re.UNICODE: "u"}


class _UnsupportedError(Exception):
    pass


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _set(items) -> str:
    out = []
    for op, av in items:
        if op is sre.NEGATE:
            out.insert(0, "^")
        elif op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _UnsupportedError(op)
    return "[" + "".join(out) + "]"


def _flags(add: int, remove: int) -> str:
    if (add | remove) & ~(re.IGNORECASE | re.DOTALL | re.ASCII | re.UNICODE):
        raise _UnsupportedError("flags")
    on = "".join(v for k, v in _FLAGS.items() if add & k)
    off = "".join(v for k, v in _FLAGS.items() if remove & k)
    return f"(?{on}-{off}:" if off else f"(?{on}:"


def _reversed(items) -> str:
    """The pattern source of the sequence ``items`` (parse items) read backwards."""
    return "".join(_item(op, av) for op, av in reversed(list(items)))


def _item(op, av) -> str:
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        return _set(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        bound = f"{{{low},}}" if high is sre.MAXREPEAT else f"{{{low},{high}}}"
        return f"(?:{_reversed(sub)}){bound}" + ("?" if op is sre.MIN_REPEAT else "")
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return (_flags(add, remove) if add or remove else "(?:") + _reversed(sub) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_reversed(alt) for alt in av[1]) + ")"
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        direction, sub = av
        head = {(1, sre.ASSERT): "(?<=", (1, sre.ASSERT_NOT): "(?<!", (-1, sre.ASSERT): "(?=",
                (-1, sre.ASSERT_NOT): "(?!"}[direction, op]
        return head + _reversed(sub) + ")"
    if op is sre.AT and av in _ANCHORS:
        return _ANCHORS[av]
    raise _UnsupportedError(op)


def _without_end(items) -> list | None:
    """The sequence with the ``$`` ending every one of its paths taken off, or None when some path
    does not end with it."""
    items = list(items)
    if not items:
        return None
    op, av = items[-1]
    if op is sre.AT and av is sre.AT_END:
        return items[:-1]
    if op is sre.BRANCH:
        alternatives = [_without_end(alt) for alt in av[1]]
        if any(alt is None for alt in alternatives):
            return None
        return [*items[:-1], (sre.BRANCH, (None, alternatives))]
    if op is sre.SUBPATTERN:
        group, add, remove, sub = av
        inner = _without_end(sub)
        return None if inner is None else [*items[:-1], (sre.SUBPATTERN, (group, add, remove, inner))]
    return None


class Tail:
    """``pattern.search(s) is not None`` for a pattern anchored at its end, in one ``match``."""

    __slots__ = ("backward", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.backward: re.Pattern[str] | None = None
        if pattern.flags & (re.MULTILINE | re.VERBOSE | re.LOCALE) or not isinstance(pattern.pattern, str):
            return
        try:
            body = _without_end(sre_parse.parse(pattern.pattern, pattern.flags))
            if body is None:
                return
            # The text's end, or before its final newline: at the reversed text's start, or after its first newline.
            self.backward = re.compile(r"\n?(?:" + _reversed(body) + ")", pattern.flags)
        except (_UnsupportedError, re.error):
            self.backward = None

    def search(self, text: str) -> bool:
        """Whether the pattern matches a stretch of ``text`` that ends where the pattern's ``$`` allows."""
        if self.backward is None:
            return self.pattern.search(text) is not None
        return self.backward.match(text[::-1]) is not None


#: By the pattern's id: hashing a pattern hashes its whole compiled code each time. A Tail keeps its
#: pattern alive, so an id is never reused while its entry stands.
_TAILS: dict[int, Tail] = {}


def tail(pattern: re.Pattern[str]) -> Tail:
    """The :class:`Tail` of ``pattern``, made once per pattern.

    Examples
    --------
    >>> t = tail(re.compile(r"(?<!\\S)(?:في|in)\\s+(?:the\\s+)?$", re.IGNORECASE))
    >>> t.backward is not None, t.search("attack In the "), t.search("within "), t.search("في ")
    (True, True, False, True)
    """
    found = _TAILS.get(id(pattern))
    if found is None:
        found = _TAILS[id(pattern)] = Tail(pattern)
    return found
