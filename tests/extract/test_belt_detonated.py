"""«فجر رجل حزامه الناسف» is a suicide bombing (issue 8, arlong10 audit of long Arabic reports).

Wire copy tells a suicide bombing by the bomber setting off his belt, with no «انتحاري» word: «وفي المساء فجر رجل
حزامه الناسف في نقطة تفتيش للجيش … بمدينة هيت», «فجر رجل يرتدي حزاما ناسفا نفسه». The trigger list had the bare
phrase «حزام ناسف» only, so the possessive and accusative forms were not read: the bombing was typed by its toll
(«مقتل»: an armed clash, placed at the landmark Baghdad) or by «قتل» (an attack). A row of triggers.yaml now reads
a detonation verb with the belt after it. A belt seized or dismantled, or an attempt foiled, is not one.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2023, 3, 14)


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("وفي المساء فجر رجل حزامه الناسف في نقطة تفتيش للجيش في شارع تجاري بمدينة هيت الواقعة إلى الغرب من بغداد، "
     "ما أدى إلى مقتل 12 بينهم سبعة من أفراد الجيش.", [("Suicide bomb", "Hit")]),
    ("فجّر رجل حزامه الناسف قرب نقطة تفتيش للجيش في مدينة هيت.", [("Suicide bomb", "Hit")]),
    ("قتل خمسة أشخاص عندما فجر رجل يرتدي حزاما ناسفا نفسه في سوق بالفلوجة.", [("Suicide bomb", "Fallujah")]),
])
def test_a_detonated_belt_is_a_suicide_bombing(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a belt seized: no suicide bombing; explosives seized are a disrupted weapons use (annotation guide;
    # test_seized_car_bombs.py, neg10)
    ("ضبطت القوات الأمنية حزاما ناسفا في الفلوجة.", [("Disrupted weapons use", "Fallujah")]),
    # a belt dismantled, an attempt foiled: disrupted weapons use, as before
    ("فككت مفرزة هندسية حزاما ناسفا عثر عليه في منزل بالفلوجة.", [("Disrupted weapons use", "Fallujah")]),
    ("أحبطت القوات الأمنية محاولة إرهابي تفجير حزامه الناسف في سوق الفلوجة.", [("Disrupted weapons use", "Fallujah")]),
])
def test_a_belt_not_detonated_is_not(text: str, expected: list) -> None:
    assert kinds(text) == expected
