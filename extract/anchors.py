"""Where a lexicon regex can match: the literal strings that anchor it.

Python's ``re`` skips ahead fast only when a pattern starts with a literal; a lexicon regex that
begins with an optional group (``(?:ال)?(?:شرطه|سلطات)``, ``(?:roadside |car )?(?:bomb|ied)``)
or a lookbehind is tried at every position of the text, which made finding events a third of a
parse. :func:`regex_anchors` reads the pattern's structure (CPython's own regex parser) and tells,
for such a regex, literals one of which every match holds within a few characters of its start:
the matcher then tries the regex only just before those literals' occurrences, which its one
Aho-Corasick pass over the text reports anyway (:class:`extract.phrases.PhraseMatcher`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre
from re import _parser as sre_parse

__all__ = ["MAX_LEAD", "MIN_LITERAL", "matches_from", "regex_anchors"]

#: Literals shorter than this occur everywhere: the regex is then better run over the whole text.
MIN_LITERAL = 2
#: Farther than this from the match start, a literal's occurrence asks for too many tries.
MAX_LEAD = 24
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Anchors = tuple[tuple[str, int], ...]


def regex_anchors(regex: str) -> Anchors:
    """``(literal, lead)`` pairs such that every match of ``regex`` holds one of the literals,
    starting at most ``lead`` characters after the match starts; empty when that cannot be told
    (an unbounded or too long lead, a literal shorter than :data:`MIN_LITERAL`, case folding).

    Examples
    --------
    >>> regex_anchors(r"(?:roadside |car )?(?:bomb|ied)s?\\b")
    (('bomb', 9), ('ied', 9))
    >>> regex_anchors(r"(?<![a-z])(?:ال)?شرطه")
    (('شرطه', 2),)
    >>> regex_anchors(r"[1-9]\\d+ (?:attacks|raids)"), regex_anchors(r"\\S*ing")
    ((), ())
    """
    try:
        parsed = sre_parse.parse(regex)
    except re.error:
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    found = _leads(parsed.state, list(parsed))
    if not found or any(len(literal) < MIN_LITERAL or lead > MAX_LEAD for literal, lead in found):
        return ()
    return tuple(dict.fromkeys(found))


def _leads(state: sre_parse.State, items: list) -> list[tuple[str, int]] | None:
    """The anchors of a sequence of parsed items: the first literal run every match must cross,
    after items whose widths add up to the lead; None when there is none."""
    lead = 0
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # \\b, ^, lookarounds take no characters
        if op is sre.LITERAL:
            run = "".join(chr(c) for _op, c in _literal_run(items[i:]))
            return [(run + literal, lead) for literal in _continuations(state, items[i + len(run):])]
        inner = _required_inside(state, op, av)
        if inner is not None:
            return [(literal, lead + k) for literal, k in inner]
        width = _max_width(state, (op, av))
        if width is None:
            return None
        lead += width  # an optional or literal-free item: the literal may come up to this much later
    return None


def _literal_run(items: list) -> Iterator[tuple]:
    for op, av in items:
        if op is not sre.LITERAL:
            return
        yield op, av


def _continuations(state: sre_parse.State, items: list) -> list[str]:
    """How a literal run goes on: the literals a required group right after it starts with
    (``(?:احرق|اضرم)`` is parsed as ``ا`` then ``(?:حرق|ضرم)``, ``(?:لم|لن)`` as ``ل`` then ``[من]``),
    else only the run itself."""
    if items and items[0][0] is sre.IN and all(op is sre.LITERAL for op, _av in items[0][1]):
        return [chr(c) for _op, c in items[0][1]]
    if items:
        inner = _required_inside(state, *items[0])
        if inner and all(lead == 0 for _literal, lead in inner):
            return [literal for literal, _lead in inner]
    return [""]


def _required_inside(state: sre_parse.State, op: object, av: object) -> list[tuple[str, int]] | None:
    """The anchors of a group, alternation or repeat every match goes through, when it has some."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _leads(state, list(sub))
    if op is sre.ATOMIC_GROUP:
        return _leads(state, list(av))
    if op is sre.BRANCH:
        branches = [_leads(state, list(b)) for b in av[1]]
        return None if any(b is None for b in branches) else [x for b in branches for x in b]
    if op in _REPEATS and av[0] >= 1:
        return _leads(state, list(av[2]))
    return None


def _max_width(state: sre_parse.State, item: tuple) -> int | None:
    """The most characters ``item`` can match, None when unbounded."""
    _low, high = sre_parse.SubPattern(state, [item]).getwidth()
    return None if high >= sre.MAXREPEAT else high


def matches_from(regex: re.Pattern[str], text: str, starts: Iterable[int], endpos: int) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text, pos, endpos)`` yields, when every match starts at one of
    ``starts`` (ascending, none before ``pos``): the same leftmost non-overlapping matches, the regex
    tried only there. (``match`` at a start sees the text before it, as a search does: ``\\b`` and
    lookbehinds behave the same.)"""
    end = -1
    for start in starts:
        if start < end:
            continue
        m = regex.match(text, start, endpos)
        if m is not None:
            yield m
            end = m.end()
