"""Read articles from files, directories, uploads, pasted text and (only when asked) a URL.

Formats, chosen by the file extension:

- ``.txt``, ``.md``: one article; the title is the first non-empty line if it is at most 200
  characters, and it stays in the text (offsets downstream are into the full text).
- ``.html``, ``.htm``: main text, title and date by trafilatura; scripts and styles never become text.
- ``.csv`` (header row with a ``text`` column), ``.jsonl``/``.ndjson`` (one object per line),
  ``.json`` (an array of objects, ``{"articles": [...]}``, or one object): keys as described in
  :mod:`extract.formats`. Bad rows/lines are rejected with their line number; the rest go in.

Limits: a file over :data:`MAX_BYTES` (50 MB) is rejected without being read, and so is a
single article over :data:`~extract.formats.MAX_TEXT_CHARS` (1,000,000 characters).
Encodings: see :mod:`extract.encoding` (UTF-8 ± BOM, UTF-16, Windows-1256, ISO-8859-6,
Windows-1252; anything uncertain is rejected, never guessed).

Problems never raise: each becomes a :class:`~extract.model.Rejection` with a short message
for journalists. Hidden files and folders (``.name``) in a directory are skipped silently.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import os
import urllib.parse
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extract import regexes as re
from extract.encoding import UndecodableError, decode_bytes
from extract.formats import (
    MAX_TEXT_CHARS,
    Found,
    csv_rows,
    guess_title,
    normalise_text,
    parse_date,
    read_csv_lines,
    sniff_header,
    text_lines,
)
from extract.formats import read_csv as _read_csv
from extract.formats import read_json as _read_json
from extract.formats import read_jsonl as _read_jsonl
from extract.model import Article, Rejection

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_EXTENSIONS",
    "ReadResult",
    "plan_units",
    "read_bytes",
    "read_path",
    "read_paths",
    "read_response",
    "read_text",
    "read_unit",
    "read_url",
]

#: Largest file (or downloaded page) read: 50 MB (a newsroom's CSV/JSONL export of ~15,000
#: articles); larger exports should be split.
MAX_BYTES = 50_000_000
SUPPORTED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl", ".ndjson", ".json")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class ReadResult:
    """Articles read from one input, and what was rejected.

    ``warnings`` are notes about articles that were kept anyway (e.g. a date that could not be
    read, so the article has ``published=None``); they are not counted as rejections.
    """

    articles: tuple[Article, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    warnings: tuple[Rejection, ...] = ()

    @classmethod
    def of(cls, found: Found) -> ReadResult:
        return cls(tuple(found.articles), tuple(found.rejections), tuple(found.warnings))

    @classmethod
    def rejected(cls, origin: str, reason: str) -> ReadResult:
        return cls(rejections=(Rejection(origin, reason),))

    def __add__(self, other: ReadResult) -> ReadResult:
        return ReadResult(
            self.articles + other.articles, self.rejections + other.rejections, self.warnings + other.warnings
        )


def read_bytes(
    data: bytes, name: str, *, max_bytes: int = MAX_BYTES, url: str | None = None, charset: str | None = None
) -> ReadResult:
    """Read the articles in an uploaded file's bytes; the format comes from `name`'s extension.

    `url` is recorded on the articles; `charset` is a declared encoding (an HTTP header), a hint
    that is believed only if the bytes are not UTF-8 and decode to plausible text.

    Examples
    --------
    >>> result = read_bytes("هجوم بطائرة مسيرة\\nاستهدف هجوم مطار أربيل.".encode("cp1256"), "arbil.txt")
    >>> result.articles[0].title, result.articles[0].id
    ('هجوم بطائرة مسيرة', 'arbil')
    >>> read_bytes(b"", "empty.txt").rejections[0].reason
    'empty file'
    """
    try:
        return _read_bytes(data, name, max_bytes=max_bytes, url=url, charset=charset)
    except Exception as error:  # a hostile file is one rejection; the other inputs go on
        return ReadResult.rejected(name, f"could not read the file ({error.__class__.__name__})")


def _read_bytes(data: bytes, name: str, *, max_bytes: int, url: str | None, charset: str | None) -> ReadResult:
    suffix = Path(name).suffix.lower()
    stem = Path(name).stem
    if suffix not in SUPPORTED_EXTENSIONS:
        return ReadResult.rejected(name, _unsupported(suffix))
    if len(data) > max_bytes:
        return ReadResult.rejected(name, _too_big(len(data), max_bytes))
    if not data.strip():
        return ReadResult.rejected(name, "empty file" if not data else "the file holds only blank space")
    hint = charset
    if not hint and suffix in (".html", ".htm") and (m := _META_CHARSET.search(data[:4096])):
        hint = m[1].decode("ascii", errors="replace")
    try:
        text = decode_bytes(data, hint=hint)
    except UndecodableError as error:
        return ReadResult.rejected(name, str(error))
    if not normalise_text(text):
        return ReadResult.rejected(name, "the file holds only blank space")
    found = Found()
    if suffix in (".txt", ".md"):
        found.add(name, text, title=guess_title(text, markdown=suffix == ".md"), id=stem, url=url)
    elif suffix in (".html", ".htm"):
        _read_html(text, stem, name, found, url=url)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # so line numbers count "\r\n" once
        {".csv": _read_csv, ".json": _read_json}.get(suffix, _read_jsonl)(text, stem, name, found)
    if not found.articles and not found.rejections:  # e.g. a CSV header alone, or "[]"
        found.rejections.append(Rejection(name, "no articles found in the file"))
    return ReadResult.of(found)


def read_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> ReadResult:
    """Read a file, or every supported file under a directory (recursive, in sorted order).

    Examples
    --------
    >>> read_path("/no/such/file.txt").rejections[0].reason
    'file not found'
    """
    result = ReadResult()
    for one in read_paths([path], max_bytes=max_bytes):
        result += one
    return result


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[ReadResult]:
    """Yield :class:`ReadResult` per file (directories expanded), so a CLI can show progress.

    A JSON Lines or CSV file larger than twice :data:`STREAM_PIECE` is read piece by piece (one result
    per piece of about that many bytes, cut at line ends outside quoted cells), so memory stays flat
    whatever the file's size.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            empty = True
            for file in _walk(path):
                empty = False
                yield from _read_file_or_pieces(file, max_bytes)
            if empty:
                yield ReadResult.rejected(str(path), "the folder holds no files (hidden files are skipped)")
        else:
            yield from _read_file_or_pieces(path, max_bytes)


#: JSON Lines and CSV files above twice this size are decoded and read in pieces of about this many bytes.
STREAM_PIECE = 4_000_000
_STREAMED = (".jsonl", ".ndjson", ".csv")


def _read_file_or_pieces(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    try:
        streamable = (path.suffix.lower() in _STREAMED and 2 * STREAM_PIECE < path.stat().st_size <= max_bytes)
    except OSError:
        streamable = False
    if streamable:
        yield from _read_pieces(path)
    else:
        yield _read_file(path, max_bytes)


def _pieces(path: Path, file, line: int = 1) -> Iterator[tuple[int, str | ReadResult]]:
    """The file's pieces (from where it stands, on line ``line``) of about :data:`STREAM_PIECE` bytes cut
    at line ends, each with the number of its first line (see :func:`_decode_piece`)."""
    while data := file.read(STREAM_PIECE) + file.readline():
        lines, piece = _decode_piece(path, line, data)
        yield line, piece
        line += lines


def _decode_piece(path: Path, line: int, data: bytes) -> tuple[int, str | ReadResult]:
    """A piece of a file starting on line ``line``: its number of lines and its text decoded with Unix
    line breaks, or a rejection of its lines if it does not decode."""
    try:
        text = decode_bytes(data).replace("\r\n", "\n").replace("\r", "\n")
    except UndecodableError as error:
        lines = data.count(b"\n")
        return lines, ReadResult.rejected(str(path), f"lines {line}-{line + max(0, lines - 1)}: {error}")
    return text.count("\n"), text


def _read_pieces(path: Path) -> Iterator[ReadResult]:
    """A large JSON Lines or CSV file, piece by piece: the same articles, rejections and line numbers
    as reading it whole, but each piece's encoding is checked on its own (a damaged piece is rejected,
    the others still go in). A CSV's rows are read across pieces (a quoted cell may hold line breaks).
    Files that are not UTF-8 from their first piece are read whole."""
    origin = str(path)
    with path.open("rb") as file:
        first = file.read(STREAM_PIECE) + file.readline()
        body = first[len(codecs.BOM_UTF8):] if first.startswith(codecs.BOM_UTF8) else first
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:  # UTF-16, a legacy code page, or damage: the whole-file rules
            yield _read_file(path, MAX_BYTES)
            return
        file.seek(0)
        read = _csv_pieces if path.suffix.lower() == ".csv" else _jsonl_pieces
        anything = False
        for result in read(path, _pieces(path, file)):
            anything = anything or bool(result.articles or result.rejections)
            yield result
    if not anything:
        yield ReadResult.rejected(origin, "no articles found in the file")


def _jsonl_pieces(path: Path, pieces) -> Iterator[ReadResult]:
    for line, piece in pieces:
        if isinstance(piece, ReadResult):
            yield piece
            continue
        found = Found()
        _read_jsonl(piece, path.stem, str(path), found, first_line=line)
        yield ReadResult.of(found)


def _csv_pieces(path: Path, pieces, header: CsvSpan | None = None) -> Iterator[ReadResult]:
    """One CSV reader over the lines of every piece; what it found is handed over after each piece.
    With ``header`` (a span's), the pieces start on its line and the header is the span's."""
    found, damaged = [Found()], []
    moved = [False]

    def lines() -> Iterator[str]:
        for _, piece in pieces:
            if isinstance(piece, ReadResult):
                damaged.append(piece)
                continue
            yield from text_lines(piece)
            moved[0] = True

    rows = (read_csv_lines(lines(), path.stem, str(path), lambda: found[0]) if header is None else
            csv_rows(lines(), list(header.header), header.delimiter, header.line, path.stem, str(path),
                     lambda: found[0]))
    for _ in rows:
        if moved[0] or damaged:
            yield ReadResult.of(found[0]) + sum(damaged, ReadResult())
            found[0], moved[0] = Found(), False
            damaged.clear()
    yield ReadResult.of(found[0]) + sum(damaged, ReadResult())


def read_text(
    text: str, *, title: str | None = None, source: str | None = None, published: date | str | None = None
) -> ReadResult:
    """Read pasted text as one article; a string `published` is parsed like a metadata date.

    Examples
    --------
    >>> read_text("Clashes in Tuz Khurmatu\\nTwo fighters were killed.", published="2021-03-15").articles[0].title
    'Clashes in Tuz Khurmatu'
    """
    found = Found()
    if isinstance(published, str):
        raw, published = published, parse_date(published)
        if published is None and raw.strip():
            found.warnings.append(Rejection("pasted text", f"date {raw[:40]!r} not understood; kept without a date"))
    found.add(
        "pasted text", text, title=title or guess_title(normalise_text(text)), source=source, published=published
    )
    return ReadResult.of(found)


def read_url(url: str, *, timeout: float = 20, max_bytes: int = MAX_BYTES,
             allow_private: bool = False) -> ReadResult:
    """Fetch one web page (only when a user asks) and read its main text, title and date.

    The page is fetched by :func:`extract.fetch.fetch`: public http/https addresses only unless
    ``allow_private``, a total deadline of ``timeout`` seconds, at most ``max_bytes``. Network and
    HTTP errors become a rejection, never an exception.
    """
    from extract.fetch import FetchError, fetch

    try:
        response = fetch(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    except FetchError as error:
        return ReadResult.rejected(url, str(error))
    return read_response(url, response.body, content_type=response.content_type, charset=response.charset,
                         max_bytes=max_bytes)


def read_response(url: str, data: bytes, *, content_type: str = "text/html", charset: str | None = None,
                  max_bytes: int = MAX_BYTES) -> ReadResult:
    """Read a fetched page's bytes as the article at ``url`` (source: the host name)."""
    name = "page.txt" if content_type == "text/plain" else "page.html"
    result = read_bytes(data, name, max_bytes=max_bytes, url=url, charset=charset)
    source = urllib.parse.urlsplit(url).hostname
    return ReadResult(
        tuple(dataclasses.replace(a, url=url, source=a.source or source, id=None) for a in result.articles),
        tuple(Rejection(url, r.reason, r.line) for r in result.rejections),
        tuple(Rejection(url, w.reason, w.line) for w in result.warnings),
    )


def _read_html(html: str, stem: str, origin: str, found: Found, *, url: str | None = None) -> None:
    import trafilatura  # slow to import; only HTML needs it

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a third-party parser on hostile pages: fall back, never crash a batch
        document = None
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        text = _visible_text(html)
    if not text.strip():
        found.rejections.append(Rejection(origin, "no article text found in the page"))
        return
    title = getattr(document, "title", None) if document is not None else None
    published = parse_date(document.date) if document is not None and document.date else None
    source = getattr(document, "sitename", None) if document is not None else None
    found.add(origin, text, title=title or guess_title(text), published=published, source=source, url=url, id=stem)


def _visible_text(html: str) -> str:
    """All visible text of a page trafilatura found no main text in (scripts and styles dropped)."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in tree.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def _read_file(path: Path, max_bytes: int) -> ReadResult:
    origin = str(path)
    try:
        size = path.stat().st_size
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            return ReadResult.rejected(origin, _unsupported(path.suffix.lower()))
        if size > max_bytes:  # checked before reading anything
            return ReadResult.rejected(origin, _too_big(size, max_bytes))
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except FileNotFoundError:
        return ReadResult.rejected(origin, "file not found")
    except PermissionError:
        return ReadResult.rejected(origin, "cannot read the file: permission denied")
    except OSError as error:
        return ReadResult.rejected(origin, f"cannot read the file ({error.strerror or error})")
    return read_bytes(data, origin, max_bytes=max_bytes)


def _unsupported(suffix: str) -> str:
    kind = f"'{suffix}' files" if suffix else "files without an extension"
    return f"{kind} are not read; use {', '.join(SUPPORTED_EXTENSIONS)}"


def _too_big(size: int, limit: int) -> str:
    return f"file too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB per file)"


# Reading in parallel (``parse --workers N``): the inputs are cut into units that a worker reads
# itself, so the parent process only plans and writes.

#: About this many bytes of input per unit of work: large enough that a unit's overheads (a call
#: to a worker, its output sent back) are below 1% of its parsing, small enough that two workers
#: end together (a unit takes a few tenths of a second) and memory stays flat.
UNIT_BYTES = 128 * 1024
#: Small files are grouped into a unit of at most this many files.
UNIT_FILES = 64
_SPLIT = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Span:
    """Bytes ``[start, end)`` of a UTF-8 JSON Lines file, cut at a line end; ``line`` is the number
    of its first line."""

    path: str
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class CsvSpan:
    """Bytes ``[start, end)`` of a UTF-8 CSV file after its header, cut at a line end after an even
    number of quotes (so, unless a row is malformed, between two rows); ``line`` is the number of its
    first line. ``end`` None: the rest of the file, which the planning process reads itself
    (:func:`read_rest`). ``file`` tells the file apart from the same path given twice."""

    path: str
    start: int
    end: int | None
    line: int
    header: tuple[str, ...]
    delimiter: str
    file: int


class UnsureSpanError(Exception):
    """A CSV span whose first line may not start a row (a malformed row in it, a damaged byte, a
    quote left open): its file is to be read from the span on in one piece (:func:`read_rest`)."""


@dataclass(frozen=True, slots=True)
class Files:
    """Whole files, each read as :func:`read_paths` reads it."""

    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Loaded:
    """What the planning process read itself (a URL; a JSON file, or a CSV or JSON Lines file that is
    not UTF-8, too large for one unit): a worker only parses it."""

    result: ReadResult


Unit = Span | CsvSpan | Files | Loaded


def plan_units(inputs: Iterable[str], *, unit_bytes: int | None = None, allow_private: bool = False,
               dropped: Container[int] = ()) -> Iterator[Unit]:
    """The inputs (paths, directories, URLs) as units of about ``unit_bytes`` (:data:`UNIT_BYTES`), in
    input order.

    :func:`read_unit` of every unit, in order, gives the articles and rejections of
    :func:`read_paths`; only the reading of encodings differs for a large UTF-8 JSON Lines file,
    checked span by span as :func:`read_paths` checks a streamed file piece by piece. A JSON Lines file
    is cut into line ranges that the worker reads itself (here only the line ends are counted,
    one span at a time); a UTF-8 CSV file too, at line ends after an even number of quotes: a worker
    that finds a malformed row in its span raises :class:`UnsureSpanError`, and the caller reads the rest
    of that file with :func:`read_rest` and puts the file's number (``CsvSpan.file``) in ``dropped``,
    which ends its spans. Small files are grouped; a JSON file larger than a unit (or a CSV file not
    UTF-8) is read here and its articles are handed out in units.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "big.jsonl").write_text("".join(f'{{"text": "report {i}"}}\\n' for i in range(100)))
    >>> _ = (d / "a.txt").write_text("one article")
    >>> [type(u).__name__ for u in plan_units([str(d)], unit_bytes=500)]
    ['Files', 'Span', 'Span', 'Span', 'Span', 'Span']
    >>> sum(len(read_unit(u).articles) for u in plan_units([str(d)], unit_bytes=500))
    101
    """
    unit_bytes = unit_bytes or UNIT_BYTES
    group: list[str] = []
    group_bytes = 0
    counted = 0  # files cut into spans, numbered
    for item in inputs:
        if "://" in item:
            yield from _flush(group)
            group, group_bytes = [], 0
            yield from _loaded_units(read_url(item, allow_private=allow_private), unit_bytes)
            continue
        path = Path(item)
        files = _walk(path) if path.is_dir() else iter([path])
        empty = True
        for file in files:
            empty = False
            size = file_size(file)
            if size <= unit_bytes or size > MAX_BYTES or file.suffix.lower() not in (*_STREAMED, ".json"):
                group.append(str(file))  # read whole by the worker (an over-large one is rejected there)
                group_bytes += size
                if group_bytes >= unit_bytes or len(group) >= UNIT_FILES:
                    yield from _flush(group)
                    group, group_bytes = [], 0
                continue
            yield from _flush(group)
            group, group_bytes = [], 0
            counted += 1
            if file.suffix.lower() == ".csv":
                spans = _csv_spans(file, unit_bytes, counted, dropped)
            else:
                spans = _jsonl_spans(file, unit_bytes) if file.suffix.lower() in _SPLIT else None
            if spans is not None:
                yield from spans
            else:
                for result in _read_file_or_pieces(file, MAX_BYTES):
                    yield from _loaded_units(result, unit_bytes)
        if empty and path.is_dir():
            yield from _flush(group)
            group, group_bytes = [], 0
            yield Loaded(ReadResult.rejected(str(path), "the folder holds no files (hidden files are skipped)"))
    yield from _flush(group)


def read_unit(unit: Unit) -> ReadResult:
    """The articles, rejections and warnings of one unit of :func:`plan_units` (a CSV span may raise
    :class:`UnsureSpanError`)."""
    if isinstance(unit, Loaded):
        return unit.result
    if isinstance(unit, CsvSpan):
        return _read_csv_span(unit)
    if isinstance(unit, Files):
        result = ReadResult()
        for path in unit.paths:
            result += _read_file(Path(path), MAX_BYTES)
        return result
    return next(_jsonl_pieces(Path(unit.path), [(unit.line, _span_text(unit))]))


def _span_text(unit: Span | CsvSpan) -> str | ReadResult:
    """The bytes of a span, decoded with Unix line breaks, or a rejection of its lines (see
    :func:`_decode_piece`)."""
    path = Path(unit.path)
    with path.open("rb") as file:
        file.seek(unit.start)
        data = file.read(unit.end - unit.start)
    return _decode_piece(path, unit.line, data)[1]


def file_size(path: str | Path) -> int:
    """The size of the file at ``path`` in bytes; 0 when it cannot be read (its reader says why)."""
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _flush(group: list[str]) -> Iterator[Files]:
    if group:
        yield Files(tuple(group))


def _loaded_units(result: ReadResult, unit_bytes: int) -> Iterator[Loaded]:
    """``result`` in units of about ``unit_bytes`` of text; its rejections and warnings in the first."""
    articles: list[Article] = []
    size = 0
    extra = ReadResult(rejections=result.rejections, warnings=result.warnings)
    for article in result.articles:
        articles.append(article)
        size += len(article.text)
        if size >= unit_bytes:
            yield Loaded(extra + ReadResult(tuple(articles)))
            articles, size, extra = [], 0, ReadResult()
    if articles or extra.rejections or extra.warnings:
        yield Loaded(extra + ReadResult(tuple(articles)))


def _line_count(data: bytes) -> int:
    """Lines of ``data`` as the readers count them: ``\\n``, ``\\r\\n`` and a bare ``\\r`` each end one."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def _jsonl_spans(path: Path, unit_bytes: int) -> Iterator[Unit] | None:
    """The spans of a JSON Lines file that is UTF-8 from its first piece (as :func:`_read_pieces`
    decides), or None for a file to read whole."""
    try:
        with path.open("rb") as file:
            first = file.read(STREAM_PIECE) + file.readline()
        first.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _spans(path, unit_bytes, functools.partial(Span, str(path)))


def _spans(path: Path, unit_bytes: int, make: Callable[[int, int | None, int], Unit], *, start: int = 0,
           line: int = 1, quoted: bool = False) -> Iterator[Unit]:
    """Spans ``make(start, end, first line)`` cut at line ends (``quoted``: after an even number of
    quotes, or else the rest of the file as one open span), one read at a time; a file of blank
    space is one rejection instead."""
    waiting: list | None = []  # blank spans, held until one with something in it
    quotes = 0
    with path.open("rb") as file:
        file.seek(start)
        while data := file.read(unit_bytes) + file.readline():
            if quoted and (quotes := quotes + data.count(b'"')) % 2:
                parts, size = [data], len(data)
                while quotes % 2 and size < 8 * unit_bytes and (more := file.readline()):
                    parts.append(more)
                    quotes, size = quotes + more.count(b'"'), size + len(more)
                if quotes % 2:  # a quote left open, or a cell longer than 8 units: read the rest whole
                    yield from waiting or ()
                    yield make(start, None, line)
                    return
                data = b"".join(parts)
            span = make(start, start + len(data), line)
            start, line = start + len(data), line + _line_count(data)
            if waiting is None:
                yield span
            elif data.removeprefix(codecs.BOM_UTF8).strip():
                yield from waiting
                yield span
                waiting = None
            else:
                waiting.append(span)
    if waiting is not None:
        yield Loaded(ReadResult.rejected(str(path), "no articles found in the file"))


def _csv_spans(path: Path, unit_bytes: int, number: int, dropped: Container[int]) -> Iterator[Unit] | None:
    """The spans of a CSV file that is UTF-8 from its first piece and has a header with a text column
    (else None: the file is read whole, as before); they end early once ``number`` is in ``dropped``."""
    try:
        with path.open("rb") as file:
            first = file.read(STREAM_PIECE) + file.readline()
            text = first.removeprefix(codecs.BOM_UTF8).decode("utf-8")
            file.seek(len(first) - len(first.removeprefix(codecs.BOM_UTF8)))
            line = 0
            while raw := file.readline():
                line += 1
                if raw.decode("utf-8").strip():
                    break
            else:
                return None
            header, delimiter = sniff_header(raw.decode("utf-8").replace("\r\n", "\n").rstrip("\n"))
            start = file.tell()
    except (OSError, UnicodeDecodeError):
        return None
    if delimiter is None or "\r" in text.replace("\r\n", ""):  # no text column; bare CRs: read whole
        return None

    def make(begin: int, end: int | None, first_line: int) -> CsvSpan:
        return CsvSpan(str(path), begin, end, first_line, tuple(header), delimiter, number)

    def spans() -> Iterator[Unit]:
        for span in _spans(path, unit_bytes, make, start=start, line=line + 1, quoted=True):
            if number in dropped:
                return
            yield span

    return spans()


def _read_csv_span(unit: CsvSpan) -> ReadResult:
    if unit.end is None:
        raise UnsureSpanError(unit)
    piece = _span_text(unit)
    if isinstance(piece, ReadResult):
        raise UnsureSpanError(unit)
    path = Path(unit.path)
    found = Found()
    if any(csv_rows(text_lines(piece), list(unit.header), unit.delimiter, unit.line, path.stem, str(path),
                    lambda: found)):
        raise UnsureSpanError(unit)
    return ReadResult.of(found)


def read_rest(unit: CsvSpan) -> Iterator[ReadResult]:
    """A CSV file from ``unit`` on, as one reader reads it (piece by piece: memory stays flat)."""
    path = Path(unit.path)
    with path.open("rb") as file:
        file.seek(unit.start)
        yield from _csv_pieces(path, _pieces(path, file, unit.line), unit)
