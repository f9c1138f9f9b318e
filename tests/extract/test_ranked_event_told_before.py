"""A sentence that opens by ranking the event just told in a count over a period is that event again (issue 8, probe12).

'Gunmen killed a shepherd near Tuz Khurmatu on Wednesday. It was the third attack on shepherds in Salahuddin province
this month' gave a second attack, at the governorate on the month's first day: the ranked noun, introduced by its
object, was read as an event of its own and 'this month' as its date. «وهذا ثالث هجوم يستهدف الرعاة ... خلال الشهر
الجاري», «ويعد هذا ثاني هجوم ... خلال أسبوع» likewise. 'It was / This is the Nth ...', «وهذا / ويعد هذا / وهو + ordinal»
opening the sentence rank today's event; the period is the count's span (annotation guide: aggregates are no
incident, and one event told twice is one). A series member told with its own day and place ('The second attack took
place in Kirkuk on Tuesday', «وكان هجوم ثان قد استهدف ... يوم الاثنين») stays another event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a shepherd near Tuz Khurmatu on Wednesday, police said. It was the third attack on shepherds in "
     "Salahuddin province this month.",
     [("Attack", "Tuz Khurmatu", date(2025, 5, 14))]),
    ("Gunmen killed a shepherd near Tuz Khurmatu on Wednesday, police said. It was the third such attack in Kirkuk "
     "province this month.",
     [("Attack", "Tuz Khurmatu", date(2025, 5, 14))]),
    ("قتل مسلحون راعيا قرب طوزخورماتو اليوم الأربعاء. وهذا ثالث هجوم يستهدف الرعاة في محافظة صلاح الدين خلال الشهر "
     "الجاري.",
     [("Attack", "Tuz Khurmatu", date(2025, 5, 14))]),
])
def test_the_event_ranked_in_a_count(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "event_date", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a shepherd near Tuz Khurmatu on Wednesday, police said. The second attack took place in Kirkuk "
     "province on Tuesday, when a roadside bomb hit a patrol.",
     [date(2025, 5, 14), date(2025, 5, 13)]),
    ("قتل مسلحون راعيا قرب طوزخورماتو اليوم الأربعاء. وكان هجوم ثان قد استهدف رعاة في قضاء الدبس بكركوك يوم الاثنين.",
     [date(2025, 5, 14), date(2025, 5, 12)]),
])
def test_another_member_of_the_series(text: str, expected: list) -> None:
    assert incidents(text, "event_date", day=DAY) == expected
