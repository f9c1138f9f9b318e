"""Iraqi police and press call narcotics «السموم» (the poisons): an arrest of «تجار السموم», «متهمين بترويج السموم»
is a drugs case, crime reporting as with «مخدرات», not an ACLED security event (issue 8, tspur12). Terrorists
arrested for a plot to poison water stay an event. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

DRUG_CASES = [
    "اعتقلت مفارز الشرطة في البصرة اليوم ثلاثة من تجار السموم بعد مداهمة أوكارهم.",
    "ألقت القوات الأمنية القبض على متهمين بترويج السموم في حي الجمهورية بالبصرة اليوم.",
    "شددت مديرية شرطة كربلاء على أن حملة الاعتقالات ستتواصل حتى تطهير المحافظة من مروجي السموم.",
]

EVENTS = [
    ("اعتقلت القوات الأمنية ثلاثة إرهابيين في كركوك اليوم كانوا يخططون لتسميم مياه الشرب.", ["Arrests"]),
]


@pytest.mark.parametrize("text", DRUG_CASES)
def test_an_arrest_of_poison_dealers_is_a_drugs_case(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_terrorists_arrested_stay(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
