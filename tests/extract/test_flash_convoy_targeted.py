"""A convoy told as targeted with no weapon named (issue 8, tg7 flash audit follow-up; tgaudit6 left «تعرض رتل آخر
للاستهداف»): «استهداف رتل للتحالف الدولي في الديوانية», «تعرض رتل للدعم اللوجستي للاستهداف على الطريق السريع»
is a roadside-device attack, as Iraqi flashes tell convoy attacks; a weapon word in the sentence decides
(a drone, mortars). A threat to target convoys and a convoy arriving are no attack. Every phrasing is written
for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("استهداف رتل للتحالف الدولي على الطريق السريع في الديوانية", [("Remote explosive/landmine/IED", "Al-Qadisiyah")]),
    ("تعرض رتل للدعم اللوجستي للاستهداف على الطريق السريع في محافظة الديوانية.",
     [("Remote explosive/landmine/IED", "Al-Qadisiyah")]),
    ("تعرض رتل آخر للاستهداف في منطقة الطارمية شمالي بغداد.", [("Remote explosive/landmine/IED", "Baghdad")]),
    ("استهداف رتل للتحالف بطائرة مسيرة قرب قاعدة عين الأسد.", [("Air/drone strike", "Anbar")]),
    ("تعرض رتل للجيش لاستهداف بقذائف الهاون قرب ناحية العظيم.", [("Shelling/artillery/missile attack", "Diyala")]),
    ("هدد فصيل مسلح باستهداف أرتال التحالف في المحافظات الجنوبية.", []),
    ("وصل رتل عسكري إلى قضاء سنجار.", []),
])
def test_convoy_targeted(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
