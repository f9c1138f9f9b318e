"""extract.needs: a pattern is not asked of a window that holds none of the words every match holds, and
never wrongly (issue 11). The place rules asked through ``placing._ends`` give what asking them always
gives, on windows cut from self-written Arabic and English sentences (every 40-character window before
every word, as the rules read them) and on windows made to hold each needed word in upper case, with
the characters ``re`` folds onto ASCII letters. Phrasings written for this file."""

from __future__ import annotations

import re

import pytest

from extract import placing
from extract.needs import FOLDS_TO_ASCII, Needs, needed_words
from extract.tails import tail

SENTENCES = [
    "قال مسؤول في شرطة محافظة ديالى إن عبوة ناسفة انفجرت على الطريق المؤدي إلى ناحية جلولاء",
    "ونقل الجرحى إلى مستشفى بعقوبة العام، فيما أعلنت قيادة العمليات في بغداد فرض حظر التجوال",
    "أكد سفير أنقرة لدى بغداد أن الطائرة المسيرة انطلقت من قرية قرب الحدود مع سوريا",
    "فصائل مسلحة مرتبطة بإيران أطلقت صواريخ على قاعدة عين الأسد بين قضاء هيت وناحية البغدادي",
    "اشتباكات في بساتين قضاء الطارمية ضمن قاطع عمليات سامراء، وعثر على جثة في طريق بغداد البصرة",
    "ضحايا مجزرة سبايكر في ذكرى الحرب على غزة، ولم تصدر واشنطن بياناً حول الهجوم في صحراء الرطبة",
    "The wounded were taken to a hospital in Kirkuk, officials in Baghdad said on Monday.",
    "A drone launched from Iraq struck a base near the Syrian border, the Iraqi government said.",
    "Iran-backed militias attacked the US ambassador to Baghdad between Erbil and Mosul on the Baiji-Haditha road.",
    "Victims of the Speicher massacre were remembered across Iraq, a source in Tikrit told AFP.",
    "BAGHDAD SAID THAT GUNMEN LINKED TO ISIS ATTACKED A CHECKPOINT ON THE MOSUL-KIRKUK HIGHWAY.",
    "The convoy was heading to Camp Taji when a roadside bomb hit it in the Tarmiyah district, north of Baghdad.",
]

#: The patterns placing asks through ``_ends`` (and the window width each is read on).
PATTERNS = ["_DESTINATION", "_TAKEN_TO", "_ORIGIN", "_METONYMY", "_NAMED_EVENT", "_ENVOY", "_ALLEGIANCE",
            "_BETWEEN", "_GLUED", "_APPOSITIVE", "_BASE_OF", "_ACROSS", "_IN_SECTOR", "_SPEAKER", "_SITE_HEAD",
            "_ROAD_FIRST_END", "_ROAD_SECOND_END"]


def _windows() -> list[str]:
    out = []
    for sentence in SENTENCES:
        folded = placing.fold(sentence)
        starts = [0] + [m.end() for m in re.finditer(r"\s+", folded)]
        for end in starts:
            for width in (12, 40, 70):
                out.append(folded[max(0, end - width):end])
    return out


def _made_windows(pattern: re.Pattern[str]) -> list[str]:
    """Windows holding each needed word, as written, in upper case, and beside a character ``re`` folds."""
    words = needed_words(pattern) or set()
    out = []
    for word in words:
        for form in (word, word.upper(), word.title()):
            out += [f"في {form} ", f"{form} ", f" قال {form} في ", f"x{form}\u0130 ", f"the {form} of "]
    return out


def test_folds_to_ascii_is_what_re_folds_onto_ascii_letters():
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    found = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found |= set(re.compile(letter, re.IGNORECASE).findall(every))
    assert found == set(FOLDS_TO_ASCII)


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:سفير|ambassador)s?\s+(?:في|to)\s+$", {"سفير", "ambassador"}),
    (r"(?:in|at)\s+(?:the\s+)?$", {"in", "at"}),
    (r"\bwar\s+(?:on|in)\s+$|(?:ال)?حرب\s+$", {"war", "حرب"}),
    (r"\s+(?:al-)?$", None),  # nothing required
    (r"(?:foo)?bar|[ab]+", None),  # one branch requires nothing
    (r"(?:(?:ال)?قاطع\s+)+$", {"قاطع"}),
])
def test_needed_words(pattern, expected):
    assert needed_words(re.compile(pattern, re.IGNORECASE)) == expected


def test_a_case_sensitive_pattern_needing_cased_letters_is_always_asked():
    mosul, sector = re.compile(r"Mosul\s+$"), re.compile(r"قاطع\s+$")
    needs = Needs([mosul, sector])
    assert needs.present("in mosul ") & needs.bit(mosul)  # 'Mosul' has case: no telling from lower case
    assert needs.present("في قاطع ") & needs.bit(sector) and not needs.present("في بغداد ") & needs.bit(sector)
    assert needs.bit(re.compile("other")) is None


def test_a_window_with_a_letter_folding_to_ascii_asks_every_pattern():
    envoy = placing._ENVOY
    needs = Needs([envoy])
    assert not needs.present("في بغداد ") & needs.bit(envoy)
    assert needs.present("\u0130 في بغداد ") & needs.bit(envoy)


@pytest.mark.parametrize("name", PATTERNS)
def test_asked_through_needs_equals_asked_always(name):
    pattern = getattr(placing, name)
    assert needed_words(pattern)  # each pattern requires words (else _ends would gain nothing)
    assert placing._needed().bit(pattern) is not None  # placing asks it through its words
    windows = _windows() + _made_windows(pattern)
    needs = Needs([pattern])
    skipped = 0
    for window in windows:
        always = tail(pattern).search(window)
        assert placing._ends(pattern, window) == always, window
        may = bool(needs.present(window) & needs.bit(pattern))
        assert may or pattern.search(window) is None, window
        skipped += not may
    assert skipped  # some windows are not asked at all


def test_matches_are_still_found():
    # each rule's own phrase, so that the windows above hold matches and not only misses
    cases = [("_DESTINATION", "الطريق المودي الي "), ("_TAKEN_TO", "نقل الجرحي الي مستشفي "),
             ("_METONYMY", "قال مسوول في "), ("_ENVOY", "سفير انقره لدي "), ("_BETWEEN", "بين قضاء "),
             ("_ORIGIN", "a drone launched from "), ("_ALLEGIANCE", "militias BACKED BY "),
             ("_NAMED_EVENT", "victims of the "), ("_ROAD_SECOND_END", "طريق بغداد - ")]
    for name, window in cases:
        assert placing._ends(getattr(placing, name), window), (name, window)
