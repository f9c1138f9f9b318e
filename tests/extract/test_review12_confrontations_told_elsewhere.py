"""Protesters named with confrontations told elsewhere, long ago or refused are no violent demonstration of the day
(review12, narrows c948433, issue 8).

c948433 reads protesters, up to five words, then «خلال/في/أثناء/جراء/إثر» and confrontations as a violent
demonstration («أصيب 12 متظاهرا خلال مواجهات في الناصرية»). The definite «المواجهات» names confrontations told
elsewhere or long ago (a governor visiting protesters wounded in them two years back), and protesters who refuse or
avoid being drawn into confrontations tell none. Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("زار محافظ ذي قار اليوم الأربعاء المتظاهرين المصابين في المواجهات التي شهدتها الناصرية قبل عامين.", []),
    ("أصيب 12 متظاهرا خلال مواجهات في الناصرية، اليوم الأربعاء.", [("Violent demonstration", "Nasiriyah")]),
])
def test_confrontations_told_elsewhere(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


def test_refused_confrontations_are_no_riot() -> None:
    text = "أكد المتظاهرون في البصرة رفضهم الدخول في مواجهات مع القوات الأمنية، مشددين على سلمية احتجاجهم اليوم الأربعاء."
    assert "Violent demonstration" not in incidents(text, "sub_event_type", day=DAY)
