"""A remembered event told again with what it came after is that old event, not one of the report's day (issue 8,
tspur12): after «تحل اليوم الذكرى الثانية لاغتيال الناشط الذي اغتيل … قبل عامين», the sentence «وجاءت عملية
الاغتيال بعد أيام من …» retells the old killing. Today's bombing told beside an anniversary, and retold with what
it came after, stays one event of the day. Self-written phrasings."""

from datetime import date

import pytest

from tests.extract.probe import incidents

RETOLD = [
    ("تحل اليوم الذكرى الثانية لاغتيال الناشط المدني الذي اغتيل أمام منزله في حي الجمعيات بالبصرة قبل عامين. "
     "وجاءت عملية الاغتيال بعد أيام من مشاركته في تظاهرة طالبت بمحاسبة الفاسدين.", [date(2024, 3, 10)]),
    ("أحيا ناشطون في الناصرية اليوم الذكرى الأولى لاغتيال الصحفي الذي قتل برصاص مسلحين مجهولين في حي الشموخ قبل عام. "
     "وجاء الاغتيال بعد يومين من نشره تحقيقا عن الفساد.", [date(2025, 3, 10)]),
    # English puts the retold word before its verb ('The assassination came two days after')
    ("Today marks the second anniversary of the assassination of a civil activist who was shot dead outside his home "
     "in Basra two years ago. The assassination came two days after he spoke at a rally against corruption.", []),
]

TODAY = [
    ("أحيا الأهالي اليوم ذكرى تفجير الكرادة. وفي بعقوبة قتل شخصان اليوم بانفجار عبوة ناسفة في سوق شعبي، "
     "وجاء الانفجار بعد يوم من تهديدات أطلقها التنظيم.", [date(2026, 3, 10)]),
    ("On the anniversary of the Karrada bombing, a roadside bomb killed two people in Baqubah on Monday. "
     "The blast came a day after threats by the militants.", [date(2026, 3, 9)]),
]


@pytest.mark.parametrize(("text", "days"), RETOLD)
def test_the_remembered_killing_retold_is_no_killing_of_the_day(text: str, days: list[date]) -> None:
    assert incidents(text, "event_date") == days


@pytest.mark.parametrize(("text", "days"), TODAY)
def test_todays_bombing_beside_an_anniversary_stays(text: str, days: list[date]) -> None:
    assert incidents(text, "event_date") == days
