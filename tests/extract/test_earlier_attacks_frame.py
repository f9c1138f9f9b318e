"""Attacks named only as earlier ones («بعد هجمات سابقة», 'after earlier attacks') frame today's news and are no
event of their own (issue 8, place9 audit: «شددت القوات الأمنية إجراءاتها في محيط مطار بغداد الدولي بعد هجمات
سابقة» gave an armed clash at the airport beside the report's Nahrawan bombing). Near misses: one earlier attack
told with its day and toll is an event; the report's own bombing stays. Phrasings written for this table from
general Arabic and English news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

IED = "Remote explosive/landmine/IED"


def found(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("بغداد - شددت القوات الأمنية إجراءاتها في محيط مطار بغداد الدولي بعد هجمات سابقة. وأصيب ثلاثة مدنيين "
     "بانفجار عبوة ناسفة استهدفت سوق النهروان.", [(IED, "Nahrawan")]),
    ("BAGHDAD - Security was tightened around Baghdad International Airport after earlier attacks. A roadside bomb "
     "later wounded three civilians in Nahrawan, southeast of the capital.", [(IED, "Nahrawan")]),
])
def test_earlier_attacks_are_no_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An earlier attack on Monday killed two soldiers in Tarmiyah, police said.", [("Armed clash", "Tarmiyah")]),
    ("بغداد - أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في النهروان اليوم.", [(IED, "Nahrawan")]),
    ("بغداد - رفعت القوات الأمنية درجة التأهب في قضاء الطارمية تحسبا لتكرار الاعتداءات السابقة.", []),
])
def test_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
