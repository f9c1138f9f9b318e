"""Warnings, risks, fears, decisions to come, habits and walkouts are no event (issue 8,
docs/arabic_audit.md, nonevent6 audit "what remains", fixed by nonfix): an embassy alert's «خطر
الاختطاف» / "risk of kidnapping", «المخاوف الأمنية ... بما في ذلك الخطف», «ستتخذ ... قراراً بقصف»,
«استمرار الهجمات» / "the continuing attacks" as a topic, «وتنفذ تركيا عادة هجمات» (عادة, غالباً,
باستمرار without ما; "routinely"), a diplomatic "protest note", lawmakers who «انسحبوا من الجلسة
احتجاجاً» / "walked out in protest". Today's events told beside them stay. Phrasings written for
this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2025, 6, 12)


def kinds_and_places(text: str) -> list[tuple[str, str]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text", [
    # risks and fears of an event (intent)
    "وقالت السفارة إن الرعايا الأجانب يواجهون خطر الخطف والهجمات في أربيل.",
    "The embassy said US citizens face the risk of kidnapping in Baghdad.",
    "وأشار البيان إلى استمرار المخاوف الأمنية في بغداد بما فيها الخطف.",
    "ويخشى السكان أن يعود القصف على قرى قضاء سنجار.",
    # a decision still to be taken (future)
    "وبحسب الصحيفة ستتخذ الإدارة قراراً مباشراً بقصف مقرات الفصائل في جرف الصخر.",
    # the continuing attacks as a topic (already none on main: kept as a guard)
    "ويرى مراقبون أن استمرار الهجمات على البعثات الدبلوماسية في بغداد يشكل خطراً على الموظفين.",
    "Observers said the continuing attacks on diplomatic missions in Baghdad endanger staff.",
    # habits without «ما»
    "وتشن الطائرات التركية عادة غارات على مواقع حزب العمال في قضاء سنجار.",
    "وتنفذ الفصائل غالباً هجمات بالصواريخ على قاعدة عين الأسد.",
    "وتستهدف الطائرات المسيرة باستمرار مواقع الحزب في قضاء العمادية.",
    "Turkish jets routinely strike PKK positions in Sinjar district.",  # already none on main (aggregate): a guard
    # a diplomatic protest and a walkout are no demonstration
    "The deputy speaker asked the government to summon the Turkish ambassador in Baghdad and hand him a protest note.",
    "وانسحب النواب الكرد من جلسة البرلمان في بغداد اليوم احتجاجاً على إدراج القانون.",
    "وشهدت جلسة مجلس النواب في بغداد اليوم انسحاب نواب احتجاجاً على جدول الأعمال.",
    "Kurdish lawmakers walked out of the parliament session in Baghdad in protest at the bill.",
    "Sunni MPs staged a walkout in Baghdad on Thursday in protest against the vote.",
])
def test_warnings_habits_and_walkouts_are_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # «إعادة» is no habit; the event before a warning or a habit clause stays
    ("وأعلنت وزارة الدفاع إعادة انتشار القوات بعد هجوم بالصواريخ على قاعدة عين الأسد اليوم.",
     [("Shelling/artillery/missile attack", "Ain al-Asad Air Base")]),
    ("قصفت الطائرات التركية اليوم مواقع في قضاء سنجار، وهي عادة تقصف المنطقة.",
     [("Air/drone strike", "Sinjar District")]),
    ("أصيب ثلاثة أشخاص بقصف صاروخي على مطار بغداد اليوم، وحذرت السفارة مواطنيها.",
     [("Shelling/artillery/missile attack", "Baghdad International Airport")]),
    ("Two rockets hit the US embassy in Baghdad on Thursday, and the embassy warned its citizens.",
     [("Shelling/artillery/missile attack", "US Embassy in Baghdad")]),
    ("واستمرت الاشتباكات اليوم بين القوات الأمنية ومسلحين في قضاء الطارمية.",
     [("Armed clash", "Tarmiyah District")]),
    # a street protest stays one
    ("وتظاهر المئات اليوم في ساحة التحرير ببغداد احتجاجاً على انقطاع الكهرباء.", [("Peaceful protest", "Tahrir Square")]),
    ("Hundreds protested in Baghdad on Thursday against power cuts.", [("Peaceful protest", "Baghdad")]),
])
def test_events_told_beside_them_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
