"""A foreign army's ground attack is no strike from the air (review12, on e083fca, issue 8).

e083fca types an attack word whose sentence names a foreign state's forces as the attackers («شن الجيش التركي هجوماً
على مواقع لحزب العمال») as Air/drone strike, and keeps the clash when the sentence tells close combat. A ground
attack told without clashes («هجوماً برياً», the ground forces, an incursion, commandos) became an air strike: the
sentence that says the forces went in on the ground keeps the armed clash. Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("شن الجيش التركي هجوماً برياً على مواقع لحزب العمال الكردستاني في منطقة الزاب بمحافظة دهوك اليوم الأربعاء.",
     ["Armed clash"]),
    ("شن الجيش التركي هجوماً على مواقع لحزب العمال الكردستاني في منطقة الزاب بمحافظة دهوك اليوم الأربعاء.",
     ["Air/drone strike"]),
])
def test_ground_attack_stays_a_clash(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected
