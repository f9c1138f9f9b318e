"""An event told by its direction or distance from a town ("20 km south of Kirkuk", «جنوبي كركوك»,
«على بعد 30 كم شمال سامراء», «إلى الغرب من كركوك», "in the vicinity of Kirkuk") happened around the
town, not in it: the town is the reference place at geo_precision 2 (annotation guide, "Place").
A village named before the direction keeps its own point; «في كركوك», "in Kirkuk" stay geo 1.
Phrasings written for this test (issue 8)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _placed(text: str) -> list[tuple[str | None, int | None]]:
    parsed = parse_article(Article(text=text, id="t", source="t"), None, article_date=date(2025, 3, 4))
    return [(i.place_id, i.geo_precision) for i in parsed.incidents]


@pytest.mark.parametrize("text, place_id", [
    # a compass noun with من: «إلى الغرب من X», «الى الشمال الغربي من X», «في الجنوب من X»
    ("قتل مسلحون مجهولون راعيين إلى الغرب من كركوك مساء الاثنين.", "iq.kr.kirkuk"),
    ("انفجرت عبوة ناسفة على دورية للجيش في منطقة تقع الى الشمال الغربي من سامراء.", "iq.sd.samarra"),
    ("قتل مسلحون مجهولون مزارعا في الجنوب من كركوك فجر اليوم.", "iq.kr.kirkuk"),
    # «على مشارف X», «المناطق المحيطة بـX», «القرى المجاورة لـX»
    ("اشتبكت القوات مع عناصر من داعش على مشارف كركوك فجر اليوم.", "iq.kr.kirkuk"),
    ("قتل مسلحون مجهولون راعيين في المناطق المحيطة بسامراء مساء الاثنين.", "iq.sd.samarra"),
    ("اختطف مسلحون مجهولون ثلاثة مزارعين في القرى المجاورة لكركوك.", "iq.kr.kirkuk"),
    # English: in the vicinity of, on the edge of
    ("Gunmen killed two shepherds in the vicinity of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("A roadside bomb hit an army patrol on the edge of Samarra on Monday.", "iq.sd.samarra"),
    # suburbs, countryside, rural areas of a town (as «ضواحي», «ريف» already are)
    ("A roadside bomb killed three people in the southern suburbs of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("A roadside bomb killed three people in a suburb of Samarra on Monday.", "iq.sd.samarra"),
    ("Gunmen killed two shepherds in the countryside of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("Gunmen killed two shepherds in rural areas of Samarra on Monday.", "iq.sd.samarra"),
    ("قتل مسلحون مجهولون راعيين في ضواحي كركوك مساء الاثنين.", "iq.kr.kirkuk"),
])
def test_a_direction_or_vicinity_is_geo_2_at_the_town(text: str, place_id: str) -> None:
    assert _placed(text) == [(place_id, 2)]


@pytest.mark.parametrize("text, place_id", [
    ("قتل مسلحون مجهولون راعيين جنوبي كركوك مساء الاثنين.", "iq.kr.kirkuk"),
    ("قتل مسلحون مجهولون راعيين غرب كركوك مساء الاثنين.", "iq.kr.kirkuk"),
    ("قتل مسلحون مجهولون راعيين جنوب غربي مدينة كركوك مساء الاثنين.", "iq.kr.kirkuk"),
    ("انفجرت عبوة ناسفة على دورية للجيش على بعد 30 كم شمال سامراء.", "iq.sd.samarra"),
    ("قتل مسلحون مجهولون راعيين قرب كركوك مساء الاثنين.", "iq.kr.kirkuk"),
    ("Gunmen killed two shepherds 20 km south of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("Gunmen killed two shepherds southwest of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("Gunmen killed two shepherds on the outskirts of Kirkuk on Monday.", "iq.kr.kirkuk"),
    ("Gunmen killed two shepherds near Kirkuk on Monday.", "iq.kr.kirkuk"),
])
def test_the_usual_direction_words_stay_geo_2(text: str, place_id: str) -> None:
    assert _placed(text) == [(place_id, 2)]


@pytest.mark.parametrize("text, expected", [
    ("قتل مسلحون مجهولون راعيين في كركوك مساء الاثنين.", [("iq.kr.kirkuk", 1)]),
    ("Gunmen killed two shepherds in Kirkuk on Monday.", [("iq.kr.kirkuk", 1)]),
    ("قتل مسلحون مجهولون راعيين في قرية البشير الى الجنوب من كركوك مساء الاثنين.", [("iq.kr.bashir", 1)]),
    ("Gunmen killed two shepherds in Bashir village on the edge of Kirkuk on Monday.", [("iq.kr.bashir", 1)]),
])
def test_in_the_town_or_at_a_named_village_stays_geo_1(text: str, expected: list[tuple[str, int]]) -> None:
    assert _placed(text) == expected
