"""«بشارع القدس» in a report about Kirkuk is a street, not Jerusalem (issue 8, arlong9 audit, session 9, stage
PLACE; found on the check half after the work-half rule, so not held out).

Iraqi streets and squares bear the names of foreign cities (شارع القدس، شارع فلسطين، ساحة بيروت). `_named_site`
already read «مطار واشنطن داخل قاعدة … في بغداد» as a site's name, but only when the sentence itself names an
Iraqi place; a round-up that names the governorate in its lead («هزّت 3 اعتداءات محافظة كركوك») and then «انفجرت
عبوة ناسفة بالقرب من جامع الأبرار بشارع القدس» placed the bomb in Jerusalem. Now a foreign place right after «شارع»
or «ساحة» is a street's or square's name when the report names an Iraqi place anywhere, and `sentence_place` does
not pick it either. A report naming no Iraqi place, and a city not named as a street, keep the foreign place.
(English writes the name first, 'Jerusalem Street': not this rule.)

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("ومساء الجمعة، هزت ثلاثة اعتداءات محافظة كركوك. وانفجرت عبوة ناسفة بالقرب من جامع الأبرار بشارع القدس، "
     "ما أسفر عن مقتل امرأة.", [("Kirkuk Governorate", "IQ")]),
    ("قتل شخصان في هجوم بمحافظة نينوى. وانفجرت عبوة ناسفة في ساحة بيروت، ما أسفر عن مقتل امرأة.",
     [("Nineveh Governorate", "IQ")]),
])
def test_a_street_named_after_a_foreign_city_is_no_place_abroad(text: str, expected: list) -> None:
    assert incidents(text, "location", "country", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # no Iraqi place in the report: the street may be abroad, the place stays
    ("انفجرت عبوة ناسفة بالقرب من مسجد في شارع القدس، ما أسفر عن مقتل امرأة.", [("Jerusalem", "IL")]),
    # the city itself, not a street: abroad, beside an Iraqi event
    ("قتل شخصان في بغداد. وقتلت امرأة في انفجار عبوة ناسفة في مدينة القدس.",
     [("Baghdad", "IQ"), ("Jerusalem", "IL")]),
])
def test_a_foreign_city_not_named_as_a_street_stays(text: str, expected: list) -> None:
    assert incidents(text, "location", "country", day=TUE) == expected
