"""A toll of a thousand dead or more sums up a period, a campaign or a war: no one event of a day kills so many
(issue 8, prec11 audit, docs/arabic_audit.md). A statistics sentence («ما مجموعه (11118) عراقيا قتلوا ...
بتفجيرات») or a lament for a city's dead over a year («نعى مقتل 2070 شخصاً من أبناء الموصل») is no bombing or
attack of the report's day. A large single event (300 dead) stays, and so does an old massacre told as background
with its own year (historical). Phrasings written for this table; each row runs end to end through
``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2021, 6, 22)


def incidents(text: str) -> list[tuple[str, str | None, int | None, bool]]:
    """(sub-event type, location, fatalities, historical) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location, x.fatalities, x.historical) for x in article.incidents]


@pytest.mark.parametrize("text", [
    # a year's statistics read as one bombing in Baghdad
    "وبحسب أرقام رسمية صادرة عن بعثة الأمم المتحدة لمساعدة العراق، فإن ما مجموعه (11118) عراقيا قتلوا، وأصيب "
    "(18419) آخرون، بتفجيرات وأعمال عنف وقعت غالبيتها في العاصمة بغداد.",
    # a city's dead over a year of the group's rule
    "ونعى المحافظ السابق مساء أمس مقتل 2070 شخصاً من أبناء الموصل على يد مسلحي داعش، محملاً الحكومة في بغداد "
    "المسؤولية.",
])
def test_a_toll_of_thousands_is_a_tally(text):
    assert incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    # one bombing with hundreds dead is an event
    ("قتل 300 شخص وأصيب 250 آخرون بتفجير سيارة مفخخة في حي الكرادة ببغداد فجر اليوم.",
     [("Remote explosive/landmine/IED", "Karrada", 300, False)]),
    # an old massacre told with its year keeps its toll (background, historical)
    ("وفي حزيران 2014 قتل 1700 طالب على يد مسلحي داعش في قاعدة سبايكر قرب تكريت.",
     [("Attack", "Camp Speicher", 1700, True)]),
])
def test_an_event_with_its_own_toll_stays(text, expected):
    assert incidents(text) == expected
