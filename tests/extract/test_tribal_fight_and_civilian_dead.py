"""Who fought and who died decide the type (ttype12, session 12, issue 8), two cases the trigger rows left open:

- a fight between the men of one clan or of two clans («نزاع بين أفراد عشيرة واحدة حول أرض زراعية», «شجار بين
  عشيرتين») is an armed tribal fight, Battles / Armed clash, as «نزاع عشائري» already was (ACLED codes armed tribal
  fights in Iraq as battles between communal militias); the kill word alone made it an attack on civilians. A fight
  between two neighbours or two brothers stays private violence (no incident).
- an attack («هجوم», typed Armed clash by default) whose account tells civilians as its dead («أودى بحياة سبعة
  مدنيين») and names no armed side is an attack on civilians (ACLED §Attack: no other armed side fights back), as
  a UN statement's «الهجوم الإرهابي» already was; policemen as its dead keep the clash.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, expected", [
    ("قُتل ثمانية أشخاص وأصيب تسعة آخرون في نزاع بين أفراد عشيرة واحدة حول أرض زراعية في قضاء الصويرة اليوم الثلاثاء.",
     [(*CLASH, "Suwaira District")]),
    ("أصيب خمسة أشخاص في شجار بين عشيرتين في قضاء الكرمة اليوم الثلاثاء.", [(*CLASH, "Karma")]),
    ("ندد المتحدث بهجوم الاثنين في قضاء طوزخورماتو، وأودى بحياة سبعة مدنيين وأصاب آخرين.", [(*ATTACK, "Tuz Khurmatu")]),
])
def test_who_fought_and_who_died_decide(text: str, expected: list) -> None:
    assert incidents(text, "event_type", "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # a fight between neighbours or brothers: private violence, no incident
    ("قُتل شخص في نزاع بين جارين على موقف سيارة في البصرة اليوم الثلاثاء.", []),
    ("قُتل شاب في شجار بين شقيقين في البصرة اليوم الثلاثاء.", []),
    # policemen or people with no side named as the attack's dead: the clash stays
    ("ندد المتحدث بهجوم الاثنين في قضاء طوزخورماتو، وأودى بحياة سبعة من منتسبي الشرطة.", [(*CLASH, "Tuz Khurmatu")]),
    ("ندد المتحدث بهجوم الاثنين في قضاء طوزخورماتو، وأودى بحياة سبعة أشخاص.", [(*CLASH, "Tuz Khurmatu")]),
    # an army post attacked: the clash stays, civilians or not
    ("أدان المحافظ الهجوم الذي استهدف نقطة للجيش قرب بعقوبة اليوم الثلاثاء وأسفر عن مقتل خمسة جنود.",
     [(*CLASH, "Baqubah")]),
])
def test_near_misses_stay(text: str, expected: list) -> None:
    assert incidents(text, "event_type", "sub_event_type", "location", day=TUE) == expected
