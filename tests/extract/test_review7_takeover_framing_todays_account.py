"""A territory change told as the time of today's account («عاد النازحون إلى تكريت اليوم … منذ سيطرة تنظيم داعش على
المدينة», «افتتحت الحكومة اليوم جسراً في الموصل بعد سقوط مدينة الموصل بيد داعش») is years old and has no date of its
own: it is not a takeover of the report's day; one with its own date, or after a dated account, stays (review7
probes of a2d86fe, issue 8). Every phrasing is written for this test; the report is of 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TAKEOVER = "Non-state actor overtakes territory"


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(text=text, id="t", source="t")
    return [(i.sub_event_type, i.location, i.event_date.isoformat() if i.event_date else None)
            for i in parse_article(article, None, article_date=date(2024, 3, 14)).incidents]


@pytest.mark.parametrize("text", [
    # a takeover of the report's day on main
    "عاد آلاف النازحين إلى تكريت اليوم، بعد سنوات من النزوح منذ سيطرة تنظيم داعش على المدينة.",
    "قتل ثلاثة أشخاص بانفجار عبوة ناسفة في تكريت اليوم، وهي المدينة التي شهدت دمارا واسعا بعد سيطرة داعش على مدينة تكريت.",
    "افتتحت الحكومة اليوم جسرا جديدا في الموصل بعد سقوط مدينة الموصل بيد داعش وتدمير جسورها.",
])
def test_no_takeover_of_the_day(text: str) -> None:
    assert not any(kind == TAKEOVER for kind, _, _ in _found(text))


@pytest.mark.parametrize("text, place, day", [
    # near misses: the takeover with its own date, or after an account with its absolute date
    ("زار الوزير المدرسة التي شهدت المجزرة بعد سقوط قضاء سنجار في 3 آب 2014.", "Sinjar", "2014-08-03"),
    ("قتل مئات الأسرى في 12 حزيران 2014، بعد سيطرة داعش على بيجي.", "Baiji", "2014-06-12"),
])
def test_dated_takeover_stays(text: str, place: str, day: str) -> None:
    assert any(kind == TAKEOVER and (loc or "").startswith(place) and when == day for kind, loc, when in _found(text))
