"""Flash wording for attacks on security forces (issue 8, tgaudit6 audit): the force named as the
object of the attack verb with its attackers before it («داعش يهاجم الشرطة»), an ambush laid in the
present tense («ينصب كميناً»), and the «ascent» of the dead in PMF and faction statements («ارتقاء
ثلاثة مقاتلين»). Look-alikes: the force as the subject of a verb-first sentence, a politician who
"attacks" the forces in words, a rise in services. Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2026, 3, 10))


@pytest.mark.parametrize("text, admin1", [
    ("داعش يهاجم الشرطة الاتحادية جنوب غرب كركوك", "Kirkuk"),
    ("أفاد مصدر بأن مسلحي داعش هاجموا قوات الجيش في عمليتين منفصلتين قرب ناحية العظيم.", "Diyala"),
    ("عناصر من التنظيم يهاجمون قطعات الحشد الشعبي في صحراء الحضر", "Nineveh"),
    ("داعش ينصب كميناً لقوة من الجيش في قضاء الطارمية", "Baghdad"),
    ("وأدت العملية الى ارتقاء ثلاثة مقاتلين من اللواء 22 بالحشد الشعبي في قضاء بيجي.", "Salah al-Din"),
])
def test_attacks_on_named_forces_are_clashes(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Armed clash", admin1)]


@pytest.mark.parametrize("text", [
    "هاجمت الشرطة وكرا لتجار المخدرات في قضاء الزبير.",
    "هاجم رئيس الكتلة قوات الأمن في تصريح متلفز بسبب تقصيرها في حماية مدينة الموصل.",
    "ارتقاء مستوى الخدمات في ناحية الرشاد بكركوك",
])
def test_look_alikes_are_no_clash(text: str) -> None:
    assert _incidents(text) == []
