"""An anniversary told with the event it marks in the next clause («يصادف غداً الذكرى السنوية لهذا
الحادث، بعد أن استهدفت طائرة مسيرة ...», «تحل اليوم الذكرى الخامسة لتلك الجريمة، حين فجر انتحاري ...»)
names a past event, not one of the report's day (issue 8, docs/arabic_audit.md, wirear audit work half:
the class "anniversaries dated at the report's day"). Phrasings written for this table; each row runs
end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 1, 2)


def todays(text: str) -> list[str]:
    """The sub-event types of the incidents of ``text`` dated on ``DAY`` and not historical."""
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return [i.sub_event_type for i in found if not i.historical and i.event_date == DAY]


@pytest.mark.parametrize("text", [
    "ويصادف يوم غد الذكرى السنوية لهذا الحادث، بعد أن استهدفت طائرة مسيرة أمريكية موكباً قرب مطار بغداد.",
    "تحل اليوم الذكرى الخامسة لتلك الجريمة، حين فجر انتحاري نفسه وسط سوق شعبي في الكرادة ببغداد.",
    "وتصادف هذه الأيام الذكرى الثالثة لذلك الهجوم، عندما سقطت صواريخ على قاعدة عين الأسد في الأنبار.",
])
def test_the_event_an_anniversary_marks_is_not_today(text: str) -> None:
    assert todays(text) == []


@pytest.mark.parametrize("text, expected", [
    # the anniversary in its own sentence: today's strike told after it stays the news
    ("أحيا المئات الذكرى السنوية لهذا الهجوم في بغداد. واستهدفت طائرة مسيرة اليوم مقراً في جرف الصخر.",
     ["Air/drone strike"]),
    # no anniversary: the same shape of sentence is today's event
    ("وقال مصدر أمني إن طائرة مسيرة استهدفت اليوم موكباً قرب مطار بغداد.", ["Air/drone strike"]),
])
def test_todays_events_beside_an_anniversary_stay(text: str, expected: list[str]) -> None:
    assert todays(text) == expected
