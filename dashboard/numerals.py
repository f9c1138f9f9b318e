"""Numbers and counted words for the interface language, with no Streamlit: used by the labels, the
map's popups, tooltips and legends, and the charts.

Arabic is written with Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) wherever a person reads a number or a date:
cards, figures, captions, popups, tooltips, legends and chart axes. Tables keep the data's digits, so
that they sort as numbers and copy into a spreadsheet as the CSV does.

Counted nouns take the plural form of the count, by the CLDR plural rules: English "one"/"other";
Arabic "zero", "one", "two", "few" (3–10), "many" (11–99) and "other" (100, 101, 102, …).
"""

from __future__ import annotations

from collections.abc import Mapping

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def numerals(text: object, lang: str) -> str:
    """``text`` with its digits in the language's numerals.

    Examples
    --------
    >>> numerals("2025-03-09", "ar"), numerals(12, "en")
    ('٢٠٢٥-٠٣-٠٩', '12')
    """
    return str(text).translate(ARABIC_DIGITS) if lang == "ar" else str(text)


def plural_category(n: int, lang: str) -> str:
    """The CLDR plural category of the whole number ``n`` in ``lang``.

    Examples
    --------
    >>> [plural_category(n, "ar") for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)]
    ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many']
    >>> [plural_category(n, "en") for n in (0, 1, 2)]
    ['other', 'one', 'other']
    """
    n = abs(int(n))
    if lang != "ar":
        return "one" if n == 1 else "other"
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    rest = n % 100
    if 3 <= rest <= 10:
        return "few"
    if 11 <= rest <= 99:
        return "many"
    return "other"


def counted(forms: Mapping[str, str], n: int, lang: str) -> str:
    """The form of ``forms`` (plural category → text with ``{n}``) for the count ``n``, its number in
    the language's numerals; a missing category falls back to "other".

    Examples
    --------
    >>> en = {"one": "{n} incident", "other": "{n} incidents"}
    >>> counted(en, 1, "en"), counted(en, 12, "en")
    ('1 incident', '12 incidents')
    >>> ar = {"one": "حادثة واحدة", "two": "حادثتان", "few": "{n} حوادث", "other": "{n} حادثة"}
    >>> counted(ar, 2, "ar"), counted(ar, 5, "ar"), counted(ar, 100, "ar")
    ('حادثتان', '٥ حوادث', '١٠٠ حادثة')
    """
    form = forms.get(plural_category(n, lang)) or forms["other"]
    return form.format(n=numerals(int(n), lang))
