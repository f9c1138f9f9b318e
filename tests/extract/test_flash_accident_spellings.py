"""Road accidents spelled as flashes spell them (issue 8, tgaudit6 audit, flashfix): the accusative
«حادثاً مرورياً» and a person run over ("ran him over", "hit-and-run") are accidents, not attacks.
Look-alikes: a bombing told beside a separate accident, a deliberate attack on a traffic patrol.
Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[str]:
    return incidents(text, "sub_event_type", day=date(2026, 3, 10), title=text.splitlines()[0])


@pytest.mark.parametrize("text", [
    "وقال مسؤول في دائرة الصحة إن حادثاً مرورياً وقع على طريق في ناحية الشنافية أسفر عن مصرع شخصين في الحال.",
    "A soldier was killed when a speeding pickup ran him over in a hit-and-run near Abu Ghraib.",
])
def test_a_road_accident_is_no_attack(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على دورية للشرطة في قضاء الدبس، ما أسفر عن مقتل شرطي.", ["Remote explosive/landmine/IED"]),
    ("Gunmen opened fire on a traffic police patrol in Basra, killing one officer.", ["Armed clash"]),
])
def test_attacks_stay(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected
