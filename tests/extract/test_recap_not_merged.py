"""A report's news and an older event it recalls are two events, not one dated by the recall (issue 8,
date7 audit, session 7).

A lead or headline with no date of its own tells the report's day. An account of the same kind at the
same place that its own text dates to an earlier month told as past («في شهر تموز الماضي», "last July") or tells as a recap
before its trigger and dates two or more days back («ويذكر أن القصف … كان قد تجدد مساء الاثنين», with or
without short vowels, «يُذكر أن»; "Earlier this month, a car bomb … killed 27"), or dates to a day a week or more
back that it tells as past («في 14 أيلول الماضي», "Earlier, on September 12"), is another, earlier event: merging the two gave the
report's event the recall's date (and its toll). A recap of yesterday («وكان مسلحون قد أطلقوا النار …
مساء أمس») and a body account dated without a recap word stay the report's own event.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

WED = date(2022, 9, 28)


def dates_of(text: str) -> list[tuple[date | None, int | None]]:
    return sorted((i.event_date, i.time_precision) for i in parse_article(Article(text=text), article_date=WED).incidents)


@pytest.mark.parametrize("text, expected", [
    # a headline with no date and a recall dated to an earlier month
    ("Car bomb hits market in Karrada\n\nThe blast struck near the site of the bombing that killed more than 200 people in Karrada last July.",
     [(date(2022, 7, 1), 3), (WED, 2)]),
    # an undated account and a recap dated two days back
    ("تسبب القصف الإيراني في تدمير مبان بمنطقة زركويز في السليمانية.\n"
     "ويذكر أن القصف الإيراني على زركويز كان قد تجدد مساء الاثنين بالراجمات.",
     [(date(2022, 9, 26), 1), (WED, 2)]),
    # a headline and "Earlier this month, ..." at the same place
    ("Kirkuk car bomb strikes police convoy\n\n"
     "A car bomb exploded near a police convoy in Kirkuk, wounding ten people, police said.\n"
     "Earlier this month, a car bomb in a police garage in Kirkuk killed 27 people.",
     [(date(2022, 9, 1), 3), (WED, 2)]),
    # the recap word written with its short vowel («يُذكر أن»), as «يذكر أن» (recall8 audit, session 8)
    ("سقطت ثلاثة صواريخ على قاعدة بلد الجوية.\nيُذكر أن صاروخين سقطا على قاعدة بلد الجوية مساء الاثنين.",
     [(date(2022, 9, 26), 1), (WED, 2)]),
    # a day told as past («في 14 أيلول الماضي», "Earlier, on September 12") two weeks before today's
    # undated account at the same base: an earlier attack, not today's (recall8 audit, session 8)
    ("استهدف هجوم صاروخي قاعدة عين الأسد في الأنبار.\nواستُهدفت القاعدة نفسها بثلاثة صواريخ في 14 أيلول الماضي.",
     [(date(2022, 9, 14), 1), (WED, 2)]),
    ("Three rockets struck Balad air base, the army said.\nEarlier, on September 12, two rockets struck Balad air base.",
     [(date(2022, 9, 12), 1), (WED, 2)]),
])
def test_a_recalled_event_is_not_the_reports_news(text: str, expected: list) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a recap of yesterday is the report's event retold
    ("اغتيال ناشط مدني في البصرة\nوكان مسلحون مجهولون قد أطلقوا النار على الناشط في البصرة مساء أمس.",
     [(date(2022, 9, 27), 1)]),
    # an encyclopedia's absolute month under its undated title: the title sums it up
    ("Karrada bombing\n\nA suicide car bomb killed more than 200 people in Karrada in July 2016.", [(date(2016, 7, 1), 3)]),
    # a body account dated without a recap word is the headline's event
    ("Kirkuk car bomb strikes police convoy\n\nA car bomb struck a police convoy in Kirkuk on Monday, wounding ten people.",
     [(date(2022, 9, 26), 1)]),
    # a day told as past but within the week («مساء الاثنين الماضي», "last Monday"): the report's event
    ("سقطت صواريخ على قاعدة بلد الجوية.\nوكانت الصواريخ سقطت على القاعدة مساء الاثنين الماضي.", [(date(2022, 9, 26), 1)]),
    ("Rockets hit Balad air base\n\nThree rockets struck Balad air base last Monday, the army said.", [(date(2022, 9, 26), 1)]),
    # a day two weeks back not told as past («في 14 أيلول»; "On September 12"): the account of the event told
    ("استهدف هجوم صاروخي قاعدة عين الأسد في الأنبار.\nواستهدفت القاعدة بثلاثة صواريخ في 14 أيلول.", [(date(2022, 9, 14), 1)]),
    ("Three rockets struck Balad air base, the army said.\nOn September 12, two rockets struck Balad air base.",
     [(date(2022, 9, 12), 1)]),
])
def test_the_reports_event_told_again_stays_one(text: str, expected: list) -> None:
    assert dates_of(text) == expected
