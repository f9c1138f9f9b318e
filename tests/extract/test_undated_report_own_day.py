"""A report with no publication date keeps an event whose sentence names a day of its own.

An account placed nowhere of its own and dated by nothing but a weekday («مساء الإثنين», «اليوم», 'on
Monday') was dropped as a back reference when the page carried no publication date, though the same text
with a date gives the event: the report gave no incident at all (zero9 audit, stage DRAFT DROPPED: «قتل
ضابط وأربعة جنود ... مساء الإثنين في هجوم ... بشرق البلاد»). With no date to resolve the day, the account
is still told as news of a day, as a dated one is: kept, with no date. Not: an account with no day at all
(it may refer back), an investigation, a recall by month, an anniversary, a warning, a denial or a
plan for a day ahead.
Self-written phrasings, parsed with no publication date (``day=None``).
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


@pytest.mark.parametrize("text, event_type, killed", [
    ("قتل ضابط وأربعة جنود عراقيين مساء الإثنين في هجوم شنه مسلحون على موقع للجيش بشرق البلاد.", "Battles", 5),
    ("قتل جندي وأصيب اثنان اليوم بانفجار عبوة ناسفة استهدفت دوريتهم.", "Explosions/Remote violence", 1),
    ("أعلنت خلية الإعلام الأمني، اليوم الأربعاء، استشهاد منتسبين اثنين بهجوم إرهابي.", "Battles", 2),
    ("شهدت المحافظة أمس اشتباكات عنيفة مع عناصر داعش أسفرت عن مقتل ستة مقاتلين.", "Battles", 6),
    ("Gunmen shot dead a shepherd on Monday, police said.", "Violence against civilians", 1),
    ("A roadside bomb killed two soldiers on Sunday evening, a security source said.", "Explosions/Remote violence", 2),
])
def test_an_own_day_keeps_the_event_of_an_undated_report(text: str, event_type: str, killed: int) -> None:
    assert incidents(text, "event_type", "fatalities", "event_date", day=None) == [(event_type, killed, None)]


@pytest.mark.parametrize("text", [
    "قتل جندي وأصيب اثنان بانفجار عبوة ناسفة استهدفت دوريتهم.",
    "فتحت السلطات تحقيقا في الهجوم الذي أودى بحياة ضابط مساء الإثنين.",
    "قتل جندي الشهر الماضي بانفجار عبوة ناسفة.",
    "يصادف اليوم الاثنين ذكرى تفجير الكرادة الذي قتل فيه المئات.",
    "حذرت قيادة العمليات اليوم من هجمات قد تنفذها خلايا داعش.",
    "نفى مصدر أمني اليوم الأحد وقوع أي هجوم على الدورية.",
    "The investigation into the killing of the shepherd began on Monday.",
    "Monday marks the anniversary of the bombing that killed hundreds.",
    "سيخرج المحتجون في تظاهرة أمام مبنى المحافظة يوم الجمعة المقبل.",
])
def test_no_own_day_or_no_event_gives_nothing(text: str) -> None:
    assert incidents(text, "event_type", day=None) == []
