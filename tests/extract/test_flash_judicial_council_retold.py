"""The Supreme Judicial Council's media centre retells the crime a verdict punishes (issue 8, tg7 flash audit
follow-up, work half): «أصدرت المحكمة ... حكماً بالإعدام بحق إرهابي ... وذكر المركز الإعلامي لمجلس القضاء الأعلى
في بيان أن "التفجير راح ضحيته ..."» is no new bombing. A judge assassinated, the council condemning it after
the event, stays an attack. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("أصدرت المحكمة الجنائية المركزية، اليوم الخميس، حكما بالإعدام بحق إرهابي قام بتفجير موكب في العام 2022. وذكر "
     "المركز الإعلامي لمجلس القضاء الاعلى في بيان اليوم، أن \"التفجير راح ضحيته عدد من الشهداء وإصابة آخرين في منطقة "
     "التاجي شمال بغداد\".", []),
    ("اغتال مسلحون مجهولون قاضيا أمام منزله في حي الجزائر بالبصرة، وأدان مجلس القضاء الأعلى في بيان عملية الاغتيال.",
     [("Attack", "Basra")]),
])
def test_judicial_council(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
