"""The present tense of hitting, wounding and killing with a weapon as the subject (issue 8, trec12: self-written
flash probes of headline phrasings that gave no incident).

A weapon word («عبوة ناسفة», «صاروخ», «مسيرة», 'rockets') is an event only with a concrete verb in its clause (cues.yaml
event_verbs). The perfect «أصاب», «ضرب» and 'targeted' were there; the headline's present tense «تصيب», «يصيب»,
«تضرب», «يضرب», «تقتل», «يقتل» and 'target(s)' were not: «عبوة ناسفة تصيب جنديين في الطارمية» gave nothing, and
«عبوة ناسفة تقتل جنديين» an armed clash (the killing word alone) instead of the bomb. The same verbs with no weapon
(a government that 'strikes with an iron hand', a decision that 'hits' employees, rules that 'target' smuggling,
drought) stay no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("عبوة ناسفة تصيب جنديين في الطارمية", [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("عبوة ناسفة تقتل جنديين في الطارمية", [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("مسيرة مجهولة تضرب مقرا للحشد في آمرلي", [("Air/drone strike", "Amerli")]),
    ("صاروخ يصيب منزلا في حي الجادرية ببغداد", [("Shelling/artillery/missile attack", "Jadiriya")]),
    ("Rockets target Balad air base", [("Shelling/artillery/missile attack", "Balad Air Base")]),
])
def test_a_weapon_that_hits_in_the_present_tense(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "قال المحافظ إن الحكومة تضرب بيد من حديد كل من يحمل السلاح في البصرة.",
    "قرار الحكومة يصيب موظفي محافظة ذي قار بالإحباط.",
    "New rules target weapons smuggling in Basra, officials said.",
    "الجفاف يضرب مزارع ميسان ويقتل المواشي.",
])
def test_the_same_verbs_with_no_weapon(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
