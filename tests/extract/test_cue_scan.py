"""Cheaper cue look-ups with the same answers (issue 11): ``cue_start`` skips a stretch that holds none
of its class's words (looked for once per article), and a phrase matcher asks whether a one-letter
gate word occurs only for the entries whose anchors occur, instead of collecting its every
occurrence."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import events
from extract.events import _class_matcher, cue_start
from extract.lexicon import cues
from extract.phrases import PhraseMatcher, folded_bounds, normalise, normalise_slice

ROOT = Path(__file__).resolve().parents[2]


def _looked_for(text: str, lang: str, cls: str, lo: int, hi: int) -> int | None:
    """What cue_start answered before the pre-check: the class matcher run over the stretch."""
    norm = normalise_slice(text, lo, hi)
    return next((lo + norm.original(a) for a, _b, classes in _class_matcher(lang, cls).finditer(
        norm.text, overlapping=True) if cls in classes), None)


# (text, lang, class, the stretch's first words, whether a cue of the class is in that stretch)
PHRASINGS = [
    ("أطلق الجيش اللبناني الغاز المسيل للدموع على المحتجين قرب طريق المطار في بيروت.", "ar", "foreign_forces",
     "الجيش اللبناني", True),
    ("أطلق الجيش اللبناني الغاز المسيل للدموع على المحتجين قرب طريق المطار في بيروت.", "ar", "foreign_forces",
     "على المحتجين", False),
    ("سقطت قذيفة هاون قرب سوق في طوزخورماتو، ونفت الشرطة وقوع إصابات بين المدنيين.", "ar", "denied_casualties",
     "ونفت الشرطة", True),
    ("سقطت قذيفة هاون قرب سوق في طوزخورماتو، ونفت الشرطة وقوع إصابات بين المدنيين.", "ar", "denied_casualties",
     "قرب سوق", False),
    ("تظاهر مئات الطلاب أمام مبنى المحافظة احتجاجاً على تأخر صرف الرواتب.", "ar", "protest_object",
     "احتجاجاً على", True),
    ("تظاهر مئات الطلاب أمام مبنى المحافظة احتجاجاً على تأخر صرف الرواتب.", "ar", "protest_object",
     "تظاهر مئات", False),
    ("Lebanese army troops fired tear gas at protesters near the airport road in Beirut.", "en", "foreign_forces",
     "Lebanese army", True),
    ("Lebanese army troops fired tear gas at protesters near the airport road in Beirut.", "en", "foreign_forces",
     "the airport road", False),
    ("A mortar round hit a market in Tuz Khurmatu; police denied that there were casualties among civilians.", "en",
     "denied_casualties", "denied that there were casualties", True),
    ("A mortar round hit a market in Tuz Khurmatu; police denied that there were casualties among civilians.", "en",
     "denied_casualties", "hit a market", False),
    ("Hundreds of students rallied outside the governorate building in protest at delayed salaries.", "en",
     "protest_object", "in protest at", True),
    ("Hundreds of students rallied outside the governorate building in protest at delayed salaries.", "en",
     "protest_object", "Hundreds of", False),
    ("The base was struck by rockets three years ago, a spokesman recalled on Sunday.", "en", "years_ago",
     "three years ago", True),
    ("The base was struck by rockets three years ago, a spokesman recalled on Sunday.", "en", "years_ago",
     "a spokesman", False),
]


@pytest.mark.parametrize("text, lang, cls, words, holds", PHRASINGS)
def test_cue_start_answers_a_stretch_as_the_class_matcher_does(text: str, lang: str, cls: str, words: str,
                                                              holds: bool) -> None:
    lo = text.index(words)
    hi = min(len(text), lo + len(words) + 12)
    assert (cue_start(text, lang, cls, lo, hi) is not None) is holds
    assert cue_start(text, lang, cls, lo, hi) == _looked_for(text, lang, cls, lo, hi)


@pytest.mark.parametrize("text, lang, cls, words, holds", [p for p in PHRASINGS if not p[4]])
def test_a_stretch_without_its_class_words_is_answered_without_running_the_matcher(
        text: str, lang: str, cls: str, words: str, holds: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    lo = text.index(words)
    hi = lo + len(words)
    ran = []
    original = PhraseMatcher.finditer
    monkeypatch.setattr(PhraseMatcher, "finditer", lambda self, *a, **k: ran.append(a) or original(self, *a, **k))
    assert cue_start(text, lang, cls, lo, hi) is None
    assert ran == []


def _golden_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in ("real/*", "devset", "devset2", "sample", "cases")
            for p in sorted((ROOT / "tests" / "golden").glob(f"{folder}/*.txt"))]


def test_cue_start_agrees_with_the_class_matcher_on_stretches_of_the_written_texts() -> None:
    checked = found = 0
    for k, text in enumerate(_golden_texts()):
        lang = "en" if sum(c.isascii() for c in text) > len(text) / 2 else "ar"
        step = max(7, len(text) // 4)
        stretches = [(lo, min(len(text), lo + 40 + 60 * (lo % 3))) for lo in range(k % 5, len(text), step)]
        stretches += [(0, len(text)), (len(text) // 2, len(text) + 5), (5, 3)]  # the whole, past the end, crossed
        for cls in cues():
            for lo, hi in stretches:
                expected = _looked_for(text, lang, cls, lo, hi)
                assert cue_start(text, lang, cls, lo, hi) == expected, (k, cls, lo, hi)
                checked += 1
                found += expected is not None
    assert checked > 5000 and found > 100


@pytest.mark.parametrize("text, lo, hi", [
    ("قُتل مسلّح في الموصل", 5, 11),
    ("قُتل مسلّح في الموصل", 0, 30),
    ("مَساءَ الأحد سقطت قذيفة", 2, 9),
    ("No marks at all here", 3, 10),
])
def test_folded_bounds_cut_the_whole_fold_where_the_stretch_lies(text: str, lo: int, hi: int) -> None:
    whole, a, b = folded_bounds(text, lo, hi)
    assert whole == normalise(text).text
    assert whole[a:b] == normalise(text[lo:hi]).text


@pytest.mark.parametrize("text, lang", [
    ("يسعى الطرفان إلى التهدئة وسيتم عقد اجتماع غدا في بغداد", "ar"),
    ("لم يتم تأكيد الخبر، ولا توجد إصابات بحسب مصادر", "ar"),
    ("مقتل شخص", "ar"),
    ("at a checkpoint in a town, an attack was reported at dawn", "en"),
    ("_a c-ram system intercepted a rocket", "en"),
])
def test_one_letter_gate_words_are_looked_for_only_when_asked(text: str, lang: str) -> None:
    matcher = events._cue_matcher(lang)
    one_letter = [w for w in matcher._probes if len(w) == 1]
    assert one_letter  # ي, ت / a: words in nearly every text
    assert not any(matcher._gate_index.exists(w) for w in one_letter)  # not collected by the automaton
    norm = normalise(text).text
    assert matcher.finditer(norm, overlapping=True) == matcher.without_gates().finditer(norm, overlapping=True)
