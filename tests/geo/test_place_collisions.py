"""Common words and foreign namesakes met as places in real Arabic and English reports (issue 8):
a Shia hall (حسينية) is not the Baghdad sub-district al-Husseiniya, a base named Freedom (قاعدة
الحرية) is not Baghdad's Hurriya quarter, a courtyard (الباحة) is not Al Baha in Saudi Arabia, and
«ناحية جبلة» is the Babil sub-district, not Jableh on the Syrian coast. More common words found by
reading the gazetteer's one-word names against news usage: the sunset prayer (صلاة المغرب) is not
Morocco, blue helmets (الخوذ الزرقاء) not Zarqa, a crater's diameter (حفرة بقطر مترين) not Qatar,
TV channels (قناة دجلة, قناة الفرات) not the rivers, Saladin (صلاح الدين الأيوبي) and institutions
named after him not the governorate, the chest area (في منطقة الصدر) not Sadr City. The places
themselves are still found when named with their designator, a preposition or their direction.

Sentences written for these tests in the style of Iraqi wire copy; none is copied from a report.
"""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def _places(text: str) -> dict[str, str]:
    return {m.surface: m.place.place_id for m in find_places(text)}


@pytest.mark.parametrize("text, word", [
    ("فجر انتحاري نفسه داخل الحسينية أثناء صلاة المغرب في بعقوبة", "الحسينية"),
    ("سقطت قذيفة هاون على الحسينية وأصابت ثلاثة مصلين", "الحسينية"),
    ("استهدفت عبوة ناسفة الحسينية في قرية تابعة لقضاء الخالص", "الحسينية"),
    ("A suicide bomber blew himself up inside a Shiite Husseiniya in Kirkuk.", "Husseiniya"),
    ("Gunmen attacked the Husseiniya during evening prayers.", "Husseiniya"),
    ("انطلقت القوة من قاعدة الحرية في كركوك باتجاه وادي الشاي", "الحرية"),
    ("وصلت تعزيزات عسكرية إلى قاعدة الحرية لتأمين الطريق", "الحرية"),
    ("نقل الجرحى إلى مستشفى السلام في الموصل", "السلام"),
    ("اقتحم المحتجون الباحة الخارجية للسفارة وأحرقوا بوابتها", "الباحة"),
])
def test_common_word_is_not_a_place(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize("text, word, place_id", [
    ("سقطت قذيفتا هاون على ناحية الحسينية شمال شرقي بغداد", "الحسينية", "iq.bg.husseiniya"),
    ("انفجرت عبوة في الحسينية شمال شرقي العاصمة", "الحسينية", "iq.bg.husseiniya"),
    ("اعتقلت القوات مطلوبا في منطقة الحسينية", "الحسينية", "iq.bg.husseiniya"),
    ("Mortar rounds fell on Husseiniya, northeast of Baghdad.", "Husseiniya", "iq.bg.husseiniya"),
    ("انفجرت سيارة مفخخة في حي الحرية شمال غربي بغداد", "حي الحرية", "iq.bg.hurriya"),
    ("سقطت قذيفة على معسكر الحرية قرب المطار", "معسكر الحرية", "iq.bg.camp_liberty"),
])
def test_the_place_is_still_found(text: str, word: str, place_id: str) -> None:
    assert _places(text).get(word) == place_id


@pytest.mark.parametrize("text, place_id", [
    ("اغتال مسلحون مختارا في ناحية جبلة شمالي محافظة بابل", "iq.bb.jibla"),
    ("عثرت القوات على مخبأ للعتاد قرب جبلة شمال الحلة", "iq.bb.jibla"),
    ("Police found a weapons cache near Jbala in northern Babil.", "iq.bb.jibla"),
    ("قتل مدنيون في مدينة جبلة السورية على الساحل", "gn.169304"),
    ("اشتباكات عنيفة في ريف جبلة واللاذقية", "gn.169304"),
])
def test_jibla_in_babil_and_jableh_in_syria(text: str, place_id: str) -> None:
    assert place_id in _places(text).values()


@pytest.mark.parametrize("text, word", [
    ("فجر انتحاري نفسه أثناء صلاة المغرب في جامع ببعقوبة", "المغرب"),
    ("أطلق مسلحون النار على المصلين عند أذان المغرب", "المغرب"),
    ("انفجرت عبوة قرب حسينية قبيل المغرب بدقائق", "المغرب"),
    ("رفع المحتجون الراية الزرقاء أمام مبنى المحافظة", "الزرقاء"),
    ("انتشرت قوات ذات الخوذ الزرقاء على الطريق", "الزرقاء"),
    ("أحدث الانفجار حفرة بقطر مترين في الطريق", "بقطر"),
    ("لا يخلو كل قطر عربي من هذه الظاهرة", "قطر"),
    ("نقلت قناة دجلة عن مصدر أمني أن الهجوم وقع ليلا", "دجلة"),
    ("أفادت قناة الفرات بأن القوات اعتقلت ثلاثة مطلوبين", "الفرات"),
    ("أحرق محتجون مطعما في شارع صلاح الدين الأيوبي", "صلاح الدين"),
    ("وقال رئيس جامعة صلاح الدين إن الدوام سيستأنف", "صلاح الدين"),
    ("أصيب الجندي بطلق ناري في منطقة الصدر ونقل إلى المستشفى", "الصدر"),
])
def test_a_common_phrase_is_not_a_place(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize("text, word, place_id", [
    ("وصل وزير الخارجية إلى المغرب في زيارة رسمية", "المغرب", "country.ma"),
    ("اعتقلت الشرطة الأردنية مطلوبا في الزرقاء", "الزرقاء", "jo.zarqa"),
    ("عقدت جولة المحادثات بين الطرفين في قطر", "قطر", "country.qa"),
    ("انتشلت فرق الإنقاذ جثة من نهر دجلة جنوب بغداد", "نهر دجلة", "iq.tigris"),
    ("هاجم مسلحون نقطة للجيش في محافظة صلاح الدين", "صلاح الدين", "iq.gov.salahaldin"),
    ("انفجرت عبوة في صلاح الدين شمال بغداد", "صلاح الدين", "iq.gov.salahaldin"),
    ("انفجرت سيارة مفخخة في مدينة الصدر", "مدينة الصدر", "iq.bg.sadr_city"),
])
def test_the_same_word_as_a_place_is_still_found(text: str, word: str, place_id: str) -> None:
    assert _places(text).get(word) == place_id
