"""A sentence opened by when a protest movement began describes the movement, not a protest of the day (issue 8,
tspur12): 'Started in early October, the protests in Basra demand jobs and services' (wire boilerplate). A protest
told with its day, and a movement's start told after the day's protest, stay. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

MOVEMENTS = [
    "Started in early October, the protests in Basra demand jobs and services.",
    "Launched in October, the sit-in outside the governorate building in Basra demands jobs for graduates.",
    "Sparked on 1 October, the demonstrations in Nasiriyah call for an end to corruption.",
]

PROTESTS = [
    ("Launched on October 1, the protests in Baghdad turned deadly on Friday when security forces fired live rounds at protesters.",
     ["Baghdad"]),
    ("Protesters rallied in Baghdad on Friday, the movement having started on October 1.", ["Baghdad"]),
    ("The protests, which started in October, flared again in Basra on Friday.", ["Basra"]),
]


@pytest.mark.parametrize("text", MOVEMENTS)
def test_a_movement_opened_by_its_start_is_no_protest_of_the_day(text: str) -> None:
    assert incidents(text, "location") == []


@pytest.mark.parametrize(("text", "places"), PROTESTS)
def test_the_days_protest_stays(text: str, places: list[str]) -> None:
    assert incidents(text, "location") == places
