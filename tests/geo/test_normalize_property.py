"""One Arabic normaliser: every entry point in geo and extract folds letters the same way.

The matcher (:func:`geo.normalize.normalize_for_matching`, the index and the rules through
:func:`geo.normalize.normalize_arabic`), the gazetteer search (:func:`geo.gazetteer.fold`), the
trigger and cue matcher (:func:`extract.phrases.normalise`) and the dates and numbers
(:func:`extract.lexicon_dates.normalize_with_map`) all agree with :func:`geo.normalize.fold`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.lexicon_dates import normalize, normalize_with_map
from extract.phrases import fold as extract_fold
from extract.phrases import normalise
from geo.gazetteer import fold as search_fold
from geo.loader import default_gazetteer
from geo.matcher import find_places
from geo.normalize import fold, normalize_arabic, normalize_for_matching

# Arabic letters and their variants, Persian and Kurdish letters, marks, tatweel, format marks,
# both kinds of Eastern digits and plain spaces: what place names and news text are made of.
_ALPHABET = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱةىئؤ" "یکگپچژڤەھۀ" "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"
             "\u0640\u200c\u200f" "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" " ")
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)

ENTRY_POINTS = {
    "matcher (normalize_for_matching)": lambda t: normalize_for_matching(t).text,
    "place names (normalize_arabic)": normalize_arabic,
    "gazetteer search (geo.gazetteer.fold)": search_fold,
    "triggers and cues (extract.phrases.normalise)": lambda t: normalise(t).text,
    "lexicon entries (extract.phrases.fold)": extract_fold,
    "dates (extract.lexicon_dates.normalize)": normalize,
    "dates with offsets (normalize_with_map)": lambda t: normalize_with_map(t)[0],
}


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_every_entry_point_folds_the_same_way(text: str) -> None:
    expected = fold(text).split()
    for name, entry in ENTRY_POINTS.items():
        assert entry(text).split() == expected, name


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
def test_offsets_map_back_to_the_same_letters(text: str) -> None:
    """A folded character maps back to an original character that folds to it (triggers, dates)."""
    n = normalise(text)
    _norm, index = normalize_with_map(text)
    for i, ch in enumerate(n.text):
        assert fold(text[n.original(i)]) == ch
        assert fold(text[index[i] if index else i]) == ch


@pytest.mark.parametrize("written, canonical", [
    ("گرمیان", "كرميان"),        # Persian gaf and ya (Kurdish-region spelling)
    ("کلار", "كلار"),            # Persian kaf
    ("ديالى", "ديالي"),          # alef maqsura
    ("الفلوجة", "الفلوجه"),      # ta marbuta
    ("الأنْبَار", "الانبار"),     # hamza on alef, diacritics
    ("القائم", "القايم"),        # hamza seat
    ("بغـــداد", "بغداد"),       # tatweel
    ("٢٠ كم", "20 كم"),          # Arabic-Indic digits
])
def test_spellings_fold_to_one_form(written: str, canonical: str) -> None:
    assert fold(written) == fold(canonical) == canonical


def test_the_search_and_the_matcher_find_the_same_persian_spelling() -> None:
    """Once the matcher found «گرمیان» and the gazetteer search did not."""
    gazetteer = default_gazetteer()
    text = "قصف في گرمیان"
    found = [m.place.place_id for m in find_places(text, gazetteer)]
    searched = [p.place_id for p in gazetteer.search("گرمیان", limit=3)]
    assert "iq.su.kalar_garmiyan" in found
    assert searched[:1] == ["iq.su.kalar_garmiyan"]


_WORDS = st.lists(st.text(alphabet=_ALPHABET + "ABCIİΣΣَ-’'\t\u00a0\x00\n", max_size=8), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_WORDS)
def test_norm_words_is_norm_of_each_word(words: list[str]) -> None:
    """The one-pass fold of a word list (geo.rules.norm_words) is the word-by-word fold, whatever
    the words hold (white space, a NUL, letters whose lower case depends on their neighbours)."""
    from geo.rules import norm, norm_words

    assert norm_words(words) == [norm(w) for w in words]


@pytest.mark.parametrize("words", [
    ["وزارة", "الدفاع", "التركيّة", "ـ"],
    ["Iranian", "’s", "ΣΣ", "OΣ", "İRAN"],  # final sigma and a dotted capital I: case by context
    ["قوات ", "\u00a0التركية"],  # white space the word-by-word fold strips
    ["a\x00b", "c"],  # the joint itself inside a word
    [],
])
def test_norm_words_table(words: list[str]) -> None:
    from geo.rules import norm, norm_words

    assert norm_words(words) == [norm(w) for w in words]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "“”«»‘’`٫٬،؛؟\t\u00a0\u3000ABCz.,'\"", max_size=60))
def test_normalize_arabic_is_the_table_translation(text: str) -> None:
    """normalize_arabic and the matcher's fold replace only the characters present, one after
    another: the same as translating through the table at once."""
    from geo import normalize

    assert normalize.normalize_arabic(text) == normalize._SPACES_RE.sub(" ", text.translate(normalize._TABLE))
    assert normalize._fast_translate(text) == text.translate(normalize._LOWER_TABLE)


def test_no_folded_character_is_folded_again() -> None:
    """What makes replacing one character after another a translation at once: no character maps
    to one that is itself mapped or deleted."""
    from geo import normalize

    changed = set(normalize._MAP) | set(normalize._DELETE)
    assert not {v for v in normalize._MAP.values() if v} & changed


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "/()12", max_size=40))
def test_date_offsets_are_the_kept_characters(text: str) -> None:
    """normalize_with_map's offsets (worked out when asked) are the indices of the characters the
    fold keeps, in order; negative indices and slices read as a list's."""
    norm, index = normalize_with_map(text)
    kept = [i for i, ch in enumerate(text) if fold(ch)]
    assert len(norm) == len(kept)
    if index is None:
        assert kept == list(range(len(text)))
    else:
        assert list(index) == kept and len(index) == len(kept)
        assert not kept or (index[-1] == kept[-1] and index[1:3] == kept[1:3])
        with pytest.raises(IndexError):
            index[len(kept)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "AZaz@[`{ÉİΣ", max_size=40))
def test_ascii_lower_changes_only_ascii_capitals(text: str) -> None:
    from extract.lexicon_dates import ascii_lower

    assert ascii_lower(text) == "".join(c.lower() if "A" <= c <= "Z" else c for c in text)
