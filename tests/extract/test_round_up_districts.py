"""A round-up's accounts in two districts are two events, under the lead that summed them up (issue 8,
arlong9 audit, session 9, stage MERGE; written from the work half).

A day's round-up opens with a sum («قتل خمسة أشخاص … في هجمات متفرقة ببغداد», "in separate attacks in
Baghdad") and tells its attacks one by one, each in a sentence of its own with its own word and its own
district: «عبوة ناسفة انفجرت … في ناحية اليوسفية», then «سيارة مفخخة انفجرت … بقضاء المدائن». The lead,
placed roughly, joined the first account (`_rough_and_exact`); the second, near it, undated, in the same
governorate, then joined them as "a headline without a date and the body's account of it", and the
second blast was lost. Now `merge_places._two_districts`: two exactly placed accounts of their own words, in
different districts more than MERGE_KM apart, stay two events, as `_two_sites` keeps two neighbourhoods
of a city apart. A retelling that names a place in the event's own district («قضاء المحمودية» then
«ناحية اليوسفية»), or points back («الانفجار»), still joins it.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)
FIELDS = ("sub_event_type", "location")


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص وأصيب عشرون آخرون، الثلاثاء، في هجمات متفرقة ببغداد. وقال مصدر أمني إن عبوة ناسفة "
     "انفجرت على دورية للجيش في ناحية اليوسفية جنوبي بغداد، ما أدى إلى مقتل جنديين. وأضاف المصدر أن سيارة "
     "مفخخة انفجرت في سوق شعبي بقضاء المدائن جنوب شرقي بغداد، ما أسفر عن مقتل ثلاثة مدنيين.",
     [("Remote explosive/landmine/IED", "Yusufiya"), ("Remote explosive/landmine/IED", "Madain District")]),
    ("A roadside bomb struck an army patrol in Yusufiya, south of Baghdad, on Tuesday, killing two "
     "soldiers. A car bomb exploded in a market in Madain, southeast of Baghdad, killing three civilians.",
     [("Remote explosive/landmine/IED", "Yusufiya"), ("Remote explosive/landmine/IED", "Madain")]),
])
def test_round_up_blasts_in_two_districts_stay_apart(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # a place of the event's own district, told again with the bomb's own word: one blast
    ("انفجرت سيارة مفخخة، الثلاثاء، في قضاء المحمودية جنوبي بغداد، ما أسفر عن مقتل ستة أشخاص. وقال مصدر "
     "في الشرطة إن السيارة المفخخة انفجرت قرب سوق ناحية اليوسفية.",
     [("Remote explosive/landmine/IED", "Mahmudiya District")]),
    # the blast pointed back to («الانفجار»), at a place of the district: one blast
    ("انفجرت عبوة ناسفة في قضاء المدائن جنوب شرقي بغداد، ما أدى إلى مقتل شخصين. وقال مصدر إن الانفجار "
     "وقع قرب سوق شعبي في ناحية الجسر.",
     [("Remote explosive/landmine/IED", "Madain District")]),
    ("A car bomb exploded on Tuesday in Mahmudiya district, south of Baghdad, killing six people. "
     "A police source said the car bomb went off near the market of Yusufiya.",
     [("Remote explosive/landmine/IED", "Mahmudiya District")]),
])
def test_one_blast_retold_in_its_district_stays_one(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=TUE) == expected
