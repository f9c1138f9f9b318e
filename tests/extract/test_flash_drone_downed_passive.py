"""A drone named before its passive downing (issue 8, tg7 flash audit follow-up, work half): «هجوماً بطائرة مسيّرة
استهدف قاعدة ... وأضاف أن الطائرة أُسقطت من قبل رادارات التشويش» is a drone brought down (ACLED Disrupted
weapons use), with or without the short vowels a flash writes («أُسقطت» is downed, not «سقطت», fell). A drone
that struck before a second was downed stays a strike; air defences downing a drone stay an interception.
Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("أفادت مصادر، الثلاثاء، بأن هجوماً بطائرة مسيّرة استهدف قاعدة جوية قرب مطار بغداد الدولي. وأضافت أن الطائرة "
     "أُسقطت من قِبل رادارات التشويش ومنظومة الدفاع الجوي.", [("Disrupted weapons use", "Baghdad")]),
    ("أفادت مصادر بأن هجوماً بطائرة مسيرة استهدف قاعدة قرب مطار أربيل الدولي. وأضاف أن الطائرة أسقطت من قبل منظومة "
     "الدفاع الجوي.", [("Disrupted weapons use", "Erbil")]),
    ("استهدفت طائرة مسيرة قاعدة قرب مطار بغداد وأصابت مخزناً، وأُسقطت طائرة ثانية من قبل الدفاعات.",
     [("Air/drone strike", "Baghdad")]),
    ("أسقطت الدفاعات الجوية طائرة مسيرة قرب مطار أربيل الدولي.", [("Disrupted weapons use", "Erbil")]),
])
def test_drone_downed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
