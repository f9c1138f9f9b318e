"""fold answers an ASCII text without a folded character at once (issue 11: a third of the texts folded in a
parse are English pieces); its answer must stay the character-by-character fold."""

from __future__ import annotations

import pytest

from geo.normalize import _DELETE, _FOLD_MAP, fold


def _by_character(text: str) -> str:
    """The fold written out: each character mapped, the deleted ones dropped."""
    return "".join(_FOLD_MAP.get(ch, "" if ch in _DELETE else ch) for ch in text)


@pytest.mark.parametrize("text", [
    "Two rockets hit the Green Zone in Baghdad on Monday, police said.",
    "The so-called `Islamic State` claimed the attack",  # the backtick is folded
    "`",
    "",
    "A drone struck a PMF convoy near Al-Qa'im (Anbar) - 3 killed",
    "Police said the “suspects” fled towards Tarmiyah",  # curly quotes: not ASCII
    "انفجار عبوة ناسفة في الطارمية – 2 قتلى",
    "Mosul\tand\u00a0Kirkuk",
])
def test_fold_is_the_character_by_character_fold(text: str) -> None:
    assert fold(text) == _by_character(text)


def test_every_ascii_character_folds_as_mapped() -> None:
    for code in range(128):
        ch = chr(code)
        assert fold(f"a{ch}b") == _by_character(f"a{ch}b")
