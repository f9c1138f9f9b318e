"""Two more flash constructions of fresh channels (issue 8, tg7 audit, docs/arabic_audit.md "Flash items,
fresh channels (tg7, session 7)"):

- a weak weapon word with the instrumental «ب» is the instrument of the targeting verb told earlier in its
  clause, however long the object between («استهدف إرهابيو داعش سيارة تابعة للشرطة الاتحادية أثناء عبورها في
  منطقة الحويجة بعبوة ناسفة»); a verbal noun named in a threat («هدد مسلحون باستهداف ... بعبوات ناسفة») is no
  attack, and a find stays a find;
- an arrest whose charge sums up past attacks («خلية مسلحة مسؤولة عن التفجيرات الأخيرة التي شهدتها الفلوجة
  وعدد من مدن المحافظة», "accused of a string of recent bombings") is an arrest, not an aggregate; arrests
  summed up over a period stay aggregates.

Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("استهدف مسلحون مجهولون عجلة تابعة لمديرية شرطة الطرق الخارجية أثناء مرورها قرب ناحية العباسي جنوب غرب كركوك "
     "بعبوة ناسفة.", [("Remote explosive/landmine/IED", "Kirkuk")]),
    ("استهدف إرهابيو تنظيم داعش سيارة تابعة للشرطة الاتحادية أثناء عبورها في منطقة الحويجة غرب كركوك بعبوة ناسفة "
     "على جانب الطريق.", [("Remote explosive/landmine/IED", "Kirkuk")]),
    ("أعلنت شرطة الأنبار أن قوة اعتقلت صباح اليوم أربعة إرهابيين يعملون في خلية مسلحة مسؤولة عن التفجيرات الأخيرة "
     "التي شهدتها مدينة الفلوجة وعدد من مدن المحافظة، في منطقة البوعيثة غرب الرمادي.", [("Arrests", "Anbar")]),
    ("اعتقلت قوة من الجيش ثلاثة متهمين بتنفيذ هجمات متكررة خلال الأشهر الماضية في قضاء الطارمية شمال بغداد.",
     [("Arrests", "Baghdad")]),
    ("Police in Ramadi arrested four men accused of a string of recent bombings in several towns of Anbar.",
     [("Arrests", "Anbar")]),
])
def test_fresh_constructions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("هدد مسلحون باستهداف الأرتال العسكرية التي تمر في منطقة الحويجة جنوب غرب كركوك بعبوات ناسفة.", []),
    ("عثرت قوة أمنية على سيارة متروكة في منطقة الحويجة، وبداخلها عبوة ناسفة.", []),
    ("اعتقلت القوات الأمنية خلال الشهر الماضي أكثر من ثلاثين مطلوبا في مناطق متفرقة من محافظة الأنبار.", []),
    ("اعتقلت القوات الأمنية عشرات المطلوبين خلال الأيام الأخيرة في مدينة الرمادي.", []),
])
def test_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
