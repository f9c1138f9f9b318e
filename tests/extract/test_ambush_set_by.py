"""An ambush named first and its setters after («في كمين نصبه داعش», «في كمين محكم نصبته عناصر التنظيم») is an
armed clash (issue 8, place9 audit: «قتل ضابط وجندي في كمين نصبه داعش ... في صحراء الرمادي، فيما اختطف التنظيم
ثلاثة رعاة في صحراء نينوى» gave only the abduction, in Nineveh: the Ramadi ambush was lost). Near misses: a
police trap («في كمين نصبته لها مفارز الشرطة», an arrest in a trap) is no clash. Phrasings written for this
table from general Arabic news usage."""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

CLASH, ABDUCTION = "Armed clash", "Abduction/forced disappearance"


def found(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location")


@pytest.mark.parametrize(("text", "expected"), [
    ("الأنبار - قتل ضابط وجندي في كمين نصبه داعش لرتل عسكري في صحراء الرمادي، فيما اختطف التنظيم ثلاثة رعاة في "
     "صحراء نينوى.", [(CLASH, "Ramadi"), (ABDUCTION, "Nineveh Governorate")]),
    ("الأنبار - أصيب ثلاثة جنود في كمين نصبته عناصر داعش لدوريتهم قرب قضاء الرطبة، فيما اختطف التنظيم راعيين "
     "في صحراء نينوى.", [(CLASH, "Rutba District"), (ABDUCTION, "Nineveh Governorate")]),
])
def test_the_ambush_is_a_clash_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أطاحت مفارز الشرطة بعصابة للسرقة في كمين نصبته لها في مدينة الناصرية.", []),
    ("اعتقلت القوات الأمنية متهما بالقتل في كمين نصبته له في قضاء المقدادية.", [("Arrests", "Muqdadiya District")]),
])
def test_a_police_trap_is_no_clash(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
