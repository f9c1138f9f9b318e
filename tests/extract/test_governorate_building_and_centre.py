"""«أمام مقر محافظة البصرة», «قرب مبنى محافظة كربلاء»: the governorate building named by its governorate ties the
governorate as «في محافظة البصرة» does (مقر/مبنى read as designators): the crowd is there, not at the country the
sentence names after; and a city told «وسط» (in the centre of) after a governorate is the finer place («في محافظة
ديالى وسط مدينة بعقوبة»), as «في» before it already was (tplace12, issue 8). Phrasings written for this table; each
row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)


def places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("تجمع الآلاف اليوم أمام مقر محافظة البصرة، وأضاؤوا شموعاً لأرواح متظاهرين قتلوا في هذه المحافظة النفطية من "
     "جنوب العراق.", [("Peaceful protest", "Basra Governorate")]),
    ("انفجرت عبوة ناسفة اليوم قرب سوق شعبي في محافظة ديالى وسط مدينة بعقوبة.",
     [("Remote explosive/landmine/IED", "Baqubah")]),
])
def test_the_building_ties_its_governorate_and_the_centre_refines_it(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a party's or an agency's headquarters named with its city; the building, then the city's centre
    ("اقتحم محتجون مقر حزب الدعوة في البصرة اليوم.", [("Violent demonstration", "Basra")]),
    ("تظاهر المئات اليوم أمام مقر الأمم المتحدة في بغداد.", [("Peaceful protest", "Baghdad")]),
    ("تظاهر العشرات من الخريجين اليوم أمام مبنى محافظة ديالى وسط بعقوبة للمطالبة بفرص عمل.",
     [("Peaceful protest", "Baqubah")]),
])
def test_other_headquarters_and_the_city_centre_stay(text, expected):
    assert places(text) == expected
