"""An attack named by a foreign state, told by a synonym of «هجوم» (issue 8, trec12: flash posts with no
prediction on the tuning sets and the dev set).

«هجوم تركي على قرية حدودية» was already an air/drone strike (a strike from across the border or the air, ACLED
codebook §Air/drone strike). The same attack told as «عدوان تركي يطال قرية», «العدوان الأمريكي على مقر»,
«اعتداء إيراني», «استهداف تركي لقرية» or in the plural «هجمات تركية» gave nothing, or a ground clash. Talk about
aggression on the country, aggression abroad named by a protest and an assault on doctors stay what they were.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("عدوان تركي يطال قرية في قضاء زاخو", [("Air/drone strike", "Zakho District")]),
    ("اعتداء تركي جديد على قرية في قضاء زاخو", [("Air/drone strike", "Zakho District")]),
    ("استهداف تركي لقرية في قضاء زاخو", [("Air/drone strike", "Zakho District")]),
    ("من العدوان الأمريكي على مقر للحشد الشعبي في قضاء القائم", [("Air/drone strike", "Qaim District")]),
    ("هجمات تركية على قرى في قضاء العمادية مساء الأحد", [("Air/drone strike", "Amedi District")]),
])
def test_a_foreign_states_attack_by_any_name(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("أدانت وزارة الخارجية العدوان التركي على الأراضي العراقية وطالبت بوقف الانتهاكات.", []),
    ("طالب النائب الحكومة بالرد على أي اعتداء تركي على الأراضي العراقية.", []),
    ("تظاهر المئات في بغداد تنديدا بالعدوان الإسرائيلي على غزة.", ["Peaceful protest"]),
    ("اعتداء على كوادر طبية في مستشفى الحلة", []),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected
