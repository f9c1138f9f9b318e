"""A large JSON Lines file is read piece by piece (memory stays flat): the same articles, rejections
and line numbers as reading it whole."""

from __future__ import annotations

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
