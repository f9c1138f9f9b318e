"""``normalise_slice`` (a stretch cut from the whole text's normalisation) equals normalising the
stretch itself, on real reports full of diacritics, tatweel and folded letters."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from extract.phrases import normalise, normalise_slice

REAL = sorted((Path(__file__).resolve().parents[1] / "golden" / "real").glob("*/*.txt"))

# Short texts where the cut falls inside a run of marks, right after one, or on a folded letter.
CASES = [
    "قُتِلَ مسلّحٌ في الموصلِ",
    "بغـــداد ـ أُصيبَ ثلاثةُ جنودٍ",
    "«مُسَيَّرة» استهدفت مطار أربيل ٢٠٢٤",
    "no marks at all in this English line",
    "\u200fاشتباكات\u200f\u200f عنيفة\u0640\u0640",
]


def _cuts(text: str) -> list[tuple[int, int]]:
    n = len(text)
    cuts = [(0, n), (0, 0), (n, n), (0, n + 5), (n + 2, n + 9), (3, 1), (-4, n), (2, -1)]
    cuts += [(lo, hi) for lo in range(min(n, 12) + 1) for hi in range(lo, min(n, 12) + 1)]
    rng = random.Random(n)
    cuts += [tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(60)]
    return cuts


@pytest.mark.parametrize("text", CASES)
def test_slice_equals_normalising_the_stretch(text: str) -> None:
    for lo, hi in _cuts(text):
        assert normalise_slice(text, lo, hi) == normalise(text[lo:hi]), (lo, hi)


def test_real_reports_with_the_texts_taking_turns() -> None:
    texts = [p.read_text(encoding="utf-8") for p in REAL[:40]]
    assert any(normalise(t)._removed for t in texts)  # the set does hold deleted marks
    for a, b in pairwise(texts):  # the kept whole text changes between calls
        for text in (a, b, a):
            for lo, hi in _cuts(text)[::7]:
                assert normalise_slice(text, lo, hi) == normalise(text[lo:hi]), (lo, hi)


def test_original_offsets_point_at_the_same_letters() -> None:
    text = CASES[0] + " " + CASES[1]
    lo = text.index("مسلّح")
    part = normalise_slice(text, lo, len(text) - 3)
    at = part.text.index("في")
    assert text[lo + part.original(at):lo + part.original(at) + 2] == "في"
