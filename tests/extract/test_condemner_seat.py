"""The seat of a mission or an office that condemns an event is not the event's place (issue 8, prec11 audit,
docs/arabic_audit.md): «أدانت سفارة الولايات المتحدة في بغداد ... عملية الاغتيال» under a headline placing the
killing in Karbala is a killing in Karbala, not a second one in Baghdad. A place told after the condemnation's
object, or an embassy that is the target, stays the event's. Phrasings written for this table; each row runs end
to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2021, 6, 22)


def incidents(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text, expected", [
    ("إدانات واسعة لاغتيال ناشط مدني في كربلاء\nأدانت سفارة الولايات المتحدة في العاصمة بغداد، بأشد العبارات، "
     "عملية الاغتيال، وطالبت بمحاسبة الجناة.",
     [("Attack", "Karbala")]),
    ("استنكار أممي لاغتيال صحفي في البصرة\nواستنكرت بعثة الأمم المتحدة في بغداد، اليوم الأحد، عملية الاغتيال.",
     [("Attack", "Basra")]),
    # near misses: the attack's own place after the object; the embassy as the target; a base named in the object
    ("أدان الرئيس الهجوم الإرهابي الذي استهدف سوقا شعبيا في بغداد وأسفر عن مقتل خمسة مدنيين.",
     [("Attack", "Baghdad")]),
    ("استهدف هجوم صاروخي السفارة الأمريكية في بغداد مساء أمس.",
     [("Shelling/artillery/missile attack", "US Embassy in Baghdad")]),
    ("أدانت السفارة الأمريكية الهجوم الصاروخي على قاعدة بلد الجوية.",
     [("Shelling/artillery/missile attack", "Balad Air Base")]),
])
def test_the_condemners_seat_is_not_the_events_place(text, expected):
    assert incidents(text) == expected
