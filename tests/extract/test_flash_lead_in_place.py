"""A flash whose place stands in a lead-in label of its paragraph gives its incident there (issue 8, miss8
audit, session 8, stage FLASH/PLACE: a report with no incident at all).

«في العاصمة بغداد... مشاهد لأحد رجال الأمن وهو ينهال بالضرب على أحد المتظاهرين» (a real dev flash,
tg_naya_89645, read at the audit's dev check): the sentence splitter ends a sentence at the ellipsis, so
the event's sentence had no place of its own; it fell back on Baghdad but, neither placed nor dated by its
own sentence, was dropped as a back reference, and the post gave no incident. `incidents._lead_in_place`:
a place named in a short label opening the event's paragraph («في الموصل...», "In Mosul...",
"Kirkuk:"), followed only by punctuation and telling no event, is the event's own place.

Near misses: a place in a sentence of its own before the event ("In Baghdad... the cabinet approved the
budget."), and a back reference after the label ("the attack was condemned") that joins the event told
before it.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location", "geo_precision")


@pytest.mark.parametrize("text, expected", [
    ("🇮🇶\nفي العاصمة بغداد... قوات الأمن تعتدي بالضرب على أحد المتظاهرين.",
     [("Protest with intervention", "Baghdad", 1)]),
    ("في الموصل... مسلحون مجهولون يغتالون صاحب محل تجاري.", [("Attack", "Mosul", 1)]),
    ("In Mosul... unknown gunmen shot dead a shop owner.", [("Attack", "Mosul", 1)]),
])
def test_place_of_a_lead_in_label_places_the_flash(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    # the place is told by a sentence of its own, not a label of the event: no place for the shooting
    ("In Baghdad... the cabinet approved the budget. Gunmen shot dead a shop owner.", []),
    # a back reference after the label joins the event told before, at its own place
    ("Gunmen attacked a checkpoint in Tarmiyah on Sunday.\nIn Baghdad... the attack was condemned by the ministry.",
     [("Armed clash", "Tarmiyah", 1)]),
    # a label the event's own sentence already holds: unchanged
    ("Kirkuk: a roadside bomb wounded two soldiers.", [("Remote explosive/landmine/IED", "Kirkuk", 1)]),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
