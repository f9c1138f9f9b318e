"""extract.needs.search / finditer: a pattern asked only of stretches that hold one of its needed words gives
what asking it always gives (issue 11). Every pattern the rules ask through them, on every stretch between
two word starts of self-written Arabic and English sentences, in the case written, in upper case and beside
the characters ``re`` folds onto ASCII letters; and the bounds ``re`` clamps (an end past the text, a negative
start, crossed bounds). Phrasings written for this file."""

from __future__ import annotations

import re

import pytest

from extract import (
    background,
    captions,
    dates,
    drafts,
    events,
    incidents,
    needs,
    numbers,
    placing,
    portal,
    type_rules,
)
from extract.needs import FOLDS_TO_ASCII, needed_words

SENTENCES = [
    "ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقاً في بغداد إلى 12 قتيلاً، فيما أعلنت الشرطة فتح تحقيق",
    "قُتل مدنيان وأصيب ثالث في اليوم ذاته بانفجار عبوة ناسفة، وكان مسلحون قد اغتالوا ناشطاً الأسبوع الماضي",
    "توفي جندي متأثراً بجروحه بعد هجوم نفذه انتحاري يقود سيارة مفخخة على حاجز في صلاح الدين",
    "أقدم متظاهرون على إحراق مقر حزب في الناصرية، وهو الثاني من نوعه خلال شهر، بحسب مصدر أمني",
    "قصفت طائرة تركية قرية داخل الأراضي العراقية، وسقطت قذائف في الأراضي السورية عام 2019 أيضاً",
    "(بغداد) – صورة أرشيفية لانفجار سابق، بحسب وكالة الأناضول، ويذكر أن هجوماً مماثلاً وقع في المكان نفسه",
    "The death toll from Tuesday's bombing in Baghdad rose to 14, while police said a second blast hit Mosul.",
    "A soldier died of his wounds on Monday; meanwhile two civilians were killed in the same area, respectively.",
    "Protesters stormed the office in Basra, which was previously attacked by gunmen who assassinated a guard.",
    "Rockets struck the base near the Syrian border in 2020, the Iraqi army said (Reuters) (AFP)",
    "THE DEATH TOLL CLIMBED TO 9 AFTER A SERIES OF BOMB ATTACKS, ACCORDING TO A FILE PHOTO (REUTERS)",
    "On that same night an ied exploded in Kirkuk; earlier this month, several explosions hit the city.",
]

#: The patterns the rules ask through needs.search / needs.finditer.
PATTERNS = [placing._TOPIC_SHIFT, placing._ABROAD, placing._FROM_IRAQ, placing._SAME_PLACE, numbers.TOLL_ROSE,
            incidents._RESPECTIVELY, incidents._SAME_DAY, incidents._SPEECH, drafts.RECAP, drafts._OF_WOUNDS,
            drafts._SEVERAL, events._NAMED_PAST, events._COMBATANT, events._CIVILIAN, events.NTH_OF_KIND,
            events._SUICIDE_DRIVEN, captions._PHOTO, captions._CLOSING_CREDIT, dates._DAYS_BEFORE,
            type_rules._ASSASSINATION, type_rules._BY_PROTESTERS, background._CAUSE_HINT, background._YEAR]


def _texts() -> list[str]:
    out = []
    for sentence in SENTENCES:
        out += [sentence, placing.fold(sentence), sentence.upper(), sentence.replace("i", "\u0131").replace("k", "\u212a")]
    return out


def _bounds(text: str) -> list[tuple[int, int]]:
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text)] + [len(text)]
    return [(a, b) for a in starts for b in starts if a <= b] + [(0, len(text) + 5), (-3, 10), (12, 4)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_search_and_finditer_are_the_patterns_own(pattern: re.Pattern[str]) -> None:
    for text in _texts():
        for a, b in _bounds(text):
            assert _span(needs.search(pattern, text, a, b)) == _span(pattern.search(text, a, b)), (text, a, b)
            assert [m.span() for m in needs.finditer(pattern, text, a, b)] == \
                [m.span() for m in pattern.finditer(text, a, b)], (text, a, b)
        assert _span(needs.search(pattern, text)) == _span(pattern.search(text))


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_each_needed_word_written_any_case_is_found(pattern: re.Pattern[str]) -> None:
    """Stretches made to hold each needed word (as written, upper case, title case, beside a folding character)."""
    for word in needed_words(pattern) or ():
        for form in (word, word.upper(), word.title(), word.replace("i", "\u0130"), word.replace("s", "\u017f")):
            for text in (f"في {form} ", f"{form}", f" قال {form} إن ", f"x{form}{FOLDS_TO_ASCII[0]} ",
                         f"the {form} of 2019 ", f"{form} (Reuters)"):
                assert _span(needs.search(pattern, text)) == _span(pattern.search(text)), (form, text)


def test_the_rules_patterns_are_gated() -> None:
    """Each pattern above has needed words the gate can use (else asking through needs gains nothing)."""
    assert all(needs._gate(p) is not None for p in PATTERNS)


@pytest.mark.parametrize("pattern, text, expected", [
    (numbers.TOLL_ROSE, "وارتفعت حصيلة الضحايا إلى 7", True),
    (numbers.TOLL_ROSE, "The death TOLL has risen to 25", True),
    (numbers.TOLL_ROSE, "ارتفعت أسعار النفط إلى 70 دولاراً", False),  # the verb without a toll
    (numbers.TOLL_ROSE, "The tolls on the highway rose", False),  # \btoll\b: "tolls" is another word
    (placing._TOPIC_SHIFT, "قصف في بغداد، فيما أعلن المحافظ", True),
    (placing._TOPIC_SHIFT, "قصف في بغداد وفيما بعد", False),
    (placing._TOPIC_SHIFT, "Rockets hit Baghdad, meanwhile police", True),
])
def test_search_finds_what_the_pattern_finds(pattern, text, expected) -> None:
    assert (needs.search(pattern, text) is not None) is expected
    assert (pattern.search(text) is not None) is expected


def test_trailing_parens_is_the_patterns_own() -> None:
    lines = ["Rockets hit Ain al-Asad. (The Washington Post) (France 24)", "(Reuters) then text", "x (a)\n",
             "x (a) \u00a0", "x (a). ", "no parens", "", " ( ) ", "x (a)\nmore", "Iraqi insurgency (2017–present)"]
    for line in lines:
        assert _span(portal._trailing_parens(line)) == _span(portal._TRAILING_PARENS.search(line)), line


def test_an_uncased_character_is_its_own_lower_case_and_nothing_lowers_onto_it() -> None:
    """What the gate relies on to look for a word without a cased letter as written, and to skip a stretch with
    no ASCII letter: ``re`` ignoring case matches an uncased character (``_sre.unicode_iscased``) as written,
    and lower case neither changes one nor makes one from another character."""
    import _sre
    import sys

    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if not _sre.unicode_iscased(ord(c)) and c.lower() != c] == []
    assert [c for c in chars if len(c.lower()) == 1 and c.lower() != c and not _sre.unicode_iscased(ord(c.lower()))] == []
    assert re.compile(r"[^\W\d_]", re.IGNORECASE).search("ب") and needs._ASCII_LETTER.search("قال مسؤول") is None


@pytest.mark.parametrize("text", ["قال مصدر إن THE DEATH TOLL ROSE إلى 9", "ارتفعت الحصيلة toll", "بغداد \u212aILLED", "x"])
def test_a_mixed_stretch_is_read_as_the_pattern_reads_it(text: str) -> None:
    for pattern in PATTERNS:
        assert _span(needs.search(pattern, text)) == _span(pattern.search(text)), (pattern.pattern[:30], text)
