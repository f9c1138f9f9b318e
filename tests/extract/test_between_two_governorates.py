"""Two governorates named as such after «بين» are places: the event is on their border, at the first named.

«بين بغداد وأربيل» names the two governments, not a place, so a name after «بين» places nothing. But
«في منطقة ريفية بين محافظتي ديالى وصلاح الدين» ('between Diyala and Salahuddin provinces') names the
governorates by their dual or plural designator: where the event happened, on their border. The report
that showed it had its attack at the country level (zero9 audit, stage DRAFT DROPPED / PLACE), and the
same phrasing elsewhere took the second governorate only because the first was refused. One event, at
the first named. Not: the governments, talks, coordination between two governorates (no event).
Self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 3, 12)


@pytest.mark.parametrize("text, place", [
    ("قتل جندي وأصيب اثنان اليوم بهجوم لداعش على موقع للجيش في منطقة ريفية بين محافظتي ديالى وصلاح الدين.",
     "Diyala Governorate"),
    ("هاجم مسلحون اليوم نقطة للجيش، ووقع الهجوم في منطقة بين محافظتي كركوك وصلاح الدين.", "Kirkuk Governorate"),
    ("Gunmen killed a soldier on Monday in a rural area between Diyala and Salahuddin provinces.", "Diyala Governorate"),
])
def test_an_event_between_two_governorates_is_at_the_first(text: str, place: str) -> None:
    assert incidents(text, "location", day=DAY) == [place]


@pytest.mark.parametrize("text", [
    "بحث الوزير اليوم الخلافات بين بغداد وأربيل حول الرواتب.",
    "اتفقت الحكومتان المحليتان اليوم على تنسيق أمني بين محافظتي البصرة وميسان.",
    "Talks between Baghdad and Erbil resumed on Monday.",
])
def test_governments_or_coordination_give_nothing(text: str) -> None:
    assert incidents(text, "location", day=DAY) == []


def test_a_road_between_two_places_stays_at_the_first() -> None:
    assert incidents("قتل جندي اليوم بانفجار عبوة على الطريق بين قضاء طوزخورماتو وناحية آمرلي.", "location",
                     day=DAY) == ["Tuz Khurmatu"]
