"""The word finders of needs gates (issue 11): written out for one to four words, an automaton for more; each
must answer as 'one of the words is in the stretch' does."""

from __future__ import annotations

import pytest

from extract.needs import FEW_WORDS, _finder

WORDS = ["سفير", "ambassador", "toll", "حصيل", "meanwhile", "فيما"]
STRETCHES = [
    "", "x", "Rockets hit the base. Meanwhile, the toll rose", "the death toll rose to five",
    "ارتفعت حصيلة الضحايا إلى خمسة", "قال السفير الأمريكي في بغداد", "the US ambassador to Baghdad said",
    "فيما أعلنت الشرطة", "no word of them here", "سفارة", "tol", "ambassado",
]


@pytest.mark.parametrize("count", range(1, len(WORDS) + 1))
def test_a_finder_answers_whether_one_of_its_words_is_in_the_stretch(count: int) -> None:
    words = set(WORDS[:count])
    find = _finder(words)
    for stretch in STRETCHES:
        assert find(stretch) == any(w in stretch for w in words), (count, stretch)


def test_no_words_no_finder() -> None:
    assert _finder(set()) is None
    assert len(WORDS) > FEW_WORDS  # (the table above covers the written-out and the automaton finders)
