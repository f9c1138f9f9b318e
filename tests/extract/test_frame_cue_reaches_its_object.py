"""A cue that frames a trigger reaches that trigger, not the event told in the clause after it (issue 8,
recall8 audit, session 8; the brief's second known case, stage GROUP REJECTION).

«مع اتساع رقعة الاحتجاجات، قتل متظاهران برصاص قوات الأمن في الناصرية»: the trend cue «اتساع رقعة» has the
protests as its object; the killing after the comma is the news. The generic killing was absorbed by
the protest word (a generic word beside a specific one refers to it), and the protest group was rejected
by the trend, so the report's event was lost; "Amid a surge in attacks, two soldiers were killed by a
roadside bomb" lost its bombing the same way (the cue's window reached back over the comma, and the clause
after a rejected one inherits its rejection). Now a cue whose span holds a trigger, or is followed by it
directly, is used up by it (`events._framed`): the clause after the frame keeps its generic words, starts a
group of its own, and is judged by its own cues. A frame whose next clause is itself a toll, a fear or a
possibility stays no event.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location")


@pytest.mark.parametrize("text, expected", [
    ("مع اتساع رقعة الاحتجاجات، قتل متظاهران برصاص قوات الأمن في الناصرية.",
     [("Excessive force against protesters", "Nasiriyah")]),
    ("وسط تصاعد الاحتجاجات في البصرة، أطلق مسلحون النار على ناشط وسط المدينة فأردوه قتيلا.", [("Attack", "Basra")]),
    ("مع اتساع رقعة الاحتجاجات، انفجرت عبوة ناسفة قرب مقر حزبي في الناصرية.",
     [("Remote explosive/landmine/IED", "Nasiriyah")]),
    ("Amid a surge in attacks, two soldiers were killed by a roadside bomb in Tarmiyah.",
     [("Remote explosive/landmine/IED", "Tarmiyah")]),
    ("Amid a surge in protests, security forces shot dead two demonstrators in Nasiriyah on Monday.",
     [("Excessive force against protesters", "Nasiriyah")]),
])
def test_the_clause_after_a_frame_tells_the_event(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text", [
    "مع اتساع رقعة الاحتجاجات، ارتفع عدد القتلى إلى 50 منذ بداية الشهر.",
    "مع اتساع رقعة الاحتجاجات، تخشى السلطات من وقوع أعمال عنف في الناصرية.",
    "مع اتساع رقعة الاحتجاجات في الناصرية، قد تلجأ القوات إلى إطلاق النار على المتظاهرين.",
    "مع اتساع رقعة الاحتجاجات في الناصرية والبصرة وبغداد خلال الأسابيع الماضية، قتل أكثر من 400 متظاهر.",
    "ارتفاع عدد الهجمات في كركوك، وقتل 20 شخصا منذ بداية العام.",
    "في ظل تزايد عدد الهجمات في كركوك، قتل 30 جنديا منذ بداية العام.",
    "Amid a surge in attacks, officials warned that militants could strike Kirkuk again.",
    "Amid a rise in attacks this year, 20 people have been killed in Kirkuk since January.",
])
def test_a_frame_with_no_event_after_it_stays_none(text: str) -> None:
    assert incidents(text, *FIELDS, day=WED) == []
