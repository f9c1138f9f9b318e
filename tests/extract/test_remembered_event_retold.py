"""A remembered event told again with what it came after is that old event, not one of the report's day (issue 8,
tspur12): after «أحيت النقابة اليوم الذكرى الثانية لاغتيال المحامي الذي قتله مسلحون … قبل عامين», the sentence
«وجاءت عملية الاغتيال بعد أسبوع من …» retells the old killing. Today's bombing told beside an anniversary, and retold with what
it came after, stays one event of the day. Self-written phrasings."""

from datetime import date

import pytest

from tests.extract.probe import incidents

RETOLD = [
    ("أحيت نقابة المحامين في البصرة اليوم الذكرى الثانية لاغتيال المحامي الذي قتله مسلحون قرب مكتبه في حي الجمعيات "
     "قبل عامين. وجاءت عملية الاغتيال بعد أسبوع من توليه الدفاع عن معتقلين.", [date(2024, 3, 10)]),
    ("أحيا ناشطون في الناصرية اليوم الذكرى الأولى لاغتيال الصحفي الذي قتل برصاص مسلحين مجهولين في حي الشموخ قبل عام. "
     "وجاء الاغتيال بعد يومين من نشره تحقيقا عن الفساد.", [date(2025, 3, 10)]),
    # English puts the retold word before its verb ('The assassination came two days after')
    ("Lawyers in Basra on Monday marked the second anniversary of the assassination of a colleague, who was shot dead "
     "near his office two years ago. The assassination came a week after he took on the defence of detained protesters.",
     []),
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
