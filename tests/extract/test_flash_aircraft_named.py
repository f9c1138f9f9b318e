"""An aircraft named by its model (طائرات F16, إف 16, سوخوي), the air force's own idiom (صقور الجو) or as the bare
subject of the strike verb («وقصفت الطائرة أمس ...») makes the strike an air strike, not shelling (issue 8,
flash10 audit, session 10, stage TYPE, work half).

Iraqi Security Media Cell flashes say «دك صقور الجو بواسطة طائرات F16 وكراً للإرهابيين» and wire flashes «قصفت
الطائرة أمس مطاراً» of a drone named in the sentence before: both were typed Shelling/artillery/missile attack,
since قصف and دك are shelling words and only aircraft named by their state (طائرات تركية) turned them into an
air strike. The model names, «صقور الجو», «طائرة/طائرات عراقية» and an aircraft right after قصف/دك are now weak
air-strike rows of triggers.yaml, and «دك/دكت/يدك/تدك» are event verbs (cues.yaml) as قصف is. Artillery that
pounds, and aircraft in a ceremony, a delivery, a funeral or a crash, are not changed.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("دكت طائرات F16 العراقية اليوم الثلاثاء وكراً لداعش في وادي الشاي.", [("Air/drone strike", "Wadi al-Shay")]),
    ("دك صقور الجو بواسطة طائرات إف 16 اليوم الثلاثاء مضافة لداعش في صحراء الأنبار.",
     [("Air/drone strike", "Anbar desert (Badiya)")]),
    ("وقصفت الطائرة أمس الإثنين مطار عربت الزراعي قرب السليمانية، ما أسفر عن مقتل 3 من عناصر الأمن.",
     [("Air/drone strike", "Sulaymaniyah")]),
    ("قصفت طائرات اف 16 عراقية اليوم أوكاراً لداعش في وادي زغيتون.", [("Air/drone strike", "Wadi Zghaytun")]),
])
def test_an_aircraft_named_makes_the_strike_an_air_strike(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # artillery that pounds stays shelling
    ("دكت المدفعية التركية اليوم الثلاثاء مواقع في جبل كارة شمال دهوك.",
     [("Shelling/artillery/missile attack", "Mount Gara")]),
    # aircraft and their pilots with no strike: a ceremony, a delivery, a funeral, a crash
    ("كرم رئيس الوزراء اليوم الثلاثاء صقور الجو في حفل أقيم بقاعدة بلد الجوية.", []),
    ("تسلم العراق اليوم الثلاثاء دفعة جديدة من طائرات F16 في قاعدة بلد الجوية.", []),
    ("شيع أهالي الحلة اليوم الثلاثاء جثمان طيار عراقي من صقور الجو.", []),
    ("تحطمت طائرة تدريب عراقية اليوم الثلاثاء قرب قاعدة بلد.", []),
])
def test_no_strike_no_air_strike(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
