"""One explosive event told by a generic word («انفجار», 'an explosion': a roadside bomb by default) and by a word
naming its weapon ('Rocket attack hits …', «طائرات حربية تركية شنت ضربة جوية») is of the weapon's kind (ACLED codes
remote violence by its weapon; ttype12, session 12, issue 8). When the merged accounts kept the generic one (a body
sentence ranks above a headline), the default roadside bomb decided. A bomb named as such stays a bomb.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("Rocket attack hits near US embassy in Baghdad's Green Zone\n\nBAGHDAD — A rocket crashed on Tuesday night in the "
     "capital's Green Zone, an army spokesman said.\n\nThe attack did not cause casualties.\n\nThere was no comment from "
     "the embassy on Tuesday's attack.\n\nReporters on the other bank of the river, opposite the Green Zone, heard an "
     "explosion, after which sirens sounded in Baghdad.", ["Shelling/artillery/missile attack"]),
    ("قالت مصادر محلية إن انفجاراً هز قضاء سنجار اليوم الثلاثاء.\nوذكر مصدر أن طائرات حربية تركية شنت ضربة جوية على "
     "سيارة في القضاء، ما أسفر عن مقتل شخصين.", ["Air/drone strike"]),
])
def test_the_weapon_named_decides(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roadside bomb hits patrol near Tarmiyah\n\nA roadside bomb struck an army patrol near Tarmiyah on Tuesday, "
     "wounding two soldiers.\n\nResidents said they heard a loud explosion.", ["Remote explosive/landmine/IED"]),
    ("قالت مصادر محلية إن انفجاراً هز قضاء سنجار اليوم الثلاثاء.\nوذكر مصدر أن عبوة ناسفة انفجرت على سيارة في القضاء، "
     "ما أسفر عن مقتل شخصين.", ["Remote explosive/landmine/IED"]),
])
def test_a_bomb_named_stays(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=TUE) == expected
