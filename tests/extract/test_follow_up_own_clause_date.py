"""A follow-up report names the earlier event with its own day: that day is the event's (issue 8, date11 audit).

A funeral, a visit to the wounded or a statement about an earlier attack names it as the object of the day's
act («شيع أهالي الناصرية اليوم ضحايا التفجير الذي استهدف سوق المدينة مساء الأربعاء», "soldiers on Tuesday buried
comrades killed in the attack that hit their post on Sunday"). The date nearest the trigger was the funeral's
(«اليوم», "on Tuesday"), so the attack took the day of the act that names it. A date standing in the event
noun's own relative clause telling what the event did or when it happened («الذي وقع/استهدف/طال …», "that
hit/targeted/killed …") is the event's own (`incidents._in_own_clause`). A relative clause of another noun
("the district that was hit last week") and a date of the trigger's own verb are left as they were.

Every phrasing is written for this table; the article date is Friday 2023-05-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2023, 5, 5)


def dates_of(text: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=FRI).incidents]


@pytest.mark.parametrize("text, expected", [
    # the funeral today, the bombing on Wednesday evening
    ("شيع أهالي الناصرية اليوم ضحايا التفجير الذي استهدف سوق المدينة مساء الأربعاء.", date(2023, 5, 3)),
    # the minister's visit today, the bombing the day before yesterday
    ("زار وزير الصحة اليوم جرحى التفجير الذي وقع أمس الأول في سوق الناصرية.", date(2023, 5, 3)),
    # the funeral on Tuesday, the strike on Sunday evening (the clause's date between commas)
    ("شيع المئات، اليوم الخميس، قتلى القصف الأمريكي الذي طال قوات الحشد الشعبي، مساء الأحد، قرب القائم.",
     date(2023, 4, 30)),
    # the funeral on Thursday, the attack on Sunday
    ("Iraqi soldiers on Thursday buried comrades killed in the attack that hit their post near Tarmiyah on Sunday.",
     date(2023, 4, 30)),
])
def test_the_event_noun_s_own_clause_dates_it(text: str, expected: date) -> None:
    assert dates_of(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the relative clause is the district's, not the killing's
    ("Gunmen killed two soldiers in Tarmiyah on Monday, a district that was hit by a bombing last week.",
     date(2023, 5, 1)),
    # «التي شهدت» tells the town's past, the attack is today's
    ("قتل جنديان اليوم بهجوم على نقطة عسكرية في الطارمية التي شهدت هجوماً مماثلاً الأسبوع الماضي.", FRI),
    # no clause of its own: the day told is the event's
    ("A car bomb exploded in Sadr City on Wednesday, killing five people.", date(2023, 5, 3)),
    # a statement's day was never the event's (already so before): the clause's Sunday stays
    ("Officials said on Thursday the drone attack that targeted the governor's house in Basra on Sunday was "
     "carried out by a militia.", date(2023, 4, 30)),
])
def test_another_noun_s_clause_leaves_the_day(text: str, expected: date) -> None:
    assert dates_of(text)[0] == expected
