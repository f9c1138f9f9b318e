"""Decoding article bytes: the encodings Arabic and English newsrooms use, and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.encoding import UndecodableError, binary_kind, decode_bytes

AR = (
    "قُتل ثلاثة جنود وأصيب خمسة آخرون بانفجار عبوة ناسفة استهدفت دورية للجيش قرب قضاء الطارمية "
    "شمالي بغداد، فيما قالت خلية الإعلام الأمني إن قوة خاصة طوقت المنطقة؛ فهل كان الهجوم متوقعاً؟"
)
AR_SHORT = "سقوط صاروخ كاتيوشا قرب مطار بغداد"
# Has no letter that ISO-8859-6 lacks, so it can be encoded there.
AR_ISO = "انفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد، فيما طوقت قوة خاصة المنطقة"
EN = (
    "Three soldiers were killed near Tarmiyah, the “Security Media Cell” said on Sunday — "
    "a café owner and a naïve señor from Zürich were among the wounded."
)


@pytest.mark.parametrize(
    "text, encoding",
    [
        (AR, "utf-8"),
        (AR, "utf-8-sig"),
        (AR, "cp1256"),
        (AR, "utf-16"),  # with BOM (little-endian here)
        (AR, "utf-16-le"),  # no BOM
        (AR, "utf-16-be"),  # no BOM
        (AR, "utf-32"),
        (AR_SHORT, "cp1256"),
        (AR_SHORT, "utf-16-le"),
        (AR_ISO, "iso8859_6"),
        (EN, "utf-8"),
        (EN, "cp1252"),
        (EN, "utf-16-le"),
        ("plain ASCII report", "ascii"),
    ],
)
def test_same_text_from_every_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_explicit_bom(encoding: str) -> None:
    assert decode_bytes("\ufeff".encode(encoding) + AR.encode(encoding)) == AR


@pytest.mark.parametrize(
    "garbled, why",
    [
        # UTF-8 Arabic read as Windows-1252 and saved again as UTF-8: "Ø§Ù„..."
        (AR.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"), "lossy"),
        (AR.encode("utf-8").decode("latin-1").encode("utf-8"), "exact"),
        # UTF-8 Arabic read as Windows-1256 (Arabic Windows) and saved as UTF-8: "ط§ظ„..."
        (AR.encode("utf-8").decode("cp1256").encode("utf-8"), "exact"),
    ],
)
def test_mojibake_is_repaired_exactly_or_refused(garbled: bytes, why: str) -> None:
    if why == "exact":
        assert decode_bytes(garbled) == AR
    else:
        with pytest.raises(UndecodableError, match="garbled"):
            decode_bytes(garbled)


@pytest.mark.parametrize(
    "data, message",
    [
        (AR.encode("utf-8") + b"\xff\xfe\x81 " + AR.encode("utf-8"), "UTF-8 but damaged"),
        (bytes(range(1, 256)) * 4, "could not determine the encoding|binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"report\x00\x00\x01\x02\x00\x00\x00\x9a\x00\x00", "binary"),
        (b"\xef\xbb\xbfgood start \xff\xfe bad", "damaged"),
        # one accented byte: Windows-1252 "é", Windows-1256 "é", ISO-8859-6 "ى" - yet the same text
        # in the first two, and the third glues Arabic to Latin, so this one is decodable...
        (b"r\xe9sum\xe9 \xc7", "could not determine the encoding"),  # ...but this one is not
    ],
)
def test_refusals_say_why(data: bytes, message: str) -> None:
    with pytest.raises(UndecodableError, match=message):
        decode_bytes(data)


@pytest.mark.parametrize(
    "original",
    [
        "The army’s statement — issued on Monday — said “two rockets” hit the base.",
        "Le ministère a confirmé l’attaque près de l’aéroport d’Erbil.",
    ],
)
def test_western_mojibake_is_repaired(original: str) -> None:
    # what Windows tools do: bytes read as Windows-1252, its five holes kept as C1 characters
    as_cp1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in original.encode())
    garbled = as_cp1252.encode("utf-8")  # "armyâ€™s"
    assert decode_bytes(garbled) == original


def test_bom_utf8_mojibake_is_repaired_too() -> None:
    garbled = AR.encode("utf-8").decode("cp1256").encode("utf-8-sig")
    assert decode_bytes(garbled) == AR


def test_damaged_utf16_is_refused() -> None:
    with pytest.raises(UndecodableError, match="starts like UTF-16 but is damaged"):
        decode_bytes(b"\xff\xfe" + "خبر".encode("utf-16-le") + b"\x00\xdc")


def test_single_accent_shared_by_code_pages_is_read() -> None:
    assert decode_bytes(b"caf\xe9 in Basra") == "café in Basra"


def test_arabic_cp1256_is_never_read_as_western() -> None:
    # The classic silent failure: Windows-1256 Arabic shown as "ÇáÚÑÇÞ".
    decoded = decode_bytes("العراق".encode("cp1256"))
    assert decoded == "العراق"


@pytest.mark.parametrize(
    "hint, data, expected",
    [
        ("windows-1256", AR_SHORT.encode("cp1256"), AR_SHORT),
        ("utf-8", AR_SHORT.encode("cp1256"), AR_SHORT),  # a wrong declaration is not believed
        ("no-such-charset", EN.encode("utf-8"), EN),
        ("windows-1256", AR_SHORT.encode("utf-8"), AR_SHORT),  # valid UTF-8 wins over the label
        ("windows-1256", EN.encode("utf-8"), EN),
    ],
)
def test_declared_charset_is_only_a_hint(hint: str, data: bytes, expected: str) -> None:
    assert decode_bytes(data, hint=hint) == expected


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.4", "a PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a", "a GIF image"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        ("خبر".encode(), None),
        (b"Report", None),
    ],
)
def test_binary_kind(data: bytes, kind: str | None) -> None:
    assert binary_kind(data) == kind


# --- never silently wrong: random Arabic/English text through each encoding -------------

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
WORDS = st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=8) | st.sampled_from(
    ["Basra", "ISIS", "2021", "café", "Zürich", "—", "،", "؛", "؟", "«قصف»", "PMF"]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
def test_decoding_is_right_or_refused(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # e.g. "ü" has no Windows-1256 byte
    try:
        decoded = decode_bytes(data)
    except UndecodableError:
        return  # refusing is allowed; a wrong text is not
    assert decoded == text
