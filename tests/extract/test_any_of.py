"""extract.lexicon_dates.AnyOf: the casualty gate's one-pass search agrees with a regex alternation (issue 11)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.lexicon_dates import AnyOf, number_lexicon

WORDS = ["قتل", "مقتل", "اصاب", "جرح", "killed", "kill", "wound", "dead"]


def _reference(words: list[str], text: str) -> bool:
    """The slow obvious reading: a regex alternation of the words, longest first."""
    return re.search("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)",
                     text) is not None


@pytest.mark.parametrize("text, expected", [
    ("أسفر الانفجار عن مقتل جنديين", True),
    ("اصابه ثلاثه مدنيين", True),  # folded, as the gate reads a clause
    ("اصيب ثلاثه مدنيين بجروح", False),  # neither اصاب nor جرح is in it
    ("Two soldiers were killed near Mosul", True),
    ("the wounded were taken to hospital", True),
    ("سقطت قذيفة هاون في منطقة زراعية", False),
    ("A rocket landed in an empty field", False),
    ("", False),
])
def test_gate_words(text, expected):
    assert AnyOf(WORDS).search(text) is expected
    assert _reference(WORDS, text) is expected


def test_no_words_never_found_and_the_empty_word_always():
    assert AnyOf([]).search("قتل") is False
    assert AnyOf(["", "قتل"]).search("x") is True


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["قتل", "قت", "ل", "م", " ", "kill", "ed", "dead", "x", "اصاب", "ه"]), max_size=12).map("".join))
def test_the_shipped_gate_and_zero_phrases_agree_with_the_alternation(text):
    lex = number_lexicon()
    assert lex.gate_words.search(text) == _reference(list(lex.gate), text)
    assert lex.zero_words.search(text) == _reference([p for p, _ in lex.zero], text)
