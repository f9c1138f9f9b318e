"""One event told twice in a report is one incident (issue 8, dup7 audit of 95 wire and TV-site reports):
a tribal fight retold in the accusative («نزاعاً عشائرياً»), a city's protest and the riot told at that city
paragraphs on, a bombing told at its city and at a neighbourhood of it, a claim of responsibility's "the
attack" and the report's own account of it, a headline's "attack" beside a territory change. Phrasings written
for these tables from general Arabic and English news usage; each row runs end to end through
``parse_article``; the negatives are the near misses that must stay two events."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
IED, SUICIDE = "Remote explosive/landmine/IED", "Suicide bomb"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    """(sub-event type, place, fatalities) of every incident of ``text`` published on DAY."""
    return [(i.sub_event_type, i.location, i.fatalities)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # the accusative tribal fight is a clash (it was no event at all)
    ("وقال المصدر إن نزاعاً عشائرياً اندلع في قضاء الصويرة اليوم وأدى إلى إصابة ثلاثة أشخاص.",
     [("Armed clash", "Suwaira District", None)]),
    ("A tribal dispute broke out in Suwaira district today, wounding three people.",
     [("Armed clash", "Suwaira District", None)]),
    # a bombing told at the city, then its toll at a neighbourhood of it: one, at the neighbourhood
    ("ارتفاع حصيلة تفجيري بغداد إلى أكثر من 90 قتيلاً وجريحاً\nأعلنت وزارة الصحة ارتفاع عدد ضحايا التفجير الانتحاري "
     "المزدوج في العاصمة بغداد اليوم الخميس إلى 25 قتيلاً و60 جريحاً.\nوذكر مصدر طبي أن الحصيلة النهائية لتفجيري "
     "الباب الشرقي تجاوزت 25 قتيلاً و60 جريحاً، وأن المستشفيات ما زالت تستقبل المصابين.", [(SUICIDE, "Bab al-Sharqi", 90)]),
    ("A double suicide bombing killed 20 people in Baghdad on Thursday. The final toll of the blasts in Karrada "
     "reached 20 dead, a health ministry source said.", [(SUICIDE, "Baghdad", 20)]),
    # a claim of responsibility names the attack the report tells, wherever it puts it
    ("تبنى تنظيم داعش الهجوم الذي وقع اليوم في كركوك. وكانت عبوة ناسفة قد انفجرت على رتل للشرطة الاتحادية في ناحية "
     "الرياض، ما أسفر عن مقتل 8 عناصر.", [(IED, "Riyadh (Kirkuk)", 8)]),
    ("ISIS claimed responsibility for the attack that took place earlier today in Kirkuk. A roadside bomb targeted "
     "a federal police convoy in the sub-district of Riyadh, killing eight policemen.", [(IED, "Riyadh (Kirkuk)", 8)]),
])
def test_one_event_told_twice_is_one_incident(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "تصاعدت الاحتجاجات في مدينة الناصرية اليوم السبت، إلى جانب احتجاجات عنيفة في مدينة البصرة. وهدم المحتجون في "
    "الناصرية مقار أحزاب بالجرافات. وأوضح مراسلون أن المحتجين هدموا مقرين لفصيلين في ذي قار. وكان المحتجون قد قطعوا "
    "جسرين وسط الناصرية. وفي البصرة، أضرم المتظاهرون النار في مكتب البرلمان.",
    "Protests escalated in Nasiriyah on Saturday, alongside violent protests in the city of Basra. Protesters in "
    "Nasiriyah demolished party offices with bulldozers. Reporters said protesters tore down two militia offices in "
    "Dhi Qar. Protesters had also blocked two bridges in central Nasiriyah. In Basra, demonstrators set fire to the "
    "parliament office.",
])
def test_a_citys_protests_and_the_riot_told_there_later_are_one(text: str) -> None:
    # violent protests in a city and, four sentences on, the protesters' burning there: one riot
    assert [row for row in incidents(text) if row[1] == "Basra"] == [("Violent demonstration", "Basra", None)]


@pytest.mark.parametrize("text", [
    "Iraq Raises Toll In Baghdad Attack To 40\n(AP) – Iraqi officials have raised the death toll from a twin suicide "
    "bombing in a Baghdad market to 40. Police and health officials say Monday's attack also wounded 90 other people.\n"
    "Earlier reports had 20 killed. No group claimed the attack.\nMilitant attacks have decreased sharply in Baghdad "
    "and across Iraq since the country's forces retook nearly all territory once held by IS.",
    "العراق يرفع حصيلة هجوم بغداد إلى 40 قتيلاً\nرفع مسؤولون عراقيون حصيلة التفجير الانتحاري المزدوج في سوق ببغداد إلى "
    "40 قتيلاً. وقال مسؤولون إن الهجوم أسفر عن إصابة 90 شخصاً.\nوكانت حصيلة سابقة قد تحدثت عن 20 قتيلاً.\nوتراجعت "
    "الهجمات بشكل كبير في بغداد منذ أن استعادت القوات العراقية السيطرة على معظم الأراضي التي كان يسيطر عليها داعش.",
])
def test_a_headline_attack_is_the_bombing_not_a_retaking(text: str) -> None:
    assert (SUICIDE, "Baghdad", 40) in incidents(text)


@pytest.mark.parametrize("text, expected", [
    # another fight told as another
    ("أفاد مصدر أمني بمقتل 4 أشخاص بنزاع عشائري في قضاء الصويرة. وفي حادث آخر، اندلع نزاع عشائري في قضاء النعمانية "
     "أدى إلى إصابة شخصين.", 2),
    # protests in one city, a riot in another
    ("خرجت احتجاجات عنيفة في مدينة البصرة اليوم السبت. وطالب المحتجون بإقالة المحافظ. وقال شهود إن أعداد المحتجين "
     "تزايدت بعد الظهر. وأغلقت القوات الأمنية الطرق. وفي الناصرية، أضرم المتظاهرون النار في مبنى مجلس المحافظة.", 2),
    # a bombing at a neighbourhood told as a separate one, with its own toll
    ("قتل 20 شخصاً بتفجير انتحاري مزدوج في بغداد اليوم الخميس. وفي حادث منفصل، قتل 3 أشخاص بتفجير في الباب الشرقي.", 2),
    # a claim for an attack in another governorate
    ("ISIS claimed responsibility for an attack in Diyala province. A roadside bomb targeted a federal police convoy "
     "in the sub-district of Riyadh in Kirkuk, killing eight policemen.", 2),
])
def test_near_misses_stay_two_events(text: str, expected: int) -> None:
    assert len(incidents(text)) == expected
