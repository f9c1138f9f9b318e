"""A bare «القصف» told as the raids' bombing («أسفر القصف الأمريكي عن مقتل عناصر ... في الغارات التي شنها الجيش
الأمريكي») is an air strike, not shelling (issue 8, tg7 flash audit follow-up, check half). Artillery named
(«القصف المدفعي»), raids told as another event after «فيما», and a shelling with no raid stay shelling. Every
phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("أسفر القصف الأمريكي عن مقتل عناصر من فصيل مسلح، وإصابة آخرين، في الغارات التي شنها الجيش الأمريكي في منطقة "
     "القائم.", [("Air/drone strike", "Anbar")]),
    ("أسفر القصف المدفعي عن مقتل ثلاثة في ناحية سيدكان، فيما شنت الطائرات غارات على قرى قريبة.",
     [("Shelling/artillery/missile attack", "Erbil")]),
    ("أسفر القصف عن مقتل شخصين في قرية تابعة لقضاء الدبس.", [("Shelling/artillery/missile attack", "Kirkuk")]),
])
def test_shelling_in_raids(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
