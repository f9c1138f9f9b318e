"""An attack word whose sentence names a foreign state's forces as the ones who attacked («شن الجيش التركي هجوماً على
مواقع لحزب العمال», 'Iran's Revolutionary Guards attacked Kurdish opposition bases') is a strike from across the
border or the air, Air/drone strike, as «هجوم تركي/إيراني» already was (type_rules.state_strike; ttype12, session 12,
issue 8). The forces named as what was struck ('PKK fighters attacked a Turkish army base'), as who told of the
attack ('The Turkish army said PKK militants attacked …'), a sentence telling clashes, and a killing of the forces'
soldiers stay armed clashes.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)
STRIKE, CLASH = "Air/drone strike", "Armed clash"


@pytest.mark.parametrize("text, expected", [
    ("شن الجيش التركي اليوم الثلاثاء هجوماً على مواقع لحزب العمال في قضاء العمادية.", [(STRIKE, "Amedi District")]),
    ("شن الحرس الثوري الإيراني اليوم الثلاثاء هجوماً على مقرات لأحزاب كردية معارضة في كويسنجق.", [(STRIKE, "Koya")]),
    ("Iran's Revolutionary Guards attacked Kurdish opposition bases near Koya on Tuesday.", [(STRIKE, "Koya")]),
    ("Turkish forces attacked PKK positions in Sidakan on Tuesday.", [(STRIKE, "Sidakan")]),
])
def test_a_foreign_states_attack_is_a_strike(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("PKK fighters attacked a Turkish army base in Amedi on Tuesday.", [(CLASH, "Amedi")]),
    ("شن مسلحو حزب العمال اليوم الثلاثاء هجوماً على قاعدة للجيش التركي في قضاء العمادية.", [(CLASH, "Amedi District")]),
    ("Turkish forces attacked PKK positions in Sidakan on Tuesday, and clashes broke out with PKK fighters.",
     [(CLASH, "Sidakan")]),
    ("قتل ثلاثة جنود من الجيش التركي في هجوم لحزب العمال في قضاء العمادية اليوم الثلاثاء.", [(CLASH, "Amedi District")]),
    # the forces as who told of the attack, or other armed men as who attacked
    ("قال الجيش التركي إن مسلحين من حزب العمال هاجموا قاعدة في قضاء العمادية اليوم الثلاثاء.", [(CLASH, "Amedi District")]),
    ("The Turkish army said PKK militants attacked a base in Amedi on Tuesday.", [(CLASH, "Amedi")]),
    ("أعلن الجيش التركي اليوم الثلاثاء أن هجوماً استهدف قاعدة في قضاء العمادية.", [(CLASH, "Amedi District")]),
])
def test_the_forces_struck_or_fighting_stay_a_clash(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=TUE) == expected
