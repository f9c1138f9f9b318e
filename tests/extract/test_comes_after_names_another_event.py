"""«ويأتي هذا الهجوم بعد يوم واحد من تفجير مزدوج في سوق ...»: the word saying what today's event comes after (cue
class ``comes_after``) ends between two event words, so the word after it names another, earlier event with its own
place and day, not more of the one told before; it was read as one group with «الهجوم» and lost (tplace12, issue 8).
Phrasings written for this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)
FUNERAL = "فجر انتحاري حزامه الناسف اليوم في مجلس عزاء بقضاء المقدادية ما أسفر عن مقتل 10 أشخاص.\n"


def events(text: str) -> list[tuple[str, str | None, str]]:
    """(sub-event type, location, day) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location, str(x.event_date))
            for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    (FUNERAL + "ويأتي هذا الهجوم بعد يوم واحد من تفجير مزدوج في سوق شعبي بمدينة الصدر شرقي بغداد أسفر عن مقتل 20 شخصاً.",
     [("Suicide bomb", "Muqdadiya District", "2023-03-14"), ("Remote explosive/landmine/IED", "Sadr City", "2023-03-13")]),
    ("اقتحم مسلحون قرية الرشاد في قضاء المقدادية اليوم وقتلوا 5 مدنيين.\n"
     "وجاء الهجوم بعد يومين من هجوم مماثل على قرية نهر الإمام أسفر عن مقتل 3 أشخاص.",
     [("Attack", "Muqdadiya District", "2023-03-14"), ("Attack", "Nahr al-Imam", "2023-03-12")]),
])
def test_the_event_a_report_says_todays_comes_after_is_another(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    # near misses: a time («بعد منتصف الليل») or a threat after «بعد ... من» is no other event
    FUNERAL + "وجاء الهجوم بعد منتصف الليل حين كان المعزون في المجلس.",
    FUNERAL + "ويأتي الهجوم بعد ساعات من تهديدات أطلقها التنظيم ضد أهالي القضاء.",
])
def test_no_other_event_after_a_time_or_a_threat(text):
    assert events(text) == [("Suicide bomb", "Muqdadiya District", "2023-03-14")]
