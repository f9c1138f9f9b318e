"""Near misses of session 11's extraction rules (review11, issue 8): self-written phrasings where a rule landed this
session must not fire, and the neighbouring phrasings where it still must. Each section names the commit it narrows.

Every phrasing is written for this table (none is a real report's text); the article date is Tuesday 2025-03-11.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2025, 3, 11)
ATTACK = "Attack"


# -- c498e76: a class of people across Iraq is a kind of event -------------------------------------------------------
# c498e76 made «الناشطين/الصحفيين/المتظاهرين ... في العراق» an aggregate cue wherever it stood: a body named by the
# class («جمعية الدفاع عن حقوق الصحفيين في العراق») before an assassination, or a call to protect the class after
# one, dropped the day's event. The Arabic row now needs a word of violence against the class before it («اغتيال
# الناشطين»), as the English row has ('killings of activists'); neither reads a wave or series the day's event is
# told in ('the latest in a wave of killings of activists in Iraq').
@pytest.mark.parametrize("text, expected", [
    # near misses: the day's event stays (on main before this change each gave no incident)
    ("أدانت جمعية الدفاع عن حقوق الصحفيين في العراق اغتيال الصحفي أحمد كريم بإطلاق نار في مدينة العمارة مساء "
     "الثلاثاء.", [(ATTACK, "Amarah")]),
    ("Gunmen shot dead activist Ali Hussein in central Basra on Tuesday, the latest in a wave of killings of activists "
     "in Iraq.", [(ATTACK, "Basra")]),
    # still a kind of event, no one event: the class as the victims of violence across the country
    ("اغتيال الناشطين في العراق.. والدة ناشط تطالب بالقصاص لابنها", []),
    ("ملف اغتيال الناشطين في العراق يعود إلى الواجهة بعد تصريحات وزير الداخلية", []),
    ("Killings of activists in Iraq: families demand justice", []),
])
def test_a_class_across_iraq_needs_violence_against_it(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


# -- 1e7658c: a count of typed attacks or IEDs, a toll 'since' -----------------------------------------------------
# 1e7658c read 'of 12 rocket attacks', 'at least 15 roadside bombs' and 'to have been killed since' as tallies
# wherever they stood: the day's rocket ranked in the year's count, bombs defused at one place and soldiers ranked as
# the first killed since a month were dropped. An ordinal before the count, a verb of finding or defusing before it,
# and 'to have been' are not the tally.
@pytest.mark.parametrize("text, expected", [
    # near misses: the day's event stays (on main before this change each gave no incident)
    ("A rocket struck the US embassy compound in Baghdad on Tuesday, the third of 12 rocket attacks on the compound "
     "this year.", [("Shelling/artillery/missile attack", "US Embassy in Baghdad")]),
    ("Security forces found and defused at least 15 roadside bombs along the highway between Baiji and Tikrit on "
     "Tuesday.", [("Disrupted weapons use", "Baiji")]),
    ("A roadside bomb killed two soldiers near Tarmiyah on Tuesday, the first soldiers to have been killed since "
     "January in the district.", [("Remote explosive/landmine/IED", "Tarmiyah")]),
    # still tallies over a span
    ("Militias carried out up to 17 rocket attacks on US bases in Iraq in the past month, officials said.", []),
    ("More than 300 people have been killed since October in the protests, the rights commission said.", []),
])
def test_a_count_ranked_or_found_is_no_tally(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
