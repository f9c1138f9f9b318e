"""Who found the bodies of a killing is not who killed (review12, issue 8).

bb6eddd ('Police found the bodies of three men bearing gunshot wounds') and 3609033 («عثرت قوة من الشرطة، صباح
اليوم، على جثة شاب مقتول بطلق ناري») read bodies found as an attack; as with the older found-body rows, the force
that found them became the attack's actor1. The finder (the subject of found/discovered/recovered ... bodies, of
«عثر/انتشل», before «العثور») is left out of a Violence-against-civilians event's actors; an arrest keeps its force,
and killers named stay actor1. Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("عثرت الشرطة على جثة شاب مقتول بطلق ناري في قضاء الزبير اليوم الأربعاء.", [("Attack", None)]),
    ("عثرت قوة من الشرطة، صباح اليوم الأربعاء، على جثة شاب مقتول بطلق ناري في الرأس في قضاء الزبير.",
     [("Attack", None)]),
    ("Police found the bodies of three men bearing gunshot wounds in an orchard in Tarmiyah on Monday.",
     [("Attack", None)]),
])
def test_the_finder_is_not_the_killer(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "actor1", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police arrested two men in Basra on Monday over the killing of a shop owner.",
     [("Arrests", "Police Forces of Iraq")]),
    ("أعدم تنظيم داعش خمسة مدنيين في قضاء الحويجة اليوم الأربعاء.", [("Attack", "Islamic State (Iraq)")]),
])
def test_other_actors_kept(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "actor1", day=DAY) == expected
