"""The means listed after «بواسطة» / «باستخدام» ('by means of', 'using') are those of the attacks told before
them, and the span of time that makes those attacks a tally («خلال أيار الماضي، هجمات استهدفت ...، بواسطة
قناصين وعبوات ناسفة») makes the listed means no event of their own (issue 8, tspur12). A bombing told with its
own verb and day, and an attack with its means, stay. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

TALLIES = [
    "وسجلت قيادة العمليات خلال أيار الماضي، اعتداءات طالت أبراج الاتصالات، ومخافر حدودية، وأنابيب النفط في صلاح الدين، بواسطة العبوات اللاصقة والقنص.",
    "ونفذت خلايا التنظيم خلال شهر حزيران، اعتداءات طالت نقاطا للجيش، وأبراجا للطاقة في كركوك، بواسطة العبوات الناسفة والقناصة.",
    "وشن عناصر داعش خلال كانون الثاني، هجمات متفرقة على قرى في كركوك، وأبراج للطاقة، باستخدام قذائف الهاون والعبوات الناسفة.",
]

EVENTS = [
    ("قتل ثلاثة جنود بواسطة عبوة ناسفة في الطارمية اليوم.", ["Tarmiyah"]),
    ("Gunmen attacked an army post near Tarmiyah on Monday using mortars and rockets, a security source said.", ["Tarmiyah"]),
]


@pytest.mark.parametrize("text", TALLIES)
def test_means_of_a_months_attacks_are_no_event(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "places"), EVENTS)
def test_an_attack_told_with_its_means_stays(text: str, places: list[str]) -> None:
    assert incidents(text, "location") == places
