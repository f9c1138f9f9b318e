"""Places that Iraqi flash posts name but where the event did not happen (issue 8, tgaudit6 audit,
flashfix): an outlet's hashtag (#بغداد_الاخبارية), a town's quarter named by an adjective («الحي
العسكري» is not al-Hai in Wasit), and the two ends a road is named by («طريق بغداد البصرة», «الطريق
الرئيسي (بغداد – داقوق)»): the event is on the road, placed by the place told beside it (with none, at
the end named first). Look-alikes:
a bare #بغداد, «قضاء الحي», a road named by one town and an adjective, a road the gazetteer lists.
Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _admin1s(text: str) -> list[str | None]:
    article = Article(text=text, title=text.splitlines()[0], id="t", source="t")
    return [i.admin1 for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قصف تركي يستهدف قرى في قضاء العمادية\nوذكر مصدر لـ #بغداد_الاخبارية أن الطائرات التركية شنت غارات على "
     "مواقع في إحدى القرى.", ["Dohuk"]),
    ("هاجم مسلحون من داعش نقطة للشرطة في أطراف الحي العسكري في قضاء المقدادية.", ["Diyala"]),
    ("مقتل جنديين بهجوم لداعش جنوبي كركوك\nهاجم عناصر من داعش نقطة للجيش على الطريق الرئيسي (بغداد – داقوق) "
     "جنوبي كركوك، ما أسفر عن مقتل جنديين.", ["Kirkuk"]),
])
def test_outlet_tags_quarters_and_road_ends_are_not_the_place(text: str, expected: list[str]) -> None:
    assert _admin1s(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجار عبوة ناسفة في قضاء الحي جنوبي الكوت.", ["Wasit"]),
    ("تظاهر مئات العمال وقطعوا طريق بغداد البصرة قرب قضاء الزبير يوم السبت.", ["Basra"]),
    ("سقوط صاروخ كاتيوشا في #بغداد", ["Baghdad"]),
    ("انفجرت عبوة ناسفة على طريق بغداد الرئيسي في قضاء المحمودية.", ["Baghdad"]),
    ("انفجار عبوة ناسفة على طريق كركوك بغداد قرب ناحية تازة.", ["Kirkuk"]),
    ("Hundreds of protesters blocked the Baghdad-Basra highway near Zubair on Saturday.", ["Basra"]),
])
def test_places_beside_them_stay(text: str, expected: list[str]) -> None:
    assert _admin1s(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On the Baiji-Haditha road, militants ambushed an army convoy on Monday, killing five soldiers.", ["Salah al-Din"]),
    ("على طريق بيجي حديثة، نصب مسلحون كميناً لرتل عسكري اليوم الاثنين، ما أسفر عن مقتل خمسة جنود.", ["Salah al-Din"]),
    ("Militants ambushed an army convoy on the Baiji-Haditha road on Monday, killing five soldiers.", ["Salah al-Din"]),
])
def test_a_road_fronted_before_the_event_still_places_it_at_the_end_named_first(text: str, expected: list[str]) -> None:
    assert _admin1s(text) == expected


def test_a_road_in_another_clause_does_not_place_the_event() -> None:
    text = "Traffic was cut on the Baiji-Haditha road for hours; gunmen killed two shepherds on Monday."
    assert _admin1s(text) == [None]
