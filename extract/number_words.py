"""Numbers written in digits or words, Arabic or English (``extract.numbers.parse_number``)."""

from __future__ import annotations

from extract import regexes as re
from extract.lexicon_dates import NumberLexicon, normalize, number_lexicon

__all__ = ["parse_number"]

_DIGITS = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d+")
_CLITICS = "وفبل"
_HUNDREDS = (normalize("مئة"), normalize("مائة"))
#: Words a count in digits multiplies: «21 ألف» is 21,000 («آلاف» after a count is its plural), "4 thousand".
_MULTIPLIERS = {normalize("ألف"): 1000, normalize("آلاف"): 1000, "thousand": 1000, "hundred": 100,
                **dict.fromkeys(_HUNDREDS, 100)}


def _word_value(word: str, lex: NumberLexicon) -> int | None:
    """Value of one number word, with proclitics and the article stripped."""
    for candidate in (word, word[1:] if word[:1] in _CLITICS else None, word.removeprefix("ال"),
                      word[1:].removeprefix("ال") if word[:1] in _CLITICS else None):
        if candidate and candidate in lex.ar_numbers:
            return lex.ar_numbers[candidate]
        if candidate and candidate in lex.en_numbers:
            return lex.en_numbers[candidate]
    for hundred in _HUNDREDS:  # ثلاثمئة, خمسمائة
        head = word.removesuffix(hundred)
        if head != word and head in lex.ar_numbers and lex.ar_numbers[head] < 10:
            return lex.ar_numbers[head] * 100
    return None


def parse_number(text: str) -> int | None:
    """The integer written in ``text`` (digits or words, Arabic or English), or None.

    Examples
    --------
    >>> [parse_number(t) for t in ["18", "١٨", "2,500", "وتسعة", "خمسة وعشرين", "ثلاثمائة"]]
    [18, 18, 2500, 9, 25, 300]
    >>> [parse_number(t) for t in ["twenty-five", "a dozen", "three", "عشرات", "3.5"]]
    [25, 12, 3, None, None]
    """
    lex = number_lexicon()
    norm = normalize(text).strip().lower()
    if not norm:
        return None
    if norm[0] in _CLITICS and norm[1:2].isdigit():  # و7
        norm = norm[1:]
    if _DIGITS.fullmatch(norm):
        return int(re.sub(r"[,.]", "", norm))
    if norm in lex.ar_numbers or norm in lex.en_numbers:
        return lex.ar_numbers.get(norm, lex.en_numbers.get(norm))
    words = [w for w in re.split(r"[\s\-]+", norm) if w not in {"and", "و"}]
    if not words:  # "and" alone is no number (it read 0: "kills and injures seven" gave 0 dead)
        return None
    if len(words) == 2 and _DIGITS.fullmatch(words[0]) and words[1] in _MULTIPLIERS:  # «21 ألف», «3 آلاف», "4 thousand"
        return int(re.sub(r"[,.]", "", words[0])) * _MULTIPLIERS[words[1]]
    total = current = 0
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and (pair in lex.ar_numbers or pair in lex.en_numbers):
            value, i = lex.ar_numbers.get(pair, lex.en_numbers.get(pair)), i + 2
        else:
            value, i = _word_value(words[i], lex), i + 1
        if value is None:
            return None
        if value in (100, 1000) and current == 0 and words[i - 1] not in {"a", "one"}:
            current = 1
        if value == 100:
            current *= 100
        elif value >= 1000:
            total, current = total + current * value, 0
        else:
            current += value
    return total + current
