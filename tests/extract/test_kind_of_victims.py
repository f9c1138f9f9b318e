"""A class of people named by its definite plural, with no count, across the whole country is the victims of a
kind of event, not of one (issue 8, prec11 audit, docs/arabic_audit.md): the headline «اغتيال الناشطين في
العراق.. والدة ناشط تطالب بالقصاص لابنها» is a topic, not an assassination in Iraq on the report's day. One
victim, a count, or a city keep the event. Phrasings written for this table; each row runs end to end through
``parse_article``.
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
    "اغتيال الناشطين في العراق.. والدة ناشط تطالب بالقصاص لابنها\nتعتصم والدة الناشط أمام مبنى المحكمة مطالبة "
    "بالقصاص لابنها.",
    "ملف اغتيال الناشطين في العراق يعود إلى الواجهة\nقال مسؤولون إن التحقيقات لم تكشف الجناة.",
    "Killings of activists in Iraq go unpunished\nOfficials said investigations had not identified the killers.",
])
def test_a_kind_of_victims_across_the_country_is_a_topic(text):
    assert incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("اغتيال ناشط في البصرة\nاغتال مسلحون مجهولون ناشطا مدنيا في البصرة مساء أمس.",
     [("2021-06-21", "Attack", "Basra")]),
    ("قتل 3 متظاهرين في العراق برصاص قوات الأمن في الناصرية أمس.",
     [("2021-06-21", "Excessive force against protesters", "Nasiriyah")]),
    ("قتل المتظاهرين في الناصرية يشعل غضبا واسعا\nقتل ثلاثة متظاهرين برصاص قوات الأمن في الناصرية مساء أمس.",
     [("2021-06-21", "Excessive force against protesters", "Nasiriyah")]),
])
def test_one_event_with_its_victims_stays(text, expected):
    assert incidents(text) == expected
