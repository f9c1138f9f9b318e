"""Which language an article is written in: Arabic or English, by the share of Arabic letters."""

from __future__ import annotations

from extract import regexes as re

__all__ = ["detect_language"]

# Runs of letters, counted by their lengths: half the work of a list of single letters.
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]+")

#: Share of Arabic among all (Arabic + Latin) letters from which a text counts as Arabic. Low on
#: purpose: Arabic reports quote English names, acronyms and URLs ("ISIS", "C-RAM", "@INA_IQ").
ARABIC_SHARE = 0.3
#: Shares between these bounds are ambiguous: a language hint (a feed's ``language``) decides them.
#: Below: English quoting some Arabic; above: Arabic quoting English names and acronyms.
AMBIGUOUS = (0.2, 0.6)
#: A text with fewer letters than this (a bare headline of names and figures) is ambiguous too.
MIN_LETTERS = 20
#: Letters looked at; the top of an article decides, and long texts cost no more.
SAMPLE_CHARS = 5000


def detect_language(text: str, *, hint: str | None = None) -> str:
    """Return ``"ar"`` if Arabic letters make up at least 30 % of the letters, else ``"en"``.

    A text with no letters at all (digits, punctuation, empty) is ``"en"``. ``hint`` (``"ar"`` or
    ``"en"``: the language the source says it publishes in) decides where the letters do not: a
    share of Arabic between 20 % and 60 %, or fewer than 20 letters. A clear text keeps its own
    language whatever the hint says.

    Examples
    --------
    >>> detect_language("قصف صاروخي يستهدف قاعدة عين الأسد في الأنبار")
    'ar'
    >>> detect_language("Rockets hit Ain al-Asad air base in Anbar")
    'en'
    >>> detect_language("أعلنت قيادة العمليات المشتركة (JOC) مقتل 3 من عناصر ISIS")
    'ar'
    >>> detect_language("")
    'en'
    >>> detect_language("Rockets hit Ain al-Asad air base in Anbar", hint="ar")
    'en'
    >>> detect_language("PMF: 3 killed in Tarmiyah", hint="ar"), detect_language("١٢٣", hint="ar")
    ('ar', 'ar')
    """
    sample = text[:SAMPLE_CHARS]
    arabic = sum(map(len, _ARABIC_LETTERS.findall(sample)))
    latin = sum(map(len, _LATIN_LETTERS.findall(sample)))
    share = arabic / (arabic + latin) if arabic + latin else 0.0
    if hint in ("ar", "en") and (arabic + latin < MIN_LETTERS or AMBIGUOUS[0] <= share < AMBIGUOUS[1]):
        return hint
    return "ar" if share >= ARABIC_SHARE else "en"
