"""Three Arabic news usages of the ar3 round (issue 8): strikes by workers and hunger strikes are
protests; a body found is an attack only when the report says the person was killed; an attack named
by a foreign state (الهجوم الإيراني, هجوم تركي) is a strike from the air or across the border, not a
ground fight. Every phrasing was written for this table from general Iraqi news usage, not copied
from a report; one row each, end to end through ``parse_article``."""

from __future__ import annotations

import pytest

from tests.extract.test_event_types import BAT, ERV, PRO, VAC, types_of


@pytest.mark.parametrize("text", [
    "إضراب شامل لأصحاب المحال التجارية في سوق الشورجة ببغداد.",
    "أضرب المعلمون عن الدوام في مدارس الديوانية احتجاجا على تأخر الرواتب.",
    "المعتقلون في سجن الناصرية المركزي يضربون عن الطعام.",
    "دخل إضراب عمال شركة نفط البصرة يومه الثالث.",
])
def test_a_strike_is_a_peaceful_protest(text: str) -> None:
    assert types_of(text) == [(PRO, "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "نقابة المعلمين تدعو إلى إضراب عام في بغداد الأسبوع المقبل.",
    "الشرطة تضرب بيد من حديد على المخالفين في كركوك.",
])
def test_a_called_strike_or_the_verb_hit_is_no_protest(text: str) -> None:
    assert types_of(text) == []


@pytest.mark.parametrize("text", [
    "العثور على جثة موظف أجنبي داخل أحد الفنادق في محافظة كركوك.",
    "انتشال جثة شاب من نهر دجلة قرب جسر الحرية في الموصل.",
    "العثور على جثة رجل مسن داخل منزله في حي الجمهورية بالبصرة.",
])
def test_a_body_found_with_no_sign_of_killing_is_no_event(text: str) -> None:
    assert types_of(text) == []


@pytest.mark.parametrize("text", [
    "العثور على جثة مواطن مقتول بطلق ناري في ناحية العظيم.",
    "الأهالي يعثرون على جثة راعي أغنام وعليها آثار تعذيب في بادية السماوة.",
    "العثور على جثة شاب مكبل اليدين على طريق بعقوبة الخالص.",
])
def test_a_body_found_killed_is_an_attack(text: str) -> None:
    assert types_of(text) == [(VAC, "Attack")]


@pytest.mark.parametrize("text", [
    "مشاهد من الهجوم الإيراني الذي استهدف مقرات المعارضة الكردية في قضاء كويسنجق.",
    "هجوم تركي على قرية كاني ماسي في قضاء العمادية.",
    "هجوم أمريكي على مقر لفصيل مسلح في ناحية جرف الصخر.",
])
def test_an_attack_named_by_a_foreign_state_is_a_strike(text: str) -> None:
    assert types_of(text) == [(ERV, "Air/drone strike")]


def test_an_attack_by_a_group_inside_stays_a_clash() -> None:
    assert types_of("هجوم لداعش على نقطة للجيش في قضاء الطارمية.") == [(BAT, "Armed clash")]


@pytest.mark.parametrize("text, expected", [
    # The adjective «مرتقبة» (expected) plans only the noun it follows: the strike told first is on
    ("إضراب شامل لأصحاب المحال في سوق الشورجة ببغداد مع تظاهرات مرتقبة عصر اليوم.", [(PRO, "Peaceful protest")]),
    ("اعتصام للخريجين أمام مبنى المحافظة في الكوت وسط دعوات لتظاهرة مرتقبة الجمعة.", [(PRO, "Peaceful protest")]),
    # ... and when it follows the only event, nothing has happened yet
    ("تظاهرات مرتقبة في البصرة عصر اليوم.", []),
    ("إضراب مرتقب لسائقي الشاحنات في ميناء أم قصر.", []),
])
def test_a_planned_noun_does_not_plan_the_event_told_before_it(text: str, expected: list) -> None:
    assert types_of(text) == expected
