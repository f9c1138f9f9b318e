"""Protesters' demands told with the protest they were made at («طالب المحتجون … خلال تظاهرة»): the
demand is no policy talk that hides the protest; others' demands about protesters, and calls to join a
protest ahead, stay policy (issue 8)."""

import pytest

from tests.extract.probe import incidents

PROTEST_HELD = [
    ("طالب المحتجون بتوفير فرص عمل خلال تظاهرة نظموها أمام مبنى محافظة البصرة، اليوم.", "Basra Governorate"),
    ("طالب متظاهرون في الناصرية، اليوم الأحد، بإقالة المحافظ، خلال وقفة احتجاجية أمام ديوان المحافظة.", "Nasiriyah"),
    ("طالب المتظاهرون خلال وقفة احتجاجية أمام ديوان محافظة ذي قار، اليوم، بإقالة المحافظ.", "Dhi Qar Governorate"),
    ("طالب متظاهرون في الناصرية، اليوم، بإقالة المحافظ.", "Nasiriyah"),
    ("أغلق المحتجون مداخل حقل الرميلة النفطي في البصرة، اليوم، مطالبين بفرص عمل.", "Rumaila oil field"),
    ("Hundreds of protesters in Nasiriyah on Sunday demanded the dismissal of the governor.", "Nasiriyah"),
    ("Protesters in Basra demanded jobs during a demonstration outside the provincial council on Sunday.", "Basra"),
]

STILL_POLICY = [
    "طالبت الحكومة القوات الأمنية بحماية المتظاهرين خلال التظاهرات في بغداد.",
    "طالب المحتجون بتوفير فرص عمل خلال تظاهرة ستنظم غداً أمام مبنى محافظة البصرة.",
    "طالبت منظمة العفو الدولية بالتحقيق في مقتل متظاهرين خلال احتجاجات البصرة عام 2018.",
    "طالب النائب بتنظيم تظاهرات في البصرة خلال الأسبوع المقبل.",
    "قال المتظاهرون إنهم سيواصلون الاعتصام حتى تلبية مطالبهم.",
    "دعا الصدر أنصاره إلى المشاركة خلال تظاهرة الجمعة المقبلة في ساحة التحرير ببغداد.",
]


@pytest.mark.parametrize(("text", "place"), PROTEST_HELD)
def test_the_protest_the_demands_were_made_at_is_an_incident(text: str, place: str) -> None:
    assert incidents(text, "event_type", "location") == [("Protests", place)]


@pytest.mark.parametrize("text", STILL_POLICY)
def test_demands_about_protesters_or_a_protest_ahead_are_no_incident(text: str) -> None:
    assert incidents(text, "event_type") == []
