"""Folds made once and reused give what folding again gives (issue 11, speed12):

- ``placing._gap``, the folded window the place rules read before a place or between a trigger and a place, is
  cut from the article's fold (``phrases.folded_bounds``) instead of folding the stretch again;
- ``numbers.count_casualties`` and ``stated_none`` hand the fold they gate on to the tokenizer
  (``lexicon_dates.normalize_with_map(text, folded)``) instead of folding the clause twice.
"""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from extract.lexicon_dates import normalize, normalize_with_map
from extract.numbers import count_casualties, stated_none
from extract.phrases import fold
from extract.placing import _gap

# Self-written texts: marks, tatweel, folded letters, hashtags, Eastern digits, curly quotes.
TEXTS = [
    "قُتِلَ مسلّحٌ في قضاء #صلاح_الدين شمالي بغداد",
    "بغـــداد ـ أُصيبَ ثلاثةُ جنودٍ بانفجار عبوة ناسفة في «الطارمية» ٢٠٢٤",
    "Two soldiers were killed near the `Baiji` refinery in #Salahuddin – officials said",
    "\u200fاشتباكات\u200f\u200f عنيفة\u0640\u0640 قرب مخمور، و(٣) جرحى",
    "no marks at all in this English line",
]


def _cuts(text: str) -> list[tuple[int, int]]:
    """Every window of the first letters, windows past the end or crossed, and random windows."""
    n, rng = len(text), random.Random(len(text))
    edges = [(0, n), (0, 0), (n, n), (0, n + 5), (n + 2, n + 9), (5, 2), (n, 3)]
    firsts = [(a, b) for a in range(min(n, 14) + 1) for b in range(a, min(n, 14) + 1)]
    return edges + firsts + [tuple(sorted(rng.sample(range(n + 1), 2))) for _ in range(80)]


@pytest.mark.parametrize("text", TEXTS)
def test_window_cut_from_the_article_fold_equals_folding_the_window(text: str) -> None:
    for a, b in _cuts(text):
        assert _gap(text, a, b) == fold(text[a:b]).replace("#", ""), (a, b)


def test_windows_of_texts_taking_turns() -> None:
    # the kept whole fold changes from one text to the next and back
    for first, second in pairwise(TEXTS):
        for text in (first, second, first):
            for a, b in _cuts(text)[::5]:
                assert _gap(text, a, b) == fold(text[a:b]).replace("#", ""), (a, b)


@pytest.mark.parametrize("text", [*TEXTS, "مقتل /3/ عناصر قبل (10) أيام في 12/10/2024", "مَساء"])
def test_map_made_from_a_given_fold_equals_the_map_made_alone(text: str) -> None:
    norm, index = normalize_with_map(text)
    given, given_index = normalize_with_map(text, normalize(text))
    assert given == norm
    assert (None if index is None else list(index)) == (None if given_index is None else list(given_index))


@pytest.mark.parametrize(("clause", "killed", "injured"), [
    ("استُشهِدَ ثلاثةُ جنودٍ وأُصيبَ خمسةُ آخرون بانفجار عبوة", 3, 5),
    ("قتل /4/ مدنيين واصيب (2) بجروح", 4, 2),
    ("Two soldiers were killed and 12 wounded", 2, 12),
    ("سقط صاروخ دون وقوع إصابات", 0, 0),
    ("عمره ١٨ عاماً", None, None),  # near miss: a number that counts no one
])
def test_counts_read_with_one_fold(clause: str, killed: int | None, injured: int | None) -> None:
    found = count_casualties(clause)
    assert (found.killed, found.injured) == (killed, injured)


def test_stated_none_reads_with_one_fold() -> None:
    assert (stated_none("لم تسجل أي إصابات بشرية").killed, stated_none("لم تسجل أي إصابات بشرية").injured) == (0, 0)
    assert stated_none("قتل جنديان").killed is None  # near miss: a toll, not a statement of none
