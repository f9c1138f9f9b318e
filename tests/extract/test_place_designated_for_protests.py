"""A place designated for protesting is a rule about protests, not a protest (issue 8, tspur12): «قررت
قيادة الشرطة تخصيص ساحة البحرية مكاناً وحيداً للتظاهر», «أصدر المحافظ توجيهاً بأن تكون الساحة مكاناً
للاعتصام», 'designated the square as the only official area for protests'. Crowds that went out to protest,
and a place near which they gathered, stay protests. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

RULES = [
    "حددت إدارة قضاء الزبير حديقة عامة مكانا للاعتصام بعيدا عن الدوائر الحكومية في البصرة.",
    "أصدر المحافظ توجيها بأن تكون ساحة الساعة في العمارة مكانا للاعتصام.",
    "Police in Nasiriyah designated Haboubi Square as the only official area for protests in the province.",
]

PROTESTS = [
    "خرج المئات إلى ساحة التحرير في بغداد اليوم للتظاهر ضد الفساد.",
    "تجمع العشرات في مكان قريب من مبنى المحافظة في الكوت اليوم للاحتجاج على قطع الكهرباء.",
    "Hundreds of students gathered in Basra on Monday outside the designated area for protests.",
]


@pytest.mark.parametrize("text", RULES)
def test_a_place_designated_for_protests_is_no_protest(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize("text", PROTESTS)
def test_crowds_that_protested_stay(text: str) -> None:
    assert incidents(text, "sub_event_type") == ["Peaceful protest"]
