"""A crowd where a blast struck is not a protest (issue 8, tg7 flash audit follow-up, check half): «استهدف
تفجيران مرآبين للسيارات ... حيث تجمع العشرات من الزوار» tells where the victims stood. And «ساحة التحرير حيث»
is Tahrir Square, not a neighbourhood retaken («تحرير حي»). Look-alikes: a protest whose own sentence says where
it gathered, a protest told beside a blast elsewhere, a neighbourhood retaken. Every phrasing is written for
this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة قرب ساحة التحرير حيث كان يحتشد المتظاهرون ببغداد.", [("Remote explosive/landmine/IED", "Baghdad")]),
    ("قتل خمسة أشخاص في تفجيرين استهدفا مرآبا للسيارات في مدينة الصدر حيث تجمع العشرات من الزوار.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
    ("استهدف تفجيران مرآبا للسيارات في مدينة الصدر حيث تجمع العشرات من الزوار العائدين من كربلاء.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
])
def test_crowd_struck(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("تجمع العشرات من المحتجين أمام مبنى المحافظة في الناصرية حيث تظاهروا للمطالبة بالتعيينات.",
     [("Peaceful protest", "Dhi Qar")]),
    ("انفجرت عبوة ناسفة في الكوت، فيما تظاهر العشرات في ساحة الحبوبي بالناصرية حيث تجمع المحتجون للمطالبة بفرص العمل.",
     [("Peaceful protest", "Dhi Qar"), ("Remote explosive/landmine/IED", "Wasit")]),
    ("أعلنت القوات الأمنية تحرير حي الشهداء في الفلوجة.", [("Government regains territory", "Anbar")]),
])
def test_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
