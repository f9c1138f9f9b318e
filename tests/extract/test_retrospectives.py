"""Retrospectives told without the word «ذكرى» before the event (issue 8 class 4, docs/arabic_audit.md
"What remains": «في مثل هذا اليوم من عام 2014», "On this day in 2016", «تمر اليوم الذكرى الثامنة ل...»,
«أربعة أعوام مرت على»): the event is historical, with its old date when the text gives it, never today.
Phrasings written for this table; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)


def incidents(text: str) -> list[tuple[str, str | None, bool]]:
    """(sub-event type, ISO date, historical) of every incident of ``text`` published on DAY."""
    return [(i.sub_event_type, i.event_date.isoformat() if i.event_date else None, i.historical)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # on this day in a given year: the report's day and month in that year
    ("في مثل هذا اليوم من عام 2016 فجر انتحاري نفسه في سوق الكرادة ببغداد مما أسفر عن مقتل 300 شخص.",
     [("Suicide bomb", "2016-05-03", True)]),
    ("في مثل هذا اليوم عام 2019 قتل عشرات المتظاهرين في الناصرية.",
     [("Excessive force against protesters", "2019-05-03", True)]),
    ("On this day in 2016, a suicide truck bomb killed more than 300 people in Karrada, Baghdad.",
     [("Suicide bomb", "2016-05-03", True)]),
    # a numbered anniversary falling today or tomorrow: that many years back
    ("تمر اليوم الذكرى الثامنة لتفجير الكرادة في بغداد الذي أودى بحياة المئات.",
     [("Remote explosive/landmine/IED", "2016-05-03", True)]),
    ("يصادف يوم غد الذكرى الخامسة لتفجير الكرادة في بغداد.",
     [("Remote explosive/landmine/IED", "2019-05-04", True)]),
    # years that have passed since it: historical, no day known
    ("مرت خمس سنوات على اغتيال الناشط في البصرة.", [("Attack", None, True)]),
])
def test_a_retrospective_keeps_its_old_date(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "أربعة أعوام مرت على تفجير الكرادة في بغداد.",
    "Five years have passed since the bombing in Karrada, Baghdad.",
    "تمر اليوم ذكرى تفجير الكرادة الذي وقع في بغداد.",
])
def test_a_retrospective_is_never_today(text: str) -> None:
    assert all(day != DAY.isoformat() for _type, day, _hist in incidents(text))


@pytest.mark.parametrize("text, expected", [
    # today's events beside such words stay today's
    ("انفجرت عبوة ناسفة اليوم في الكرادة ببغداد.", [("Remote explosive/landmine/IED", "2024-05-03", False)]),
    ("This day, a bomb exploded in Karrada.", [("Remote explosive/landmine/IED", "2024-05-03", False)]),
    ("بعد مرور سنوات على تحرير الموصل، انفجرت عبوة ناسفة اليوم في الموصل.",
     [("Remote explosive/landmine/IED", "2024-05-03", False)]),
])
def test_todays_events_stay_today(text: str, expected: list) -> None:
    assert incidents(text) == expected
