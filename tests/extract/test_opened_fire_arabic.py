"""«فتح مسلحون النار على ...» (opened fire) is a shooting as «أطلق مسلحون النار» is (lead, session 12; self-written
phrasings in the style of Iraqi wire copy). Before, only «أطلق ... النار» was read, so a report told with «فتح»
gave nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2020, 1, 1)


@pytest.mark.parametrize("text, expected", [
    ("فتح مسلحون النار على مزارعين أثناء عملهم في حقولهم قرب قضاء خانقين مساء الاثنين.",
     [("Violence against civilians", "Khanaqin District", date(2019, 12, 30))]),
    ("وكان مسلحون قد فتحوا النار على المزارعين قرب قضاء خانقين مساء الاثنين.",
     [("Violence against civilians", "Khanaqin District", date(2019, 12, 30))]),
])
def test_opened_fire_is_a_shooting(text: str, expected: list) -> None:
    assert incidents(text, "event_type", "location", "event_date", day=WED) == expected


@pytest.mark.parametrize("text", [
    "فتحت الشرطة تحقيقا في الحادث في قضاء خانقين.",  # an inquiry opened, no fire
    "فتح المحافظ باب التطوع في قضاء خانقين.",  # a door opened
])
def test_opening_anything_but_fire_is_no_shooting(text: str) -> None:
    assert incidents(text, "event_type", day=WED) == []
