"""«يُتوقع أن يكونوا من عناصر داعش» (believed to be IS members) names the attackers; it does not make their attack a
forecast (issue 8, arlong10 audit step 7, check half no longer held out).

«شن عدد من المسلحين، يُتوقع أن يكونوا من عناصر تنظيم "الدولة الإسلامية" داعش، أمس الخميس، هجوماً بإطلاق النار على
سيارة …»: the future cue «يتوقع» (an expectation: «توقع رئيس الإقليم تحرير بقية مناطق سنجار قريباً») rejected the
attack, and the report kept only the statement's toll, dated the report's day instead of Thursday. The cue row now
gives way before «أن يكون/يكونوا/تكون/يكونا» (to be): the attackers' identity, not a future.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def found(text: str) -> list[tuple[str | None, date | None]]:
    return [(i.location, i.event_date) for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text, expected", [
    ("شن عدد من المسلحين، يُتوقع أن يكونوا من عناصر تنظيم داعش، مساء الأحد، هجوماً بإطلاق النار على سيارة في قضاء "
     "الطارمية، ما أسفر عن مقتل مدني.", [("Tarmiyah District", date(2023, 3, 12))]),
    ("هاجم مسلحون يتوقع أن يكونوا من عناصر داعش نقطة للجيش في ناحية العظيم الليلة الماضية.",
     [("Udhaim", date(2023, 3, 13))]),
])
def test_the_attackers_identity_is_no_forecast(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "يتوقع أن يشن تنظيم داعش هجمات جديدة على القرى النائية في قضاء الطارمية.",
    "توقع رئيس الإقليم تحرير بقية مناطق سنجار قريباً.",
])
def test_an_expectation_is_still_none(text: str) -> None:
    assert found(text) == []
