"""A den or hideout destroyed by the air arm is an air strike (issue 8, tgaudit6 audit): security-media
flashes say «تمكن طيران الجيش من تدمير وكر», «القوة الجوية تدمر مضافة», «تدمير سلاح الجو مخبأً», and a
headline «تدمير مخبأ لداعش» over such a body sentence is the same strike. A den destroyed by ground
troops stays Disrupted weapons use. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2026, 3, 10))


@pytest.mark.parametrize("text, admin1", [
    ("تمكن أبطال طيران الجيش من تدمير وكر لعصابات داعش في جزيرة سامراء.", "Salah al-Din"),
    ("القوة الجوية تدمر مضافة لداعش في وادي الشاي جنوب كركوك", "Kirkuk"),
    ("أعلنت الخلية تدمير سلاح الجو العراقي مخبأ لداعش في صحراء الحضر.", "Nineveh"),
    ("تدمير مخبأ لداعش قرب قضاء الشرقاط\nوقالت الخلية إن طيران الجيش تمكن من تدمير وحرق وكر لعصابات داعش قرب قضاء الشرقاط.",
     "Salah al-Din"),
])
def test_a_den_destroyed_from_the_air_is_an_air_strike(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Air/drone strike", admin1)]


def test_a_den_destroyed_by_ground_troops_stays_disrupted_weapons_use() -> None:
    assert _incidents("قوة من الجيش تدمر وكرا لداعش في صحراء الحضر") == [("Disrupted weapons use", "Nineveh")]
