"""Bodies found, told in the active voice, are a killing when the next words say one (issue 8, probe12).

'Police found the bodies of three men bearing gunshot wounds in an orchard near Muqdadiya' gave nothing: the English
row read only the passive 'bodies were found'; «عثرت قوة من الشرطة، صباح اليوم الأربعاء، على جثة شاب مقتول بطلق ناري»
gave nothing either: the Arabic row read at most one word between the verb and «على جثة». As the Arabic rows («عثرت الشرطة على جثة ... مصابة بطلقات نارية»),
ACLED codes bodies found as an attack when the killing is implied (gunshot wounds, bound, tortured, unidentified,
abducted); bodies recovered after a drowning or a collapse, with no sign of violence, are no event.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)


@pytest.mark.parametrize("text, expected", [
    ("Police found the bodies of three men bearing gunshot wounds in an orchard near Muqdadiya on Wednesday, "
     "a police source said.",
     [("Attack", "Muqdadiya")]),
    ("Security forces on Wednesday discovered the body of a shepherd with signs of torture in the village of "
     "Jardaghli near Amerli.",
     [("Attack", "Amerli")]),
    ("Farmers found the body of a young man, bound and blindfolded, in a field in Tarmiyah district on Tuesday.",
     [("Attack", "Tarmiyah District")]),
    # the finder and the time told between the verb and «على جثة» (Iraqi police copy): up to nine words, as the
    # weapons-find rows read them; the Arabic row read one
    ("عثرت قوة من الشرطة، صباح اليوم الأربعاء، على جثة شاب مقتول بطلق ناري في الرأس ومرمية في بستان بقضاء بعقوبة.",
     [("Attack", "Baqubah District")]),
    ("عثرت دورية للجيش، فجر اليوم، على جثة رجل مكبل اليدين ومعصوب العينين قرب ناحية العظيم.",
     [("Attack", "Udhaim")]),
    # the verb «انتشلت» (pulled out) beside its noun «انتشال»
    ("انتشلت الشرطة جثة رجل مقتول بطلقات نارية من نهر دجلة قرب سامراء، اليوم الأربعاء.",
     [("Attack", "Samarra")]),
])
def test_bodies_found_with_the_killing_implied(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "Civil defence teams recovered the bodies of two children who drowned in the Tigris near Balad on Wednesday.",
    "Rescuers retrieved the bodies of five workers from a collapsed building in Karbala on Tuesday.",
    "Police found the body of a missing boy in an irrigation canal near Kut, where he had drowned.",
    "عثرت فرق الدفاع المدني، مساء الثلاثاء، على جثة طفل غرق في نهر دجلة بقضاء بلد.",
    "انتشلت فرق الإنقاذ جثة طفل غرق في نهر الفرات قرب هيت، اليوم الأربعاء.",
    "عثرت القوات الأمنية، اليوم الأربعاء، في منزل مهجور بقضاء الخالص على جثة رجل مسن توفي بشكل طبيعي.",
])
def test_bodies_found_with_no_sign_of_violence(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
