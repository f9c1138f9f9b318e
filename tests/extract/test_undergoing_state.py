"""An imperfective verb of undergoing in a relative clause tells a state of a place, not one event (issue 8,
prec11 audit, docs/arabic_audit.md): «حماية المواطنين في المناطق التي تتعرض للقصف» is a demand about places
that are shelled again and again. The perfective («المنطقة التي تعرضت للقصف أمس») tells one event, and so does a
live flash with no relative pronoun («تتعرض بلدة آمرلي لقصف ... منذ صباح اليوم»). Phrasings written for this
table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2021, 6, 22)


def incidents(text: str) -> list[tuple[str, str, str | None]]:
    """(event date, sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(str(x.event_date), x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text", [
    "وحمل رئيس البرلمان الأجهزة الأمنية في ديالى مسؤولية حماية المواطنين في المناطق التي تتعرض للقصف من قبل "
    "جماعات مسلحة.",
    "وقال المحافظ إن القرى التي تتعرض لقصف الهاون في شمال ديالى بحاجة إلى قوات إضافية.",
])
def test_a_place_that_undergoes_attacks_is_a_state(text):
    assert incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقال المحافظ إن المنطقة التي تعرضت للقصف امس في ديالى تحتاج إلى دعم.",
     [("2021-06-21", "Shelling/artillery/missile attack", "Diyala Governorate")]),
    ("تتعرض بلدة آمرلي لقصف بقذائف الهاون منذ صباح اليوم.",
     [("2021-06-22", "Shelling/artillery/missile attack", "Amerli")]),
])
def test_an_event_undergone_once_stays(text, expected):
    assert incidents(text) == expected
