"""The one Arabic normaliser of the project: geo (matcher, fuzzy layer, gazetteer search) and
extract (triggers, cues, actors, dates, numbers) all fold text here.

Three levels, each the one before plus a step:

* :func:`fold` — the letters: no diacritics, tatweel or invisible format marks; one alef; ة→ه;
  ى→ي; hamza seats ئ→ي, ؤ→و; Persian and Kurdish letters (ی ک گ پ چ ژ ڤ ە ھ) folded to Arabic;
  Arabic-Indic and Persian digits → ASCII; one kind of quote; Arabic decimal and thousands
  separators → ``.`` ``,``. Only deletions change the length, so :func:`deleted_positions` maps back.
  Every entry point folds letters this way (``tests/geo/test_normalize_property.py`` checks).
* :func:`normalize_arabic` — the canonical form for comparing place names: :func:`fold`, Arabic
  comma, semicolon and question mark as ASCII, horizontal white space collapsed. Idempotent.
* :func:`normalize_for_matching` — the same, plus ASCII lower-casing, a hashtag's underscores and the
  double quotes or dashes wrapping an Arabic word read as spaces (one for one), applied to a whole text,
  returning a :class:`Normalized` that maps every index of the normalised text back to the
  original, so that a span found in the normalised text slices the original exactly.

Every kept character maps to exactly one character (1:1 entries); only deleted characters
(diacritics, tatweel, format marks, extra spaces) shift offsets, and only their positions are
stored, so the map costs nothing on clean text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["Normalized", "deleted_positions", "fold", "light_normalize", "normalize_arabic", "normalize_for_matching",
           "proclitic_variants"]

# Harakat, tanwin, shadda, sukun, small hamza, dagger alef, Quranic marks, tatweel, and invisible
# format characters (ZWNJ, ZWJ, LRM, RLM, BOM, soft hyphen, Arabic letter mark).
_DELETE = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06dd\u06de\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
    "\u06e5\u06e6\u06e7\u06e8\u06e9\u06ea\u06eb\u06ec\u06ed"
    "\u0640"  # tatweel
    "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u00ad"
)

#: The letters, digits and quotes every entry point folds (1:1).
_FOLD_MAP = {
    # alef forms (madda, hamza above/below, wasla) -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ۍ": "ي", "ئ": "ي", "ؤ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    # quotes: one double, one single
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "٫": ".", "٬": ",",  # Arabic decimal and thousands separators
}
for _i in range(10):
    _FOLD_MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD_MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits

#: What the place matcher folds on top: Arabic punctuation, horizontal white space.
_MAP = {
    **_FOLD_MAP,
    # horizontal white space -> plain space (newlines stay: names never span lines)
    "\t": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "\u3000": " ",
    "،": ",", "؛": ";", "؟": "?",
}

_TABLE: dict[int, int | None] = {ord(k): ord(v) for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DELETE})
_LOWER_TABLE = dict(_TABLE)
_LOWER_TABLE.update({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})

_MARKS_RE = re.compile(f"[{_DELETE}]+")
_EXTRA_SPACES_RE = re.compile("(?<= ) +")
_SPACES_RE = re.compile(" {2,}")
_TRAILING_MARKS = frozenset(_DELETE)


_FOLD_CHANGED_RE = re.compile("[" + re.escape("".join(_FOLD_MAP) + _DELETE) + "]")
#: The ASCII characters fold changes (the backtick): an ASCII text without them is its own fold.
_ASCII_FOLDED = tuple(ch for ch in (*_FOLD_MAP, *_DELETE) if ch.isascii())


def fold(text: str) -> str:
    """The letters of ``text`` folded: the one folding every entry point shares.

    Examples
    --------
    >>> fold("گرمیان"), fold("مُسَيَّرة"), fold("رئيس ٢٠٢٤"), fold("«كركوك»")
    ('كرميان', 'مسيره', 'رييس 2024', '"كركوك"')
    >>> fold("a `quoted` word"), fold("Mosul, 3 km")
    ("a 'quoted' word", 'Mosul, 3 km')
    """
    if text.isascii() and not any(ch in text for ch in _ASCII_FOLDED):
        return text  # (an ASCII text without the backtick: nothing to fold, and no pass over it)
    for ch in set(_FOLD_CHANGED_RE.findall(text)):
        text = text.replace(ch, _FOLD_MAP.get(ch, ""))
    return text


def deleted_positions(text: str) -> tuple[int, ...]:
    """Where the characters :func:`fold` deletes from ``text`` would sit in the folded text
    (sorted): folded index ``i`` is original index ``i + bisect_right(positions, i)``.

    Examples
    --------
    >>> t = "مَساء"
    >>> deleted_positions(t), fold(t)
    ((1,), 'مساء')
    """
    return _deletions(_MARKS_RE, text)


def normalize_arabic(text: str) -> str:
    """Canonical form of an Arabic (or mixed) string for comparing names.

    Examples
    --------
    >>> normalize_arabic("إقليمُ كُردستانَ")
    'اقليم كردستان'
    >>> normalize_arabic("محافظة ديالى ٢٠٢١")
    'محافظه ديالي 2021'
    >>> normalize_arabic("بغـــداد")
    'بغداد'
    """
    return _SPACES_RE.sub(" ", _replace_changed(text))


def light_normalize(text: str) -> str:
    """Diacritics and tatweel removed, alef forms folded, but ة/ه and ى/ي kept apart.

    Used where the written letter matters (``عنه`` "about him" is never Anah ``عنة``).

    Examples
    --------
    >>> light_normalize("عَنهُ"), light_normalize("إلى")
    ('عنه', 'الى')
    """
    return _MARKS_RE.sub("", text).translate({ord(c): "ا" for c in "أإآٱ"})


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the map from its indices back to the original text.

    Normalisation deletes characters in two stages (marks, then extra spaces). For each stage,
    ``deleted`` holds the index every deleted character would have had after that stage (sorted);
    mapping back adds the deletions that came before, stage by stage.
    """

    text: str
    original: str
    deleted: tuple[tuple[int, ...], ...] = ()

    def original_start(self, i: int) -> int:
        """Original index of the normalised character at ``i``."""
        for stage in reversed(self.deleted):
            if stage:
                i += bisect_right(stage, i)
        return i

    def original_end(self, j: int) -> int:
        """Original end index (exclusive) of a normalised span ending at ``j``.

        Diacritics and tatweel right after the last letter are included in the span.
        """
        if j <= 0:
            return 0
        end = self.original_start(j - 1) + 1
        original = self.original
        while end < len(original) and original[end] in _TRAILING_MARKS:
            end += 1
        return end

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[i, j)``."""
        return self.original_start(i), self.original_end(j)


_CHANGED_RE = re.compile("[" + re.escape("".join(_MAP) + _DELETE) + "]")


def _replace_changed(text: str) -> str:
    """``text.translate(_TABLE)``, faster: replace only the characters present.

    ``str.translate`` looks every character up in a dict (about 100 ns a character); news text
    holds a dozen of the mapped characters, each replaced in one C-speed pass. (No character maps
    to one that is mapped again, so replacing one after another is translating at once.)
    """
    for ch in set(_CHANGED_RE.findall(text)):
        text = text.replace(ch, _MAP.get(ch, ""))
    return text


def _fast_translate(text: str) -> str:
    """``text.translate(_LOWER_TABLE)``, faster (see :func:`_replace_changed`)."""
    out = _replace_changed(text)
    lowered = out.lower()
    if len(lowered) == len(out):  # lower() can lengthen a few characters (İ); keep 1:1
        return lowered
    return out.translate({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})


def _deletions(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    deleted: list[int] = []
    removed = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        # a run's characters all sit where the run starts once the earlier ones are gone
        deleted.extend([start - removed] * (end - start))
        removed += end - start
    return tuple(deleted)


#: A hashtag with its words joined by underscores (#سهل_نينوى, #صلاح_الدين, #Nineveh_Plains).
_HASHTAG_RE = re.compile(r"#[^\s#]*_[^\s#]*")
#: A double quote or a dash wrapping an Arabic word: after a space (or at the start) and before a letter,
#: or after a letter and before a space or the text's end (place7 audit, issue 8). The mark comes first
#: and what stands around it is looked at from after it, so ``re`` skips to the marks at once instead
#: of trying both lookbehinds at every character (same matches as ``(?:(?<=\s)|^)["–-](?=[ء-ي])|
#: (?<=[ء-ي])["–-](?=\s|$)``, 13 times faster on 3 KB articles; tests/geo/test_wrapping_marks.py).
_WRAPPING_MARK_RE = re.compile(r'["–-](?:(?<![^\s]["–-])(?=[\u0621-\u064a])|(?<=[\u0621-\u064a]["–-])(?=\s|$))')


def _hashtag_words(m: re.Match[str]) -> str:
    """A hashtag read as its words: each underscore a space (one for one, so indices hold)."""
    return m.group().replace("_", " ")


def normalize_for_matching(text: str) -> Normalized:
    """Normalise a whole text for the matcher: :func:`normalize_arabic` plus ASCII lower case; a
    hashtag's underscores are spaces (#سهل_نينوى reads سهل نينوى).

    Examples
    --------
    >>> n = normalize_for_matching("في  بَغدادَ و Mosul")
    >>> n.text
    'في بغداد و mosul'
    >>> i = n.text.index("بغداد"); a, b = n.span(i, i + 5); n.original[a:b]
    'بَغدادَ'
    """
    stage1 = _deletions(_MARKS_RE, text)
    translated = _fast_translate(text)
    if "#" in translated and "_" in translated:
        translated = _HASHTAG_RE.sub(_hashtag_words, translated)
    if '"' in translated or "–" in translated or "-" in translated:
        # «قاعدة "بلد" الجوية», «قاعدة –بلد- الجوية»: marks wrapping an Arabic word are spaces (one for one),
        # so the name they split is read whole; a hyphen or dash between two words or two spaces stays.
        translated = _WRAPPING_MARK_RE.sub(" ", translated)
    stage2 = _deletions(_EXTRA_SPACES_RE, translated) if "  " in translated else ()
    if stage2:
        translated = _SPACES_RE.sub(" ", translated)
    return Normalized(translated, text, (stage1, stage2))


def proclitic_variants(word: str) -> tuple[str, ...]:
    """A word as written and without one or two proclitic letters.

    Examples
    --------
    >>> proclitic_variants("ومحافظة")
    ('ومحافظة', 'محافظة')
    >>> proclitic_variants("وبالقرب")
    ('وبالقرب', 'بالقرب', 'القرب')
    >>> proclitic_variants("في")
    ('في',)
    """
    out = [word]
    if len(word) > 3 and word[0] in "وفبلك":
        out.append(word[1:])
        if len(word) > 4 and word[1] in "بلك":
            out.append(word[2:])
    return tuple(out)
