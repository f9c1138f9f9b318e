"""«في مركز المدينة» is the city centre, not the Madina district of Basra (issue 8, flash10 audit, session 10,
stage PLACE, work half).

Short Arabic flashes name the governorate or city first and then say where in it: «بمقتل عنصرين من شرطة
النجدة في محافظة كركوك، إثر اشتباك مسلح اندلع ... في مركز المدينة». المدينة ('the city') is a strict common
word of the matcher that needs a designator or a site head before it, and مركز, أطراف and ضواحي are site
heads (مركز ناحية, أطراف الموصل), so «مركز المدينة» gave the Madina district of Basra and a second incident
there. Now those three words before المدينة leave it the noun; قضاء/ناحية المدينة stay the district.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("أفاد مصدر أمني، اليوم الثلاثاء، بمقتل شرطيين اثنين في محافظة كركوك، إثر اشتباك مسلح اندلع في مركز المدينة.",
     ["Kirkuk"]),
    ("وفي كركوك، أفاد مصدر أمني بإصابة شرطي بجروح إثر إطلاق نار قرب جسر في مركز المدينة.", ["Kirkuk"]),
    ("أفاد مصدر أمني بمقتل مدني بانفجار عبوة لاصقة في مركز المدينة بمحافظة ديالى، اليوم الثلاثاء.", ["Diyala"]),
    ("سقطت قذيفة هاون في أطراف المدينة، اليوم الثلاثاء، بحسب مصدر أمني في نينوى.", ["Nineveh"]),
])
def test_the_city_centre_is_no_place_of_its_own(text: str, expected: list) -> None:
    assert incidents(text, "admin1", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # the district named with its designator stays Basra's Madina
    ("انفجرت عبوة ناسفة في قضاء المدينة شمالي البصرة، اليوم الثلاثاء، ما أسفر عن إصابة مدنيين.", ["Basra"]),
    ("قتل مسلحون مجهولون شاباً في مركز قضاء المدينة شمال البصرة، اليوم الثلاثاء.", ["Basra"]),
])
def test_the_madina_district_named_as_such_stays(text: str, expected: list) -> None:
    assert incidents(text, "admin1", day=TUE) == expected
