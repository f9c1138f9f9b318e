"""A clause with a whole date of one day after a habit or a tally is an event of its own (issue 8,
arlong7 audit: an encyclopaedic background paragraph, «... شن هجمات متكررة على مراكز الجيش، ليتمكن
التنظيم في يوم 10 يونيو 2014 من السيطرة على مدينة الموصل», lost its dated takeover as part of the habit).

``events._full_day`` lets a whole date («في 3 آب 2014», «في يوم 15 آب 2014») mark a clause of one occasion
as «يوم الأحد» and «أمس» already did, both for splitting the habit from the dated clause and for a
rejected habit's class no longer passed on to the next trigger across such a clause. A month alone
(«وفي آب من ذلك العام») or a «منذ» date in the habit's own clause stays the habit. Phrasings written for
this table, not copied from a report; each row runs through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 6, 1)


def found(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, kind", [
    ("شهدت المحافظة اشتباكات متفرقة وهجمات متكررة على مراكز الشرطة، ليتمكن التنظيم في يوم 15 آب 2014 "
     "من السيطرة على قضاء سنجار.", ("Battles", "Non-state actor overtakes territory")),
    ("يشن التنظيم هجمات متكررة على القرى، وفي 3 آب 2014 اقتحم مسلحوه القرية وقتلوا العشرات من سكانها.",
     ("Violence against civilians", "Attack")),
    ("تتعرض القاعدة لهجمات صاروخية متكررة، وسقط صاروخان عليها في 5 آذار 2020.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_dated_clause_after_a_habit_is_an_event(text, kind):
    assert kind in found(text)


@pytest.mark.parametrize("text", [
    "يشن التنظيم هجمات متكررة على القرى منذ عام 2014، وفي آب من ذلك العام اقتحم قرى في سنجار وقتل العشرات.",
    "تتعرض القاعدة لهجمات صاروخية متكررة منذ 5 آذار 2020.",
])
def test_habit_without_a_day_of_its_own_stays_a_habit(text):
    assert found(text) == []
