"""A village the gazetteer knows in one governorate only, named beside another governorate's place
while its own governorate appears nowhere in the report, is a namesake the gazetteer lacks: it is not
placed (the event keeps the governorate that frames it). Phrasings written for this test."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text, expected", [
    # الزوية is known only as a village of Baiji (Salah al-Din); Anbar frames it here.
    ("عثرت القوات على عبوات ناسفة في منطقة الزوية ضمن قاطع فوج طوارئ الأنبار.", ["Anbar Governorate"]),
    ("اشتباك مسلح في قرية الزوية التابعة لمحافظة الأنبار غربي البلاد.", ["Anbar Governorate"]),
    # its own governorate, a town of it, or nothing else: the village stays
    ("انفجرت عبوة ناسفة في قرية الزوية التابعة لقضاء بيجي في محافظة صلاح الدين.",
     ["Zuwiya", "Baiji District", "Salah al-Din Governorate"]),
    ("انفجرت عبوة ناسفة في قرية الزوية شمال تكريت.", ["Zuwiya", "Tikrit"]),
    ("انفجرت عبوة ناسفة في قرية الزوية فجر اليوم.", ["Zuwiya"]),
    # another governorate far away in the report does not frame it
    ("انفجرت عبوة ناسفة في قرية الزوية فجر اليوم وأصيب جنديان بجروح نقلا على إثرها إلى المستشفى لتلقي العلاج "
     "اللازم، فيما تواصل القوات الأمنية عمليات التفتيش. وفي حادث منفصل اعتقلت قوة أمنية مطلوبا في الأنبار.",
     ["Zuwiya", "Anbar Governorate"]),
])
def test_a_village_framed_by_another_governorate(text: str, expected: list[str]) -> None:
    assert [m.place.name_en for m in find_places(text)] == expected
