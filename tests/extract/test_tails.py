"""extract.tails: an end-anchored search in one backward match agrees with ``re``'s search (issue 11)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extract.placing as placing
from extract.tails import tail

#: Self-written end-anchored patterns of the kinds the place rules use: a preposition starting a word,
#: designators repeated, a lookbehind at the window's start, lazy and greedy repeats, \b, a flag group.
PATTERNS = [
    r"(?<![^\s\"'(])[وف]?(?:في|ب|قرب|in|near)\s+(?:(?:محافظه|مدينه|the|city of)\s+){0,2}(?:al-)?$",
    r"(?:قال|said|announced)\S*\s+(?:\S+\s+(?:في|in)\s*|(?:في|in)?\s*)$",
    r"\b(?:taken|rushed)\s+(?:\S+\s+){0,3}?to\s+(?:(?:a|the)\s+)?$|\bhospitals?\s+in\s+$",
    r"(?:بين|between)\s+$",
    r"(?i:north|south) of\s+$",
    r"[^\W\d]{3,}\s*$",
]
#: Windows of the 40 characters before a place, as the place rules read them (folded), and edge cases:
#: a final newline ($ matches before it), a window starting inside a word, case.
WINDOWS = [
    "", "\n", "في ", "في\n", "وفي محافظه ", "انفجرت عبوه ناسفه في مدينه ", "سقطت قذيفه قرب ", "كفي ", "بقرب ",
    "A bomb exploded in the city of ", "IN THE ", "within ", "near\n", "x\nnear ", "said in ", "وقال مصدر في ",
    "were rushed to a hospital in ", "taken to ", "the talks between ", "North of ", "ten km west of ",
    "مقتل شخصين ", "2024 ", "\"في ", "(near ",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("window", WINDOWS)
def test_backward_match_agrees_with_search(pattern, window):
    compiled = re.compile(pattern, re.IGNORECASE)
    found = tail(compiled)
    assert found.backward is not None
    assert found.search(window) == (compiled.search(window) is not None)


@pytest.mark.parametrize("window, expected", [
    ("انفجرت عبوه ناسفه في مدينه ", True),
    ("وفي محافظه ", True),
    ("كفي ", False),  # في inside a word: no preposition
    ("في\n", True),  # the place on the next line
    ("A bomb exploded in the city of ", True),
    ("within ", False),
])
def test_tied_windows(window, expected):
    assert tail(re.compile(PATTERNS[0], re.IGNORECASE)).search(window) is expected


@pytest.mark.parametrize("pattern", [
    r"(\w)\1$",  # a backreference
    r"في\s+",  # not anchored at its end
    r"في(?!\s+(?:كان|كانت))\s*$",  # a lookahead of varying width would become a lookbehind
    r"^في$|قرب",  # one branch not anchored
])
def test_what_cannot_be_reversed_is_searched_as_before(pattern):
    compiled = re.compile(pattern)
    found = tail(compiled)
    assert found.backward is None
    for window in ("في ", "aa", "قرب الموصل", "في", "في كان "):
        assert found.search(window) == (compiled.search(window) is not None)


_ALPHABET = st.sampled_from([*"فيبقرو ن\n\"(-", "في ", "قرب ", "in ", "near ", "the ", "city of ", "محافظه "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=14).map("".join))
def test_placing_patterns_agree_on_any_window(window):
    # every end-anchored pattern of the place rules, searched both ways
    for value in vars(placing).values():
        if isinstance(value, re.Pattern) and tail(value).backward is not None:
            assert tail(value).search(window) == (value.search(window) is not None), value.pattern
