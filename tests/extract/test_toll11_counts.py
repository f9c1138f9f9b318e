"""Casualty counts, toll11 (issue 8): executions by an armed group are deaths (أعدم / إعدام / executed),
a count in digits with its thousands separator ("4,300") and «21 ألف» are read whole; 'militants have
killed two' (an active perfect) counts the victims after the verb, not the one before it; «راح ضحيتها N»; a court's death
sentence, a plan "executed", ages, years and percentages are no count. Self-written phrasings; each
positive failed on main before the change (gave None, or 21 for «21 ألف»)."""

from __future__ import annotations

import pytest

from extract.numbers import Casualties, count_casualties, parse_number

CASES = [
    # positives: executions by an armed group
    ("أعدم التنظيم 13 شخصاً في ساحة عامة جنوب المدينة", 13, None),
    ("وقال المصدر إن عناصر التنظيم أعدموا 6 أشخاص بتهمة التعاون مع القوات الأمنية", 6, None),
    ("أقدم تنظيم داعش على إعدام أربعة مدنيين في القرية", 4, None),
    ("أعدم داعش ثلاثة شبان رمياً بالرصاص", 3, None),
    ("Islamic State militants executed 13 people in a village south of the city.", 13, None),
    ("Seven farmers were executed by the militants on Friday.", 7, None),
    # positives: thousands separator and «ألف» after digits
    ("More than 4,300 people were killed in the fighting, the report said.", 4300, None),
    ("Some 2,100 civilians were killed and 3,500 wounded during the siege.", 2100, 3500),
    ("The offensive killed 1,350 civilians in three provinces.", 1350, None),
    ("وأسفرت المعارك عن مقتل 21 ألف شخص خلال عام", 21000, None),
    # positives: an active perfect ('have killed two': the victims after the verb) and «راح ضحيتها N»
    ("Militants have killed two soldiers in an attack on a checkpoint.", 2, None),
    ("Gunmen had killed three farmers before the troops arrived.", 3, None),
    ("ISIS has executed 13 people in the town since June.", 13, None),
    ("ارتكب مسلحون مجزرة راح ضحيتها 11 عسكرياً شمال شرق بغداد", 11, None),
    ("انفجار عبوة ناسفة راح ضحيته 5 أشخاص في السوق", 5, None),
    # near misses: the one named before 'have executed' is the killer, not a victim; 'have been killed'
    ("Police arrested an ISIS leader believed to have executed Peshmerga fighters.", None, None),
    ("Two soldiers have been killed and four have been wounded.", 2, 4),
    ("وقع ضحيتها 5 جرحى", None, 5),
    # near misses: the group named before the verb, a vague count after it (was 1 on main for قتل too)
    ("وقال إن التنظيم الإرهابي أعدم العديد من العسكريين في المنطقة", None, None),
    ("وقال إن الإرهابي قتل العديد من المدنيين", None, None),
    ("وقال إن شاباً قتل بالرصاص في المنطقة", 1, None),
    # near miss: a preposition after the verb opens a place or a cause, not the victims («في اثنين»)
    ("Dozens of people have killed in two bombings at a market.", None, None),
    ("It came a day after the killing of five policemen in a bomb attack.", 5, None),
    ("قتل شخصان وأصيب العشرات في هجوم بقذائف الهاون", 2, None),
    # near misses: a court's death sentence, a plan executed, ages, years, percentages, 'one of'
    ("قضت المحكمة الجنائية بإعدام 5 مدانين بتهم إرهابية", None, None),
    ("أصدرت المحكمة حكماً بإعدام ثلاثة متهمين", None, None),
    ("The two suicide bombers executed the attack at dawn.", None, None),
    ("The plan was executed by 300 soldiers.", None, None),
    ("مقتل شاب يبلغ من العمر 18 عاماً", 1, None),
    ("Two soldiers were killed in the 2,019-metre tunnel.", 2, None),
    ("Unemployment reached 35% in 2019, one of the highest rates.", None, None),
    ("killed 1,000 years ago", None, None),
]


@pytest.mark.parametrize("text, killed, injured", CASES)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)


@pytest.mark.parametrize("text, value", [("21 ألف", 21000), ("3 آلاف", 3000), ("4 thousand", 4000),
                                          ("2,500", 2500), ("5 و7", None), ("ألف", 1000)])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value
