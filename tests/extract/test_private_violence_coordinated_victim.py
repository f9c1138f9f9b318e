"""A wife wounded beside her husband in an armed attack is no family murder (issue 8, recall8 audit,
session 8, stage CUE; written after the check half was opened).

The ``private_violence`` row «قتل … زوجته» ("killed his wife") allowed one word between the verb and the
relative, so «رجلا قتل وأصيبت زوجته بهجوم مسلح» ("a man was killed and his wife wounded in an armed attack")
read as a man killing his wife and the attack was dropped. The word between may be the killer («قتل رجل
زوجته», «قتل مسلح زوجته»), not a coordinated verb opening with «و».

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location")


@pytest.mark.parametrize("text, expected", [
    ("أفاد مصدر محلي في محافظة ديالى بأن رجلا قتل وأصيبت زوجته بهجوم مسلح في قضاء الخالص.",
     [("Attack", "Khalis District")]),
    ("قتل رجل وجرحت زوجته بإطلاق نار من مسلحين مجهولين في قضاء الخالص.", [("Attack", "Khalis District")]),
])
def test_a_wife_wounded_in_the_attack_is_its_victim(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text", [
    "قتل رجل زوجته في قضاء الخالص.",
    "قتل مسلح زوجته بإطلاق النار عليها في قضاء الخالص.",
    "أقدم شاب على قتل شقيقته في قضاء الخالص.",
])
def test_a_family_murder_stays_none(text: str) -> None:
    assert incidents(text, *FIELDS, day=WED) == []
