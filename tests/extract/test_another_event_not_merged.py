"""An account told after another that says it is another event is not merged into it (issue 8, recall8
audit, session 8, stage MERGE; written after both halves were opened).

«واستهدفت الطائرات المسيرة أيضاً موقعاً في قرية بارة بقضاء سنجار» after a drone strike on a car in
another village of the district: the cue class ``another_event`` («أيضاً», «آخر», «منفصل», "also",
"another", "separate") said so, but the second strike was merged as the first one retold (`_strike_retold`,
the second pass's `_retold`), both placed at the district. Now `_says_another_after`: the later account
(in a sentence of its own, not the title) that says it is another event stays apart, in both passes. A
later sentence that adds to the event told («وقتل أيضاً مدني في الهجوم», "A civilian was also killed in
the attack», «وأسفر الهجوم أيضاً عن إصابة جنديين») still joins it, and so does one that only numbers
the event or its weapon among others of its kind («وهو القصف الثاني خلال أسبوع», "a second was
intercepted", `_ORDINAL_WORD`).

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location")


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة تركية سيارة في قرية بهرافا بقضاء سنجار.\n"
     "واستهدفت الطائرات المسيرة أيضا موقعا في قرية بارة بقضاء سنجار.",
     [("Air/drone strike", "Sinjar District"), ("Air/drone strike", "Sinjar District")]),
    ("A Turkish drone struck a car in a village of Sinjar district.\n"
     "The drones also struck a position in another village of Sinjar district.",
     [("Air/drone strike", "Sinjar District"), ("Air/drone strike", "Sinjar District")]),
])
def test_another_event_told_after_stays_apart(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل جنديان بانفجار عبوة ناسفة في الطارمية.\nوقتل أيضا مدني في الهجوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("Two soldiers were killed by a roadside bomb in Tarmiyah.\nA civilian was also killed in the attack.",
     [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية.\nوأصيب أيضا ثلاثة جنود بجروح في الانفجار.",
     [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("هاجم مسلحون نقطة تفتيش في الطارمية.\nوأسفر الهجوم أيضا عن إصابة جنديين.", [("Armed clash", "Tarmiyah")]),
    ("اندلع نزاع عشائري مسلح في ناحية الهارثة شمال البصرة.\nوأسفر النزاع أيضا عن احتراق منزلين.",
     [("Armed clash", "Hartha")]),
    # the strike numbers itself among earlier ones («وهو القصف الثاني خلال أسبوع»): the one told before
    ("قتل ثلاثة مقاتلين بقصف تركي في قضاء سنجار.\n"
     "وذكر البيان أن طائرة مسيرة تركية استهدفت مقرا في قضاء سنجار، وهو القصف الثاني خلال أسبوع.",
     [("Air/drone strike", "Sinjar District")]),
])
def test_a_later_sentence_adding_to_the_event_joins_it(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
