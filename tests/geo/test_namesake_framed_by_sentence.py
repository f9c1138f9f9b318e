"""A namesake place framed by a governorate named in its own sentence (issue 8, docs/arabic_audit.md
"Long wire and TV-site reports (arwire6, session 6)", follow-up by wirefix6): «منطقة الرشاد في الجزء
الجنوبي الغربي من محافظة كركوك» is Kirkuk's Rashad, not Diyala's village of that name, even though
«منطقة» asks for a small place and the village's designator bonus used to outweigh the governorate.
A governorate named in an earlier sentence does not force the choice. Phrasings written for this
table from general Arabic and English news usage.
"""

from __future__ import annotations

import pytest

from geo import default_gazetteer, find_places

#: text -> the Rashad chosen
FRAMED = [
    ("هاجم مسلحون نقطة للشرطة في منطقة الرشاد جنوب غربي محافظة كركوك فجر اليوم", "iq.kr.rashad"),
    ("اشتبك عناصر من داعش مع الشرطة في بلدة الرشاد، على بعد 40 كيلومتراً من كركوك", "iq.kr.rashad"),
    ("Gunmen attacked a police post in al-Rashad area, southwest of Kirkuk province, on Sunday.", "iq.kr.rashad"),
    # negatives: the sentence names Diyala, or its district
    ("انفجرت عبوة ناسفة في قرية الرشاد التابعة لقضاء المقدادية في محافظة ديالى", "iq.di.rashad"),
    ("An IED exploded in the village of al-Rashad in Muqdadiya, Diyala province.", "iq.di.rashad"),
    ("اغتال مسلحون مختاراً في قرية الرشاد بديالى، وفر المهاجمون نحو كركوك", "iq.di.rashad"),
]


@pytest.mark.parametrize("text, expected", FRAMED)
def test_a_governorate_in_the_sentence_picks_its_namesake(text: str, expected: str) -> None:
    rashad = [m.place.place_id for m in find_places(text, default_gazetteer()) if "rashad" in m.place.place_id]
    assert rashad == [expected]


#: A subdistrict the gazetteer knows in one governorate only, told after another governorate in its
#: sentence while its own is named nowhere, is a namesake the gazetteer lacks (الكرمة of Basra is not
#: Anbar's): not placed. A governorate named after it is a landmark and frames nothing.
SUBDISTRICTS = [
    ("وفي البصرة تجدد النزاع العشائري في منطقة الكرمة شمال المحافظة", ["Basra"]),
    ("وفي ميسان اندلع اشتباك مسلح بين عشيرتين في منطقة الكرمة فجر اليوم", ["Maysan Governorate"]),
    # negatives: its own governorate, a landmark after it, a town of its governorate
    ("وفي الأنبار اندلع اشتباك في ناحية الكرمة فجر اليوم", ["Anbar Governorate", "Karma"]),
    ("هاجم مسلحون ناحية الكرمة غرب بغداد", ["Karma", "Baghdad"]),
    ("سقطت قذائف هاون على ناحية الكرمة شرقي الفلوجة", ["Karma", "Fallujah"]),
    ("وفي البصرة اعتقلت الشرطة مطلوبين. وفي حادث آخر سقطت قذائف على ناحية الكرمة", ["Basra", "Karma"]),
]


@pytest.mark.parametrize("text, expected", SUBDISTRICTS)
def test_a_subdistrict_framed_by_another_governorate(text: str, expected: list[str]) -> None:
    assert [m.place.name_en for m in find_places(text, default_gazetteer())] == expected


def test_a_framed_namesake_told_again_is_not_placed_either() -> None:
    text = ("وفي البصرة تجدد النزاع العشائري في منطقة الكرمة شمال المحافظة. وقال مسؤول أمني إن الإجراءات التي "
            "اتخذتها القوات أسفرت عن اعتقال عشرة أشخاص، وإن قوات الجيش ما زالت تطوق منطقة الكرمة.")
    assert [m.place.name_en for m in find_places(text, default_gazetteer())] == ["Basra"]
