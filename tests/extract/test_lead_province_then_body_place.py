"""A lead that places a fight only at the governorate («اندلع نزاع عشائري في محافظة البصرة») and the next
sentence that tells it at a district with only its toll's words («اندلع نزاع داخل عشيرة في قضاء الزبير،
ما أسفر عن إطلاق نار تسبب بمقتل شخص») are one event, at the district, keeping the lead's kind (issue 8,
place7 audit: the governorate-level lead was kept as a second incident). Look-alikes: a killing told
in another governorate, and the arrests that ended the fight. Every phrasing is written for this test,
none is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str | None, str | None]]:
    return sorted(incidents(text, "location", "sub_event_type", day=date(2026, 3, 10), title=text.splitlines()[0] if "\n" in text else None))


@pytest.mark.parametrize("text, expected", [
    ("تسبب نزاع عشائري اندلع اليوم الاثنين في محافظة البصرة بمقتل شخص وإصابة ثلاثة. واندلع النزاع داخل عشيرة "
     "واحدة في قضاء الزبير، ما أسفر عن إطلاق نار تسبب بمقتل شخص.", [("Zubair District", "Armed clash")]),
    ("قتيل في نزاع عشائري جنوب العراق\nاندلع نزاع عشائري مسلح في محافظة البصرة فجر اليوم. وقال مصدر إن نزاعاً "
     "عنيفاً اندلع بين عشيرتين في قضاء القرنة، مما أدى إلى مصرع شخص.", [("Qurna District", "Armed clash")]),
])
def test_the_lead_province_and_the_next_sentences_district_are_one_fight(text: str, expected: list) -> None:
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("اندلع نزاع عشائري مسلح في محافظة البصرة فجر اليوم. وفي محافظة ميسان، قتل مسلحون شخصاً في قضاء الكحلاء.",
     [("Basra Governorate", "Armed clash"), ("Kahla District", "Attack")]),
    ("اندلع نزاع عشائري مسلح في محافظة البصرة فجر اليوم. واعتقلت الشرطة عشرة من المتنازعين في قضاء الزبير.",
     [("Basra Governorate", "Armed clash"), ("Zubair District", "Arrests")]),
])
def test_another_governorate_and_an_arrest_stay_apart(text: str, expected: list) -> None:
    assert _incidents(text) == expected
