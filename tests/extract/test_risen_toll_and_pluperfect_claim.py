"""A risen toll tells its event, and «كان ... قد تبنى» is a past claim, not a "may" (issue 8, trec12: a car bombing
with no prediction on the tuning sets).

Two readings left a report of a car bombing with no incident at all:

- «ارتفاع عدد ضحايا التفجيرين ... إلى 80 قتيلاً»: «ضحايا» before the event word was read as an event named, not
  reported (the victims' families, an anniversary). A toll that rises is the news of an event of the last days.
- «وكان تنظيم داعش قد تبنى ... هذه العملية التي تمت بسيارة مفخخة»: «قد» before a present-looking verb reads
  "may"; «تبنى» (claimed) is a form V perfect with no ending, like «تعرض», «تمكن» already listed: "had claimed".

The families of the victims, an anniversary and «قد يتبنى» (may claim) stay no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("ارتفاع حصيلة ضحايا تفجير سوق الشورجة في بغداد إلى 12 قتيلا",
     [("Remote explosive/landmine/IED", "Shorja", 12)]),
    ("ارتفاع عدد ضحايا التفجيرين الذين وقعا في مدينة الصدر الليلة الماضية إلى 30 قتيلا.",
     [("Remote explosive/landmine/IED", "Sadr City", 30)]),
    ("وكان تنظيم داعش قد تبنى الأحد هذا الهجوم الذي نفذ بسيارة مفخخة انفجرت قرب سوق شعبي في بغداد.",
     [("Remote explosive/landmine/IED", "Baghdad", None)]),
])
def test_risen_toll_and_past_claim_tell_the_event(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "fatalities", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "نظم ذوو ضحايا تفجير الكرادة وقفة لاستذكار أبنائهم في بغداد.",
    "يصادف اليوم ذكرى ضحايا تفجير الكرادة في بغداد.",
    "حذر مسؤول أمني من أن داعش قد يتبنى هجمات بسيارات مفخخة في بغداد.",
])
def test_named_events_and_threats_stay_none(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
