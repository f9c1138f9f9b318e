"""Atrocities in the plural named as what an attack answers are a grievance, not an event of the
report (issue 8, docs/arabic_audit.md, nonevent6 audit work half, class "motive clause read as an
event"): «رداً على مجازر الكيان الصهيوني بحق أهلنا في غزة», "in response to the massacres against
civilians in Gaza". The attack the statement claims, told in the same sentence, stays, and so does a
single event named as the cause («رداً على مقتل أحد جنودها في اشتباك»). Phrasings written for this
table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 6, 12)


def found(text: str) -> list[tuple[str, str]]:
    """(sub-event type, location) of the incidents of ``text`` dated on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents
            if i.event_date == DAY]


@pytest.mark.parametrize("text", [
    "وتبنت الفصائل، اليوم الخميس، هجمات بالطيران المسير ردّاً على مجازر الاحتلال بحق المدنيين في غزة.",
    "وقالت المقاومة، اليوم الخميس، إن عملياتها جاءت ردّاً على (المجازر المرتكبة من قبل الاحتلال بحق المدنيين في لبنان).",
    "The faction said on Thursday its warning came in response to the massacres against civilians in Gaza.",
])
def test_atrocities_named_as_a_motive_are_no_event(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the claimed attack told after the grievance stays
    ("ورداً على مجازر الاحتلال في غزة، قصفت الفصائل قاعدة عين الأسد بطائرة مسيرة اليوم.",
     [("Air/drone strike", "Ain al-Asad Air Base")]),
    # one event named as the cause is an event of its own
    ("قصفت الطائرات التركية اليوم مواقع في قضاء العمادية رداً على مقتل أحد جنودها في اشتباك.",
     [("Air/drone strike", "Amedi District"), ("Armed clash", "Amedi District")]),
])
def test_the_attack_and_a_single_cause_stay(text: str, expected: list) -> None:
    assert found(text) == expected
