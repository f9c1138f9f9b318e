"""Arabic or English, by the share of Arabic letters."""

from __future__ import annotations

import pytest

from extract.language import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت خلية الإعلام الأمني سقوط صاروخين من نوع كاتيوشا داخل المنطقة الخضراء", "ar"),
        ("قصف تركي يستهدف مواقع لحزب العمال الكردستاني PKK في قضاء سنجار", "ar"),
        ("اعترضت منظومة C-RAM طائرة مسيرة قرب مطار بغداد الدولي BIAP، وفق بيان التحالف", "ar"),
        ("Two rockets landed inside the Green Zone, the Security Media Cell said.", "en"),
        ("Protesters in Nasiriyah chanted «لا لا للفساد» outside the governorate building.", "en"),
        ("The PMF (الحشد الشعبي) said its fighters repelled an ISIS attack near Tuz Khurmatu.", "en"),
        ("١٢٣ - 2021/08/16", "en"),  # no letters at all
        ("", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_only_the_top_of_a_long_text_is_sampled() -> None:
    text = "انفجار في الموصل. " * 400 + "Rocket attack in Erbil. " * 5000
    assert detect_language(text) == "ar"


@pytest.mark.parametrize(
    "text, hint, expected",
    [
        # the letters leave it open (an Arabic share between 20 % and 60 %): the source's language decides
        ("Diyala desk: morning digest of local news from the province, checked by our editors\n"
         "انفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية", "ar", "ar"),
        ("Diyala desk: morning digest of local news from the province, checked by our editors\n"
         "انفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية", "en", "en"),
        ("Diyala desk: morning digest of local news from the province, checked by our editors\n"
         "انفجار عبوة ناسفة على دورية للجيش في قضاء المقدادية", None, "ar"),
        ("PMF: 3 killed in Tarmiyah", "ar", "ar"),  # too few letters to tell
        ("١٢٣ - 2021/08/16", "ar", "ar"),
        # a clear text keeps its own language whatever the source says
        ("Two rockets landed inside the Green Zone, the Security Media Cell said.", "ar", "en"),
        ("Protesters in Nasiriyah chanted «لا لا للفساد» outside the governorate building.", "ar", "en"),
        ("أعلنت خلية الإعلام الأمني سقوط صاروخين من نوع كاتيوشا داخل المنطقة الخضراء", "en", "ar"),
        ("اعترضت منظومة C-RAM طائرة مسيرة قرب مطار بغداد الدولي BIAP، وفق بيان التحالف", "en", "ar"),
        ("Two rockets landed inside the Green Zone, the Security Media Cell said.", "fr", "en"),  # not a hint
    ],
)
def test_a_language_hint_decides_only_what_the_letters_leave_open(text: str, hint: str | None,
                                                                   expected: str) -> None:
    assert detect_language(text, hint=hint) == expected
