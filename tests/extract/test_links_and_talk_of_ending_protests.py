"""Words that tell no event of the report (issue 8, tspur12). A link to another story («إقرأ أيضا: …», «طالع أيضاً:
…», 'Also read: …', 'Read the report: …') is that story's headline; protests named as what an agreement or a plan
means to end («اتفاق … لإنهاء الاحتجاجات», 'an agreement … to put an end to the protests') are the movement talked
about. A body line opened by 'Also', a protest told with its day, and forces that fired tear gas to end a sit-in
stay events. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

NOT_EVENTS = [
    "Iraqi officials met in Baghdad on Sunday to discuss the electricity crisis.\nAlso read: Gunmen kill two soldiers in Kirkuk\n"
    "The meeting also discussed the budget for the coming year and ways to pay salaries on time in all provinces.",
    "عقد مجلس محافظة البصرة اليوم جلسة لمناقشة أزمة الكهرباء.\nإقرأ أيضا: مقتل جنديين بهجوم لداعش في كركوك\n"
    "وناقش المجلس أيضا موازنة العام المقبل وسبل تأمين الرواتب في موعدها لجميع الموظفين في المحافظة.",
    "Read the report: Teachers in Kut stage a sit-in over unpaid salaries\n"
    "The council also discussed the budget for the coming year and ways to pay salaries on time in all provinces of the country.",
    "The intervention comes after an agreement by the main political parties in Baghdad to put an end to the protests, including by force.",
    "أفادت مصادر بوجود اتفاق بين القوى السياسية في بغداد لإنهاء الاحتجاجات بكل الوسائل.",
]

EVENTS = [
    ("Iraqi officials met in Baghdad on Sunday.\nAlso on Sunday, gunmen killed two soldiers in Kirkuk.", ["Kirkuk"]),
    ("Police fired tear gas in Basra on Friday to end the sit-in outside the governorate building.", ["Basra"]),
    ("Hundreds protested in Basra on Friday to demand an end to power cuts.", ["Basra"]),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_links_and_talk_tell_no_event(text: str) -> None:
    assert incidents(text, "location") == []


@pytest.mark.parametrize(("text", "places"), EVENTS)
def test_events_told_beside_them_stay(text: str, places: list[str]) -> None:
    assert incidents(text, "location") == places
