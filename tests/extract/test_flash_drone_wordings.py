"""Two booby-trapped drones («طائرتان مسيرتان مفخختان»), a quoted one («مسيّرة "مفخخة"») and drones as the means of
«هجمات» are drone strikes, not car bombs or armed clashes (issue 8, flash10 audit, session 10, stage TYPE; step 7,
from the check half, which is no longer held out).

Kurdistan flashes of the 2025 oil-field attacks said «سقطت طائرتان مسيرتان مفخختان في حقل نفط ...» and headlined
«هجمات بمسيّرات قرب مطار أربيل»: the dual (or a quote) slipped past the row that keeps «مفخخة» after a drone from
reading as a car bomb, and «هجمات» (unlike «هجوم») was no event verb, so the drone word beside it was dropped and
the bare attack word typed the headline an armed clash. A car bomb, and attacks with no weapon named, stay.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("سقطت طائرتان مسيرتان مفخختان في حقل نفطي بمحافظة أربيل اليوم الثلاثاء.",
     [("Air/drone strike", "Erbil Governorate")]),
    ('هاجمت طائرة مسيّرة "مفخخة" اليوم الثلاثاء حقلاً نفطياً في قضاء زاخو.', [("Air/drone strike", "Zakho District")]),
    ("هجمات بمسيّرات قرب مطار أربيل الدولي", [("Air/drone strike", "Erbil International Airport")]),
    ("هجمات بالصواريخ على قاعدة بلد الجوية", [("Shelling/artillery/missile attack", "Balad Air Base")]),
])
def test_drones_and_rockets_named_are_the_means(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # a car bomb stays a car bomb
    ("انفجرت سيارة مفخخة في قضاء الخالص اليوم الثلاثاء.", [("Remote explosive/landmine/IED", "Khalis District")]),
    # a drone shot down stays an interception
    ("أعلن جهاز مكافحة الإرهاب إسقاط طائرة مسيّرة مفخخة الثلاثاء قرب مطار أربيل الدولي.",
     [("Disrupted weapons use", "Erbil International Airport")]),
    # attacks summed up over a period: no event
    ("شنت الفصائل هجمات بالمسيرات على حقول النفط في إقليم كوردستان خلال الأشهر الماضية.", []),
])
def test_other_wordings_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
