"""Dates that news copy tells relative to another event (issue 8, date7 audit, session 7).

- «وجاء ذلك بعد يومين من استهداف …», «ويأتي الهجوم بعد يوم واحد من قصف …», "The rockets come two days
  after a US airstrike killed …", "The attack came a day after …": the event named after «بعد … من/على»
  / "after" happened that many days before the report's own event (counted back from the article
  date), and the report's event before the frame keeps its own date.
- A vague span in days («بعد أيام من») is some days back, told to the week (lead, session 12: the report's own
  day, which the earlier event otherwise took, is wrong; test_earlier_similar_event.py).
- Not counted: hours («بعد ساعات من»), "days after" with no number, a sentence that opens with the
  span («بعد يومين من الهجوم، اعتقلت الشرطة …», "Two days after the attack, police arrested …": the
  arrest is the event the span dates), and «بعد» with no event after it.

Every phrasing is written for this table; the expected days are worked out by hand from the article
date, Monday 2022-09-26.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import Article
from extract.pipeline import parse_article

MON = date(2022, 9, 26)


def incidents(text: str, day: date = MON):
    return parse_article(Article(text=text), article_date=day).incidents


@pytest.mark.parametrize("text, expected", [
    ("وجاء ذلك بعد يومين من استهداف المناطق الحدودية", date(2022, 9, 24)),
    ("ويأتي الهجوم بعد يوم واحد من قصف السفارة", date(2022, 9, 25)),
    ("ويأتي القصف بعد أقل من أسبوع على هجوم مماثل", date(2022, 9, 19)),
    ("قصفت المدفعية القرية، بعد ثلاثة أيام من غارة جوية", date(2022, 9, 23)),
    ("The rockets come two days after a US airstrike killed a commander", date(2022, 9, 24)),
    ("The attack came a day after gunmen killed a shepherd", date(2022, 9, 25)),
    ("The shelling comes just three days after a drone strike", date(2022, 9, 23)),
])
def test_the_event_after_the_frame_is_counted_back(text: str, expected: date) -> None:
    assert expected in [d.value for d in find_dates(text, MON)]


@pytest.mark.parametrize("text", [
    "وجاء ذلك بعد ساعات من انفجار عبوة",              # hours: the same day
    "بعد يومين من الهجوم اعتقلت الشرطة ثلاثة متهمين",  # the span opens the sentence: it dates the arrest
    "The attack came days after a drone strike",
    "Two days after the attack police arrested three men",
])
def test_no_date_without_a_counted_span_after_the_event(text: str) -> None:
    assert find_dates(text, MON) == []


def test_a_vague_span_of_days_is_some_days_back_to_the_week() -> None:
    assert [(d.value, d.precision) for d in find_dates("ويأتي الهجوم بعد أيام من قصف السفارة", MON)] == \
        [(date(2022, 9, 23), 2)]


@pytest.mark.parametrize("text, place, expected", [
    # the event named after the frame is dated back; the report's event keeps the article date
    ("جددت المدفعية الإيرانية قصفها على قرى سيدكان اليوم الاثنين. وجاء ذلك بعد يومين من غارة بطائرة مسيرة استهدفت سيارة في قضاء سوران.",
     "Soran District", date(2022, 9, 24)),
    ("Rockets hit the Green Zone in Baghdad on Monday. The rockets come two days after a drone strike killed two men in Jurf al-Sakhar.",
     "Jurf al-Sakhar", date(2022, 9, 24)),
])
def test_an_earlier_event_told_after_the_frame(text: str, place: str, expected: date) -> None:
    found = {i.location: i.event_date for i in incidents(text)}
    assert found.get(place) == expected
    assert MON in found.values()


@pytest.mark.parametrize("text, first, earlier", [
    # the report's event, before the frame and with no date of its own, is not dated back with the other
    ("فجر انتحاري نفسه وسط سوق في الطارمية، ويأتي التفجير بعد يومين من اشتباك مسلح مع عناصر داعش في قضاء سوران.",
     "Tarmiyah", "Soran District"),
    ("انفجرت عبوة ناسفة بدورية للجيش في الطارمية، وجاء ذلك بعد يوم من اغتيال ناشط في البصرة.", "Tarmiyah", "Basra"),
    ("A roadside bomb killed two soldiers in Tarmiyah, coming two days after gunmen attacked an army post in Mushahada.",
     "Tarmiyah", None),
])
def test_the_event_before_the_frame_keeps_its_day(text: str, first: str, earlier: str | None) -> None:
    found = incidents(text)
    assert (found[0].location, found[0].event_date) == (first, MON)
    assert found[1].event_date < MON and (earlier is None or found[1].location == earlier)


@pytest.mark.parametrize("text, expected", [
    # the clause's own date just before the span is where it counts from
    ("Al Wazni survived an attack in December 2019, only two months after the start of the protests.", date(2019, 10, 2)),
    ("قتل جندي في 20 أيلول، بعد يومين من هجوم على قريته.", date(2022, 9, 18)),
])
def test_a_span_counts_from_its_clause_date(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, MON)][-1] == expected
