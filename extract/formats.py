"""Articles out of decoded text, one reader per file format (plain, HTML, CSV, JSON Lines, JSON).

Every reader takes the decoded text, the file's stem (used for ids) and the origin (the name
shown to the user), and fills a :class:`Found`: good articles go in, each bad row or line becomes
a :class:`~extract.model.Rejection` with its line number, and nothing else is lost.

Row/line fields (CSV columns, JSON keys; case-insensitive, first alias present wins):
``text`` (required; aliases ``body``, ``content``), ``title`` (``headline``), ``date``
(``published``, ``published_at``, ``pubdate``), ``source`` (``outlet``), ``url`` (``link``), ``id``.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from extract import regexes as re
from extract.model import Article, Rejection

__all__ = ["MAX_TEXT_CHARS", "Found", "guess_title", "normalise_text", "parse_date"]

#: Longest article text accepted, in characters (about 1 MB of English, 2 MB of Arabic UTF-8).
MAX_TEXT_CHARS = 1_000_000
#: A first line at most this long is taken as the title of a plain-text article.
MAX_TITLE_CHARS = 200

FIELDS = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "pubdate"),
    "source": ("source", "outlet"),
    "url": ("url", "link"),
    "id": ("id",),
}
_DELIMITERS = (",", ";", "\t", "|")
TOO_DEEP = "JSON nested too deeply to read (an article is a flat object)"
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_CSV_RESTARTS = 50
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|\s)")
_WORDY = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")

csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_TEXT_CHARS))


@dataclass
class Found:
    """What one file yielded: articles, rejections, and warnings (articles kept, with a caveat)."""

    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)

    def add(
        self, origin: str, text: str, *, line: int | None = None, label: str = "", **meta: str | date | None
    ) -> None:
        """Normalise `text` and add it as an article, or reject it (empty, too long).

        `label` starts the reason of a rejection (``"item 3: "`` in a JSON array).
        """
        if _SURROGATE.search(text):
            self.warnings.append(Rejection(origin, f"{label}invalid characters (lone UTF-16 surrogates) "
                                                   "replaced by U+FFFD; article kept", line))
        text = normalise_text(text)
        if not text:
            self.rejections.append(Rejection(origin, f"{label}empty text", line))
        elif len(text) > MAX_TEXT_CHARS:
            self.rejections.append(
                Rejection(origin, f"{label}article longer than {MAX_TEXT_CHARS:,} characters; split it", line)
            )
        else:
            self.articles.append(Article(text, **meta))  # type: ignore[arg-type]


def normalise_text(text: str) -> str:
    r"""Unix newlines, no NUL or BOM characters, Unicode NFC, no surrounding blank space.

    Arabic letters and diacritics are kept as written (NFC only composes, e.g. alef + hamza). A
    lone UTF-16 surrogate (JSON's ``"\ud800"``), which no database or hash can encode, becomes
    U+FFFD.

    Examples
    --------
    >>> normalise_text("\ufeffخبر عاجل\r\nسطر ثان\x00\r\n")
    'خبر عاجل\nسطر ثان'
    >>> normalise_text("a\ud800b")
    'a\ufffdb'
    """
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    for old, new in (("\x00", ""), ("\ufeff", ""), ("\r\n", "\n"), ("\r", "\n")):
        if old in text:  # a search is cheaper than a copy
            text = text.replace(old, new)
    return unicodedata.normalize("NFC", text).strip()


def guess_title(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line, if it is short enough to be a title.

    Examples
    --------
    >>> guess_title("\\nانفجار في كركوك\\nقالت الشرطة ...")
    'انفجار في كركوك'
    >>> guess_title("# Rocket attack\\nBody", markdown=True)
    'Rocket attack'
    """
    for line in text.splitlines():
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return line if len(line) <= MAX_TITLE_CHARS else None
    return None


def parse_date(value: str) -> date | None:
    """Read a metadata date: ISO, ``DD/MM/YYYY`` (Iraqi order), ``YYYY/MM/DD``, RFC 2822, or
    ``16 August 2021``. ``MM/DD/YYYY`` is read only when the day is over 12 (so unambiguous).

    Examples
    --------
    >>> parse_date("2021-08-16T09:30:00+03:00"), parse_date("16/08/2021"), parse_date("٢٠٢١/٠٨/١٦")
    (datetime.date(2021, 8, 16), datetime.date(2021, 8, 16), datetime.date(2021, 8, 16))
    >>> parse_date("08/16/2021"), parse_date("03/04/2021"), parse_date("yesterday")
    (datetime.date(2021, 8, 16), datetime.date(2021, 4, 3), None)
    """
    value = value.strip().translate(_DIGITS)
    if not value or len(value) > 40:
        return None
    candidates: list[tuple[int, int, int]] = []
    if m := _YMD.match(value):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    elif m := _DMY.match(value):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        candidates += [(year, second, first), (year, first, second)]  # day-first, then US order
    for year, month, day in candidates:
        try:
            return _sane(date(year, month, day))
        except ValueError:
            continue
    for pattern in _WORDY:
        try:
            return _sane(datetime.strptime(value, pattern).date())
        except ValueError:
            continue
    from email.utils import parsedate_to_datetime  # here: the email package costs 0.03 s at every start

    try:
        return _sane(parsedate_to_datetime(value).date())
    except (TypeError, ValueError, IndexError):
        return None


def _sane(day: date) -> date:
    if not 1900 <= day.year <= 2100:
        raise ValueError("year out of range")
    return day


def add_record(
    found: Found, record: dict, origin: str, fallback_id: str, line: int | None, *, label: str = ""
) -> None:
    """Add one CSV row / JSON object (keys already lower-cased) as an article, or reject it."""
    values = {name: next((record[a] for a in aliases if a in record), None) for name, aliases in FIELDS.items()}
    text = values["text"]
    if text is None:
        found.rejections.append(Rejection(origin, f"{label}missing 'text'", line))
        return
    if not isinstance(text, str):
        found.rejections.append(Rejection(origin, f"{label}'text' is not a string", line))
        return
    published = None
    raw_date = values["date"]
    if raw_date not in (None, ""):
        published = parse_date(str(raw_date))
        if published is None:
            found.warnings.append(
                Rejection(
                    origin, f"{label}date {str(raw_date)[:40]!r} not understood; article kept without a date", line
                )
            )
    found.add(
        origin, text, line=line, label=label, title=_optional(values["title"]), published=published,
        source=_optional(values["source"]), url=_optional(values["url"]), id=_optional(values["id"]) or fallback_id,
    )


def _optional(value: object) -> str | None:
    """A metadata string, normalised; numbers (a numeric id) become strings, anything else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return normalise_text(value) or None if isinstance(value, str) else None


def read_csv(text: str, stem: str, origin: str, found: Found) -> None:
    """CSV with a header row holding a ``text`` column; ``,`` ``;`` tab or ``|`` delimited."""
    for _ in read_csv_lines(text_lines(text), stem, origin, lambda: found):
        pass


def text_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (``"\\n"``-separated), each with its line break but the last."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end + 1]
        start = end + 1
    if start < len(text):
        yield text[start:]


class _Replay:
    """Lines for :mod:`csv`, remembering those of the row being read so that after a malformed row
    reading can resume on the line after the row's first line (an unclosed quote swallows lines)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.source, self.pending, self.taken = lines, deque(), []

    def __iter__(self) -> _Replay:
        return self

    def __next__(self) -> str:
        line = self.pending.popleft() if self.pending else next(self.source)
        self.taken.append(line)
        return line

    def done(self) -> int:
        """How many lines the row just read took."""
        count, self.taken = len(self.taken), []
        return count

    def replay_after_first(self) -> None:
        self.pending.extendleft(reversed(self.taken[1:]))
        self.taken = []


def read_csv_lines(lines: Iterator[str], stem: str, origin: str, found: Callable[[], Found]) -> Iterator[bool]:
    """:func:`read_csv` over lines (with their line breaks) read one at a time, adding each row to
    ``found()``; yields after each row, so that a caller reading a large file piece by piece can hand
    over what was found so far (and swap ``found()`` for an empty one) while memory stays flat."""
    source = _Replay(lines)
    number = 0
    for raw in source:
        number += 1
        if raw.strip():
            break
    else:
        found().rejections.append(Rejection(origin, "empty file"))
        return
    header, delimiter = sniff_header(raw.rstrip("\n"))
    if delimiter is None:
        found().rejections.append(
            Rejection(origin, f"no 'text' column in the CSV header (found: {', '.join(header)[:200]})", number))
        return
    source.done()
    yield from csv_rows(source, header, delimiter, number + 1, stem, origin, found)


def csv_rows(lines: Iterator[str], header: list[str], delimiter: str, line: int, stem: str, origin: str,
             found: Callable[[], Found]) -> Iterator[bool]:
    """The rows after a CSV header, from physical line ``line``, as :func:`read_csv_lines` reads them;
    yields after each row, ``True`` after a malformed one (a reader started mid-file, on a line it
    took for a row's first, learns so that it may have been wrong)."""
    source = lines if isinstance(lines, _Replay) else _Replay(lines)
    for _ in range(_MAX_CSV_RESTARTS):
        reader = csv.reader(source, delimiter=delimiter, strict=True)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                found().rejections.append(Rejection(origin, f"malformed CSV row ({error})", line))
                # An unclosed quote may have swallowed the lines after it (up to the end, or to the
                # next quote): resume on the line after the one where the bad row started.
                source.replay_after_first()
                line += 1
                yield True
                break
            start, line = line, line + source.done()
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                found().rejections.append(
                    Rejection(origin, f"row has {len(row)} fields but the header has {len(header)}", start))
                continue
            add_record(found(), dict(zip(header, row, strict=False)), origin, f"{stem}-{start}", start)
            yield False
    found().rejections.append(Rejection(origin, "too many malformed CSV rows; the rest of the file was skipped"))
    yield True


def sniff_header(line: str) -> tuple[list[str], str | None]:
    """The lower-cased column names of a CSV header line and its delimiter (None: no text column)."""
    best: list[str] = []
    for delimiter in _DELIMITERS:
        header = [h.strip().lower() for h in next(csv.reader([line], delimiter=delimiter))]
        if any(alias in header for alias in FIELDS["text"]):
            return header, delimiter
        best = header if len(header) > len(best) else best
    return best, None


def read_jsonl(text: str, stem: str, origin: str, found: Found, *, first_line: int = 1) -> None:
    """JSON Lines: one object per line; blank lines are skipped. ``first_line`` numbers the first line
    of ``text`` (a piece of a larger file read piece by piece)."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            found.rejections.append(Rejection(origin, f"invalid JSON: {error.msg} (column {error.colno})", number))
            continue
        except RecursionError:
            found.rejections.append(Rejection(origin, TOO_DEEP, number))
            continue
        if not isinstance(record, dict):
            found.rejections.append(Rejection(origin, "line is not a JSON object", number))
            continue
        add_record(found, {str(k).lower(): v for k, v in record.items()}, origin, f"{stem}-{number}", number)


def read_json(text: str, stem: str, origin: str, found: Found) -> None:
    """JSON: an array of article objects, ``{"articles": [...]}``, one article object, or a Telegram
    Desktop channel export (:mod:`extract.telegram`)."""
    from extract.telegram import is_telegram_export, read_telegram_export

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        found.rejections.append(Rejection(origin, f"invalid JSON: {error.msg} (column {error.colno})", error.lineno))
        return
    except RecursionError:
        found.rejections.append(Rejection(origin, TOO_DEEP))
        return
    if is_telegram_export(document):
        read_telegram_export(document, origin, found)
        return
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        document = document["articles"]
    items = document if isinstance(document, list) else [document]
    for number, record in enumerate(items, start=1):
        if not isinstance(record, dict):
            found.rejections.append(Rejection(origin, f"item {number}: not a JSON object"))
            continue
        # JSON has no line per item: the reason names the item instead
        record = {str(k).lower(): v for k, v in record.items()}
        add_record(found, record, origin, f"{stem}-{number}", None, label=f"item {number}: ")
