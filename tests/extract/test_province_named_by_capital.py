"""A governorate named by its capital's name («في دهوك», «في البصرة», "in Duhok"), or a district by its
seat's («في سنجار», "in Shengal"), is the governorate or district, not the town, when the same event's other
account places it there well outside the town: the district, sub-district, mountain or village told is
the event's place (issue 8, place7 audit). Look-alikes: an account placing it only near a place outside
the city, and a place inside the city (its airport). Every phrasing is written for this test, none is a
real report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, title=text.splitlines()[0], id="t", source="t")
    return sorted(i.location or "" for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents)


@pytest.mark.parametrize("text, expected", [
    ("قصف تركي على قرى في دهوك\nقصفت طائرات حربية تركية اليوم الأحد قريتين جبليتين في دهوك. "
     "وقال مصدر محلي إن الطائرات الحربية التركية قصفت قريتين في قضاء العمادية دون تسجيل خسائر.", ["Amedi District"]),
    ("مقتل شخصين بنزاع عشائري في البصرة\nاندلع نزاع عشائري مسلح في البصرة فجر اليوم السبت. "
     "وقال مصدر أمني إن النزاع العشائري اندلع في قضاء القرنة وأدى إلى مقتل شخصين.", ["Qurna District"]),
    ("Turkish jets bomb villages in Duhok\nTurkish warplanes bombed two villages in Duhok on Sunday. "
     "The airstrikes hit two villages in the Amadiya district, a local official said.", ["Amedi"]),
    # a district's namesake seat names the district: its sub-district or mountain is the place
    ("Turkish drone strike in Shengal\nTurkish drones struck Shengal on Wednesday, killing two people. The drone "
     "hit a shop in the sub-district of Sinuni, a local official said.", ["Sinuni"]),
    ("قصف تركي على سنجار\nقصفت طائرات تركية مساء الخميس مقراً على جبل سنجار دون معرفة الخسائر.", ["Sinjar mountain"]),
])
def test_the_capitals_name_is_the_governorate_when_the_event_lies_outside_the_city(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the other account places it only near a place outside the city: the city stays
    ("سقوط قذائف في دهوك\nسقطت ثلاث قذائف هاون في دهوك مساء اليوم. وقال مصدر إن القذائف سقطت قرب قضاء العمادية.",
     ["Dohuk"]),
    # a place in the city itself: the city's account joins it as before
    ("سقوط صاروخ في أربيل\nسقط صاروخ في أربيل مساء اليوم. وقال مصدر إن الصاروخ سقط في مطار أربيل الدولي.",
     ["Erbil"]),
])
def test_other_events_and_places_in_the_city_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
