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

__all__ = ["DIGITS", "MAX_LEAD", "MIN_LITERAL", "REQUIRED_LITERAL", "matches_from", "regex_anchors", "regex_needs",
           "regex_requires"]

#: Literals shorter than this occur everywhere: the regex is then better run over the whole text.
MIN_LITERAL = 2
#: ... except a digit: a regex that starts with a number (``[1-9]\\d+ attacks``) is tried at the few
#: digits of a text, not at each of its characters.
DIGITS = frozenset("0123456789")
#: A literal set :func:`regex_requires` tells holds words at least this long (shorter ones occur everywhere).
REQUIRED_LITERAL = 4
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
    >>> regex_anchors(r"\\d+ (?:attacks|raids)"), regex_anchors(r"\\S*ing")
    ((), ())
    >>> regex_anchors(r"[1-3]\\d+ (?:attacks|raids)")  # a number first: tried at its digits
    (('1', 0), ('2', 0), ('3', 0))
    """
    parsed = _parsed(regex)
    found = _leads(parsed.state, list(parsed)) if parsed is not None else None
    if not found or not all(_usable(literal, lead) for literal, lead in found):
        return ()
    return tuple(dict.fromkeys(found))


def regex_needs(regex: str) -> tuple[str, ...]:
    """Literals one of which every match of ``regex`` holds, anywhere in it; empty when that cannot
    be told. For a regex without anchors (``(?:two|\\d+) years? ago``): when none of them occurs,
    the regex need not run at all.

    Examples
    --------
    >>> regex_needs(r"(?:two|\\d+) years? ago|(?:a|one) decades? ago")
    (' year', ' decade')
    >>> regex_needs(r"\\d+ \\w+")
    ()
    """
    parsed = _parsed(regex)
    found = _contained(parsed.state, list(parsed)) if parsed is not None else None
    if not found or any(len(literal) < MIN_LITERAL for literal in found):
        return ()
    return tuple(dict.fromkeys(found))


def regex_requires(regex: str, known: Iterable[str] = ()) -> tuple[tuple[str, ...], ...]:
    """Sets of literals such that every match of ``regex`` holds one literal of each set (a regex
    tried only after its anchors occur may still lack a word it needs further on: ``protest
    (?:note|letter|memo)`` needs ``protest `` and one of ``note``, ``letter``, ``memo``). A set is
    left out when a word of it is shorter than :data:`REQUIRED_LITERAL`, and when each of ``known``
    (the anchor or needed literals the matcher has already seen occur before it runs the regex)
    holds one of its words; the most telling sets (longest shortest word) first, at most three.

    Examples
    --------
    >>> regex_requires(r"(?:formal|official) protest (?:note|letter)s?", known=["formal", "official"])
    ((' protest letter', ' protest note'),)
    >>> regex_requires(r"(?:ال)?هجوم\\s+(?:ال)?ارهابي", known=["هجوم"])
    (('ارهابي',),)
    >>> regex_requires(r"\\d+ \\w+")
    ()
    """
    parsed = _parsed(regex)
    sets = _contained_sets(parsed.state, list(parsed)) if parsed is not None else []
    def implied(words: tuple[str, ...], by: Iterable[str]) -> bool:  # each of ``by`` holds one of ``words``
        return all(any(word in literal for word in words) for literal in by)

    known = tuple(known)
    candidates = sorted({tuple(sorted(set(literals))) for literals in sets
                         if min(len(literal.strip()) for literal in literals) >= REQUIRED_LITERAL},
                        key=lambda literals: (-min(map(len, literals)), literals))
    kept: list[tuple[str, ...]] = []
    for words in candidates:
        if not (known and implied(words, known)) and not any(implied(words, other) for other in kept):
            kept.append(words)
    return tuple(kept[:3])


def _parsed(regex: str) -> sre_parse.SubPattern | None:
    """The regex as CPython parses it; None when it is not one, or folds case (its literals are
    then not what the text holds)."""
    try:
        parsed = sre_parse.parse(regex)
    except re.error:
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed


def _contained(state: sre_parse.State, items: list) -> list[str] | None:
    """Of the literal runs (or groups of them) every match of the sequence crosses, the most
    telling; None when there is none."""
    return max(_contained_sets(state, items), key=lambda literals: min(map(len, literals)), default=None)


def _contained_sets(state: sre_parse.State, items: list) -> list[list[str]]:
    """The literal runs (or groups of them) every match of the sequence crosses, in order: a match
    holds one literal of each."""
    sets: list[list[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is sre.LITERAL:
            run = "".join(chr(c) for _op, c in _literal_run(items[i:]))
            sets.append([run + literal for literal in _continuations(state, items[i + len(run):])])
            i += len(run)
            continue
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            inner = _contained(state, list(av[3]))
        elif op is sre.BRANCH:
            branches = [_contained(state, list(b)) for b in av[1]]
            inner = None if any(b is None for b in branches) else [x for b in branches for x in b]
        elif op in _REPEATS and av[0] >= 1:
            inner = _contained(state, list(av[2]))
        else:
            inner = None
        if inner:
            sets.append(inner)
        i += 1
    return sets


def _leads(state: sre_parse.State, items: list) -> list[tuple[str, int]] | None:
    """The anchors of a sequence of parsed items: of the literal runs every match must cross within
    a bounded lead, the most telling (its shortest literal the longest: ``(?:في|خلال) الايام`` is
    looked for at ``الايام``, not at every ``في``); None when there is none."""
    return _most_telling(_anchor_sets(state, items))


def _telling(anchors: list[tuple[str, int]]) -> tuple[int, int]:
    return min(len(literal) for literal, _lead in anchors), -max(lead for _literal, lead in anchors)


def _most_telling(sets: list[list[tuple[str, int]]]) -> list[tuple[str, int]] | None:
    """The most telling of ``sets`` that :func:`regex_anchors` can use (literals long enough, leads
    short enough), else the most telling of all: ``(?:killed|died) [^.]{0,25}? (?:across|around)``
    is anchored at ``killed``, not left unanchored because ``across`` comes too far from the start."""
    usable = [anchors for anchors in sets if all(_usable(literal, lead) for literal, lead in anchors)]
    return max(usable or sets, key=_telling, default=None)


def _usable(literal: str, lead: int) -> bool:
    return (len(literal) >= MIN_LITERAL or literal in DIGITS) and lead <= MAX_LEAD


def _digits(av: list) -> list[str] | None:
    """The characters of a character set (``[1-9]``, ``[05]``) when they are all ASCII digits."""
    chars: list[str] = []
    for op, arg in av:
        if op is sre.LITERAL:
            chars.append(chr(arg))
        elif op is sre.RANGE:
            chars.extend(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return chars if chars and set(chars) <= DIGITS else None


def _anchor_sets(state: sre_parse.State, items: list) -> list[list[tuple[str, int]]]:
    """Every set of anchors along the sequence, in order: each literal run (or group of them) a
    match must cross, with the widths of the items before it added up as the lead."""
    sets: list[list[tuple[str, int]]] = []
    lead, i = 0, 0
    while i < len(items):
        op, av = items[i]
        if op in _ZERO_WIDTH:  # \b, ^, lookarounds take no characters
            i += 1
            continue
        if op is sre.LITERAL:
            run = "".join(chr(c) for _op, c in _literal_run(items[i:]))
            sets.append([(run + literal, lead) for literal in _continuations(state, items[i + len(run):])])
            lead, i = lead + len(run), i + len(run)
            continue
        inner = _digits(av) if op is sre.IN else _required_inside(state, op, av)
        if inner is not None:
            sets.append([(literal, lead) for literal in inner] if op is sre.IN else
                        [(literal, lead + k) for literal, k in inner])
        width = _max_width(state, (op, av))
        if width is None:
            break
        lead, i = lead + width, i + 1  # the literals after it may come up to this much later
    return sets


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
        inner = _required_inside(state, *items[0], first=True)
        if inner and all(lead == 0 for _literal, lead in inner):
            return [literal for literal, _lead in inner]
    return [""]


def _required_inside(state: sre_parse.State, op: object, av: object, *,
                     first: bool = False) -> list[tuple[str, int]] | None:
    """The anchors of a group, alternation or repeat every match goes through, when it has some
    (``first``: those nearest its start, else the most telling)."""
    def leads(sub: object) -> list[tuple[str, int]] | None:
        sets = _anchor_sets(state, list(sub))
        return (sets[0] if sets else None) if first else _most_telling(sets)

    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else leads(sub)
    if op is sre.ATOMIC_GROUP:
        return leads(av)
    if op is sre.BRANCH:
        branches = [leads(b) for b in av[1]]
        return None if any(b is None for b in branches) else [x for b in branches for x in b]
    if op in _REPEATS and av[0] >= 1:
        return leads(av[2])
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
