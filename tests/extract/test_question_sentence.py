"""A sentence that asks names events the report tells, or doubts, and tells none of its own (issue 8, prec11
audit, docs/arabic_audit.md): a title «كيف حصلت تفجيرات بغداد؟» over the body's suicide bombing in Sadr City is
that bombing, not a second one at Baghdad; like a title it confirms and never decides, and a question that joins
no account told as news is dropped. Phrasings written for this table; each row runs end to end through
``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2021, 6, 22)


def incidents(text: str) -> list[tuple[str, str, str | None, int | None]]:
    """(event date, sub-event type, location, fatalities) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(str(x.event_date), x.sub_event_type, x.location, x.fatalities) for x in article.incidents]


@pytest.mark.parametrize("text, expected", [
    ("كيف حصلت تفجيرات بغداد؟\nقتل 35 شخصا وأصيب العشرات في سوق مزدحم في مدينة الصدر في العاصمة بغداد. وقالت خلية "
     "الإعلام الأمني إن عبوة ناسفة انفجرت في السوق. وأعلن التنظيم مسؤوليته عن التفجير الانتحاري في مدينة الصدر.",
     [("2021-06-22", "Suicide bomb", "Sadr City", 35)]),
    ("من يقف وراء تفجيرات بغداد؟\nقتل 35 شخصا في سوق مزدحم في مدينة الصدر. وأعلن التنظيم مسؤوليته عن التفجير "
     "الانتحاري في مدينة الصدر.",
     [("2021-06-22", "Suicide bomb", "Sadr City", 35)]),
    # near misses: a question beside the event told as news, and a title that states its event
    ("How did the Baghdad bombings happen?\nAt least 35 people were killed in a crowded market in Sadr City in "
     "Baghdad. The group claimed the suicide bombing in Sadr City.",
     [("2021-06-22", "Suicide bomb", "Sadr City", 35)]),
    ("مقتل ثلاثة جنود بهجوم في كركوك\nقتل ثلاثة جنود بهجوم لداعش على نقطة عسكرية في كركوك مساء أمس.",
     [("2021-06-21", "Armed clash", "Kirkuk", 3)]),
    ("Three rockets hit the Green Zone in Baghdad on Sunday night. Who fired them? No group has claimed the attack.",
     [("2021-06-20", "Shelling/artillery/missile attack", "Green Zone", None)]),
])
def test_a_question_tells_no_event_of_its_own(text, expected):
    assert incidents(text) == expected
