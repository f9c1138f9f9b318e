"""A large JSON Lines file is read piece by piece (memory stays flat): the same articles, rejections
and line numbers as reading it whole."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from extract import read
from extract.read import ReadResult, read_bytes, read_paths


def _jsonl(n: int, *, bom: bool = False, eol: str = "\n") -> bytes:
    lines = []
    for i in range(n):
        if i % 17 == 5:
            lines.append("{not json")
        elif i % 23 == 7:
            lines.append("")
        elif i % 29 == 3:
            lines.append("[1, 2]")
        else:
            lines.append(json.dumps({"id": f"a{i}", "title": f"خبر {i}", "date": "2025-03-01",
                                     "text": f"انفجرت عبوة ناسفة في بعقوبة رقم {i}. A roadside bomb in Baqubah."},
                                    ensure_ascii=i % 2 == 0))
    data = eol.join(lines).encode("utf-8")
    return (b"\xef\xbb\xbf" if bom else b"") + data


def _merged(results) -> ReadResult:
    total = ReadResult()
    for one in results:
        total += one
    return total


@pytest.mark.parametrize("bom, eol", [(False, "\n"), (True, "\r\n"), (False, "\r")])
def test_pieces_read_like_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bom: bool, eol: str) -> None:
    data = _jsonl(400, bom=bom, eol=eol)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    whole = read_bytes(data, str(path))
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)
    results = list(read_paths([path]))
    assert len(results) > 5 or eol == "\r"  # several pieces (a file of bare CRs has one "line")
    pieces = _merged(results)
    assert pieces.articles == whole.articles
    assert pieces.rejections == whole.rejections
    assert pieces.warnings == whole.warnings


def test_a_damaged_piece_is_rejected_and_the_others_go_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytearray(_jsonl(400))
    middle = data.index(b"\n", len(data) // 2) + 1
    data[middle:middle] = b'{"text": "\xff\xfe broken"}\n'
    path = tmp_path / "feed.jsonl"
    path.write_bytes(bytes(data))
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)
    pieces = _merged(read_paths([path]))
    assert any("lines" in r.reason for r in pieces.rejections)
    assert len(pieces.articles) > 300


def test_a_file_not_utf8_from_the_start_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _jsonl(300).decode("utf-8")
    data = text.encode("utf-16")
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)
    results = list(read_paths([path]))
    assert len(results) == 1
    assert results[0].articles == read_bytes(data, str(path)).articles


def test_a_large_file_of_nothing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n" * 9000)
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)
    assert [r.reason for r in _merged(read_paths([path])).rejections] == ["no articles found in the file"]


def _csv(n: int, *, bom: bool = False, eol: str = "\n", delimiter: str = ",", malformed: bool = True) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=eol)
    writer.writerow(["id", "Title", "date", "text", "source"])
    for i in range(n):
        text = f"انفجرت عبوة ناسفة في بعقوبة رقم {i}. A roadside bomb in Baqubah."
        if i % 7 == 2:
            text = f'Line one of {i}\nline "two", with a comma\n\nline four'  # quoted, over several lines
        row = [f"a{i}", f"خبر {i}", "2025-03-01" if i % 5 else "not a date", text, "INA"]
        if i % 31 == 4:
            row.append("one field too many")
        if i % 43 == 9:
            row[3] = ""
        writer.writerow(row)
        if malformed and i % 53 == 11:
            out.write(f'a{i}b{delimiter}"quote left open{delimiter}x{eol}')  # malformed: resumes next line
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")


@pytest.mark.parametrize("bom, eol, delimiter", [(False, "\n", ","), (True, "\r\n", ";"), (False, "\n", "\t")])
def test_csv_pieces_read_like_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bom: bool, eol: str,
                                             delimiter: str) -> None:
    data = _csv(500, bom=bom, eol=eol, delimiter=delimiter)
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    whole = read_bytes(data, str(path))
    monkeypatch.setattr(read, "STREAM_PIECE", 1500)
    results = list(read_paths([path]))
    assert len(results) > 20
    pieces = _merged(results)
    assert len(whole.articles) > 400 and len(whole.rejections) > 10
    assert pieces.articles == whole.articles
    assert pieces.rejections == whole.rejections
    assert pieces.warnings == whole.warnings


def test_csv_without_a_text_column_is_rejected_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"id,body_html\n" + b"1,<p>x</p>\n" * 2000)
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)
    pieces = _merged(read_paths([path]))
    assert [r.reason[:19] for r in pieces.rejections] == ["no 'text' column in"] and not pieces.articles


def test_a_large_csv_is_read_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracemalloc

    def peak_reading(rows: int) -> tuple[int, int]:
        path = tmp_path / f"export_{rows}.csv"
        path.write_bytes(_csv(rows, malformed=False))
        articles = 0
        tracemalloc.start()
        try:
            for result in read_paths([path]):  # each piece's articles used and let go, as ingest does
                articles += len(result.articles)
            return articles, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    monkeypatch.setattr(read, "STREAM_PIECE", 20_000)
    (small, small_peak), (large, large_peak) = peak_reading(3_000), peak_reading(9_000)
    assert large > 2.5 * small > 2_500
    assert large_peak < 1.3 * small_peak, (small_peak, large_peak)  # flat: it does not grow with the file
    monkeypatch.setattr(read, "STREAM_PIECE", 10**9)  # read whole: the file's size and more at once
    assert peak_reading(9_000)[1] > 4 * large_peak
