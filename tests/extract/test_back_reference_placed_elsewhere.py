"""A group that names its own place and has no event told before it at that place is its own event (issue 8, arrec11
audit: Arabic events merged into another).

«وقال مصدر أمني عراقي إن عناصر من داعش هاجموا قرية الرشاد بضواحي المقدادية …، وأسفر الهجوم عن استشهاد خمسة مدنيين»
(al-Dostor, 26 October 2021): an anaphoric group that opens its own event is drafted twice, as a back reference and as
its own event, and the own event stands only when the back reference joins nothing. Here the back reference joined the
lead («مقتل 4 وإصابة 18 آخرين في هجوم … شرقي العراق», a summary of the day's attacks placed in the country), which then
joined the attack told after it at Saadiya: the al-Rashad attack was lost. Now a group whose own event is placed (not at
a governorate) where no account told before it stands (the same place, one within `merge_places.MERGE_KM` in its governorate,
or that governorate told as such) has no event to point back to: its own event stands (`incidents._placed_elsewhere`).

Near misses: the same village told before, and the same town's district told before, keep one incident. Every phrasing
is written for this table; the article date is Tuesday 2021-10-26.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2021, 10, 26)


def places(text: str) -> list[str]:
    return sorted(i.location or "" for i in parse_article(Article(text=text), article_date=TUE).incidents)


@pytest.mark.parametrize("text, expected", [
    ("أفاد مصدر أمني اليوم بمقتل 4 أشخاص في هجومين لداعش شرقي العراق.\nوقال المصدر إن عناصر من داعش هاجموا قرية "
     "الرشاد بضواحي المقدادية، وأسفر الهجوم عن مقتل ثلاثة مدنيين.\nفيما قتل جندي في هجوم بضواحي ناحية السعدية صباح "
     "اليوم.", ["Al-Rashad (Muqdadiya)", "Saadiya"]),
    ("قتل اليوم خمسة أشخاص في هجوم شنه مسلحون في العراق.\nوذكر مصدر أن مسلحين هاجموا قرية البو بالي شمال غربي "
     "الرمادي، وأسفر الهجوم عن مقتل خمسة مدنيين.", ["Albu Bali"]),
])
def test_the_group_is_its_own_event(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون اليوم قرية الرشاد في ديالى.\nوقال مصدر إن المسلحين هاجموا قرية الرشاد بضواحي المقدادية، وأسفر "
     "الهجوم عن مقتل مدنيين اثنين.", ["Al-Rashad (Muqdadiya)"]),
    ("قتل جنديان اليوم بهجوم في قضاء المقدادية.\nوقال مصدر إن مسلحين هاجموا نقطة للجيش في أطراف المقدادية، وأسفر "
     "الهجوم عن مقتل جنديين.", ["Muqdadiya District"]),
])
def test_near_misses_point_back(text: str, expected: list) -> None:
    assert places(text) == expected
