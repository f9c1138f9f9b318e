"""Two explosive devices told in the dual, as flashes tell them (issue 8, tg7 audit, docs/arabic_audit.md
"Flash items, fresh channels (tg7, session 7)"): «بتفجير عبوتين استهدفتا رتلاً», «استهدفت عبوتان ناسفتان»
are an IED attack and «تفكيك عبوتين ناسفتين» a defusal, as the singular and plural already were.
Look-alikes: a threat to set off two devices is no attack; a blast of two devices stays one IED event.
Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("وأفادت مصادر أمنية أن الهجوم تم بتفجير عبوتين استهدفتا رتلاً لشركة نقل قرب مدينة الناصرية.",
     [("Remote explosive/landmine/IED", "Dhi Qar")]),
    ("استهدفت عبوتان ناسفتان دورية للجيش في قضاء المقدادية.", [("Remote explosive/landmine/IED", "Diyala")]),
    ("تمكنت مفارز الهندسة من تفكيك عبوتين ناسفتين في قضاء الطارمية.", [("Disrupted weapons use", "Baghdad")]),
    ("هدد مسلحون بتفجير عبوتين ناسفتين في سوق قضاء الخالص.", []),
    ("انفجرت عبوتان ناسفتان قرب سوق في قضاء الخالص.", [("Remote explosive/landmine/IED", "Diyala")]),
])
def test_dual_devices(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
