"""A road accident is not political violence (ACLED codes neither the death nor the driver's arrest;
issue 8, tspur12): «حادث دهس» in Iraqi news is a pedestrian run over, and the driver arrested after a
road accident is police news. A ramming attack («عملية دهس») and the arrest of militants or of men
caught with weapons stay events. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

ACCIDENTS = [
    "توفي شرطي مرور متأثرا بإصابته في حادث دهس عند تقاطع في مدينة الحلة، واعتقلت دورية سائق الشاحنة.",
    "لقي طفل حتفه بحادث دهس على طريق المرور السريع في الديوانية، واعتقلت الشرطة السائق.",
    "A police officer was run over by a speeding truck in Abu Ghraib on Monday and the driver was arrested.",
]

EVENTS = [
    ("نفذ إرهابي عملية دهس استهدفت زوار في كربلاء اليوم وأسفرت عن مقتل ثلاثة أشخاص.", ["Attack"]),
    ("اعتقلت القوات الأمنية إرهابيين اثنين بعد حادث سير في طريق بغداد كركوك اليوم.", ["Arrests"]),
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_a_road_accident_and_its_driver_are_no_event(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_a_ramming_attack_and_an_arrest_of_militants_stay(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
