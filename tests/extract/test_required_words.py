"""Fewer regex entries run, same matches (issue 11): an anchored lexicon regex is tried only when the other
words every match of it holds occur too (``extract.anchors.regex_requires``), and the cue pass runs the
regex entries of a cue class only when a sentence first asks for that class (``PhraseMatcher.scan``,
``events._cue_spans``). Each answer is checked against the matcher that runs every entry everywhere."""

from __future__ import annotations

import pytest

from extract import events
from extract.anchors import regex_requires
from extract.events import _cue_matcher
from extract.lexicon import cues
from extract.phrases import PhraseMatcher, normalise


@pytest.mark.parametrize("regex, known, required", [
    # the word after the anchor: «هجوم» found, «ارهابي» still needed
    (r"(?:ال)?هجوم\s+(?:ال)?ارهابي", ["هجوم"], (("ارهابي",),)),
    # a literal run goes on into the group after it
    (r"(?:formal|official) protest (?:note|letter)s?", ["formal", "official"], ((" protest letter", " protest note"),)),
    # each group of alternatives a match crosses is a set of its own, the most telling first
    (r"(?:killed|wounded) \w+ (?:soldiers|policemen) in (?:mosul|kirkuk)", [],
     ((" in kirkuk", " in mosul"), (" policemen", " soldiers"), ("killed", "wounded"))),
    # the anchor's own set is not asked again; short words (في, in) tell nothing
    (r"قصف\s+(?:في|على)\s+\S+", ["قصف"], ()),
    (r"(?:bomb|blast) in \w+", ["bomb", "blast"], ()),
    # optional, repeated-from-zero and lookaround parts require nothing
    (r"(?<!سيارة )انفجار(?:\s+عبوة)?(?=\s)", ["انفجار"], ()),
    (r"attack(?: on (?:the )?convoy)*", ["attack"], ()),
    # a pattern that folds case tells nothing (its literals are not what the text holds)
    (r"(?i)protest (?:note|letter)", [], ()),
])
def test_required_words_of_a_regex(regex: str, known: list[str], required: tuple) -> None:
    assert regex_requires(regex, known) == required


AR_ENTRY, EN_ENTRY = r"(?:ال)?هجوم\s+(?:ال)?ارهابي", r"(?:formal|official) protest (?:note|letter)s?"


def _matcher() -> PhraseMatcher:
    return PhraseMatcher("ar", [("regex", AR_ENTRY, "terror"), ("phrase", "هجوم", "attack")])


@pytest.mark.parametrize("text, run, matched", [
    ("وقع هجوم إرهابي في سوق شعبي ببغداد", True, True),
    ("استنكر المحافظ الهجوم الارهابي على الجامع", True, True),
    ("وقع هجوم مسلح على سيطرة للجيش", False, False),  # the near miss: the anchor, not the word after it
    ("هجوم على سيطرة، والعمل الإرهابي مدان", True, False),  # both words there, apart: run, and no match
])
def test_an_entry_whose_required_word_is_missing_is_not_run(text: str, run: bool, matched: bool) -> None:
    fast = _matcher()
    norm = normalise(text).text
    got = fast.finditer(norm, overlapping=True)
    assert got == fast.without_gates().finditer(norm, overlapping=True)
    assert any("terror" in payloads for _s, _e, payloads in got) == matched
    assert (fast._compiled[0] is not None) == run  # compiled when first run: not at all without «ارهابي»


@pytest.mark.parametrize("text", [
    "The ministry sent a formal protest note to the embassy after the rocket attack.",
    "The ministry lodged an official protest over the rocket attack.",  # near miss: no note or letter
    "Officials protest the formal closure; a letter followed.",
])
def test_english_entry_with_required_words_agrees_with_running_everywhere(text: str) -> None:
    fast = PhraseMatcher("en", [("regex", EN_ENTRY, "metaphor"), ("phrase", "rocket attack", "attack")])
    assert fast.finditer(text.lower(), overlapping=True) == fast.without_gates().finditer(text.lower(), overlapping=True)


TEXTS = [
    ("ar", "قالت مصادر أمنية إن هجوماً إرهابياً بعبوة ناسفة استهدف دورية للجيش في الطارمية، فيما نفت الشرطة "
           "وقوع إصابات. ومن المقرر أن تشن القوات عملية تفتيش غداً بعد أن قتلت ثلاثة مسلحين أمس."),
    ("ar", "تظاهر مئات الطلاب أمام مبنى المحافظة احتجاجاً على تأخر الرواتب، ولم تسجل أي حوادث."),
    ("en", "Police said a suicide bomber killed five people at a checkpoint in Tarmiyah; officials denied "
           "there were other casualties. Troops will launch a search operation tomorrow after militants "
           "attacked a patrol, three years after a similar attack."),
    ("en", "Hundreds of students rallied outside the governorate building in protest at delayed salaries."),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_a_class_read_alone_gives_what_the_whole_pass_gives(lang: str, text: str) -> None:
    matcher, norm = _cue_matcher(lang), normalise(text).text
    for pos, endpos in ((0, None), (10, len(norm) - 5)):
        whole = matcher.finditer(norm, pos, endpos, overlapping=True)
        scan = matcher.scan(norm, pos, endpos)
        for cls in cues():
            assert scan.spans(cls) == [(s, e) for s, e, payloads in whole if cls in payloads]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_cue_spans_read_lazily_equal_the_eager_reading(lang: str, text: str) -> None:
    norm = normalise(text)
    eager: dict[str, list[tuple[int, int]]] = {cls: [] for cls in cues()}
    for start, end, classes in _cue_matcher(lang).finditer(norm.text, overlapping=True):
        for cls in set(classes):
            eager[cls].append((norm.original(start), min(len(text), norm.original(end))))
    lazy = events._cue_spans(norm, lang, len(text))
    assert {cls: lazy[cls] for cls in reversed(list(cues()))} == eager
    with pytest.raises(KeyError):
        lazy["no such class"]
