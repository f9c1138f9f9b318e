"""What a place is ready for, and what was postponed, has not happened (issue 8, tspur12): «باتت
مهيأة لاستلام الملف الأمني», «جاهزة لتسلم», «أعلنت تأجيل استلام الملف الأمني», «ترحيل الاعتصام». The
handover or protest told as done, and a postponement that governs another noun, stay events.
Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

NOT_EVENTS = [
    "وقال مسؤول محلي إن قيادة شرطة كربلاء أصبحت مهيأة لتسلم الملف الأمني من الجيش.",
    "قال مسؤول محلي إن محافظة صلاح الدين جاهزة لتسلم الملف الأمني من الجيش.",
    "أعلنت وزارة الداخلية، اليوم، تأجيل استلام الملف الأمني في محافظة البصرة إلى إشعار آخر.",
    "قررت تنسيقية المحتجين في الناصرية إرجاء الاعتصام أمام مبنى المحافظة.",
]

EVENTS = [
    ("أكملت قطعات الجيش اليوم تسليم الملف الأمني لمدينة كربلاء إلى قيادة الشرطة.", ["Change to group/activity"]),
    ("أعلنت المفوضية تأجيل الانتخابات المحلية في كركوك بعد انفجار عبوة ناسفة قرب مركز اقتراع اليوم.",
     ["Remote explosive/landmine/IED"]),
    ("نظم المئات اعتصاما أمام مبنى محافظة البصرة اليوم رغم ترحيل موعد الامتحانات.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_ready_for_or_postponed_is_not_done(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_done_or_another_noun_postponed_stays(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
