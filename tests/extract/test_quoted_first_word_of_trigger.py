"""A trigger whose first word is quoted places its event after the quote (issue 8, probe12).

'Turkish forces "neutralised" four PKK militants in the Gara region of northern Iraq' gave nothing and 'Security forces
"neutralised" two militants near Tarmiyah' only the fallback place: the quote closing right after the trigger's first
word was counted as a speaker's quotation opening between the trigger and its place (placing._quoted_after), because
the trigger goes on past it ('neutralised" four PKK militants'). The Turkish defence ministry's word, quoted by the
wires, is a name of the act, not a speaker's words; a quotation opened after the trigger still places nothing.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

#: Written as on Wednesday 14 May 2025.
WRITTEN = date(2025, 5, 14)

#: Each text with what it tells: (sub-event type, place, geo precision) per incident.
CASES = [
    ('Turkish forces "neutralised" four PKK militants in the Gara region of northern Iraq, the ministry said.',
     [("Armed clash", "Mount Gara", 2)]),
    ('Security forces "neutralised" two militants near Tarmiyah on Wednesday.',
     [("Armed clash", "Tarmiyah", 2)]),
    ('The minister defended the airstrike, claiming the commander "was planning attacks in Baghdad".', []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_quoted_word_of_the_act(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "geo_precision", day=WRITTEN) == expected
