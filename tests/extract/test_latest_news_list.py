"""A site's list of its latest or most read headlines closing the page tells other stories (issue 8, tspur12):
after «آخر الأخبار» or 'Most read', «إضراب عام في الأردن احتجاجا على الغلاء» or 'Gunmen kill two soldiers in
Kirkuk' are not events of the report. At the top of the page the same words name the section over the
report's own headline, which stays. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

BODY_AR = ("عقد مجلس محافظة البصرة اليوم جلسة لمناقشة أزمة الكهرباء وسبل تحسين ساعات التجهيز في فصل الصيف. "
           "وأكد رئيس المجلس أن المحافظة تحتاج إلى محطات جديدة، وأن الحكومة الاتحادية وعدت بتمويلها خلال العام المقبل، "
           "فيما طالب الأعضاء وزارة الكهرباء بزيادة حصة المحافظة من الطاقة المجهزة، وتشكيل لجنة لمتابعة عمل المحطات الحالية وصيانتها قبل الصيف.\n\n")
BODY_EN = ("The Basra provincial council met on Sunday to discuss the electricity crisis and ways to improve supply in "
           "summer. The council head said the province needs new power stations and that the federal government had "
           "promised to fund them next year, while members asked the ministry for a larger share of power.\n\n")

LISTS = [
    BODY_AR + "آخر الأخبار\n\nإضراب عام في الأردن احتجاجا على الغلاء\n\nمقتل جنديين بهجوم لداعش في كركوك\n",
    BODY_AR + "الأكثر قراءة\nاعتقال ثلاثة إرهابيين في الموصل\n",
    BODY_EN + "Most read\nGunmen kill two soldiers in Kirkuk\nProtesters rally in Amman over prices\n",
]

TOP = [
    ("آخر الأخبار\nمقتل جنديين بهجوم لداعش في كركوك\nقتل جنديان عراقيان اليوم بهجوم شنه مسلحو داعش على نقطة للجيش في قضاء الحويجة غربي كركوك، "
     "بحسب مصدر أمني.", "Battles"),
]


@pytest.mark.parametrize("text", LISTS)
def test_the_closing_list_of_other_headlines_tells_no_event(text: str) -> None:
    assert incidents(text, "location") == []


@pytest.mark.parametrize(("text", "event_type"), TOP)
def test_the_section_name_over_the_reports_headline_keeps_it(text: str, event_type: str) -> None:
    assert incidents(text, "event_type") == [event_type]
