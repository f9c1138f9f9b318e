"""«بغداد اليوم» (Baghdad Today) naming the report's source is no place (issue 8, miss8 audit, session 8,
work half, stage PLACE).

A Baghdad Today report opens «بغداد اليوم ـ خاص» or «بغداد اليوم - ديالى» and quotes «قال المصدر لـ"بغداد
اليوم"»; its Diyala attack was placed at Baghdad. The context rule ``outlet_next`` (geo/data/
context_rules.yaml, read by `geo.matcher._outlet_name`): the name and the word after it, in quotes or
brackets or opening the text before a dash, are the outlet. «وشهدت بغداد اليوم انفجاراً» and «في بغداد
اليوم الاثنين» (Baghdad, today) stay the city, and so does a dateline after the outlet («بغداد اليوم -
بغداد»).

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.matcher import find_places
from tests.extract.probe import incidents


def surfaces(text: str) -> list[str]:
    return [m.surface for m in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("بغداد اليوم ـ خاص\nأفاد مصدر أمني في محافظة ديالى بإصابة ثلاثة جنود.", ["ديالى"]),
    ("بغداد اليوم- ديالى\nانفجرت عبوة ناسفة قرب قرية زراعية.", ["ديالى"]),
    ('وقال المصدر في حديث لـ"بغداد اليوم" إن العبوة انفجرت على الدورية.', []),
    ("ونقلت (بغداد اليوم) عن مصدر أمني أن العبوة انفجرت.", []),
])
def test_the_outlet_is_no_place(text: str, expected: list) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وشهدت بغداد اليوم، إصابة خمسة مدنيين بانفجار عبوة ناسفة.", ["بغداد"]),
    ("قتل شخصان بانفجار في بغداد اليوم الاثنين.", ["بغداد"]),
    ("بغداد اليوم - بغداد\nانفجرت عبوة ناسفة في سوق شعبي.", ["بغداد"]),
    ("بغداد - نايا\nانفجرت عبوة ناسفة في سوق شعبي.", ["بغداد"]),
])
def test_baghdad_today_as_words_is_the_city(text: str, expected: list) -> None:
    assert surfaces(text) == expected


def test_the_outlets_report_is_placed_at_its_own_place() -> None:
    text = ("بغداد اليوم ـ خاص\nأفاد مصدر أمني في محافظة ديالى، الأحد، بإصابة ثلاثة من عناصر الحشد الشعبي "
            "بانفجار عبوة ناسفة على دوريتهم.")
    assert incidents(text, "sub_event_type", "admin1", day=date(2022, 9, 28)) == [
        ("Remote explosive/landmine/IED", "Diyala")]
