"""The anchors of lexicon regexes (extract.anchors): a regex is tried only just before one of its
literals, so a wrong anchor would silently lose matches. These tests check the anchors against
the regexes themselves and the anchored matcher against one that runs every regex everywhere."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.anchors import matches_from, regex_anchors, regex_needs
from extract.events import _cue_matcher, _trigger_matcher
from extract.lexicon import normalise

ROOT = Path(__file__).resolve().parents[2]
MATCHERS = [(make, lang) for make in (_trigger_matcher, _cue_matcher) for lang in ("ar", "en")]


@pytest.mark.parametrize("regex, anchors", [
    ("قصف", (("قصف", 0),)),
    (r"(?:ال)?(?:شرطه|سلطات) (?:ال)?تركي", (("شرطه", 2), ("سلطات", 2))),
    (r"(?:roadside |car )?(?:bomb|ied)s?\b", (("bomb", 9), ("ied", 9))),
    (r"(?<![a-z])\bclash(?:es)? with", (("clash", 0),)),
    (r"(?:احرق|اضرم)\S*\s+المتظاهرون", (("احرق", 0), ("اضرم", 0))),  # parsed as ا + (?:حرق|ضرم)
    (r"(?:لم|لن|لا)\s+يقع", (("لم", 0), ("لن", 0), ("لا", 0))),  # parsed as ل + [منا]
    # the most telling literals a match crosses within a bounded lead, not the first ones
    (r"(?:لم|لن|لا) يقع", ((" يقع", 2),)),
    (r"(?:في|خلال) (?:ال)?(?:ايام|اسابيع) الاخيره", ((" الاخيره", 13),)),
    (r"(?:kills?|guns? down)\b", (("kill", 0), (" down", 4))),
    (r"[وف]?(?:قتل|مقتل)", (("قتل", 1), ("مقتل", 1))),
    (r"(?:took|take|taking)\s+to", (("took", 0), ("take", 0), ("taking", 0))),
    (r"(?:took|take|taking) to the streets", ((" to the streets", 6),)),
    (r"(?:ab)+cd", (("ab", 0),)),
    # a literal too far into the match does not spoil a near one: the near one anchors
    (r"(?:killed|died) [^.;]{0,25}? (?:across|around) iraq", (("killed", 0), ("died", 0))),
    (r"(?:wounded|hurt)\b[^.]{0,30}\b(?:nationwide) (?:iraq|syria)|nationwide (?:iraq|syria)",
     (("wounded", 0), ("hurt", 0), ("nationwide iraq", 0), ("nationwide syria", 0))),
    # a number first: its digits anchor it (digits are rare, unlike one-letter words)
    (r"[1-9]\d+ (?:attacks|raids)", tuple((d, 0) for d in "123456789")),
    (r"(?<!\d)(?!(?:19|20)\d\d )[1-9]\d+ (?:هجوم|هجمات)", tuple((d, 0) for d in "123456789")),
    (r"[05]\d* (?:killed|dead)|ten (?:killed|dead)", (("0", 0), ("5", 0), ("ten killed", 0), ("ten dead", 0))),
])
def test_anchors_of_regexes(regex: str, anchors: tuple) -> None:
    assert regex_anchors(regex) == anchors


@pytest.mark.parametrize("regex", [
    r"\d+ (?:attacks|raids)",  # no literal before an unbounded run of digits (any script's)
    r"[a-c1]\d+ (?:attacks|raids)",  # a set of letters and digits: letters occur everywhere
    r"(?:\w+ )?anniversary of",  # an unbounded optional word first
    r"\S*ing",
    r"x\d",  # a literal too short to be worth looking for
    r"(?i)bomb",  # case-folded: the literal is not what the text holds
    r"(?:bomb|\d+ rockets)",  # one alternative without a literal
    r"(?:\w{0,30} )?bomb",  # the literal may come too far into the match
    "(",  # not a regex
])
def test_regexes_without_anchors(regex: str) -> None:
    assert regex_anchors(regex) == ()


@pytest.mark.parametrize("regex, needs", [
    (r"[1-9]\d+ (?:attacks|raids)\b", (" attacks", " raids")),
    (r"(?:two|\d+) years? (?:ago|earlier)|the year before last", (" year", "the year before last")),
    (r"(?:\w+ )?anniversary of", ("anniversary of",)),
    (r"\d+ \w+", ()),
    (r"(?:bomb|\d+)", ()),  # one alternative holds no literal
])
def test_literals_every_match_needs(regex: str, needs: tuple) -> None:
    assert regex_needs(regex) == needs


def _sample(items: list, rng: random.Random) -> str:
    """A string that the parsed regex ``items`` may match (assertions are ignored: the caller keeps
    only the strings the regex does match)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is sre.ANY:
            out.append(rng.choice("a ب"))
        elif op is sre.IN:
            out.append(_in_sample(av, rng))
        elif op is sre.BRANCH:
            out.append(_sample(list(rng.choice(av[1])), rng))
        elif op is sre.SUBPATTERN:
            out.append(_sample(list(av[3]), rng))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            count = rng.randint(low, min(high, low + 3))
            out.extend(_sample(list(sub), rng) for _ in range(count))
    return "".join(out)


def _in_sample(members: list, rng: random.Random) -> str:
    if members and members[0][0] is sre.NEGATE:
        excluded = re.compile("[" + "".join(re.escape(chr(av)) for op, av in members[1:] if op is sre.LITERAL) + "]|x")
        return next(c for c in "qzب " if not excluded.fullmatch(c))
    op, av = rng.choice(members)
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.RANGE:
        return chr(rng.randint(*av))
    return {sre.CATEGORY_DIGIT: "7", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "w",
            sre.CATEGORY_NOT_SPACE: rng.choice("هw"), sre.CATEGORY_NOT_DIGIT: "d",
            sre.CATEGORY_NOT_WORD: " "}.get(av, "a")


def _shipped_regexes() -> list[str]:
    return sorted({source for make, lang in MATCHERS for _gate, source, _payload in make(lang)._regexes})


def _sampled_matches(seed: int, told) -> Iterator[tuple[str, object, str, re.Match[str]]]:
    """(regex, what ``told`` tells of it, text, match) for the matches of every shipped regex that
    ``told`` tells something of, on strings built from the regex itself (30 each)."""
    rng = random.Random(seed)
    for source in _shipped_regexes():
        what = told(source)
        if not what:
            continue
        regex, items = re.compile(source), list(sre_parse.parse(source))
        for _ in range(30):
            text = "و " + _sample(items, rng) + " ."
            for m in regex.finditer(text):
                yield source, what, text, m


def test_every_match_of_a_shipped_regex_holds_an_anchor_near_its_start() -> None:
    """For every anchored regex of the lexicons: each match holds one of the literals, starting no
    further than its lead from the match start."""
    checked = 0
    for source, anchors, text, m in _sampled_matches(11, regex_anchors):
        checked += 1
        assert any(text.startswith(literal, k) and k + len(literal) <= m.end()
                   for literal, lead in anchors for k in range(m.start(), m.start() + lead + 1)), (source, m.group())
    assert checked > 2000  # the samples did exercise the regexes


def test_every_match_of_a_shipped_regex_holds_what_it_needs() -> None:
    checked = 0
    for source, needs, _text, m in _sampled_matches(12, regex_needs):
        checked += 1
        assert any(literal in m.group() for literal in needs), (source, m.group())
    assert checked > 100


def test_matches_from_is_finditer_when_every_match_starts_at_a_given_start() -> None:
    regex = re.compile(r"(?:ال)?قصف(?: \S+)?")
    text = "القصف قصف الجوي وقصفت القصف"
    starts = [m.start() for m in regex.finditer(text)] + [1, 7, 8]
    assert [m.span() for m in matches_from(regex, text, sorted(set(starts)), len(text))] == \
        [m.span() for m in regex.finditer(text)]


def _golden_texts() -> list[str]:
    folders = ["real/*", "sample", "devset", "devset2", "cases"]
    return [p.read_text(encoding="utf-8") for folder in folders
            for p in sorted((ROOT / "tests" / "golden").glob(f"{folder}/*.txt"))]


@pytest.mark.parametrize("make, lang", MATCHERS)
def test_anchored_matching_agrees_with_running_every_regex_on_the_written_texts(make, lang) -> None:
    fast = make(lang)
    slow = fast.without_gates()
    for text in _golden_texts():
        norm = normalise(text).text
        assert fast.finditer(norm, overlapping=True) == slow.finditer(norm, overlapping=True)
        # and on a window, as the cue pass looks only between the first and the last trigger
        lo, hi = len(norm) // 3, 2 * len(norm) // 3
        assert fast.finditer(norm, lo, hi, overlapping=True) == slow.finditer(norm, lo, hi, overlapping=True)


def _pieces() -> list[str]:
    """Bits of text that lexicon entries are made of: strings sampled from every regex entry, and
    joints (spaces, commas, proclitics, digits)."""
    rng = random.Random(5)
    pieces = [_sample(list(sre_parse.parse(s)), rng) for s in _shipped_regexes() for _ in range(2)]
    return [*pieces, " ", " ", "، ", ", ", "\n", "و", "ال", "وال", "بال", "3", " the ", " في ", "-"]


PIECES = _pieces()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.integers(0, 30))
def test_anchored_matching_agrees_with_running_every_regex_on_texts_made_of_entries(parts: list[str],
                                                                                   pos: int) -> None:
    text = "".join(parts)
    for make, lang in MATCHERS:
        fast = make(lang)
        norm = normalise(text).text
        slow = fast.without_gates()
        assert fast.finditer(norm, overlapping=True) == slow.finditer(norm, overlapping=True)
        pos = min(pos, len(norm))
        assert fast.finditer(norm, pos, overlapping=True) == slow.finditer(norm, pos, overlapping=True)
