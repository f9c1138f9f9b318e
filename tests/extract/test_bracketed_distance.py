"""«مدينة كركوك (250 كم) شمال بغداد»: a distance alone in brackets before the direction still makes Baghdad the
landmark the place is measured from, not the event's place (issue 8, arlong9 audit, session 9, stage PLACE;
found on the check half after the work-half rule, so not held out).

Wire round-ups (EFE, Xinhua, AFP in Arabic) give each town's distance from the capital, and some bracket the
number alone: «انفجرت في مناطق متفرقة من مدينة كركوك (250 كم) شمال بغداد», «بلدة الطوز (90 كم) شرق تكريت».
`placing._DISTANCE` read «على بعد 250 كم», «(250 كم شمال بغداد)» but not a bracket closed after the unit, so
«شمال بغداد» was a place tied to the event and El Khabar's Kirkuk car bombs were placed at Baghdad. Now the
closing bracket may follow the unit; the distances read before stay as they were.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("وتابعت المصادر أن أربع سيارات مفخخة مركونة انفجرت في مناطق متفرقة من مدينة كركوك (250 كم) شمال بغداد "
     "وأسفرت عن مقتل شخصين.", ["Kirkuk"]),
    ("Four car bombs exploded in scattered areas of the city of Kirkuk (250 km) north of Baghdad, killing two.",
     ["Kirkuk"]),
])
def test_a_bracketed_distance_measures_from_the_landmark(text: str, expected: list) -> None:
    assert incidents(text, "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت ثلاث سيارات مفخخة في بلدة الطوز (90 كم) شرق تكريت ما أسفر عن مقتل خمسة.", ["Tuz Khurmatu"]),
    ("انفجرت سيارة مفخخة في مدينة كركوك (250 كم شمال بغداد) وأسفرت عن مقتل شخصين.", ["Kirkuk"]),
])
def test_distances_already_read_stay(text: str, expected: list) -> None:
    assert incidents(text, "location", day=TUE) == expected
