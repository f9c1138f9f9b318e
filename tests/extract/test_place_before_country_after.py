"""A place told before the event word and a country told after it (issue 8, arrec11 audit step 7, both halves open:
Arabic events placed wrong).

«واستهدف هجوم مطار أربيل الدولي بكردستان في شمال العراق …، نفّذ للمرة الأولى عبر طائرة مسيرة، في آخر فصل من فصول
التوتر بين الولايات المتحدة وإيران في العراق» (Al Jazeera Mubasher, April 2021) was placed in Iraq:
`placing.choose_places` takes the places tied after the trigger first, and a country there (the report's framing of
the event) won over the airport told in the trigger's own clause before it. Now, when every place tied after the
trigger is a country or region, a finer place of that country tied before it in its clause (within 120 characters,
after the last clause break) is the event's; «وفي الموصل، أعلن التنظيم … عن إعدام جنديين … في شمال العراق» too.

Near misses: the place a source speaks from («قال مسؤول في أربيل») is no tied place; a place before a clause break
(«؛») belongs to another clause. Every phrasing is written for this table; the article date is Thursday 2021-04-15.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

THU = date(2021, 4, 15)


def places(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.location, i.geo_precision) for i in parse_article(Article(text=text), article_date=THU).incidents]


@pytest.mark.parametrize("text, expected", [
    ("واستهدف هجوم اليوم مطار أربيل الدولي في شمال العراق حيث تتمركز قوات أمريكية، نفذ بطائرة مسيرة، في أحدث فصول "
     "التوتر بين واشنطن وطهران في العراق.", [("Erbil International Airport", 1)]),
    ("وفي الموصل، أعلن التنظيم اليوم عن إعدام جنديين في حي الانتصار شرقي المدينة التي تقع في شمال العراق.",
     [("Mosul", 1)]),
    ("وفي كركوك، قتل اليوم شرطي بهجوم مسلح، في أحدث هجوم يشنه التنظيم في العراق.", [("Kirkuk", 1)]),
])
def test_the_place_before_the_event_word(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # never at the speaker's or the visitor's town; placed at no more than Iraq and with no toll, no incident at all
    # (session 11, _country_only)
    ("قال مسؤول في أربيل اليوم إن هجوما بطائرة مسيرة استهدف منشأة نفطية في العراق.", []),
    ("زار وزير الدفاع الموصل اليوم؛ وأعلن الجيش أن طائرة مسيرة مجهولة استهدفت موقعا عسكريا في العراق.", []),
])
def test_near_misses_stay_in_the_country(text: str, expected: list) -> None:
    assert places(text) == expected
