"""A group whose "the attack" points at the word that opened it is an event of its own when it joins no
event told before (issue 8, recall8 audit, session 8; the brief's first known case, session 7).

«هاجم مسلحون قرية في ديالى، وأسفر الهجوم عن مقتل ثلاثة مدنيين» is one group (هاجم … الهجوم … مقتل);
its definite «الهجوم» made it a back reference, drafted with no place or date of its own to join an
event told before, and with none told it was dropped: the report's only event was lost. Such a group
is now drafted both ways (`build_incidents`): the back reference is kept when it joins an earlier
event («انفجرت سيارة مفخخة ... وقتل خمسة أشخاص في الهجوم»: the bombing's toll), the group's own
event, placed and dated by its sentence, when it joins none. A group opened by the definite word
itself («وأسفر الهجوم عن مقتل ...») stays a back reference.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location", "fatalities")


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون قرية في ديالى، وأسفر الهجوم عن مقتل ثلاثة مدنيين.", [("Attack", "Diyala Governorate", 3)]),
    ("Gunmen attacked a village in Diyala, and the attack killed three civilians.", [("Attack", "Diyala Governorate", 3)]),
    ("قتل مدنيان في الهجوم على سوق شعبي في بعقوبة.", [("Attack", "Baqubah", 2)]),
    ("أطلق مسلحون النار على دورية للشرطة في الموصل، وأسفر الهجوم عن مقتل شرطي.", [("Armed clash", "Mosul", 1)]),
    ("Three soldiers were killed in the attack on a checkpoint in Tarmiyah, north of Baghdad.",
     [("Armed clash", "Tarmiyah", 3)]),
])
def test_a_group_that_opened_its_event_is_one(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    # "the attack" of a later sentence is the bombing told before it: one event, the bombing's toll
    ("انفجرت سيارة مفخخة في سوق الطارمية صباح اليوم.\nوقتل خمسة أشخاص في الهجوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah", 5)]),
    ("A car bomb exploded at a market in Tarmiyah on Tuesday.\nFive people were killed in the attack.",
     [("Remote explosive/landmine/IED", "Tarmiyah", 5)]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية صباح اليوم.\nوقال مصدر أمني إن جنديين قتلا في الهجوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah", 2)]),
    # the attack told before, its wounded told after: still one event
    ("هاجم مسلحون نقطة تفتيش في الطارمية فجر اليوم.\nوأصيب جنديان في الهجوم.", [("Armed clash", "Tarmiyah", None)]),
    # a condemnation names the attack: no event of its own
    ("أدان المحافظ الهجوم على قرية في ديالى.", []),
])
def test_the_attack_told_before_keeps_its_back_reference(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
