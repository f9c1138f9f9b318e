"""Places real reports name that the gazetteer lacked (gaz10 audit, issue 8): Basra's
al-Jazair quarter and Karmat Ali, Bismayah New City south-east of Baghdad, and spellings of places it has
(«خجيجه» for Khidir Jija, "Dubiz" for Dibis). Near misses: the common word or the bare name without its
head word keeps its old reading (الجزائر is Algeria, بسماية the range). Every phrasing is
written for this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def ids(text: str) -> list[str]:
    return [m.place.place_id for m in find_places(text)]


def assert_one_not_other(text: str, place_id: str, not_id: str) -> None:
    found = ids(text)
    assert place_id in found
    assert not_id not in found


@pytest.mark.parametrize("text, place_id", [
    ("قتل شاب بنيران مجهولين في منطقة الجزائر وسط البصرة", "iq.ba.jazair"),
    ("انفجرت عبوة صوتية قرب مطعم في حي الجزائر", "iq.ba.jazair"),
    ("اغتيل صراف في شارع الجزائر مساء السبت", "iq.ba.jazair"),
    ("Gunmen shot a money changer on Jazair street on Saturday.", "iq.ba.jazair"),
    ("سقطت قذيفة على منزل في كرمة علي خلال نزاع عشائري", "iq.ba.karmat_ali"),
    ("Two men were wounded in a tribal clash in Garmat Ali.", "iq.ba.karmat_ali"),
    ("A second bomb went off in the town of Basmaiya on Friday.", "iq.bg.bismayah"),
    ("A fire broke out in a tower block in Bismayah New City.", "iq.bg.bismayah"),
    ("اندلع حريق في مجمع بسماية السكني جنوب شرقي العاصمة", "iq.bg.bismayah"),
    ("هاجم مسلحو داعش قرية خجيجه ليلا", "iq.ar.khidir_jija"),
    ("Gunmen killed a farmer near Dubiz on Monday.", "iq.kr.dibis"),
])
def test_the_place_is_found(text: str, place_id: str) -> None:
    assert place_id in ids(text)


@pytest.mark.parametrize("text, place_id, not_id", [
    ("وصل الوفد إلى الجزائر في زيارة رسمية", "country.dz", "iq.ba.jazair"),
    ("The minister flew to Algeria, al-Jazair in Arabic, on Monday.", "country.dz", "iq.ba.jazair"),
    ("سقط صاروخ على معسكر بسماية جنوب شرقي بغداد", "iq.bg.besmaya", "iq.bg.bismayah"),
    ("Trainees fired rockets at the Besmaya range.", "iq.bg.besmaya", "iq.bg.bismayah"),
])
def test_the_bare_name_keeps_its_reading(text: str, place_id: str, not_id: str) -> None:
    assert_one_not_other(text, place_id, not_id)


@pytest.mark.parametrize("text", [
    "قال علي إن الكرمة أثمرت هذا العام",
    "The team of Ali won the match in Basra's stadium.",
])
def test_the_common_words_alone_stay_unmatched(text: str) -> None:
    assert "iq.ba.karmat_ali" not in ids(text)


@pytest.mark.parametrize("text, expected", [
    # the quarter named after Algeria is Basra's quarter, never Algeria (this line stood in
    # test_matcher's false friends while the gazetteer had no Hay al-Jazair)
    ("أطلق مسلحون النار على ناشط في حي الجزائر", ["iq.ba.jazair"]),
    # framed by another governorate's city it is a namesake the gazetteer lacks, not Basra's
    ("أطلق مسلحون النار على ناشط في حي الجزائر في الموصل", ["iq.ni.mosul"]),
])
def test_the_quarter_named_after_algeria(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


# Step 2: quarters of Mosul, Basra and Baghdad the gazetteer lacked. Before, «حي الكرامة» went to Karameh
# (Jordan), «حي الرفاعي» to Rifai (Dhi Qar), «باب سنجار» to Sinjar town, the rest to nothing.
@pytest.mark.parametrize("text, place_id", [
    ("انفجرت دراجة مفخخة في حي المثنى شرقي الموصل", "iq.ni.muthanna_q"),
    ("A car bomb went off in al-Muthana neighborhood in Mosul.", "iq.ni.muthanna_q"),
    ("أغلقت القوات المحال في منطقة الزهور", "iq.ni.zuhur"),
    ("A bomber hit a cafe in al-Zuhour on Friday.", "iq.ni.zuhur"),
    ("قتل شرطي في حي سومر مساء الأحد", "iq.ni.sumer"),
    ("عثر على جثة في الزنجيلي صباح اليوم", "iq.ni.zanjili"),
    ("انفجرت عبوة قرب منزل في حي الكرامة", "iq.ni.karama_q"),
    ("Two men were hurt in al-Karama neighborhood on Monday.", "iq.ni.karama_q"),
    ("سقطت قذيفة على سوق في منطقة باب سنجار", "iq.ni.bab_sinjar"),
    ("اعتقلت الشرطة مطلوبا في حي الرفاعي", "iq.ni.rifai_q"),
    ("احترق مخزن في منطقة الدواسة", "iq.ni.dawasa"),
    ("Sticky bombs went off in al-Farouq al-Qadeem area.", "iq.ni.faruq_q"),
    ("سطا مسلحون على منزل في منطقة المعقل", "iq.ba.maqal"),
    ("أطلق مجهولون النار على موظف في منطقة القبلة", "iq.ba.qibla"),
    ("انفجرت عبوة صوتية في خمسة ميل", "iq.ba.khamsa_mil"),
    ("قتل مدني قرب منزله في منطقة الموفقية", "iq.ba.muwafaqiya"),
    ("انفجرت عبوة قرب محال في منطقة كمب سارة", "iq.bg.camp_sara"),
    ("فجر انتحاري نفسه في منطقة جميلة", "iq.bg.jameela_market"),
    ("انفجرت عبوة لاصقة في الصليخ فجرا", "iq.bg.sulaikh"),
    ("اندلع حريق في منطقة الشيخ عمر الصناعية", "iq.bg.sheikh_omar"),
    ("قتل شخص بنيران مجهولين في حي الإعلام", "iq.bg.ilam"),
    ("Gunmen shot a shop owner in Kraiat on Sunday.", "iq.bg.kraiat"),
])
def test_the_quarter_is_found(text: str, place_id: str) -> None:
    assert place_id in ids(text)


@pytest.mark.parametrize("text, not_id", [
    # the common words and men's names without the head word stay unmatched
    ("قال الشيخ عمر إن الاتفاق صامد", "iq.bg.sheikh_omar"),
    ("صلى المواطنون باتجاه القبلة", "iq.ba.qibla"),
    ("دعا إلى احترام الجمهورية والدستور", "iq.ba.jumhuriya_q"),
    ("نقلت وسائل الإعلام الخبر", "iq.bg.ilam"),
    ("وصلت جميلة إلى المدرسة مبكرا", "iq.bg.jameela_market"),
    ("أكد تمسكه بالكرامة الوطنية", "iq.ni.karama_q"),
    ("قصفت الطائرات الرقة المعقل الرئيس للتنظيم", "iq.ba.maqal"),
    ("أعلنت المجموعة الثقافية العربية برنامجها", "iq.ni.majmoua_thaqafiya"),
    ("شنت الطائرات غارات على وادي حجر في حضرموت", "iq.ni.wadi_hajar"),
    ("The convoy stopped five mile from the border.", "iq.ba.khamsa_mil"),
    # the bare names keep their old places
    ("وقع الانفجار في الرفاعي شمالي الناصرية", "iq.ni.rifai_q"),
    ("عاد الأهالي إلى سنجار بعد سنوات", "iq.ni.bab_sinjar"),
    # a Mosul quarter's name framed by Basra is a namesake, not Mosul's
    ("وقع الانفجار في حي المثنى في البصرة", "iq.ni.muthanna_q"),
])
def test_the_near_miss_stays_apart(text: str, not_id: str) -> None:
    assert not_id not in ids(text)


# Step 3: the Sinjar range under its Kurdish name, the Serdesht camp on it, the Makhmour camp under its
# Kurdish name, and villages of Tuz, Daquq and Makhmour named in real reports.
@pytest.mark.parametrize("text, place_id", [
    ("A drone struck a car on Mount Shingal on Sunday.", "iq.ni.sinjar_mountain"),
    ("Fighters withdrew to Mount Shengal overnight.", "iq.ni.sinjar_mountain"),
    ("A drone hit a pickup near the Serdesht Camp on Tuesday.", "iq.ni.serdesht_camp"),
    ("قصفت طائرة مسيرة سيارة قرب مخيم سردشت", "iq.ni.serdesht_camp"),
    ("قصفت طائرة مسيرة مخيم رستم جودي للاجئين", "iq.ni.makhmour_camp"),
    ("A drone struck a house in the Rustem Cudi camp.", "iq.ni.makhmour_camp"),
    ("Three people were hurt in a strike on Mexmur camp.", "iq.ni.makhmour_camp"),
    ("هاجم مسلحون قرية حليوة ليلا", "iq.sd.haliwa"),
    ("Militants stormed Haliwa village at dawn.", "iq.sd.haliwa"),
    ("قتل أربعة في هجوم على قرية لهيب", "iq.kr.liheb"),
    ("Gunmen attacked a house in the village of Liheb.", "iq.kr.liheb"),
    ("نزح أهالي قرية لهيبان بعد تهديدات", "iq.ni.lahiban"),
    ("Families fled Lahiban after the attack.", "iq.ni.lahiban"),
])
def test_the_range_camp_or_village_is_found(text: str, place_id: str) -> None:
    assert place_id in ids(text)


@pytest.mark.parametrize("text, place_id, not_id", [
    ("A drone struck a car in Shingal town.", "iq.ni.sinjar", "iq.ni.sinjar_mountain"),
    ("وصل الوفد إلى مخيم مخمور للاجئين", "iq.ni.makhmour_camp", "iq.ni.serdesht_camp"),
])
def test_the_town_or_other_camp_stays(text: str, place_id: str, not_id: str) -> None:
    assert_one_not_other(text, place_id, not_id)


@pytest.mark.parametrize("text, not_id", [
    ("قالت إن البنت حليوة ومجتهدة", "iq.sd.haliwa"),
    ("اشتعل لهيب النار في المخزن", "iq.kr.liheb"),
    ("زار الوفد سردشت في إيران", "iq.ni.serdesht_camp"),
])
def test_the_common_word_alone_is_no_village(text: str, not_id: str) -> None:
    assert not_id not in ids(text)


# Step 4: al-Islah village of Jalawla (the bare name is Dhi Qar's sub-district), Baqubah's Hay al-Rahma,
# the Dolab area of Baghdadi (Anbar), and Rudaw's spelling "Khanaquin".
@pytest.mark.parametrize("text, place_id", [
    ("Militants fired mortars at al-Islah village, north of Jalawla.", "iq.di.islah_village"),
    ("Gunmen attacked the village of Islahiyah on Sunday.", "iq.di.islah_village"),
    ("هاجم مسلحون قرية الإصلاح بقذائف الهاون", "iq.di.islah_village"),
    ("انفجرت عبوة لاصقة في حي الرحمة ببعقوبة", "iq.di.hay_rahma"),
    ("A sticky bomb went off in Hay al-Rahma on Monday.", "iq.di.hay_rahma"),
    ("انفجرت عبوات على منازل في منطقة الدولاب", "iq.an.dolab"),
    ("A bomb hit a house in the Dolab area on Saturday.", "iq.an.dolab"),
    ("Mortar shells landed near Khanaquin overnight.", "iq.di.khanaqin"),
])
def test_the_village_quarter_or_spelling_is_found(text: str, place_id: str) -> None:
    assert place_id in ids(text)


@pytest.mark.parametrize("text, place_id, not_id", [
    ("تظاهر العشرات في ناحية الإصلاح", "iq.dq.islah", "iq.di.islah_village"),
    ("Protesters gathered in the Islah sub-district of Dhi Qar.", "iq.dq.islah", "iq.di.islah_village"),
])
def test_the_sub_district_keeps_its_name(text: str, place_id: str, not_id: str) -> None:
    assert_one_not_other(text, place_id, not_id)


@pytest.mark.parametrize("text, not_id", [
    ("دعا الخطيب إلى الرحمة بالناس", "iq.di.hay_rahma"),
    ("طالب المتظاهرون بالإصلاح السياسي", "iq.di.islah_village"),
    ("اشترى الرجل الدولاب من السوق", "iq.an.dolab"),
    # framed by another governorate's city, a Hay al-Rahma is a namesake, not Baqubah's
    ("انفجرت عبوة في حي الرحمة في كركوك", "iq.di.hay_rahma"),
])
def test_the_word_alone_or_framed_elsewhere_stays_apart(text: str, not_id: str) -> None:
    assert not_id not in ids(text)


# Step 5: places the dev sets' gold marks and the gazetteer lacked (tuned on the dev sets, so their
# figures are no independent measure): Mosul's Souq al-Shaarin, al-Nuri mosque and al-Bakr quarter,
# Baghdad's Bakriya, Anbar's Albu Bali, and spellings of places it has.
@pytest.mark.parametrize("text, place_id", [
    ("سقطت قذائف على سوق الشعارين صباح اليوم", "iq.ni.souq_shaarin"),
    ("Engineers began rebuilding the Great Mosque of al-Nuri.", "iq.ni.nuri_mosque"),
    ("بدأ العمل في إعادة إعمار جامع النوري الكبير", "iq.ni.nuri_mosque"),
    ("A sticky bomb killed a driver in Bakriya on Sunday.", "iq.bg.bakriya"),
    ("انفجرت عبوة في حي البكرية صباح الأحد", "iq.bg.bakriya"),
    ("A car bomb went off in al-Bakr neighborhood.", "iq.ni.bakr_q"),
    ("Tribal fighters clashed with militants near Albu Bali.", "iq.an.albu_bali"),
    ("Hundreds marched in Sha'ab on Friday.", "iq.bg.shaab"),
    ("قصفت طائرة مسيرة حقل لانز النفطي", "iq.ar.lanaz_refinery"),
    ("قصفت المدفعية قرى في ناحية دركار", "gn.97145"),
    ("سقطت قذائف مدفعية في برخ عصر اليوم", "iq.da.parakh"),
    ("A roadside bomb hit a truck on the Neft Khana road.", "iq.di.naft_khana"),
])
def test_the_dev_set_place_is_found(text: str, place_id: str) -> None:
    assert place_id in ids(text)


@pytest.mark.parametrize("text, not_id", [
    ("Ahmed Hassan al-Bakr became president in 1968.", "iq.ni.bakr_q"),
    ("وصل الوفد إلى النوري لتقديم التعازي", "iq.ni.nuri_mosque"),
])
def test_the_name_alone_is_no_place(text: str, not_id: str) -> None:
    assert not_id not in ids(text)


# Step 6: Maysan's al-Adl sub-district; «ناحية العدل» went to Baghdad's Hay al-Adl.
@pytest.mark.parametrize("text, expected, not_id", [
    ("اندلع نزاع عشائري في ناحية العدل جنوبي ميسان", "iq.ma.adl", "iq.bg.adl"),
    ("فرضت القوات حظر تجوال في ناحية العدل", "iq.ma.adl", "iq.bg.adl"),
    ("Tribal clashes broke out in the al-Adl sub-district on Friday.", "iq.ma.adl", "iq.bg.adl"),
    # Baghdad's quarter keeps «حي العدل»
    ("انفجرت عبوة في حي العدل غربي بغداد", "iq.bg.adl", "iq.ma.adl"),
])
def test_the_sub_district_of_adl(text: str, expected: str, not_id: str) -> None:
    assert_one_not_other(text, expected, not_id)


def test_justice_alone_is_no_place() -> None:
    assert ids("قال إن الحل في العدل والمساواة") == []


# Step 7: the Kakai village of Haftaghar (Daquq) under its English spellings.
@pytest.mark.parametrize("text", [
    "Mortar shells landed on Hatfgar village on Thursday night.",
    "Mourners gathered in Hedfgar village for the funeral.",
    "Militants raided a clinic in the village of Haftaghar.",
    "سقطت قذائف هاون على قرية هفتغار ليلا",
])
def test_haftaghar_is_found(text: str) -> None:
    assert "iq.kr.haftaghar" in ids(text)


def test_daquq_alone_is_not_the_village() -> None:
    assert "iq.kr.haftaghar" not in ids("Militants raided a clinic in Daquq on Thursday.")
