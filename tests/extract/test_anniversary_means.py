"""The means a remembered killing was carried out with is that old killing, not an event of the day (issue
8, tspur12): «الذكرى الخامسة لمقتل قائد اللواء وثلاثة من مرافقيه، …، بغارة جوية قرب معبر الحدود» and 'the
anniversary of the killing of a brigade commander and his guards, …, in an air strike near the border crossing'
tell no air strike today. A bombing told with a verb or a day of its own after the anniversary stays.
Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

REMEMBERED = [
    "أحيا أهالي القائم اليوم الذكرى الخامسة لمقتل قائد اللواء وثلاثة من مرافقيه، في طريق عودتهم إلى مقرهم، بغارة جوية قرب معبر الحدود.",
    "Tribal leaders marked the fifth anniversary of the killing of a brigade commander and three of his guards, on their way back to base, in an air strike near the border crossing at Qaim.",
]

EVENTS = [
    ("تعرضت قاعدة حرير لهجوم بطائرة مسيرة اليوم، وتزامن الهجوم مع الذكرى الخامسة لمقتل قائد اللواء وثلاثة من مرافقيه، بغارة جوية قرب معبر القائم.",
     ["Harir Air Base"]),
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
