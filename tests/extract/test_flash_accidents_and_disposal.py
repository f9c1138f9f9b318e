"""Two non-attacks of Iraqi flashes (issue 8, tgaudit6 audit): a road accident whose death toll is
told in the headline or in a sentence naming «الحادث» beside the sentence that names the accident,
and explosives found and destroyed by the forces («فجرتها بشكل آمن», «تفجير مسيطر عليه»). Look-alikes:
a separate accident told after an attack, «الحادث» retelling a bombing, a bombing whose patrol came
back safely. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return incidents(text, "sub_event_type", "admin1", "fatalities", day=date(2026, 3, 10))


@pytest.mark.parametrize("text", [
    "مصرع ثلاثة أشخاص وإصابة اثنين في قضاء الصويرة\nلقي ثلاثة أشخاص مصرعهم جراء حادث سير على طريق الصويرة السريع.",
    "حادث مروري مروع شمالي الحلة.\nوقال مصدر إن الحادث وقع فجر اليوم وأدى إلى مصرع أربعة أشخاص في ناحية المحاويل.",
])
def test_deaths_in_an_accident_told_beside_are_no_attack(text: str) -> None:
    assert _incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("مقتل شرطي بهجوم مسلح في قضاء المقدادية. وفي حادث منفصل لقي شخصان مصرعهما بحادث سير على طريق بعقوبة.",
     [("Armed clash", "Diyala", 1)]),
    ("انفجار عبوة ناسفة في قضاء الطارمية. وقال مصدر إن الحادث أسفر عن مقتل شخصين وإصابة ثالث. "
     "وفي حادث منفصل، لقي شخص مصرعه بحادث سير في بعقوبة.",
     [("Remote explosive/landmine/IED", "Baghdad", 2)]),
])
def test_attacks_beside_an_accident_stay(text: str, expected: list) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, admin1", [
    ("فجرت قوة من الحشد الشعبي، اليوم الأحد، عبوات ناسفة من مخلفات داعش بشكل آمن جنوب غرب كركوك.", "Kirkuk"),
    ("أعلن الجيش أن الصوت ناتج عن تفجير مسيطر عليه لمقذوفات قديمة قرب قضاء الدبس.", "Kirkuk"),
])
def test_controlled_detonation_is_disrupted_weapons_use(text: str, admin1: str) -> None:
    assert [(s, a) for s, a, _f in _incidents(text)] == [("Disrupted weapons use", admin1)]


def test_a_bombing_whose_patrol_returned_safely_stays_an_ied() -> None:
    text = "انفجرت عبوة ناسفة على دورية للشرطة في قضاء الدبس وعادت القوة الى مقرها بشكل آمن."
    assert [(s, a) for s, a, _f in _incidents(text)] == [("Remote explosive/landmine/IED", "Kirkuk")]
