"""«عقب يوم من X» and «غداة X» count back as «بعد يوم من X» does (issue 8, arlong10 audit of long Arabic reports).

A report of today's bombing often ends with the one before it: «ويأتي هذا التفجير عقب يوم من انفجار سيارة مفخخة في
منطقة الكرادة» ('it comes a day after a car bomb in Karrada'), «ويأتي الهجوم غداة تفجير …» ('the morning after').
The date patterns read «بعد يوم من» alone (`date_patterns` ``ar_after``), so the earlier bombing was given the
report's day and stood as a second bombing of today. «عقب» is «بعد», «غداة» is «بعد يوم من»; they date the event
named after them only after a verb of coming or a comma, as «بعد» does: the event told before them keeps its day.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def dates_at(text: str, place: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=TUE).incidents if i.location == place]


@pytest.mark.parametrize("text, place, expected", [
    # «عقب يوم من»: the Karrada car bomb was Monday
    ("انفجرت سيارة مفخخة قرب جسر الشهداء وسط بغداد صباح اليوم.\n"
     "ويأتي هذا التفجير عقب يوم من انفجار سيارة مفخخة في منطقة الكرادة أسفر عن مقتل 12 شخصا.", "Karrada",
     date(2023, 3, 13)),
    # «غداة»: the Dibis bombing was the day before
    ("قتل ثلاثة جنود بهجوم لداعش في قضاء طوزخورماتو اليوم.\n"
     "ويأتي الهجوم غداة تفجير عبوة ناسفة استهدف دورية للشرطة في ناحية الدبس.", "Dibis", date(2023, 3, 13)),
    # «عقب يومين من» after a comma
    ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية فجر اليوم، عقب يومين من هجوم بطائرة مسيرة على مطار أربيل.",
     "Erbil International Airport", date(2023, 3, 12)),
])
def test_the_event_after_the_span_is_dated_back(text: str, place: str, expected: date) -> None:
    assert dates_at(text, place) == [expected]


@pytest.mark.parametrize("text, place, expected", [
    # the event told before the span is today's
    ("انفجرت سيارة مفخخة قرب جسر الشهداء وسط بغداد صباح اليوم.\n"
     "ويأتي هذا التفجير عقب يوم من انفجار سيارة مفخخة في منطقة الكرادة أسفر عن مقتل 12 شخصا.", "Baghdad",
     date(2023, 3, 14)),
    # «غداة» with no verb of coming or comma before it: the minister's visit, not a span of the event
    ("انفجرت عبوة ناسفة في سوق الحويجة اليوم وقتل شخصان. ووصل وزير الداخلية إلى كركوك غداة الانفجار.", "Hawija",
     date(2023, 3, 14)),
])
def test_other_events_keep_their_day(text: str, place: str, expected: date) -> None:
    assert dates_at(text, place) == [expected]
