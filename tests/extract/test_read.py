"""Reading articles: every format, every encoding path, and every kind of bad input."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from extract.formats import MAX_TEXT_CHARS, parse_date
from extract.model import Rejection
from extract.read import MAX_BYTES, ReadResult, read_bytes, read_path, read_paths, read_text, read_url
from tests.loopback import Handler, serve

FIXTURES = Path(__file__).parent / "fixtures"

TITLE_AR = "سقوط قذائف هاون على قرية في قضاء المقدادية"
BODY_AR = (
    "سقطت ثلاث قذائف هاون، فجر اليوم الثلاثاء، على قرية زراعية تابعة لقضاء المقدادية في محافظة ديالى، "
    "ما أدى إلى إصابة امرأة وطفلها بجروح طفيفة، وفق مصدر في الشرطة المحلية."
)
ARTICLE_AR = f"{TITLE_AR}\n\n{BODY_AR}"
TITLE_EN = "Roadside bomb hits army patrol west of Ramadi"
ARTICLE_EN = (
    f"{TITLE_EN}\nA roadside bomb struck an Iraqi army patrol on the highway west of Ramadi on "
    "Monday, wounding two soldiers, a police source said."
)


def texts(result: ReadResult) -> list[str]:
    return [a.text for a in result.articles]


def reasons(result: ReadResult) -> list[tuple[int | None, str]]:
    return [(r.line, r.reason) for r in result.rejections]


# --- plain text and markdown -------------------------------------------------------------


@pytest.mark.parametrize(
    "data, name, title, text",
    [
        (ARTICLE_AR.encode(), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (ARTICLE_AR.encode("utf-8-sig"), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (ARTICLE_AR.encode("cp1256"), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (ARTICLE_AR.encode("utf-16"), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (ARTICLE_AR.replace("\n", "\r\n").encode(), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (("\n\n  " + ARTICLE_AR + "\n\n").encode(), "diyala.txt", TITLE_AR, ARTICLE_AR),
        (ARTICLE_EN.encode("cp1252"), "ramadi.txt", TITLE_EN, ARTICLE_EN),
        (f"# {TITLE_EN}\n\n{ARTICLE_EN}".encode(), "ramadi.md", TITLE_EN, f"# {TITLE_EN}\n\n{ARTICLE_EN}"),
        # a first line too long to be a title: no title, text kept whole
        (("ب" * 250 + "\nنص").encode(), "long.txt", None, "ب" * 250 + "\nنص"),
    ],
)
def test_plain_text_is_one_article_with_the_title_kept_in_the_text(
    data: bytes, name: str, title: str | None, text: str
) -> None:
    result = read_bytes(data, name)
    assert result.rejections == ()
    [article] = result.articles
    assert (article.title, article.text, article.id) == (title, text, Path(name).stem)
    assert article.published is None and article.source is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("سطر\x00 أول", "سطر أول"),  # NUL stripped
        ("ا\u0654لانبار", "\u0623لانبار"),  # NFC composes alef + hamza above into أ
        ("قُتِلَ ثلاثةٌ", "قُتِلَ ثلاثةٌ"),  # diacritics kept
        ("a\rb", "a\nb"),  # old Mac newline
    ],
)
def test_text_is_normalised_but_arabic_kept_as_written(raw: str, expected: str) -> None:
    assert texts(read_bytes(raw.encode(), "x.txt")) == [expected]


@pytest.mark.parametrize(
    "hostile, name",
    [
        ('<script>alert("x")</script> انفجار في كركوك', "a.txt"),
        ("<img src=x onerror=alert(1)> Rocket attack in Erbil", "b.md"),
    ],
)
def test_markup_in_plain_text_stays_plain_text(hostile: str, name: str) -> None:
    assert texts(read_bytes(hostile.encode(), name)) == [hostile]


# --- HTML ---------------------------------------------------------------------------------


def test_html_page_main_text_title_date_and_no_script() -> None:
    result = read_path(FIXTURES / "news_page_ar.html")
    [article] = result.articles
    assert article.title == "مقتل جنديين بهجوم على نقطة تفتيش في ديالى"
    assert article.published == date(2022, 3, 14)
    assert article.source == "وكالة الأنباء التجريبية"
    assert "ناحية العظيم شمالي محافظة ديالى" in article.text
    assert "خلايا تنظيم داعش" in article.text
    for leak in ("SCRIPT-LEAK", "STYLE-LEAK", "color: red", "أسعار النفط", "جميع الحقوق محفوظة"):
        assert leak not in article.text


def test_html_in_windows_1256_declared_by_meta() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "<title>اشتباك في سنجار</title></head><body><article><p>" + BODY_AR + "</p></article></body></html>"
    )
    [article] = read_bytes(page.encode("cp1256"), "page.htm").articles
    assert BODY_AR in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>var s = 'SCRIPT-LEAK';</script></head><body></body></html>",
        "<html><body><style>p{}</style><script>alert(1)</script></body></html>",
    ],
)
def test_html_without_text_is_rejected(page: str) -> None:
    result = read_bytes(page.encode(), "blank.html")
    assert result.articles == ()
    assert reasons(result) == [(None, "no article text found in the page")]


# --- CSV ----------------------------------------------------------------------------------

CSV_GOOD = [
    ("1", "قصف مدفعي", "16/08/2021", "وكالة ألف", "انفجار صاروخ قرب قاعدة بلد الجوية", date(2021, 8, 16)),
    ("2", "Clashes", "2021-09-01", "Wire B", 'Gunmen, police clashed in "Tuz"', date(2021, 9, 1)),
]


def make_csv(delimiter: str = ",", newline: str = "\n") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["id", "title", "date", "source", "text"])
    writer.writerows(row[:5] for row in CSV_GOOD)
    return out.getvalue()


@pytest.mark.parametrize(
    "content, encoding",
    [
        (make_csv(","), "utf-8"),
        (make_csv(","), "utf-8-sig"),  # Excel's "CSV UTF-8"
        (make_csv(";"), "utf-8-sig"),  # Excel in locales with a decimal comma
        (make_csv("\t"), "utf-16"),  # Excel's "Unicode text"
        (make_csv(",", "\r\n"), "cp1256"),  # old Arabic Windows export
        (make_csv("|"), "utf-8"),
    ],
)
def test_csv_dialects_and_encodings(content: str, encoding: str) -> None:
    result = read_bytes(content.encode(encoding), "feed.csv")
    assert result.rejections == () and result.warnings == ()
    assert [(a.id, a.title, a.published, a.source, a.text) for a in result.articles] == [
        (r[0], r[1], r[5], r[3], r[4]) for r in CSV_GOOD
    ]


def test_csv_bad_rows_are_reported_by_line_and_good_rows_kept() -> None:
    content = (
        "ID,Text,Date,URL\n"  # 1: header names are case-insensitive
        'a1,"سطر أول\nسطر ثان مقتبس",2021-01-05,https://example.org/a1\n'  # 2-3: quoted newline
        "a2,,2021-01-06,\n"  # 4: empty text
        "a3,نص جيد,not a date,\n"  # 5: kept, date dropped with a warning
        "a4,نص,2021-01-07,x,extra\n"  # 6: too many fields
        "\n"  # 7: blank line skipped
        'a5,"<b>bold</b> =cmd()",2021-01-08,\n'  # 8: markup stays text
        'a6,"unclosed quote,2021-01-09,\n'  # 9: swallows the rest...
        "a7,آخر سطر جيد,2021-01-10,\n"  # 10: ...but reading resumes after it
    )
    result = read_bytes(content.encode(), "rows.csv")
    assert [(a.id, a.text, a.published) for a in result.articles] == [
        ("a1", "سطر أول\nسطر ثان مقتبس", date(2021, 1, 5)),
        ("a3", "نص جيد", None),
        ("a5", "<b>bold</b> =cmd()", date(2021, 1, 8)),
        ("a7", "آخر سطر جيد", date(2021, 1, 10)),
    ]
    assert result.articles[0].url == "https://example.org/a1"
    assert [line for line, _ in reasons(result)] == [4, 6, 9]
    assert reasons(result)[0] == (4, "empty text")
    assert reasons(result)[1] == (6, "row has 5 fields but the header has 4")
    assert "malformed CSV row" in reasons(result)[2][1]
    assert [(w.line, w.reason) for w in result.warnings] == [
        (5, "date 'not a date' not understood; article kept without a date")
    ]


@pytest.mark.parametrize(
    "content, name, bad_line",
    [
        ("\n\ntext,date\nجيد,2021-01-01\n,2021-01-02\n", "lead.csv", 5),
        ("\r\n\r\n" + json.dumps({"text": "جيد"}) + "\r\n{oops\r\n", "lead.jsonl", 4),
        # U+2028 inside a JSON string is not a line break
        (json.dumps({"text": "سطر\u2028سطر"}, ensure_ascii=False) + "\n{oops\n", "sep.jsonl", 2),
    ],
)
def test_line_numbers_count_physical_lines(content: str, name: str, bad_line: int) -> None:
    result = read_bytes(content.encode(), name)
    assert len(result.articles) == 1
    assert [line for line, _ in reasons(result)] == [bad_line]


def test_csv_without_text_column_is_rejected_whole() -> None:
    result = read_bytes("headline,date\nعنوان,2021-01-01\n".encode(), "nocol.csv")
    assert result.articles == ()
    assert reasons(result) == [(1, "no 'text' column in the CSV header (found: headline, date)")]


def test_csv_row_ids_default_to_file_and_line() -> None:
    result = read_bytes("text\nأول\nثان\n".encode(), "feed.csv")
    assert [a.id for a in result.articles] == ["feed-2", "feed-3"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-08-16", date(2021, 8, 16)),
        ("2021-08-16T23:10:00Z", date(2021, 8, 16)),
        ("2021-08-16 23:10", date(2021, 8, 16)),
        ("16/08/2021", date(2021, 8, 16)),
        ("6/8/2021", date(2021, 8, 6)),  # Iraqi day-first order when both readings are valid
        ("08/16/2021", date(2021, 8, 16)),  # US order, only because 16 cannot be a month
        ("2021/08/16", date(2021, 8, 16)),
        ("16-08-2021", date(2021, 8, 16)),
        ("16.08.2021", date(2021, 8, 16)),
        ("١٦/٠٨/٢٠٢١", date(2021, 8, 16)),  # Arabic-Indic digits
        ("۱۶/۰۸/۲۰۲۱", date(2021, 8, 16)),  # Persian digits
        ("Mon, 16 Aug 2021 10:00:00 +0300", date(2021, 8, 16)),
        ("16 August 2021", date(2021, 8, 16)),
        ("Aug 16, 2021", date(2021, 8, 16)),
        ("31/02/2021", None),
        ("2021-13-01", None),
        ("01/01/1850", None),
        ("", None),
        ("منذ يومين", None),
        ("16 " * 30, None),
    ],
)
def test_metadata_dates(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


# --- JSON Lines and JSON ------------------------------------------------------------------

JSONL_LINES = [
    json.dumps({"id": "n1", "text": BODY_AR, "title": TITLE_AR, "date": "2021-08-16", "source": "INA"}),
    '{"id": "n2", "text": "broken',  # 2
    "",  # 3: blank, skipped
    json.dumps({"id": "n3", "title": "no text"}),  # 4
    json.dumps({"id": "n4", "text": "   "}),  # 5
    json.dumps(["a", "list"]),  # 6
    json.dumps({"text": 42}),  # 7
    json.dumps({"Text": ARTICLE_EN, "Date": "٢٠٢١/٠٩/٠٣", "URL": "https://example.org/n5"}),  # 8
    json.dumps({"id": 6, "text": "x" * (MAX_TEXT_CHARS + 1)}),  # 9
    json.dumps({"id": "n7", "text": "قصف", "date": "الأسبوع الماضي"}),  # 10
]


@pytest.mark.parametrize("name", ["news.jsonl", "news.ndjson", "NEWS.JSONL"])
def test_jsonl_good_lines_in_bad_lines_reported(name: str) -> None:
    result = read_bytes("\r\n".join(JSONL_LINES).encode(), name)
    stem = Path(name).stem
    assert [(a.id, a.title, a.published, a.source, a.url) for a in result.articles] == [
        ("n1", TITLE_AR, date(2021, 8, 16), "INA", None),
        (f"{stem}-8", None, date(2021, 9, 3), None, "https://example.org/n5"),
        ("n7", None, None, None, None),
    ]
    assert result.articles[0].text == BODY_AR
    assert [line for line, _ in reasons(result)] == [2, 4, 5, 6, 7, 9]
    assert reasons(result)[0][1].startswith("invalid JSON: Unterminated string")
    assert [r for _, r in reasons(result)[1:]] == [
        "missing 'text'",
        "empty text",
        "line is not a JSON object",
        "'text' is not a string",
        f"article longer than {MAX_TEXT_CHARS:,} characters; split it",
    ]
    assert [w.line for w in result.warnings] == [10]


@pytest.mark.parametrize(
    "document, ids, rejected",
    [
        ([{"id": "a", "text": "نص"}, {"id": "b", "text": "text"}], ["a", "b"], []),
        ({"articles": [{"text": "نص"}, "oops", {"title": "t"}]}, ["x-1"], ["item 2: not a JSON object", "item 3: missing 'text'"]),
        ({"id": "solo", "text": "Rockets hit Balad"}, ["solo"], []),
        ({"id": 7, "text": "نص", "title": ["not", "a", "string"], "source": True}, ["7"], []),
        ({"title": "no text"}, [], ["item 1: missing 'text'"]),
    ],
)
def test_json_document_shapes(document: object, ids: list[str], rejected: list[str]) -> None:
    result = read_bytes(json.dumps(document, ensure_ascii=False).encode(), "x.json")
    assert [a.id for a in result.articles] == ids
    assert [r for _, r in reasons(result)] == rejected


def test_invalid_json_document_names_the_line() -> None:
    result = read_bytes(b'[\n{"text": "a"},\n{"text": }\n]', "bad.json")
    assert result.articles == ()
    [(line, reason)] = reasons(result)
    assert line == 3 and reason.startswith("invalid JSON")


# --- bad input: one clear message per file, nothing else lost ---------------------------


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"", "empty.txt", "empty file"),
        (b"  \r\n\t\n ", "blank.txt", "the file holds only blank space"),
        ("\ufeff \n".encode("utf-16"), "blank16.txt", "the file holds only blank space"),
        (b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00", "data.txt", "this is a binary file, not text"),
        (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "report.txt", "this is a PDF document, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv", "this is a PNG image, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "sheet.jsonl", "this is a ZIP archive (or a Word/Excel file), not text"),
        (b"x", "report.pdf", "'.pdf' files are not read; use .txt, .md, .html, .htm, .csv, .jsonl, .ndjson, .json"),
        (b"x", "README", "files without an extension are not read; use .txt, .md, .html, .htm, .csv, .jsonl, .ndjson, .json"),
        (b"x" * 101, "big.txt", "file too large (0.0 MB; the limit is 0 MB per file)"),
    ],
)
def test_bad_input_is_one_clear_rejection(data: bytes, name: str, message: str) -> None:
    result = read_bytes(data, name, max_bytes=100)
    assert result.articles == ()
    assert result.rejections == (Rejection(name, message),)


@pytest.mark.parametrize(
    "data, name",
    [(b"id,title,text\n", "header_only.csv"), (b"[]", "empty_array.json"), (b'{"articles": []}', "none.json")],
)
def test_file_without_articles_says_so(data: bytes, name: str) -> None:
    assert read_bytes(data, name).rejections == (Rejection(name, "no articles found in the file"),)


def test_undecodable_file_asks_for_utf8() -> None:
    result = read_bytes(b"r\xe9sum\xe9 \xc7", "odd.txt")
    [rejection] = result.rejections
    assert "could not determine the encoding" in rejection.reason and "save the file as UTF-8" in rejection.reason


def test_oversized_file_is_rejected_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: no disk used

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the oversized file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    result = read_path(big)
    assert result.rejections == (Rejection(str(big), "file too large (50.0 MB; the limit is 50 MB per file)"),)


def test_missing_paths(tmp_path: Path) -> None:
    results = list(read_paths([tmp_path / "gone.txt", tmp_path / "gone.pdf"]))
    # a missing file matters more than its extension
    assert [r.rejections for r in results] == [
        (Rejection(str(tmp_path / "gone.txt"), "file not found"),),
        (Rejection(str(tmp_path / "gone.pdf"), "file not found"),),
    ]


@pytest.mark.parametrize(
    "error, message",
    [
        (PermissionError(13, "Permission denied"), "cannot read the file: permission denied"),
        (OSError(5, "Input/output error"), "cannot read the file (Input/output error)"),
    ],
)
def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, message: str) -> None:
    # (chmod 000 would not stop a test running as root)
    locked = tmp_path / "locked.txt"
    locked.write_text("نص", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Path, "open", refuse)
    assert read_path(locked).rejections == (Rejection(str(locked), message),)


def test_directory_keeps_the_good_and_names_each_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(ARTICLE_AR, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    lines = [json.dumps({"id": "j1", "text": "Mortar fire on Tarmiyah"}), "{not json", json.dumps({"id": "j3", "text": "قصف"})]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d_mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "sub" / "e_notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("secret draft", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not an article", encoding="utf-8")

    result = read_path(tmp_path)
    assert [a.id for a in result.articles] == ["a_good", "j1", "j3"]
    assert [(r.origin, r.line, r.reason.split(":")[0].split(";")[0]) for r in result.rejections] == [
        (str(tmp_path / "b_empty.txt"), None, "empty file"),
        (str(tmp_path / "c_binary.txt"), None, "this is a PNG image, not text"),
        (str(tmp_path / "sub" / "d_mixed.jsonl"), 2, "invalid JSON"),
        (str(tmp_path / "sub" / "e_notes.docx"), None, "'.docx' files are not read"),
    ]
    assert len(list(read_paths([tmp_path]))) == 5  # one result per visible file


def test_folder_without_files_says_so(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert read_path(tmp_path).rejections == (
        Rejection(str(tmp_path), "the folder holds no files (hidden files are skipped)"),
    )


# --- pasted text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published, expected, warned",
    [(None, None, False), ("2021-08-16", date(2021, 8, 16), False), (date(2020, 1, 2), date(2020, 1, 2), False),
     ("soon", None, True)],
)
def test_pasted_text(published: object, expected: date | None, warned: bool) -> None:
    result = read_text(ARTICLE_AR + "\r\n", source="لصق", published=published)  # type: ignore[arg-type]
    [article] = result.articles
    assert (article.text, article.title, article.source, article.published) == (ARTICLE_AR, TITLE_AR, "لصق", expected)
    assert bool(result.warnings) == warned


def test_pasted_empty_text_is_rejected() -> None:
    assert read_text(" \n ").rejections == (Rejection("pasted text", "empty text"),)


# --- URL (a local server; the product fetches only when a user asks) --------------------


class _Handler(Handler):
    def get(self) -> None:
        pages = {
            "/news.html": ("text/html; charset=utf-8", (FIXTURES / "news_page_ar.html").read_bytes()),
            "/legacy.html": ("text/html; charset=windows-1256", f"<p>{BODY_AR}</p>".encode("cp1256")),
            "/plain.txt": ("text/plain", ARTICLE_EN.encode()),
        }
        if self.path not in pages:
            self.send_error(404, "Not Found")
            return
        content_type, body = pages[self.path]
        self.answer(200, body, content_type=content_type)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(_Handler) as base:
        yield base


def test_read_url_page(server: str) -> None:
    result = read_url(f"{server}/news.html", allow_private=True)
    [article] = result.articles
    assert article.url == f"{server}/news.html"
    assert article.published == date(2022, 3, 14)
    assert "SCRIPT-LEAK" not in article.text and "ناحية العظيم" in article.text


def test_read_url_charset_from_header_and_plain_text(server: str) -> None:
    assert BODY_AR in read_url(f"{server}/legacy.html", allow_private=True).articles[0].text
    [plain] = read_url(f"{server}/plain.txt", allow_private=True).articles
    assert (plain.text, plain.title, plain.source) == (ARTICLE_EN, TITLE_EN, "127.0.0.1")


@pytest.mark.parametrize(
    "path_or_url, message",
    [
        ("/missing.html", "the site answered 404"),
        ("file:///etc/passwd", "this address cannot be fetched"),
        ("not a url", "this address cannot be fetched"),
        ("http://127.0.0.1:1/", "could not reach the site"),
    ],
)
def test_read_url_failures_are_rejections(server: str, path_or_url: str, message: str) -> None:
    url = server + path_or_url if path_or_url.startswith("/") else path_or_url
    result = read_url(url, timeout=5, allow_private=True)
    assert result.articles == ()
    [rejection] = result.rejections
    assert rejection.origin == url and rejection.reason.startswith(message)


# --- the real seed articles ---------------------------------------------------------------


def test_seed_articles_read_as_one_article_each(seeds_dir: Path) -> None:
    results = list(read_paths(sorted(seeds_dir.glob("*.txt"))))
    assert len(results) == 5
    assert sum(1 for r in results if r.articles and r.articles[0].title) >= 4
    for path, result in zip(sorted(seeds_dir.glob("*.txt")), results, strict=True):
        assert result.rejections == ()
        [article] = result.articles
        assert article.id == path.stem
        # a short first line is the title; a seed that opens with a paragraph has none
        first = article.text.split("\n", 1)[0].strip()
        assert article.title == (first if len(first) <= 200 else None)
        assert article.text == path.read_text(encoding="utf-8").replace("\r\n", "\n").strip()


def test_read_url_oversized_page(server: str) -> None:
    result = read_url(f"{server}/news.html", max_bytes=500, allow_private=True)
    assert result.articles == ()
    assert [r.reason for r in result.rejections] == ["the page is too large (over 0 MB)"]
