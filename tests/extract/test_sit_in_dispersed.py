"""A sit-in, a demonstration or a vigil dispersed is a protest with intervention (issue 8, probe12).

«فرقت القوات الأمنية اعتصاما لموظفي العقود في مدينة الكوت، مساء الثلاثاء، واعتقلت خمسة من المعتصمين» gave a peaceful
protest and arrests of their own; «فرقت قوات مكافحة الشغب تظاهرة للخريجين» a peaceful protest: the dispersal row named
only the protesters, «التظاهرة» and a gathering, not a sit-in («اعتصام»), a demonstration written «تظاهرة» or a vigil
(«وقفة»), and the arrested told as «المعتصمين» were not protesters held. ACLED codebook §Protest with intervention: the
authorities disperse or arrest demonstrators. A sit-in held, or arrests over an older protest, stay what they are.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("فرقت القوات الأمنية اعتصاما لموظفي العقود في مدينة الكوت، مساء الثلاثاء، واعتقلت خمسة من المعتصمين.",
     [("Protest with intervention", "Kut")]),
    ("فرقت قوات مكافحة الشغب تظاهرة للخريجين أمام مبنى محافظة واسط في الكوت، مساء الثلاثاء.",
     [("Protest with intervention", "Kut")]),
    ("نظم موظفو العقود اعتصاما أمام مبنى محافظة واسط في الكوت للمطالبة بتثبيتهم، اليوم الأربعاء.",
     [("Peaceful protest", "Kut")]),
    ("اعتقلت الشرطة ثلاثة متهمين بإحراق مقر حزب خلال تظاهرات الشهر الماضي في الناصرية.",
     [("Arrests", "Nasiriyah"), ("Violent demonstration", "Nasiriyah")]),
])
def test_dispersed_or_held(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected
