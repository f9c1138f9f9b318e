"""A capital named in brackets only to say how far the governorate lies from it (issue 8,
docs/arabic_audit.md "Long wire and TV-site reports (arwire6, session 6)", follow-up by wirefix6):
«في محافظة ميسان (350 كيلومتراً جنوب بغداد)» is a reference point, as it is without the bracket, so
no event of the report falls back on Baghdad. Phrasings written for this table from general Arabic and
English wire usage; a place itself 20 km from Baghdad (no governorate before it) stays near Baghdad.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2022, 3, 9)

#: report -> the governorates of its incidents
BRACKETED = [
    ("نزاع عشائري في ميسان\nاندلع نزاع عشائري مسلح في محافظة ميسان (350 كيلومتراً جنوب بغداد)، اليوم الأحد، "
     "ما دفع السلطات إلى إرسال تعزيزات.\nوأمرت قيادة الشرطة باعتقال جميع المسلحين من العشيرتين.", {"Maysan"}),
    ("تعزيزات أمنية إلى ذي قار\nأرسلت السلطات تعزيزات إلى محافظة ذي قار (375 كم جنوب بغداد)، اليوم، بعد اشتباك "
     "عشائري.\nواعتقلت الشرطة عشرة مسلحين.", {"Dhi Qar"}),
    ("Tribal fighting in Maysan\nTribal fighting broke out in Maysan province (350 km south of Baghdad) on Sunday.\n"
     "Police arrested ten gunmen.", {"Maysan"}),
    # negative: no governorate before the distance, the landmark places the event
    ("قتل شخصان في اشتباك عشائري بقرية تبعد 20 كيلومتراً جنوب بغداد.", {"Baghdad"}),
]


@pytest.mark.parametrize("text, expected", BRACKETED)
def test_a_bracketed_distance_names_a_landmark_not_the_place(text: str, expected: set[str]) -> None:
    found = {i.admin1 for i in parse_article(Article(text=text), article_date=DAY).incidents}
    assert found == expected
