"""Background and recap against news: an event told about the past keeps its own date (never the
report's day) and is flagged ``historical`` when it is more than a year older than the report;
context with nothing to map is dropped; a date after "in response to" is the earlier event's."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2020, 4, 4)


def parsed(text: str, day: date = DAY) -> list[tuple[str, str | None, bool, str | None]]:
    return [(i.sub_event_type, i.event_date.isoformat() if i.event_date else None, i.historical, i.location)
            for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # an old year near the event, with its own town: kept, undated, historical
    ("In early 2016, Coalition advisors supported the Iraqi Army in its recapture of Ramadi from ISIS control.",
     [("Government regains territory", None, True, "Ramadi")]),
    # a day in an old year: kept with that day, historical
    ("قتل منتسب في الشرطة الاتحادية في مدينة تكريت في 4 آب أغسطس عام 2014.",
     [("Armed clash", "2014-08-04", True, "Tikrit")]),
    # a state since a past event: not a report of it
    ("Jurf al-Sakhar has been closed to civilians since it was retaken from Islamic State in 2014.", []),
    # a recent recap keeps its own date and is not historical
    ("انفجرت عبوة ناسفة في قضاء الطارمية يوم 2 نيسان 2020.",
     [("Remote explosive/landmine/IED", "2020-04-02", False, "Tarmiyah District")]),
    # news of the day is not historical
    ("Two rockets hit Baghdad International Airport on Saturday.",
     [("Shelling/artillery/missile attack", "2020-04-04", False, "Baghdad International Airport")]),
])
def test_background_and_recap(text: str, expected: list) -> None:
    assert parsed(text) == expected


def test_a_date_after_in_response_to_dates_the_earlier_event() -> None:
    text = ("Angry supporters storm the United States embassy in Baghdad, Iraq, in response to the U.S. "
            "airstrike on Sunday against Kata'ib Hezbollah militants.")
    riot = [i for i in parse_article(Article(text=text), article_date=date(2019, 12, 31)).incidents
            if i.event_type == "Riots"]
    assert [(i.sub_event_type, i.event_date) for i in riot] == [("Violent demonstration", date(2019, 12, 31))]


@pytest.mark.parametrize("text, expected", [
    ("At least five people are killed, and up to 30 wounded, when security forces fire live rounds at "
     "protestors near Ahrar Bridge in Baghdad.", ("Protests", "Excessive force against protesters")),
    ("وشهدت ساحة التحرير في بغداد اليوم مقتل ثلاثة متظاهرين برصاص القوات الأمنية.",
     ("Protests", "Excessive force against protesters")),
    # gunmen killing protesters: violence against civilians, not state repression
    ("Unidentified gunmen killed two protesters in Nasiriyah on Saturday.", ("Violence against civilians", "Attack")),
])
def test_protesters_killed(text: str, expected: tuple[str, str]) -> None:
    assert [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=DAY).incidents] \
        == [expected]


def test_a_heading_naming_an_event_page_is_no_incident() -> None:
    text = ("January 15, 2018 (Monday)\nArmed conflicts and attacks\nJanuary 2018 Baghdad bombings\n"
            "A double suicide bombing kills at least 35 people in Baghdad, Iraq. (BBC)")
    incidents = parse_article(Article(text=text), article_date=date(2018, 1, 15)).incidents
    assert [(i.sub_event_type, i.event_date) for i in incidents] == [("Suicide bomb", date(2018, 1, 15))]
