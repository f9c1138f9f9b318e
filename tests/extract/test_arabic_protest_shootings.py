"""Protesters shot by gunmen, told in Arabic wire copy (issue 8, docs/arabic_audit.md "Wire and
TV-site reports 2019–2026", open class "protesters shot by gunmen still typed as the protest").
Every phrasing was written for this table from general Arabic news usage, not copied from a report;
each row runs end to end through ``parse_article``.

- Fire opened on protesters with the shooter named between the verb and the fire («أطلق مسلحون
  مجهولون النار على المتظاهرين», «إطلاق مسلحين النار تجاه ...») or a group word before them («تجاه
  مجموعة من المحتجين»): excessive force by state forces, an attack on civilians by gunmen (ACLED).
- A protest word naming the site of a killing («أثناء مغادرته ساحة التظاهر», «قرب خيام المعتصمين»)
  is not a protest held today: the killing is the event.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 5, 10)
ATTACK = ("Violence against civilians", "Attack")
EXCESSIVE = ("Protests", "Excessive force against protesters")
PEACEFUL = ("Protests", "Peaceful protest")


def types(text: str) -> list[tuple[str, str]]:
    """(event type, sub-event type) of every incident found in ``text`` published on ``DAY``."""
    return [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # gunmen shooting at protesters: an attack on civilians
    ("قتل متظاهر وأصيب خمسة آخرون فجر اليوم خلال إطلاق مسلحين النار تجاه مجموعة من المتظاهرين في محافظة ميسان.",
     [ATTACK]),
    ("أطلق مسلحون مجهولون النار على المتظاهرين في ساحة الحبوبي بالناصرية مساء أمس، ما أدى إلى مقتل اثنين منهم.",
     [ATTACK]),
    ("أطلق مسلحون يستقلون سيارة رباعية الدفع الرصاص الحي نحو عشرات المحتجين قرب مبنى المحافظة في الكوت.",
     [ATTACK]),
    # the same shooting by state forces stays excessive force
    ("أطلقت قوات الأمن الرصاص الحي نحو المحتجين قرب جسر الجمهورية في بغداد، ما أسفر عن مقتل متظاهر.",
     [EXCESSIVE]),
    ("أطلقت شرطة مكافحة الشغب النار تجاه حشود من المعتصمين أمام مجلس محافظة البصرة اليوم.", [EXCESSIVE]),
])
def test_fire_opened_on_protesters(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل شاب بالرصاص بيد مسلحين مجهولين أثناء مغادرته ساحة التظاهر في مدينة البصرة.", [ATTACK]),
    ("اغتيل ناشط برصاص مسلحين مجهولين قرب خيام المعتصمين في الديوانية فجر اليوم.", [ATTACK]),
    # security forces killing at the protest site: still excessive force
    ("قتل متظاهر برصاص قوات الأمن في ساحة التظاهر وسط الناصرية.", [EXCESSIVE]),
    # a protest held in a square, with no violence: still a protest
    ("تجمع المئات من المتظاهرين في ساحة التحرير وسط بغداد للمطالبة بالإصلاحات.", [PEACEFUL]),
    ("نظم العشرات اعتصاماً في ساحة الاعتصام أمام مبنى المحافظة في الديوانية اليوم.", [PEACEFUL]),
])
def test_protest_site_of_a_killing(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
