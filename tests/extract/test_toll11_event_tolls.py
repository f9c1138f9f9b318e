"""A toll named by its event without the word for the dead («ارتفعت حصيلة الانفجار ... إلى 51 شخصاً», toll11 step 4,
issue 8): the people counted after «إلى» are the dead; not a toll of arrests or of a campaign, not a bare number,
not «بين قتيل وجريح» (the split unknown). Self-written phrasings; each positive gave None on main."""

from __future__ import annotations

import pytest

from extract.numbers import Casualties, count_casualties

CASES = [
    # positives
    ("ارتفعت حصيلة الانفجار الذي ضرب السوق صباح الخميس إلى 51 شخصاً", 51, None),
    ("وارتفعت حصيلة الهجوم على القرية إلى 5 أشخاص", 5, None),
    ("ارتفعت حصيلة التفجيرين إلى 23 مدنياً", 23, None),
    # near misses: arrests, a campaign, no people counted, killed and wounded together, the kinds named
    ("ارتفعت حصيلة المعتقلين إلى 51 شخصاً", None, None),
    ("ارتفعت حصيلة الحملة الأمنية إلى 20 متهماً", None, None),
    ("ارتفعت حصيلة الانفجار إلى 51", None, None),
    ("ارتفعت حصيلة الانفجار إلى 51 شخصاً بين قتيل وجريح", None, None),
    ("ارتفعت حصيلة التفجير إلى 20 قتيلاً و50 جريحاً", 20, 50),
]


@pytest.mark.parametrize("text, killed, injured", CASES)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)
