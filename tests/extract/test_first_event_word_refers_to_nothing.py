"""The report's first event word has nothing told before it to refer back to (issue 8, trec12: reports with no
incident at all in the pool check).

A definite attack word («الهجوم», «الهجمات الصاروخية», 'the attack') was read as a back reference to an event told
before it, with no place or date of its own, and dropped when it joined nothing. When it is the first event word of
the report there is nothing before it: «أعلن التنظيم مسؤوليته عن الهجوم على سجن ...», 'the death toll of the ISIS
attack in Makhmour district has reached 13', «توقف الملاحة في مطار أربيل إثر الهجمات الصاروخية» name the report's
event as known, with its place. Not a blast of unknown nature («أصوات الانفجارات»), an attack a statement condemns
(told days later, from the speaker's seat), «هذا الهجوم» (this attack: a topic pointed at), and a real back
reference after the event is told.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("أعلن تنظيم داعش مسؤوليته عن الهجوم على سجن في قضاء الطارمية شمالي بغداد.", [("Armed clash", "Tarmiyah District")]),
    ("The death toll of the ISIS attack in Makhmour district has reached 13, officials said on Monday.",
     [("Armed clash", "Makhmour District")]),
    ("توقف حركة الملاحة الجوية في مطار أربيل الدولي إثر الهجمات الصاروخية",
     [("Shelling/artillery/missile attack", "Erbil International Airport")]),
])
def test_first_event_word_names_the_reports_event(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("أدانت البعثة الأممية الهجوم على حقل خور مور في السليمانية.", []),
    ("أوضح مصدر أمني طبيعة أصوات الانفجارات التي سمعت في منطقة الكرادة.", []),
    ("ناقش المجلس في جلسته هذا الهجوم على قضاء مخمور.", []),
    ("انفجرت عبوة ناسفة في سوق الخضار بقضاء الخالص صباح اليوم. وأسفر الهجوم عن مقتل شخصين.",
     [("Remote explosive/landmine/IED", "Khalis District")]),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected
