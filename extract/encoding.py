"""Turn the bytes of an article file into text, never guessing silently wrong.

Arabic newsrooms save text as UTF-8 (with or without a BOM), Windows-1256, UTF-16 and now and
then ISO-8859-6; English desks use UTF-8 or Windows-1252. :func:`decode_bytes` tries, in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. UTF-16 without a BOM, recognised by its zero / ``0x06`` high bytes on every other position;
3. strict UTF-8 (which also covers ASCII), repairing double-encoded "mojibake" only when the
   repair is exact (``Ø§Ù„`` or ``ط§ظ„`` back to ``ال``); valid UTF-8 wins over a declared
   charset, and a declared charset (HTML ``<meta>``, HTTP header) is tried next;
4. charset-normalizer restricted to Windows-1256, ISO-8859-6 and Windows-1252; an encoding is
   accepted only if the decoded text looks like real text (no words gluing Arabic and Latin
   letters together, no words made of accented-Latin debris, no control characters), and when
   several encodings give different readable texts, only with enough bytes for
   charset-normalizer's choice to be meaningful.

Whatever fails these checks raises :class:`UndecodableError` with a message for journalists.
"""

from __future__ import annotations

import codecs
from itertools import islice

from extract import regexes as re

__all__ = ["UndecodableError", "binary_kind", "decode_bytes"]

#: Legacy encodings charset-normalizer may choose from, in our order of preference.
LEGACY_ENCODINGS = ("cp1256", "iso8859_6", "cp1252")

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel file"),
    (b"RIFF", "a media file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32_le"),
    (codecs.BOM_UTF32_BE, "utf_32_be"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16_le"),
    (codecs.BOM_UTF16_BE, "utf_16_be"),
)
_ARABIC = "\u0610-\u061A\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF"
_LATIN = "A-Za-z\u00C0-\u024F"
# An Arabic letter or mark glued to a Latin letter: what a wrong legacy code page produces.
_GLUED = re.compile(f"[{_ARABIC}][{_LATIN}]|[{_LATIN}][{_ARABIC}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_TOKEN = re.compile(r"\S+")
# UTF-8 Arabic read as Windows-1256: every other character is ط or ظ (the lead bytes D8/D9).
_UTF8_AS_CP1256 = re.compile(r"(?:[طظ][^\sطظ]){3,}[طظ]?\W*")
# A UTF-8 lead byte read as Windows-1252, followed by a continuation byte read the same way.
_LEAD_AS_CP1252 = re.compile("[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]")
# Characters that Arabic or UTF-8 bytes become when read as Windows-1252/Latin-1.
_DEBRIS = re.compile(r"[\u0080-\u02FF\u2018-\u203A\u20AC\u2122]")
# Two of them at most one character apart in a word: a word of which three or more characters and
# more than half are debris always holds such a pair (spaced three apart they would be a third at most).
# (The class is _DEBRIS without its white-space characters U+0085, U+00A0, U+2028, U+2029 and U+202F:
# starting with a plain class, the search runs at C speed.)
_DEBRIS_INK = "\u0080-\u0084\u0086-\u009F\u00A1-\u02FF\u2018-\u2027\u202A-\u202E\u2030-\u203A\u20AC\u2122"
_DEBRIS_PAIR = re.compile(f"[{_DEBRIS_INK}]\\S?[{_DEBRIS_INK}]")

SAVE_AS_UTF8 = "save the file as UTF-8 and try again"
#: Non-ASCII bytes needed before charset-normalizer may break a tie between readable decodings.
_MIN_EVIDENCE = 20


class UndecodableError(ValueError):
    """The bytes are not text we can decode with confidence; ``str(error)`` is for the user."""


def binary_kind(data: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or ``None`` if it may be text.

    Examples
    --------
    >>> binary_kind(b"%PDF-1.7 ...")
    'a PDF document'
    >>> binary_kind("خبر".encode()) is None
    True
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def decode_bytes(data: bytes, *, hint: str | None = None) -> str:
    """Decode an article file's bytes to text, or raise :class:`UndecodableError`.

    Parameters
    ----------
    data
        The raw bytes (already checked against the size limit by the caller).
    hint
        An encoding the container declares (an HTML ``<meta charset>``, an HTTP header). It is
        used only if it decodes strictly and the result looks like real text.

    Examples
    --------
    >>> decode_bytes("انفجار في الموصل".encode("cp1256"))
    'انفجار في الموصل'
    >>> decode_bytes("\\ufeffhello".encode("utf-8"))
    'hello'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                name = encoding[:6].upper().replace("_", "-")
                raise UndecodableError(f"the file starts like {name} but is damaged; {SAVE_AS_UTF8}") from None
            return _repair_mojibake(text) if encoding == "utf_8" else text
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    kind = binary_kind(data)
    if kind:
        raise UndecodableError(f"this is {kind}, not text")
    if 0 in data:  # NULs are stripped from text: a file that is plain text without them is text
        stripped = data.replace(b"\0", b"")
        if data.count(0) > max(1, len(data) // 100) and not _text_without_nuls(stripped):
            raise UndecodableError("this is a binary file, not text")
        data = stripped
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Valid UTF-8 is UTF-8 whatever a page declares; a declaration counts only after that.
        decoded = _try_hint(data, hint) if hint else None
        if decoded is not None:
            return decoded
        _reject_damaged_utf8(data, error.start)
        return _decode_legacy(data, error.start)
    return _repair_mojibake(text)


def _text_without_nuls(data: bytes) -> bool:
    """Whether bytes (NULs removed) are strict UTF-8 with hardly any control characters."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\r\t")
    return bool(text.strip()) and controls <= len(text) // 100


def _try_hint(data: bytes, hint: str) -> str | None:
    try:
        text = data.decode(codecs.lookup(hint).name)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if _implausibility(text) is None else None


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when every other byte is a high byte of Basic Latin or Arabic."""
    if len(data) < 4 or len(data) % 2:
        return None
    if data.count(0) + data.count(6) < 0.45 * len(data):  # 90% of the high bytes cannot be 0 or 6
        return None
    for encoding, high in (("utf_16_le", data[1::2]), ("utf_16_be", data[0::2])):
        low = data[0::2] if encoding == "utf_16_le" else data[1::2]
        typical = sum(high.count(b) for b in (0, 6)) / len(high)
        if typical >= 0.9 and low.count(0) / len(low) < 0.1:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return text if _implausibility(text) is None else None
    return None


def _reject_damaged_utf8(data: bytes, bad_at: int) -> None:
    """Refuse UTF-8 with a few broken bytes instead of reading it in a legacy code page."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    fine = sum(1 for c in text if ord(c) > 0x7F) - broken
    if fine >= 3 * broken:
        raise UndecodableError(
            f"the file is UTF-8 but damaged from byte {bad_at} ({broken} broken characters); "
            "re-save or re-export it"
        )


def _decode_legacy(data: bytes, bad_at: int) -> str:
    """Decode bytes that are not UTF-8 with the first legacy encoding that gives real text."""
    import charset_normalizer  # only for legacy code pages: not on every start-up

    candidates: list[str] = []
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        candidates.append(codecs.lookup(best.encoding).name)
    candidates += [codecs.lookup(e).name for e in LEGACY_ENCODINGS if codecs.lookup(e).name not in candidates]
    plausible: dict[str, str] = {}
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _implausibility(text) is None:
            plausible[encoding] = text
    if not plausible:
        raise UndecodableError(
            f"could not determine the encoding (not UTF-8 from byte {bad_at}, and no Arabic or "
            f"Western encoding gives readable text); {SAVE_AS_UTF8}"
        )
    if len(set(plausible.values())) == 1:
        return next(iter(plausible.values()))
    high_bytes = sum(1 for b in data if b >= 0x80)
    if best is not None and candidates[0] in plausible and high_bytes >= _MIN_EVIDENCE:
        return plausible[candidates[0]]
    raise UndecodableError(
        f"could not determine the encoding (it reads as {' or '.join(plausible)}); {SAVE_AS_UTF8}"
    )


def _sloppy_cp1252(text: str) -> bytes | None:
    """Bytes that `text` came from if it was UTF-8 read as Windows-1252 (Latin-1 for its holes)."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was once read as Windows-1252 or -1256 and saved again as UTF-8.

    The repair is made only when it is exact: the whole text must re-encode to strictly valid
    UTF-8 that holds non-ASCII letters. Genuine text practically never does.
    """
    if text.isascii():
        return text
    attempts = []
    if _LEAD_AS_CP1252.search(text):
        attempts.append(_sloppy_cp1252(text))
    if _mostly_ta_za(text) and _UTF8_AS_CP1256.search(text):
        attempts.append(_encode_or_none(text, "cp1256"))
    for raw in attempts:
        if raw is None or raw == text.encode("utf-8"):
            continue
        try:
            repaired = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not repaired.isascii() and _implausibility(repaired) is None:
            return repaired
    debris = _debris_words(text, latin_only=True)
    if debris:
        raise UndecodableError(
            f"the text looks garbled ({debris} words look like mis-decoded bytes, e.g. 'Ø§Ù„'); {SAVE_AS_UTF8}"
        )
    return text


def _mostly_ta_za(text: str) -> bool:
    """Whether ط and ظ are a quarter of the non-ASCII text, as in "ط§ظ„" (1-2 % in real Arabic)."""
    ta_za = text.count("ط") + text.count("ظ")
    return ta_za > 0 and ta_za * 4 >= len(text.encode("utf-8", "surrogatepass")) - len(text)


def _encode_or_none(text: str, encoding: str) -> bytes | None:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


def _implausibility(text: str) -> str | None:
    """Why `text` does not look like real Arabic or Western text, or ``None`` if it does."""
    if "\ufffd" in text:
        return "it holds replacement characters"
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return "it holds control characters, as binary files do"
    words = _words(text)
    glued = sum(1 for w in words if not w.isascii() and _GLUED.search(w))
    if glued > len(words) // 50:
        return f"{glued} words glue Arabic and Latin letters together"
    debris = _debris_words(text, words)
    if debris:
        return f"{debris} words look like mis-decoded bytes"
    return None


def _words(text: str) -> list[str]:
    return [w for w in _TOKEN.findall(text) if any(c.isalpha() for c in w)]


def _any_debris_word(text: str) -> bool:
    """Whether some word would count as debris in :func:`_debris_words` (its ``latin_only`` rule),
    looking only at the words around a close pair of debris characters: curly quotes and dashes in
    English reports are debris characters too, and splitting 36 MB into words in Python took 3 s."""
    for pair in _DEBRIS_PAIR.finditer(text):
        start, end = pair.start(), pair.end()
        while start and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        word = text[start:end]
        found = len(_DEBRIS.findall(word))
        if found >= 3 and found * 2 > len(word) and any(c.isalpha() for c in word):
            return True
    return False


def _debris_words(text: str, words: list[str] | None = None, *, latin_only: bool = False) -> int:
    """How many words are mis-decoded debris, if more than chance allows (else 0).

    Debris is mostly accented Latin ("ÇáÚÑÇÞ", "Ø§Ù„Ø¹"), or, unless `latin_only`, Arabic with
    ط/ظ on every other letter (UTF-8 read as Windows-1256, "ط§ظ„ط¹").
    """
    arabic_debris = not latin_only and _mostly_ta_za(text) and _UTF8_AS_CP1256.search(text)
    if not arabic_debris and (next(islice(_DEBRIS.finditer(text), 2, None), None) is None
                              or not _any_debris_word(text)):
        return 0  # the common case, decided at C speed
    words = _words(text) if words is None else words
    debris = 0
    for word in words:
        if word.isascii():
            continue
        found = len(_DEBRIS.findall(word))
        if (found >= 3 and found * 2 > len(word)) or (arabic_debris and _UTF8_AS_CP1256.fullmatch(word)):
            debris += 1
    return debris if debris > len(words) // 50 else 0
