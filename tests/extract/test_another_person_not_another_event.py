"""'Another' that counts a person is the same event's toll, not another event (issue 8, probe12).

'A roadside bomb exploded on Tuesday evening near the village of Abu Saida ..., killing two farmers and wounding
another' was read as saying it is another event (cue class another_event: 'another' anywhere in the sentence), so the
governor's lead condemning that bombing stayed a second incident, and so did a lead 'A soldier was killed and another
was wounded in an attack ... in Salahuddin province' beside its body's attack in Tuz Khurmatu. As the Arabic rows leave «وإصابة 7 آخرين» out, 'wounding/injuring/killing
another', 'and another', and 'another' before a count, a person word, a verb or a stop are the toll's; 'in another
attack' still tells another event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

#: Written as on Wednesday 14 May 2025.
WRITTEN = date(2025, 5, 14)

#: Each text with its incidents' (place, dead, wounded).
TOLD = [
    ("The governor of Diyala on Wednesday condemned a bombing that killed two farmers in Diyala province.\n"
     "A roadside bomb exploded on Tuesday evening near the village of Abu Saida, northeast of Baquba, killing two "
     "farmers and wounding another, a police source said.",
     [("Abu Saida", 2, 1)]),
    ("A soldier was killed and another was wounded in an attack by militants in Salahuddin province on Wednesday. "
     "Militants attacked an army post in the Tuz Khurmatu district, killing one soldier and wounding another.",
     [("Tuz Khurmatu", 1, 1)]),
    ("A roadside bomb exploded in Diyala province on Wednesday. In another attack, gunmen killed a shepherd near "
     "Khanaqin.",
     [("Diyala Governorate", None, None), ("Khanaqin", 1, None)]),
]


@pytest.mark.parametrize("text, expected", TOLD)
def test_the_toll_of_one_event(text: str, expected: list) -> None:
    assert incidents(text, "location", "fatalities", "injuries", day=WRITTEN) == expected
