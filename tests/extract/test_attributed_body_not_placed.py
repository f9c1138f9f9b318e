"""The body a report is attributed to («بحسب مصدر في قيادة عمليات نينوى», «نقلا عن مصدر في …») is where the
account comes from, not where its event happened: it never places an event that names no place of its own (issue 8, place9 audit: a Ramadi ambush's abduction
was placed in Nineveh from such a source). Near misses: a unit that acts («وتمكنت قوة من مديرية آسايش كلار من
اعتقال شخصين») still places its event; an event with a place of its own keeps it. Phrasings written for this
table from general Arabic and English news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents


def places(text: str) -> list[str | None]:
    return incidents(text, "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("الرمادي - نصب مسلحون كمينا لرتل عسكري، ما أدى إلى مقتل جنديين واختطاف ثالث، بحسب مصدر في قيادة عمليات "
     "نينوى.", ["Ramadi", "Ramadi"]),
    ("الرمادي - هاجم مسلحون رتلا عسكريا، ما أدى إلى مقتل جنديين واختطاف ثالث، نقلا عن مصدر في قيادة عمليات "
     "نينوى.", ["Ramadi"]),
    # a command named by its place is a unit, even after "in the"
    ("RAMADI, Iraq - Militants ambushed an army convoy, killing two soldiers and abducting a third, according to a "
     "source in the Nineveh Operations Command.", ["Ramadi"]),
    # nor is a speaker's unit
    ("RAMADI, Iraq - Two soldiers were killed in an ambush on Sunday, an officer in the Nineveh Operations Command "
     "said.", ["Ramadi"]),
])
def test_the_source_places_nothing(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت مديرية شرطة البصرة، اليوم الأحد، القبض على متهم بجريمة قتل في قضاء الزبير.\n"
     "وتمكنت قوة من مديرية آسايش كلار من اعتقال شخصين في قرية نائية.", ["Zubair District", "Kalar"]),
    ("بعقوبة - انفجرت عبوة ناسفة في قضاء المقدادية، بحسب مصدر في شرطة ديالى.", ["Muqdadiya District"]),
    ("Militants attacked an army post in Nineveh on Sunday, killing two soldiers, the Nineveh Operations Command said.",
     ["Nineveh Governorate"]),
    ("Two rockets hit the headquarters of the Samarra Operations Command on Sunday.", ["Samarra"]),
    # where a speaker is, before the trigger, with nothing else
    ("أفاد مسؤول في مخيم مخمور بأن طائرة مسيرة تركية قصفت المخيم.", ["Makhmour camp"]),
])
def test_near_misses(text: str, expected: list[str]) -> None:
    assert places(text) == expected
