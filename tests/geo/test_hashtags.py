"""Hashtag place names (issue 8 wire audit: wire and TV sites tag places «#ديالى», «#صلاح_الدين»):
the matcher reads a hashtag as its words, an underscore as a space; a hashtag that is no place stays
out. Phrasings written for this file."""

from __future__ import annotations

import pytest

from geo.matcher import find_places
from geo.normalize import normalize_for_matching


def places(text: str) -> list[tuple[str, str]]:
    found = find_places(text)
    assert all(text[m.start:m.end] == m.surface for m in found)
    return [(m.surface, m.place.admin1 or m.place.name_en) for m in found]


@pytest.mark.parametrize("text, expected", [
    ("#عاجل | هجوم مسلح على نقطة للجيش في #ديالى وآخر في #كركوك",
     [("ديالى", "Diyala"), ("كركوك", "Kirkuk")]),
    ("اعتقال ثلاثة مطلوبين في #الموصل و #بغداد #العراق",
     [("الموصل", "Nineveh"), ("بغداد", "Baghdad"), ("العراق", "Iraq")]),
    ("كمين لداعش في محافظة #صلاح_الدين فجر اليوم", [("صلاح_الدين", "Salah al-Din")]),
    ("قصف بطائرة مسيرة على #سهل_نينوى", [("سهل_نينوى", "Nineveh")]),  # the plain, an area of Nineveh
    ("سقوط صواريخ قرب #قاعدة_عين_الأسد غرب #الأنبار", [("قاعدة_عين_الأسد", "Anbar"), ("الأنبار", "Anbar")]),
])
def test_a_hashtag_is_read_as_its_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "#عاجل #الحشد_الشعبي يعلن النفير",
    "#أخبار_اليوم #داعش #مكافحة_الإرهاب",
])
def test_a_hashtag_that_is_no_place_stays_out(text: str) -> None:
    assert places(text) == []


def test_hashtag_underscores_keep_every_index() -> None:
    text = "في #صلاح__الدين و snake_case_name"
    n = normalize_for_matching(text)
    assert "صلاح الدين" in n.text
    assert "snake_case_name" in n.text  # an underscore outside a hashtag is left alone
    i = n.text.index("صلاح")
    a, b = n.span(i, i + len("صلاح الدين"))
    assert text[a:b] == "صلاح__الدين"
