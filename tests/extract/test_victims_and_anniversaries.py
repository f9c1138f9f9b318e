"""Reports about an old event, not a new one (issue 8, docs/arabic_audit.md, nonevent6 audit work half):
commemorations, funerals and compensation stories name the event by its victims («ذوو شهداء مجزرة
سبايكر», «جثامين شهداء القصف الأمريكي», "martyrs of the Speicher massacre") or by its anniversary
(«السنوية التاسعة للمجزرة», "the third anniversary of the mass murder"). That event is a reference
point, kept only with an old date of its own; it is never an incident of the report's day. Today's
events told beside it stay: a toll update («ارتفاع عدد ضحايا التفجير»), a protest the victims' families
hold, an attack in its own sentence. Phrasings written for this table; each row runs end to end
through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 6, 12)


def todays(text: str) -> list[str]:
    """The sub-event types of the incidents of ``text`` dated on ``DAY`` and not historical."""
    found = parse_article(Article(text=text), article_date=DAY).incidents
    return [i.sub_event_type for i in found if not i.historical and i.event_date == DAY]


@pytest.mark.parametrize("text", [
    "وأكد ذوو شهداء مجزرة سبايكر، اليوم الخميس، أن الحكومة لم تستكمل البحث عن رفات أبنائهم في تكريت.",
    "وتواصل الفرق المختصة، اليوم الخميس، البحث عن المقابر الجماعية لشهداء مجزرة سبايكر في تكريت.",
    "وأغلقت القوات الأمنية الطرق في كربلاء لاستقبال جثامين شهداء القصف الأمريكي قرب القائم.",
    "وأقامت مؤسسة الشهداء، اليوم الخميس، حفلاً في البصرة لإحياء السنوية العاشرة للمجزرة.",
    "In honour of the martyrs of the Speicher massacre, officials in Tikrit laid wreaths on Thursday.",
    "On Thursday forensic teams exhumed the bodies of 40 victims of the Speicher massacre near Tikrit.",
])
def test_an_event_named_by_its_victims_or_its_anniversary_is_not_today(text: str) -> None:
    assert todays(text) == []


@pytest.mark.parametrize("text, expected", [
    # a toll update: today's bombing, counted again, is the news
    ("ارتفع عدد ضحايا التفجير الذي استهدف سوقاً شعبياً في مدينة الصدر اليوم إلى 12 قتيلاً.",
     ["Remote explosive/landmine/IED"]),
    # the victims' families protest today: the protest is the news, the massacre its reference
    ("ونظم العشرات من ذوي ضحايا مجزرة سبايكر وقفة احتجاجية أمام مبنى محافظة النجف اليوم.",
     ["Peaceful protest"]),
    ("Families of the victims of the Speicher massacre staged a protest outside the governorate building "
     "in Najaf on Thursday.", ["Peaceful protest"]),
    # an attack of the day in its own sentence, beside the commemoration, stays
    ("وأحيا ذوو شهداء مجزرة سبايكر الذكرى في تكريت. وقُتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية اليوم.",
     ["Remote explosive/landmine/IED"]),
    ("Iraqis marked the anniversary of the Camp Speicher massacre. A roadside bomb killed two soldiers in "
     "Tarmiyah on Thursday.", ["Remote explosive/landmine/IED"]),
])
def test_todays_events_beside_victims_or_anniversaries_stay(text: str, expected: list[str]) -> None:
    assert todays(text) == expected


@pytest.mark.parametrize("text", [
    "ولا يزال ذوو شهداء مجزرة سبايكر التي وقعت في حزيران 2014 قرب تكريت ينتظرون رفات أبنائهم.",
    "Relatives of the victims of the Camp Speicher massacre in June 2014 near Tikrit are still waiting for news.",
])
def test_the_old_event_with_its_own_date_stays_historical(text: str) -> None:
    found = parse_article(Article(text=text), article_date=DAY).incidents
    assert [i.historical for i in found] == [True]
    assert all(i.event_date is None or i.event_date.year == 2014 for i in found)
