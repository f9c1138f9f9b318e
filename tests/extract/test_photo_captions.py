"""Photo captions on their own line of an Arabic news page are not events (extract.captions; issue 8,
docs/arabic_audit.md, wirear audit). Every phrasing was written for this table from how Arab news
sites lay out a page (headline, caption line, body); each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2022, 10, 4)
BODY = "وقال مسؤول محلي إن الوضع الأمني مستقر في المدينة."


def kinds(text: str) -> list[str]:
    """The sub-event types of the incidents found in ``text`` published on ``DAY``."""
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("caption", [
    "صورة أرشيفية لتظاهرات في مدينة الناصرية",
    "مظاهرة في مدينة البصرة جنوب العراق - (Reuters)",
    "محتجون يتجمعون في ساحة التحرير ببغداد (أرشيف)",
    "صورة من الاحتجاجات في محافظة ذي قار",
    "متظاهرون في ساحة الحبوبي بالناصرية (أ ف ب)",
])
def test_a_caption_line_is_no_event(caption: str) -> None:
    text = f"الحكومة العراقية تعلن خطة لتأهيل الطرق في الجنوب\n{caption}\n{BODY}"
    assert kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    # the same scene told as a sentence of the body is the news
    (f"الحكومة العراقية تعلن خطة جديدة\nتظاهر المئات اليوم في ساحة الحبوبي بالناصرية.\n{BODY}",
     ["Peaceful protest"]),
    # a headline or a one-line post closing with its source is the news, not a caption
    ("متظاهرون يغلقون طريقاً رئيسياً في الناصرية (أ ف ب)\nوطالب المحتجون بفرص عمل.", ["Peaceful protest"]),
    ("تظاهر المئات في ساحة التحرير ببغداد اليوم - (رويترز)", ["Peaceful protest"]),
])
def test_news_lines_stay_events(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected
