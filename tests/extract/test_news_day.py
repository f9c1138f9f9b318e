"""Events told after a dated lead with no time of their own happened on the lead's day (issue 8, date8
audit, session 8).

A wire roundup ("At least 10 people were killed in separate attacks across Iraq on Sunday, police said. …
In Mosul, a roadside bomb wounded two soldiers …") or the next day's newspaper («قتل أمس شخصان … ومن جهة
أخرى، قتل ضابط …») dates its lead and tells the day's other events without a date: they took the report's
own day (week precision) and now take the lead's day, a recent day before the report (`incidents.news_day`).
An event with its own date keeps it; a recall («وكان مسلحون قد هاجموا», "had attacked") is never given
the lead's day; a lead that gives no recent day, or only the day of what it answers ("in response to the
strike on Sunday"), passes nothing on; the filing day of a wire dateline ("Baghdad, May 2 (IANS)") is no
lead's day.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)
MON = date(2023, 3, 13)
SUN = date(2023, 3, 12)


def dated(text: str) -> list[tuple[str | None, date | None, int | None]]:
    """(place, date, precision) of each incident, in text order."""
    incidents = parse_article(Article(text=text), article_date=TUE).incidents
    return sorted(((i.location, i.event_date, i.time_precision) for i in incidents),
                  key=lambda x: text.find(x[0] or "") if x[0] else 0)


def date_at(text: str, place: str) -> tuple[date | None, int | None]:
    found = [(d, p) for loc, d, p in dated(text) if loc == place]
    assert found, dated(text)
    return found[0]


@pytest.mark.parametrize("text, place, expected", [
    # Arabic newspaper: «أمس» in the lead, the next events told with no date
    ("قتل أمس شخصان وأصيب 20 آخرون بانفجار سيارة مفخخة استهدف سوقاً شعبياً وسط مدينة بعقوبة.\n"
     "ومن جهة أخرى، قتل ضابط في الشرطة بإطلاق نار من مسدسات كاتمة للصوت في منطقة العامرية غرب بغداد.",
     "Amiriya", MON),
    ("أسفرت هجمات متفرقة في محافظة ديالى مساء أمس عن مقتل ثلاثة أشخاص.\n"
     "وقال مصدر أمني إن عبوة ناسفة انفجرت على دورية للجيش في ناحية العظيم، ما أدى إلى مقتل جنديين.\n"
     "كما أصيب مزارع بجروح بانفجار عبوة ناسفة في قرية في قضاء المقدادية.",
     "Udhaim", MON),
    # the lead's day named, two days back
    ("قتل خمسة أشخاص في هجمات متفرقة في العراق يوم الأحد، بحسب مصادر أمنية.\n"
     "وقال مصدر في شرطة كركوك إن سيارة مفخخة انفجرت قرب نقطة تفتيش في قضاء الحويجة، ما أسفر عن مقتل ثلاثة من الشرطة.",
     "Hawija District", SUN),
    # an English wire roundup
    ("At least seven people were killed in separate attacks across Iraq on Sunday, police said.\n"
     "In Kirkuk province, a roadside bomb struck a police patrol in the town of Hawija, killing three policemen.\n"
     "Elsewhere, gunmen shot dead a shop owner in the city of Fallujah, a police source said.",
     "Fallujah", SUN),
    ("Two soldiers were killed Monday when a roadside bomb hit their patrol near Tikrit, police said.\n"
     "In a separate incident, gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", MON),
    # "police said ... had been killed" reports the lead's day, it recalls nothing
    ("At least seven people were killed in separate attacks across Iraq on Sunday, police said.\n"
     "In Kirkuk province, police said three policemen had been killed when a roadside bomb struck their patrol in Hawija.",
     "Hawija", SUN),
    ("At least seven people were killed in separate attacks across Iraq on Sunday, police said.\n"
     "A police officer added that gunmen had stormed a checkpoint in Baiji, killing two soldiers.",
     "Baiji", SUN),
    # a wire dateline with no dash: its day is the filing day, not the lead's
    ("Baghdad, March 14 (IANS) At least six people were killed in separate attacks across Iraq Monday, police said.\n"
     "Gunmen attacked a checkpoint in the town of Baiji, killing two policemen, a police source said.",
     "Baiji", MON),
])
def test_an_undated_event_after_the_lead_has_the_leads_day(text: str, place: str, expected: date) -> None:
    assert date_at(text, place) == (expected, 1)


@pytest.mark.parametrize("text, place, expected", [
    # its own day wins
    ("قتل أمس شخصان بانفجار سيارة مفخخة وسط مدينة بعقوبة.\n"
     "وفي الموصل، قتل جنديان بهجوم مسلح صباح اليوم الثلاثاء.",
     "Mosul", (TUE, 1)),
    ("At least seven people were killed in separate attacks across Iraq on Sunday, police said.\n"
     "On Tuesday morning, gunmen shot dead a shop owner in the city of Fallujah, a police source said.",
     "Fallujah", (TUE, 1)),
    # a recall with no date: not the lead's day (an earlier day, unknown: test_undated_recall.py)
    ("قتل أمس شخصان بانفجار سيارة مفخخة وسط مدينة بعقوبة.\n"
     "وكان مسلحون مجهولون قد هاجموا نقطة تفتيش للشرطة في ناحية العظيم وقتلوا اثنين من عناصرها.",
     "Udhaim", (None, None)),
    ("Two soldiers were killed Monday when a roadside bomb hit their patrol near Tikrit, police said.\n"
     "Gunmen had attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (None, None)),
    # an event counted among its kind over a span, or told "Earlier,": a time of its own, not the lead's
    ("قتل أمس شخصان بانفجار سيارة مفخخة وسط مدينة بعقوبة.\n"
     "وقال مصدر إن صاروخاً هو الثالث من نوعه خلال أسبوع سقط قرب مطار بغداد الدولي.",
     "Baghdad International Airport", (TUE, 2)),
    ("Two soldiers were killed Monday when a roadside bomb hit their patrol near Tikrit, police said.\n"
     "Earlier, gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (TUE, 2)),
    # the second event of the lead sentence, told in a relative clause, does not date the first
    ("Police arrested a man in Hawija, who carried out a bomb attack on Sunday, officials said.\n"
     "Gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (TUE, 2)),
    # a lead with no recent day of its own passes nothing on
    ("قتل شخصان بانفجار سيارة مفخخة وسط مدينة بعقوبة.\n"
     "ومن جهة أخرى، قتل ضابط في الشرطة بإطلاق نار في منطقة العامرية غرب بغداد.",
     "Amiriya", (TUE, 2)),
    ("A car bomb killed 20 people in a market in Baquba on 4 August 2014.\n"
     "Gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (TUE, 2)),
    # the day of what the lead answers is not its own
    ("Protesters stormed the provincial council building in Kut in response to the killing of an activist on Sunday.\n"
     "Gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (TUE, 2)),
    # a lead that reports a plan has no news day
    ("The army will launch an operation against militants in Hamrin on Sunday, a commander said.\n"
     "Gunmen attacked a checkpoint in the town of Baiji, wounding three policemen.",
     "Baiji", (TUE, 2)),
])
def test_the_leads_day_is_not_passed_on(text: str, place: str, expected: tuple) -> None:
    assert date_at(text, place) == expected
