"""«قاطع عمليات X», the operations sector of X in Iraqi military statements, names X as a place even when X is
also a common word (الرطبة, 'the damp'; الكرمة, 'the vine'), which is otherwise taken only after a locative word
(lead, session 12; self-written phrasings)."""

from __future__ import annotations

import pytest

from geo.cache import default_gazetteer
from geo.matcher import find_places


def places(text: str) -> list[str]:
    return [m.place.name_en for m in find_places(text, default_gazetteer())]


@pytest.mark.parametrize("text, expected", [
    ("الحشد الشعبي يصد تعرضا لداعش في قاطع عمليات الرطبة", "Rutba"),
    ("تدمير مضافة لداعش ضمن قاطع الكرمة", "Karma"),
])
def test_a_sector_names_its_town(text: str, expected: str) -> None:
    assert expected in places(text)


@pytest.mark.parametrize("text", [
    "رد قاطع على الاتهامات",  # 'a decisive reply'
    "عمليات الدور الأول من الامتحانات",  # 'the first round of exams'
])
def test_decisive_and_rounds_are_no_places(text: str) -> None:
    assert places(text) == []
