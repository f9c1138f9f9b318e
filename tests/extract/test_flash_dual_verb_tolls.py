"""Two people named before a dual casualty verb are two dead or wounded: «جنديين اثنين قتلا», «متظاهرين قتلا»,
«مدنيين اثنين أصيبا» (issue 8, flash10 audit, session 10, stage TOLL/TYPE, work half).

Agency flashes often put the victims first, as the subject of a dual past verb (قُتِلا, أُصيبا, استُشهِدا):
«قال مصدر طبي إن متظاهرين اثنين قتلا ... برصاص قوات الأمن». The counter read a count only after a casualty
word or before its plural (قتلوا), so the toll was lost, and with it the type: protesters shot by the forces
with no dead counted stayed a protest, not Excessive force. The dual verbs are now `after` words of
numbers.yaml, and a person noun in -ين/-ان right before one (متظاهرين, also a plural) is the dual. When people
follow the verb (مسلحين قتلا شرطياً) the verb is active and its subject the killers: not counted.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.numbers import count_casualties
from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("قال مصدر طبي إن متظاهرين اثنين قتلا اليوم برصاص قوات الأمن أثناء تفريق محتجين وسط النجف.",
     [("Excessive force against protesters", "Najaf", 2)]),
    ("أفاد مصدر أمني بأن جنديين اثنين قتلا اليوم الثلاثاء بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية.",
     [("Remote explosive/landmine/IED", "Tarmiyah District", 2)]),
    ("قال مصدر في الشرطة إن منتسبين قتلا وأصيب ثالث بهجوم لداعش على نقطة أمنية في قضاء الدبس، اليوم الثلاثاء.",
     [("Armed clash", "Dibis District", 2)]),
])
def test_two_named_before_a_dual_verb_are_the_dead(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "fatalities", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    ("إن مدنيين أصيبا اليوم بانفجار عبوة لاصقة", (None, 2)),
    ("إن جنديين أصيبا اليوم", (None, 2)),
])
def test_two_named_before_a_dual_verb_are_the_wounded(text: str, expected: tuple) -> None:
    assert (count_casualties(text).killed, count_casualties(text).injured) == expected


@pytest.mark.parametrize("text, expected", [
    # people after the verb: the two are the killers, the one after them the dead
    ("إن مسلحين قتلا شرطياً بإطلاق النار عليه", (1, None)),
    ("إن مسلحين اثنين قتلا شرطياً في كركوك", (1, None)),
    # a plural verb and a singular stay as they were
    ("إن ثلاثة جنود قتلوا اليوم", (3, None)),
    ("إن شاباً قتل بالرصاص", (1, None)),
])
def test_a_dual_verb_with_its_object_counts_the_object(text: str, expected: tuple) -> None:
    assert (count_casualties(text).killed, count_casualties(text).injured) == expected
