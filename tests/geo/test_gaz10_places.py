"""Places real reports name that the gazetteer lacked (gaz10 audit, issue 8): the Rutba desert, Basra's
al-Jazair quarter and Karmat Ali, Bismayah New City south-east of Baghdad, and spellings of places it has
(«خجيجه» for Khidir Jija, "Dubiz" for Dibis). Near misses: the common word or the bare name without its
head word keeps its old reading (الجزائر is Algeria, الرطبة the town, بسماية the range). Every phrasing is
written for this test, none is a real report."""

from __future__ import annotations

import pytest

from geo.matcher import find_places


def ids(text: str) -> list[str]:
    return [m.place.place_id for m in find_places(text)]


@pytest.mark.parametrize("text, place_id", [
    ("هاجم مسلحون نقطة للجيش في صحراء الرطبة فجر اليوم", "iq.an.rutba_desert"),
    ("A patrol was ambushed in the Rutba desert on Sunday.", "iq.an.rutba_desert"),
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
    ("قتل جندي في اشتباك داخل مدينة الرطبة", "iq.an.rutba", "iq.an.rutba_desert"),
    ("سقط صاروخ على معسكر بسماية جنوب شرقي بغداد", "iq.bg.besmaya", "iq.bg.bismayah"),
    ("Trainees fired rockets at the Besmaya range.", "iq.bg.besmaya", "iq.bg.bismayah"),
])
def test_the_bare_name_keeps_its_reading(text: str, place_id: str, not_id: str) -> None:
    found = ids(text)
    assert place_id in found
    assert not_id not in found


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
