"""Fire told as coming from the gunmen names its shooters, not its victims (issue 8, probe12).

«أصيب مدني بجروح إثر إطلاق نار من مسلحين مجهولين في ناحية العظيم» was an armed clash: the shooting word's victims were
read after it, and «من مسلحين» (from gunmen) counted the gunmen as the people shot (combatants: a battle). After a
shooting word («إطلاق نار», «النار», «الرصاص», «نيران»), «من» and a word or two name where the fire came from (the
shooters, their guns); the victims are the civilian before it or those after «على». Soldiers shot so stay a clash.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

#: Written as on Wednesday 14 May 2025.
WRITTEN = date(2025, 5, 14)

#: Each text with its incidents' (sub-event type, injured).
SHOT = [
    ("أصيب مدني بجروح إثر إطلاق نار من مسلحين مجهولين في ناحية العظيم، اليوم الأربعاء.", [("Attack", 1)]),
    ("أصيب مواطن بجروح إثر إطلاق نار من مسلحين مجهولين في قضاء الخالص، مساء الثلاثاء.", [("Attack", 1)]),
    ("أصيب جنديان بجروح إثر إطلاق نار من مسلحين على نقطة للجيش في ناحية العظيم، اليوم الأربعاء.",
     [("Armed clash", 2)]),
]


@pytest.mark.parametrize("text, expected", SHOT)
def test_who_fired_and_who_was_hit(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "injuries", day=WRITTEN) == expected
