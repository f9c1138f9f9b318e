"""A UN statement's recap of an event of the report's days named through its victims («كان أطفال من بين
ضحايا التفجير المزدوج في بغداد في سوق شعبي الأسبوع الماضي») is that event, not a memory (issue 8, arlong7
audit, both halves after the check half was judged: a UNICEF statement's recap of a Baghdad double bombing
gave no event). ``events._LAST_WEEK``: the named event's own recent time in its noun phrase; the victims'
families or mourners («ذوو ضحايا», «عوائل ضحايا») stay a commemoration, and an old event stays a memory.
Phrasings written for this table, not copied from a report; each row runs through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 1, 29)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(i.event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("وأفادت المنظمة بأن ثلاثة أطفال كانوا من بين ضحايا التفجير المزدوج في سوق بالموصل الأسبوع الماضي.",
     ("Explosions/Remote violence", "Mosul")),
    ("وكان بين ضحايا القصف المدفعي على قرية في قضاء زاخو الخميس الماضي طفلان.",
     ("Explosions/Remote violence", "Zakho District")),
])
def test_recent_event_named_by_its_victims_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "أحيا ذوو ضحايا مجزرة سبايكر الأسبوع الماضي ذكراها الثامنة.",
    "كان بين ضحايا الانفجار الذي وقع في الموصل عام 2017 أطفال.",
])
def test_commemoration_or_memory_stays_none(text):
    assert found(text) == []
