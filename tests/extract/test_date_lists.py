"""One event told on several days («في 1 و3 كانون الأول», "on 7 and 8 May"): ACLED codes one event per
day, so the extractor gives one incident on each day told. Phrasings written for this test; expected
days worked out by hand (the article date is Friday 2024-05-10)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates, listed_days
from extract.model import Article
from extract.pipeline import parse_article

FRI_10_MAY = date(2024, 5, 10)


def days_of(text: str, published: date | None = FRI_10_MAY) -> list[date]:
    found = find_dates(text, published)
    return [d.value for d in listed_days(text, found[-1], found, published)]


@pytest.mark.parametrize("text, expected", [
    # Full dates joined by و / and, the first one without its year.
    ("تكرر اقتحام المبنى في 1 كانون الأول و3 كانون الأول 2019", [date(2019, 12, 1), date(2019, 12, 3)]),
    ("وقع الهجومان في 2 أيار وفي 6 أيار", [date(2024, 5, 2), date(2024, 5, 6)]),
    ("the camp was shelled on May 2 and on May 5", [date(2024, 5, 2), date(2024, 5, 5)]),
    # Bare days before a full date, after a time word.
    ("استهداف المحتجين مساء 14 و15 و16 شباط/فبراير 2020", [date(2020, 2, 14), date(2020, 2, 15), date(2020, 2, 16)]),
    ("تظاهر العشرات يومي 4 و5 أيار", [date(2024, 5, 4), date(2024, 5, 5)]),
    ("protesters blocked the road on 7 and 8 May", [date(2024, 5, 7), date(2024, 5, 8)]),
    ("في 3، 4 و6 أيار", [date(2024, 5, 3), date(2024, 5, 4), date(2024, 5, 6)]),
    # Not a list of days: a toll before the date, a lone date, days that do not rise, a range of years,
    # days after the article date.
    ("قتل 3 و 5 أيار", [date(2024, 5, 5)]),
    ("انفجرت عبوة ناسفة في 5 أيار", [date(2024, 5, 5)]),
    ("في 8 أيار و2 أيار", [date(2024, 5, 2)]),
    ("بين 3 آذار 2023 و5 أيار 2024", [date(2024, 5, 5)]),
    ("يومي 11 و12 أيار", [date(2024, 5, 12)]),  # after the article date: not split
])
def test_listed_days(text: str, expected: list[date]) -> None:
    assert days_of(text) == expected


@pytest.mark.parametrize("text, place, expected", [
    ("أعيد اقتحام القنصلية وحرقها على يد محتجين في النجف في 1 كانون الأول و3 كانون الأول 2019.",
     "Najaf", [date(2019, 12, 1), date(2019, 12, 3)]),
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في ساحة التحرير ببغداد مساء 1 و2 و3 أيار.",
     "Tahrir Square", [date(2024, 5, 1), date(2024, 5, 2), date(2024, 5, 3)]),
    ("تظاهر المئات في الناصرية يومي 4 و5 أيار للمطالبة بالخدمات.", "Nasiriyah", [date(2024, 5, 4), date(2024, 5, 5)]),
    ("Security forces fired tear gas at protesters in Basra on 7 and 8 May.", "Basra",
     [date(2024, 5, 7), date(2024, 5, 8)]),
    # One day: one incident, as before.
    ("تظاهر المئات في الناصرية يوم 4 أيار للمطالبة بالخدمات.", "Nasiriyah", [date(2024, 5, 4)]),
])
def test_one_incident_per_day_told(text: str, place: str, expected: list[date]) -> None:
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=FRI_10_MAY)
    assert sorted(i.event_date for i in parsed.incidents) == expected
    assert {i.location for i in parsed.incidents} == {place}


def test_a_toll_for_several_days_is_divided() -> None:
    text = "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في الناصرية يومي 4 و5 أيار، ما أدى إلى مقتل 5 متظاهرين."
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=FRI_10_MAY)
    assert sorted((i.event_date, i.fatalities) for i in parsed.incidents) == [(date(2024, 5, 4), 3), (date(2024, 5, 5), 2)]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two shepherds near Kirkuk on May 4, and a bomb killed a soldier in Mosul on May 6.",
     {"Kirkuk": date(2024, 5, 4), "Mosul": date(2024, 5, 6)}),
    ("A car bomb exploded in Kirkuk on 1 May, and gunmen killed a teacher in Hawija on 3 May.",
     {"Kirkuk": date(2024, 5, 1), "Hawija": date(2024, 5, 3)}),
    ("Police arrested two suspects in Basra on Monday, and security forces defused a bomb in Amarah on Wednesday.",
     {"Basra": date(2024, 5, 6), "Amarah": date(2024, 5, 8)}),
    ("Militants attacked a checkpoint in Tikrit on 2 May, and two days later an IED wounded three soldiers in "
     "Baiji on 4 May.", {"Tikrit": date(2024, 5, 2), "Baiji": date(2024, 5, 4)}),
])
def test_an_event_takes_the_date_of_its_own_clause(text: str, expected: dict[str, date]) -> None:
    """A date just before the trigger but in the clause before (", and ...") belongs to the event told
    there; the date in the trigger's own clause is this event's."""
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=FRI_10_MAY)
    assert {i.location: i.event_date for i in parsed.incidents} == expected
