"""Another source's count or a first report of the event just told ('a doctor gave a higher death toll', 'the
security service initially said three rockets had struck', «قدم مصدر طبي حصيلة أعلى», «أفاد في بادئ الأمر») is
that event told again: one incident at the event's own place, not a second one at the source's hospital town
or the first report's place (issue 8, dup8 audit, cue class ``other_account``). Near misses: a count said to be
another bombing's, and an account of another day, stay apart. Phrasings written for this table from general
Arabic and English wire usage; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.events import says_other_account
from tests.extract.probe import incidents as probe

DAY = date(2024, 5, 3)  # a Friday
IED, DRONE = "Remote explosive/landmine/IED", "Air/drone strike"


def incidents(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((kind, place, str(day)) for kind, place, day in probe(text, "sub_event_type", "location", "event_date", day=DAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("A car bomb killed 12 people at a market in Hilla on Friday, police said. A doctor at the hospital in Kifl gave "
     "a higher death toll, saying 15 people were killed.", [(IED, "Hillah", "2024-05-03")]),
    ("قتل 12 شخصاً بانفجار سيارة مفخخة في سوق بمدينة الحلة اليوم الجمعة، بحسب الشرطة. وقدم مصدر طبي في ناحية الكفل "
     "حصيلة أعلى، مشيراً إلى مقتل 15 شخصاً.", [(IED, "Hillah", "2024-05-03")]),
    ("A drone attack hit near U.S. forces at Erbil airport on Friday, Kurdish officials said. The region's security "
     "service initially said three rockets had struck near Baghdad airport, but a later statement said drones "
     "carried out the attack.", [(DRONE, "Erbil International Airport", "2024-05-03")]),
    ("استهدف هجوم بطائرات مسيرة مطار أربيل الدولي مساء الجمعة. وكان جهاز الأمن قد أفاد في بادئ الأمر بسقوط ثلاثة "
     "صواريخ قرب مطار بغداد، قبل أن يعلن جهاز مكافحة الإرهاب أن الهجوم نفذ بطائرات مسيرة.",
     [(DRONE, "Erbil International Airport", "2024-05-03")]),
])
def test_another_sources_account_is_the_event(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "A car bomb killed 12 people at a market in Hilla on Friday, police said. Police gave a lower toll for a second "
    "bombing in Basra, saying four people were killed.",
    "قتل 12 شخصاً بانفجار سيارة مفخخة في سوق بمدينة الحلة اليوم الجمعة. وفي حادث آخر، أعطت الشرطة حصيلة أقل لتفجير "
    "عبوة ناسفة في البصرة، مشيرة إلى مقتل أربعة أشخاص.",
])
def test_a_count_of_another_bombing_stays_apart(text: str) -> None:
    assert incidents(text) == [(IED, "Basra", "2024-05-03"), (IED, "Hillah", "2024-05-03")]


def test_an_account_of_another_day_stays_apart() -> None:
    text = ("A car bomb killed 12 people at a market in Hilla on Friday, police said. On Monday, a roadside bomb killed "
            "four people in Basra, police initially said.")
    assert incidents(text) == [(IED, "Basra", "2024-04-29"), (IED, "Hillah", "2024-05-03")]


@pytest.mark.parametrize(("text", "says"), [
    ("the military gave a slightly lower death toll of 14", True),
    ("there were conflicting reports on the death toll", True),
    ("وسط أنباء متضاربة عن عدد الضحايا", True),
    ("the toll was expected to rise", False),
    ("وأضاف أن الحصيلة مرشحة للارتفاع", False),
    ("the ministry said on Friday that the attack killed 12", False),
])
def test_the_cue(text: str, says: bool) -> None:
    assert says_other_account(text) is says
