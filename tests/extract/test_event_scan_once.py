"""Event finding does each kind of work once (issue 11), with the answers it gave before:

- the trigger matcher tries its phrase trie only where a phrase's first word occurs (found by the
  Aho-Corasick pass it makes anyway), not at every position: its matches are the full scan's;
- ``cue_start`` lower-cases an English article once for every cue class it is asked about;
- the cue classes looked for alone have their matchers built once and pickled with the lexicons;
- ``says_claim``/``says_another`` keep their answers (the merging rules ask them of one account's
  evidence for every pair of accounts).
"""

from __future__ import annotations

import pytest

from extract import events
from extract.events import _class_matcher, _trigger_matcher, cue_matcher, cue_start, says_another, says_claim
from extract.lexicon import cues
from extract.phrases import PhraseMatcher, fold, normalise, normalise_slice


def _full_scan(matcher: PhraseMatcher) -> PhraseMatcher:
    """The matcher as it was: its trie scanned over every position."""
    import copy

    scan = copy.copy(matcher)
    scan._firsts = frozenset()
    return scan


# Self-written phrasings: proclitics (وبالقصف), a first word's ال, several spaces, a word's ال inside a
# phrase, a phrase word inside a longer word, and sentences with no trigger at all.
TRIGGER_TEXTS = [
    ("ar", "وبالقصف  الصاروخي على القاعدة قتل جنديان وأصيب ثلاثة آخرون في هجوم مسلح قرب تكريت."),
    ("ar", "انفجرت عبوة ناسفة على دورية للجيش، ثم وقع تفجير انتحاري بسيارة مفخخة في سوق شعبي."),
    ("ar", "تظاهر المئات أمام مبنى المحافظة، واعتقلت القوات الأمنية خمسة متهمين بالإرهاب."),
    ("ar", "اجتمع المحافظ بالوجهاء لمناقشة مشاريع الإعمار والخدمات في المدينة."),
    ("ar", "قتلى وجرحى في المقتلة، ومقتل شاب بالرصاص الحي خلال التظاهرات."),
    ("en", "A rocket attack hit the air base; an airstrike killed two militants and a car bomb went off."),
    ("en", "Protesters  stormed the   provincial council building after a suicide bomber struck a market."),
    ("en", "The minister met tribal leaders to discuss reconstruction and services in the city."),
    ("en", "Scar bombing and go-karts: the terrorists' airstrikes, a missile-launch and a rocketeer."),
]


@pytest.mark.parametrize("lang, text", TRIGGER_TEXTS)
def test_the_trigger_trie_tried_at_first_words_finds_what_the_full_scan_finds(lang: str, text: str) -> None:
    matcher = _trigger_matcher(lang)
    assert matcher._firsts  # anchored
    folded = normalise(text).text
    assert matcher.finditer(folded) == _full_scan(matcher).finditer(folded)
    for lo, hi in ((0, len(folded)), (5, len(folded) - 3), (len(folded) // 2, len(folded))):
        assert matcher.finditer(folded, lo, hi) == _full_scan(matcher).finditer(folded, lo, hi)


@pytest.mark.parametrize("lang, entries, text, expected", [
    # a proclitic and a word's ال: the longer phrase, from the proclitic on
    ("ar", [("phrase", "قصف", 1), ("phrase", "قصف صاروخي", 2)], "وبالقصف الصاروخي", [(0, 16, (2,))]),
    # near miss: a match inside a word ("scar bomb": "car bomb" from its second letter) is dropped, and it
    # still hides the "bomb" it overlaps, as the full scan's does
    ("en", [("phrase", "bomb", 1), ("phrase", "car bomb", 2)], "scar bomb", []),
    ("en", [("phrase", "bomb", 1), ("phrase", "car bomb", 2)], "a car  bomb and a bomb", [(2, 11, (2,)), (18, 22, (1,))]),
    # near miss: no first word in the text, nothing tried
    ("ar", [("phrase", "قصف مدفعي", 1)], "مدفعي ثقيل", []),
])
def test_an_anchored_trie_gives_the_full_scans_matches(lang: str, entries: list, text: str, expected: list) -> None:
    anchored = PhraseMatcher(lang, entries, anchored_trie=True)
    scanned = PhraseMatcher(lang, entries)
    folded = fold(text) if lang == "ar" else text
    assert anchored.finditer(folded) == scanned.finditer(folded) == expected


def _looked_for(text: str, lang: str, cls: str, lo: int, hi: int) -> int | None:
    norm = normalise_slice(text, lo, hi)
    return next((lo + norm.original(a) for a, _b, classes in _class_matcher(lang, cls).finditer(
        norm.text, overlapping=True) if cls in classes), None)


@pytest.mark.parametrize("text", [
    "Police denied that there were casualties after a mortar round hit a market in Tuz Khurmatu.",
    # a capital I with a dot lowers to two characters: the stretches are not pieces of the lowered whole
    "İstanbul talks: police denied that there were casualties after rockets hit the base.",
])
def test_cue_start_lowers_an_english_article_once_and_answers_as_the_matcher(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lowered = []
    original = events._scanned
    monkeypatch.setattr(events, "_scanned", lambda whole, lang: lowered.append(lang) or original(whole, lang))
    monkeypatch.setattr(events, "_article", (None, "", [], {}))
    for cls in ("denied_casualties", "foreign_forces", "protest_object", "another_event", "claim"):
        for lo, hi in ((0, len(text)), (10, 60), (40, len(text))):
            assert cue_start(text, "en", cls, lo, hi) == _looked_for(text, "en", cls, lo, hi)
    assert lowered == ["en"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_pickled_class_matchers_find_what_a_fresh_one_finds(lang: str) -> None:
    text = {"ar": "نفت الشرطة وقوع إصابات، وأعلن تنظيم داعش مسؤوليته عن الهجوم، وفي حادث منفصل قتل رجل زوجته.",
            "en": "Police denied any casualties; IS claimed responsibility for the attack. In a separate incident a man "
                  "killed his wife."}[lang]
    folded = normalise(text).text
    own = [cls for cls, by_lang in cues().items()
           if by_lang.get(lang) and all(kind == "regex" for kind, _value in by_lang[lang])]
    assert own
    for cls in own:
        fresh = cue_matcher(lang, {cls: {lang: cues()[cls][lang]}})
        assert _class_matcher(lang, cls).finditer(folded, overlapping=True) == fresh.finditer(folded, overlapping=True)
    shared = [cls for cls in cues() if cls not in own]
    assert shared and all(_class_matcher(lang, cls) is events._cue_matcher(lang) for cls in shared)


@pytest.mark.parametrize("text, claims, another", [
    ("أعلن تنظيم داعش مسؤوليته عن التفجير", True, False),
    ("وفي حادث منفصل، انفجرت عبوة ناسفة", False, True),
    ("IS claimed responsibility for the attack", True, False),
    ("In a separate attack, gunmen killed a shepherd", False, True),
    # near misses: seven others wounded is no other event, nor two others
    ("مقتل جندي وإصابة 7 آخرين بانفجار عبوة", False, False),
    ("Police said two others were wounded in the blast", False, False),
])
def test_kept_answers_are_the_looked_up_ones(text: str, claims: bool, another: bool) -> None:
    for _ in range(2):  # the second answer is the kept one
        assert says_claim(text) is claims is says_claim.__wrapped__(text)
        assert says_another(text) is another is says_another.__wrapped__(text)
