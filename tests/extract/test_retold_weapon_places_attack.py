"""A weapon named again with a place of its own places the attack it retells (issue 8, recall8 audit,
session 8).

«سقطت الصواريخ على منزل خلف مطار بغداد» names the rockets of an attack again (`_told_again`); merged
with that attack's account, the attack keeps its kind and its place. When the attack was told without a
place of its own (it fell back on the report's lead, another city), the retelling's place is where it
happened: keeping the lead's city put a rocket attack in Baghdad at the Erbil base of the headline, and
lost it as an event of its own. A retelling at the lead's own site stays that one event.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)


@pytest.mark.parametrize("text, expected", [
    # the lead's rockets on the Erbil base; days ago, rockets on a house behind Baghdad airport killed five
    ("تعرضت القاعدة الأمريكية قرب مطار أربيل لهجوم صاروخي.\nومنذ أيام سقطت الصواريخ على منزل خلف مطار بغداد.\n"
     "وقتل خمسة أشخاص بصواريخ كاتيوشا.",
     [("Erbil International Airport", None), ("Baghdad International Airport", 5)]),
    # English, the same account (already two events)
    ("Rockets struck the US base near Erbil airport.\nDays ago, the rockets fell on a house behind Baghdad airport.\n"
     "Five people were killed by Katyusha rockets.",
     [("Erbil International Airport", None), ("Baghdad International Airport", 5)]),
])
def test_the_retelling_places_an_attack_told_without_a_place(text: str, expected: list) -> None:
    assert incidents(text, "location", "fatalities", day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    # the rockets named again fell at the lead's base: one attack, its wounded
    ("تعرضت القاعدة الأمريكية قرب مطار أربيل لهجوم صاروخي.\nوسقطت الصواريخ على منزل خلف القاعدة.\n"
     "وأصيب خمسة أشخاص بصواريخ كاتيوشا.",
     [("Erbil International Airport", 5)]),
    ("Rockets struck the US base near Erbil airport.\nThe rockets fell on a house behind the base.\n"
     "Five people were wounded by Katyusha rockets.",
     [("Erbil International Airport", 5)]),
])
def test_a_retelling_at_the_leads_site_stays_one_event(text: str, expected: list) -> None:
    assert incidents(text, "location", "injuries", day=WED) == expected
