"""A drone attack «met» by the forces («تصدت قوات الأمن للطائرة», «للطائرتين») is an interception, Disrupted weapons
use (issue 8, flash10 audit, session 10, stage TYPE; step 7, from the check half, no longer held out).

«استهدف هجوم بطائرة مسيرة مفخخة حقلاً نفطياً ...، لكن قوات الأمن تصدت للطائرة وغيرت مسارها» stayed an air strike:
the interception row read «تصدى ل/ال + طائرة» but not «للطائرة», where the article after ل is written لل, so
only the attack was left. With the row reading لل the interception decides, as «أسقطتها» already did. The forces
meeting gunmen (a clash) and a demand to «التصدي للطائرات» (policy talk) are unchanged.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة مفخخة مطار أربيل اليوم الثلاثاء، وتصدت قوات الأمن للطائرة قبل وصولها.",
     [("Disrupted weapons use", "Erbil International Airport")]),
    ("هاجمت طائرتان مسيرتان حقل خورمور اليوم الثلاثاء، لكن قوات الأمن تصدت للطائرتين.",
     [("Disrupted weapons use", "Khor Mor gas field")]),
    ("استهدف هجوم بطائرة مسيرة مفخخة حقلاً نفطياً في قضاء شيخان اليوم الثلاثاء، لكن قوات الأمن تصدت للطائرة وغيرت "
     "مسارها، مما حال دون وصولها إلى هدفها.", [("Disrupted weapons use", "Shekhan")]),
])
def test_a_drone_met_by_the_forces_is_an_interception(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # the forces met gunmen: a clash
    ("تصدت قوات الأمن للمسلحين الذين هاجموا نقطة تفتيش في قضاء شيخان اليوم الثلاثاء.", [("Armed clash", "Shekhan")]),
    # a demand to meet the drones: policy talk
    ("طالب النائب الحكومة بالتصدي للطائرات المسيرة التي تهدد حقول النفط في إقليم كوردستان.", []),
    # a drone that struck, with no one meeting it
    ("استهدفت طائرة مسيرة مفخخة مطار أربيل اليوم الثلاثاء دون وقوع خسائر.",
     [("Air/drone strike", "Erbil International Airport")]),
])
def test_other_drone_wordings_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
