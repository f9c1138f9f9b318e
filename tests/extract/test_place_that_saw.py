"""A place that "saw" the event is its place: «شهد قضاء الشرقاط شمالي صلاح الدين، صباح اليوم، تفجيراً انتحارياً»,
«شهدت ناحية مندلي هجوماً مسلحاً» (issue 8, place9 audit: events named in a town's sentence were placed at
the governorate, or not at all). Near misses: «استشهد» (was killed) holds the letters of شهد and ties nothing;
شهد before a person (the witness, the official) names no place. Phrasings written for this table from general
Arabic news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def places(text: str) -> list[str | None]:
    return incidents(text, "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("تكريت - شهد قضاء الشرقاط شمالي صلاح الدين، صباح اليوم، تفجيرا انتحاريا أسفر عن مقتل أربعة أشخاص.",
     ["Shirqat District"]),
    ("ديالى - شهدت ناحية مندلي هجوما مسلحا أسفر عن مقتل مدنيين.", ["Mandali"]),
    ("وشهدت ناحية مندلي شرقي ديالى، مساء أمس، هجوما مسلحا أسفر عن مقتل مدنيين.", ["Mandali"]),
])
def test_the_place_that_saw_the_event(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("استشهد جنديان بهجوم لداعش في قضاء الطارمية شمالي بغداد.", ["Tarmiyah District"]),
    ("بعقوبة - شهد مصدر أمني بأن مسلحين هاجموا نقطة تفتيش في قضاء المقدادية.", ["Muqdadiya District"]),
    ("بعقوبة - شهدت ناحية مندلي صباح اليوم انفجار عبوة ناسفة أدت إلى إصابة مزارع.", ["Mandali"]),
])
def test_near_misses(text: str, expected: list[str]) -> None:
    assert places(text) == expected
