"""«كان آخرها X» (the latest of which was X) tells X as the last of earlier events, not today's (issue 8, arlong10
audit of long Arabic reports).

A report of today's event often ends with the series it belongs to: «وكانت عدة انفجارات وقعت مؤخرا بمخازن أسلحة
الحشد الشعبي، كان آخرها قصف طائرتين إسرائيليتين مسيرتين موقعا لأحد ألويته بمحافظة الأنبار». The strike so told
was given the report's day. «كان آخرها», «وآخرها» and 'the latest of which' are now recall words (`merging.RECAP`):
the event after them has no day of its own unless its sentence tells one.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def dates_at(text: str, place: str) -> list[date | None]:
    return [i.event_date for i in parse_article(Article(text=text), article_date=TUE).incidents if i.location == place]


@pytest.mark.parametrize("text, place", [
    ("سقطت قذائف هاون على قرى في مدينة هيت اليوم عقب انفجار مخزن عتاد.\nوكانت عدة انفجارات وقعت مؤخرا بمخازن "
     "أسلحة الحشد الشعبي، كان آخرها قصف طائرتين مسيرتين موقعا لأحد ألويته في قضاء القائم.", "Qaim District"),
    ("اندلع حريق في مخزن للعتاد في مدينة هيت اليوم.\nوتعرضت مقار الحشد لضربات عدة، وآخرها غارة بطائرة مسيرة على "
     "موقع في قضاء القائم.", "Qaim District"),
    ("Mortar rounds fell on villages in Hit on Tuesday after a depot caught fire. Militia depots have been hit by "
     "several blasts, the latest of which was a drone strike on a brigade post in Qaim.", "Al-Qaim"),
])
def test_the_latest_of_earlier_events_has_no_day_of_its_own(text: str, place: str) -> None:
    assert dates_at(text, place) == [None]


@pytest.mark.parametrize("text, place, expected", [
    # the latest one with its own day keeps it
    ("اندلع حريق في مخزن للعتاد في مدينة هيت اليوم.\nوتعرضت مقار الحشد لضربات عدة، كان آخرها غارة بطائرة مسيرة على "
     "موقع في قضاء القائم يوم الأحد.", "Qaim District", date(2023, 3, 12)),
    # «في آخر هجوم» (in the latest attack) opens today's news
    ("وفي آخر هجوم لداعش، قتل جنديان بهجوم على نقطة للجيش في قضاء القائم اليوم.", "Qaim District", date(2023, 3, 14)),
])
def test_other_events_keep_their_day(text: str, place: str, expected: date) -> None:
    assert dates_at(text, place) == [expected]
