"""extract.memo.Memo: an answer is read once per (what, key), whatever it is (None and False included)."""

from __future__ import annotations

import pytest

from extract.memo import Memo


@pytest.mark.parametrize("answer", [None, False, 0, (None, None), "", True])
def test_an_answer_is_read_once_whatever_it_is(answer) -> None:
    memo, asked = Memo(), []

    def read(key):
        asked.append(key)
        return answer

    assert memo.once("fact", (3, 9), read) == answer
    assert memo.once("fact", (3, 9), read) == answer
    assert asked == [(3, 9)]


@pytest.mark.parametrize("first, second, read_twice", [
    (("next", 40), ("next", 40), False),
    (("next", 40), ("next", 41), True),    # another sentence
    (("next", 40), ("others", 40), True),  # another fact of the same sentence
])
def test_kept_by_what_and_key(first, second, read_twice) -> None:
    memo, asked = Memo(), []
    memo.once(*first, asked.append)
    memo.once(*second, asked.append)
    assert (len(asked) == 2) is read_twice
