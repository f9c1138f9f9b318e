"""«الداقوق»: Daquq written with the article (issue 8, arrec11 audit step 7, both halves open).

«نقطة تفتيش للشرطة الاتحادية في قرية القهار التابعة لقضاء الداقوق» (7al.net, 2 September 2021) matched no place, and the
attack stayed at the lead's «جنوبي محافظة كركوك». Arabic news writes some town names with the article (الدبس، الحويجة);
`geo/data/aliases.csv` now lists «الداقوق» for Daquq. A surname made from the town («داقوقي») is no mention of it.
Every phrasing is written for this table.
"""

from __future__ import annotations

import pytest

from geo.matcher import find_places


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون نقطة للشرطة في قرية تابعة لقضاء الداقوق", ["Daquq"]),
    ("سقطت قذيفة هاون في أطراف الداقوق", ["Daquq"]),
    ("قال الطبيب عباس الداقوقي إن المستشفى استقبل جريحين", []),  # a surname made from the town
])
def test_daquq_with_the_article(text: str, expected: list) -> None:
    assert [m.place.name_en for m in find_places(text)] == expected
