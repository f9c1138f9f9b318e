"""One of a series just told keeps its own day and place (issue 8, date11 audit, work-half class SERIES-MEMBER).

A wire report sums a night up ("nine policemen were killed in two attacks near Hawija") and then tells each
attack on its own day: "One of the attacks was carried out late Wednesday ... in the village of Zab. The
second attack, carried out on Thursday morning, targeted a checkpoint near Rashad" («ووقع أحد الهجومين مساء
الأربعاء ...»). The definite noun was read as a back reference to the summary, so it lost its own day and place
and the Wednesday and Thursday attacks were missed (or given the report's day). "one of the", "the second /
third / other" before the noun and «أحد / إحدى» name a member of the series, like «الهجوم الثاني» after it
(`events._series_member`). Ranked as the event just told ("It was the second attack on the base this week",
"The attack was the second ...") it stays a back reference.

Every phrasing is written for this table; the article date is Friday 2023-05-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2023, 5, 5)


def incidents(text: str) -> list[tuple[date | None, str | None]]:
    return [(i.event_date, i.location) for i in parse_article(Article(text=text), article_date=FRI).incidents]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed nine policemen in two attacks near Hawija, police said on Friday. One of the attacks was "
     "carried out late Wednesday on a police vehicle in the village of Zab. The second attack, carried out on "
     "Thursday morning, targeted a checkpoint near Rashad.",
     [(date(2023, 5, 3), "Zab"), (date(2023, 5, 4), "Rashad")]),
    ("قتل تسعة من عناصر الشرطة بهجومين قرب الحويجة، بحسب مصدر أمني. ووقع أحد الهجومين مساء الأربعاء في ناحية "
     "الزاب، فيما استهدف الهجوم الآخر صباح الخميس نقطة تفتيش قرب الرشاد.",
     [(date(2023, 5, 3), "Zab")]),
])
def test_a_member_of_the_series_keeps_its_own_day(text: str, expected: list) -> None:
    found = incidents(text)
    for item in expected:
        assert item in found


@pytest.mark.parametrize("text", [
    "Two rockets struck Ain al-Asad air base on Wednesday, causing no casualties. It was the second attack on the "
    "base this week.",
    "Gunmen attacked a checkpoint near Rashad on Wednesday, killing two policemen. The attack was the second on "
    "the town's police this month.",
    "Militants attacked an army post in Tarmiyah on Wednesday evening. One of the attackers was killed in the clash.",
])
def test_the_event_ranked_in_its_series_stays_one(text: str) -> None:
    found = incidents(text)
    assert len(found) == 1 and found[0][0] == date(2023, 5, 3)
