"""A drone that assassinates is a drone strike, told by the strike's noun before the weapon («اغتيال قيادي بضربة طائرة
مسيرة») or by the drone as the verb's subject in a headline («طائرة مسيرة مجهولة تغتال قياديا»): ACLED codes the means
whoever the target (lead, session 12; self-written headline-style phrasings). Before, the first was an attack on
civilians and the second an armed clash."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 10)


@pytest.mark.parametrize("text", [
    "اغتيال قيادي في الحشد الشعبي بضربة طائرة مسيرة قرب مطار بغداد",
    "مسيرة مجهولة تغتال قياديا في كتائب حزب الله شرقي بغداد",
    "طائرة مسيرة مجهولة تغتال قياديا في كتائب حزب الله شرقي بغداد",
    "غارة جوية تقتل ثلاثة من عناصر داعش في وادي الشاي جنوبي كركوك",
])
def test_the_drone_that_assassinates_is_a_drone_strike(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "اغتيال قيادي في الحشد الشعبي بمسدس كاتم للصوت في بغداد",  # shot: no strike
    "مسيرة احتجاجية تجوب شوارع الناصرية تنديدا بالبطالة",  # a march, not a drone
])
def test_a_shot_or_a_march_is_no_drone_strike(text: str) -> None:
    assert "Air/drone strike" not in incidents(text, "sub_event_type", day=DAY)
