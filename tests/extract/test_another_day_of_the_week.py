"""An account told after the report's news in a sentence that opens with its own day of the week is another
event of that week, not the news retold (issue 8, recall8 audit class MERGE, merge8, session 8).

The report's lead absorbed another event of the same kind at the same city that the body tells with its own
day («والأحد، فشلت محاولة لاغتيال …» after today's assassination in Basra; "On Monday, three rockets hit the
base" after today's fourteen): the lead took the other day, and the other event was lost. An account whose
sentence opens with a weekday or a count of days back («ومنذ خمسة أيام،»), a day before the lead's own day, or
two to seven days before the report's day when the lead has none (a lead with no day may tell yesterday), or a
day after the lead's own day with no word naming the lead's means, is another event. Still one event: the lead's «أمس» and the body's weekday naming the same day, a body account
one day back under a lead with no day, a back reference («ووقع الهجوم مساء الأحد», "The attack took place on
Sunday"), a death of wounds told the next day (now a toll update,
as a risen toll is), a headline over its dated lead, a wire dateline's day.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

WED = date(2022, 9, 28)
TUE, MON, SUN = date(2022, 9, 27), date(2022, 9, 26), date(2022, 9, 25)


def days_of(text: str) -> list[date | None]:
    return sorted(i.event_date for i in parse_article(Article(text=text), article_date=WED).incidents)


@pytest.mark.parametrize("text, expected", [
    # a lead with no day, and Sunday's attempt at the same city three days back
    ("اغتال مسلحون مجهولون ناشطاً مدنياً وسط البصرة.\n"
     "والأحد، فشلت محاولة لاغتيال صحفي في البصرة عندما أطلق مسلحون النار على سيارته.", [SUN, WED]),
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد في الأنبار.\nومساء الاثنين، سقط صاروخان على قاعدة عين الأسد.", [MON, WED]),
    ("Fourteen rockets struck Ain al-Asad air base in Anbar, the coalition said.\n"
     "On Monday, three rockets hit Ain al-Asad air base.", [MON, WED]),
    # a lead with its own day, and the day before told in a sentence opening with it
    ("قتل مسلحون صاحب متجر في البصرة مساء أمس.\nوالاثنين، قتل مسلحون معلماً في البصرة.", [MON, TUE]),
    ("Gunmen killed a shop owner in Basra on Tuesday.\nOn Monday, gunmen killed a teacher in Basra.", [MON, TUE]),
    # ... or the day after it, told with no word naming the lead's means
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية مساء الأحد.\nومساء الاثنين، قتل مسلحون راعياً قرب الطارمية.", [SUN, MON]),
    ("A roadside bomb killed two soldiers near Tarmiyah on Sunday.\nOn Monday, gunmen killed a shepherd near Tarmiyah.",
     [SUN, MON]),
])
def test_another_day_of_the_week_is_another_event(text: str, expected: list) -> None:
    assert days_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's «أمس» and the body's weekday name the same day
    ("قتل مسلحون ناشطاً في البصرة مساء أمس.\nوالثلاثاء، أطلق المسلحون النار على الناشط قرب منزله في البصرة.", [TUE]),
    ("Gunmen shot dead an activist in Basra yesterday.\nOn Tuesday, gunmen shot the activist near his home in Basra.", [TUE]),
    # a lead with no day may tell yesterday: the body's Tuesday is its day
    ("Gunmen killed a shop owner in Basra.\nOn Tuesday, gunmen killed a shop owner in Basra.", [TUE]),
    # a back reference with the day
    ("اغتال مسلحون ناشطاً في البصرة.\nووقع الهجوم مساء الأحد قرب منزله.", [WED]),
    ("Gunmen assassinated an activist in Basra.\nThe attack took place on Sunday near his home.", [WED]),
    # a death of wounds the next day is the bombing's toll (the English ones were a second incident on main)
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية الأحد.\nوالاثنين، توفي جندي ثالث متأثراً بجروحه.", [SUN]),
    ("A roadside bomb killed two soldiers near Tarmiyah on Sunday.\nOn Monday, a third soldier died of his wounds.", [SUN]),
    ("A roadside bomb killed two soldiers near Tarmiyah on Sunday.\n"
     "A third soldier died of his wounds on Monday, an army officer said.", [SUN]),
    ("A car bomb killed five people at a market in Karrada on Sunday.\n"
     "On Monday, two of the wounded died of their injuries in hospital.", [SUN]),
    # ... but not a death of wounds at another city
    ("A roadside bomb killed two soldiers near Tarmiyah on Sunday.\n"
     "In Mosul, a policeman died of his wounds on Monday after gunmen shot him.", [SUN, MON]),
    # a headline has no day of its own: it sums up the lead
    ("Gunmen kill activist in Basra\n\nOn Sunday, gunmen killed an activist in Basra.", [SUN]),
    # a wire dateline's day opens no account of its own
    ("BAGHDAD, Monday (Reuters) - A car bomb killed five people in Karrada.\n"
     "On Monday, the car bomb exploded near a market in Karrada.", [MON]),
    # a range of days is the days of the rockets told, the lead's among them (each day an event, as before)
    ("سقطت صواريخ على قاعدة بلد الجوية.\nوالأحد والاثنين، سقطت صواريخ على قاعدة بلد الجوية.", [SUN, MON]),
    ("Rockets struck Balad air base, the army said.\n"
     "On Sunday and Monday, rockets struck Balad air base, wounding two contractors.", [SUN, MON]),
])
def test_the_same_day_or_a_retelling_stays_one(text: str, expected: list) -> None:
    assert days_of(text) == expected
