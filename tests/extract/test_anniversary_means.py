"""The means a remembered killing was carried out with is that old killing, not an event of the day (issue
8, tspur12): «الذكرى الثانية لاغتيال سليماني ونائب رئيس الحشد المهندس، بضربة أميركية قرب مطار بغداد» and 'the
anniversary of the killing of Soleimani and al-Muhandis, in a US drone strike near Baghdad airport' tell no
strike at the airport today. A bombing told with a verb or a day of its own after the anniversary stays.
Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

REMEMBERED = [
    "أحيا أنصار الحشد في بغداد اليوم الذكرى الثالثة لمقتل أبي مهدي المهندس وقاسم سليماني، قائد فيلق القدس الإيراني، بغارة أميركية قرب مطار بغداد.",
    "Militia leaders marked the second anniversary of the killing of Iranian general Qassem Soleimani and militia leader Abu Mahdi al-Muhandis, in a US drone strike near Baghdad airport.",
]

EVENTS = [
    ("تعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين اليوم، وتزامن الهجوم مع الذكرى الثانية لاغتيال قاسم سليماني وأبو مهدي المهندس، بضربة أميركية قرب مطار بغداد الدولي.",
     ["Ain al-Asad Air Base"]),
    ("في ذكرى عاشوراء استهدف مسلحون زوارا في كربلاء اليوم بعبوة ناسفة.", ["Karbala"]),
    ("في الذكرى السنوية لتفجير الكرادة قتل شخصان اليوم بانفجار عبوة ناسفة في بغداد.", ["Baghdad"]),
    ("On the anniversary of the Karrada bombing, two people were killed in a roadside bomb blast in Baghdad.", ["Baghdad"]),
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_the_remembered_killings_means_is_no_event_of_the_day(text: str) -> None:
    assert incidents(text, "location") == []


@pytest.mark.parametrize(("text", "places"), EVENTS)
def test_an_event_told_beside_an_anniversary_stays(text: str, places: list[str]) -> None:
    assert incidents(text, "location") == places
