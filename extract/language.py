"""Which language an article is written in: Arabic or English, by the share of Arabic letters."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")

#: Share of Arabic among all (Arabic + Latin) letters from which a text counts as Arabic. Low on
#: purpose: Arabic reports quote English names, acronyms and URLs ("ISIS", "C-RAM", "@INA_IQ").
ARABIC_SHARE = 0.3
#: Letters looked at; the top of an article decides, and long texts cost no more.
SAMPLE_CHARS = 5000


def detect_language(text: str) -> str:
    """Return ``"ar"`` if Arabic letters make up at least 30 % of the letters, else ``"en"``.

    A text with no letters at all (digits, punctuation, empty) is ``"en"``.

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
    """
    sample = text[:SAMPLE_CHARS]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic + latin == 0:
        return "en"
    return "ar" if arabic / (arabic + latin) >= ARABIC_SHARE else "en"
