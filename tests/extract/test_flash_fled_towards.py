"""Where the attackers fled («لاذوا بالفرار نحو مناطق الأهوار», «هرب المتورطون نحو محافظة البصرة», "fled towards
Khalis") is not where the event happened (issue 8, flash10 audit, session 10, stage PLACE, work half).

A flash that retells the clash in its second sentence («... قبل أن تنهي الاشتباك، فيما لاذ عدد من المتورطين
بالفرار نحو مناطق الأهوار») gave that retelling the only place of its sentence, the flight's destination, and
so a second clash in another governorate. `placing._DESTINATION` (where a road leads) now also holds the
place after a verb of fleeing and «إلى/نحو/باتجاه/صوب». A place the attackers came from, or one told with «في»
after the flight, is unchanged.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("اندلعت اشتباكات مسلحة في منطقة الشافي بقضاء الدير شمالي محافظة البصرة، فجر اليوم الثلاثاء، بين القوات الأمنية "
     "ومسلحين. وقال مصدر أمني إن القوات تعرضت لإطلاق نار كثيف قبل أن تنهي الاشتباك، فيما لاذ عدد من المتورطين "
     "بالفرار نحو مناطق الأهوار.", [("Armed clash", "Deir")]),
    ("اندلع اشتباك مسلح بين القوات الأمنية وعشيرتين في قضاء المجر، اليوم الثلاثاء. وأضاف المصدر أن القوات أنهت "
     "الاشتباك، فيما هرب المتورطون نحو محافظة البصرة.", [("Armed clash", "Majar al-Kabir District")]),
])
def test_where_they_fled_is_no_place_of_the_event(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # the event's own place told with «في» after the flight stays
    ("اندلعت اشتباكات بين القوات الأمنية ومسلحين فروا إلى منطقة الأهوار في قضاء الجبايش اليوم الثلاثاء.",
     [("Armed clash", "Chibayish District")]),
    # fleeing told after the event's own place: the place stays
    ("فجر مسلحون عبوة ناسفة على دورية للجيش في ناحية العظيم اليوم الثلاثاء ثم فروا.",
     [("Remote explosive/landmine/IED", "Udhaim")]),
    # a prison break: nobody attacked, no event
    ("فر مسلحون من سجن في الموصل اليوم الثلاثاء.", []),
])
def test_other_places_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
