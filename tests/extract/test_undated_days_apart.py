"""Two accounts of a report with no publication date that name two days of their own, at two places, are two events.

Once the report's date resolves them, «مساء الأحد» at Baghdad airport and «فجر الجمعة الماضي» in the Green Zone
('on Sunday evening' ... 'On Friday') are two days and two events; with no publication date both days resolved to
nothing and the accounts merged into one (the earlier rockets kept, the report's own attack lost). The days are
read against one fixed day (`incidents._own_day_untold`) so that they compare (zero9 audit, step 7, issue 8; the
undated reports that 'blunt every weekday rule', session 8). Not: two accounts of one day at one place, a death of
wounds told the next day. Self-written phrasings, parsed with no publication date (``day=None``).
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


@pytest.mark.parametrize("text, places", [
    ("أعلنت خلية الإعلام الأمني، مساء الأحد، سقوط صاروخي كاتيوشا في محيط مطار بغداد الدولي دون خسائر.\n"
     "وفجر الجمعة الماضي، سقطت ثلاثة صواريخ كاتيوشا داخل المنطقة الخضراء في بغداد.",
     ["Baghdad International Airport", "Green Zone"]),
    ("Two rockets hit near Baghdad airport on Sunday evening. On Friday, three rockets struck the Green Zone in Baghdad.",
     ["Baghdad International Airport", "Green Zone"]),
])
def test_two_own_days_at_two_places_are_two_events(text: str, places: list[str]) -> None:
    assert incidents(text, "location", day=None) == places


@pytest.mark.parametrize("text, places", [
    ("سقط صاروخا كاتيوشا مساء الأحد في محيط مطار بغداد الدولي. وأفاد مصدر أمني بأن الصاروخين سقطا مساء الأحد "
     "قرب مدرج المطار.", ["Baghdad International Airport"]),
    ("Two rockets hit near Baghdad airport on Sunday evening. The rockets landed on Sunday near the airport's runway, "
     "a source said.", ["Baghdad International Airport"]),
    ("A roadside bomb killed two soldiers near Tarmiyah on Sunday. On Monday, a third soldier died of his wounds in "
     "a Baghdad hospital.", ["Tarmiyah"]),
])
def test_one_day_or_a_death_of_wounds_stays_one_event(text: str, places: list[str]) -> None:
    assert incidents(text, "location", day=None) == places
