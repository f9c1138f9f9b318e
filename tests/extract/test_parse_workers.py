"""``parse --workers 2`` writes byte for byte what ``--workers 1`` writes, for every input format:
the workers read their own units of the input (line ranges of a JSON Lines file, groups of files,
line ranges of a CSV file, articles the parent read from a JSON file) and the parent writes their
output in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import cli, read
from extract.read import CsvSpan, Files, Span, UnsureSpanError, plan_units, read_paths, read_unit
from tests.extract.test_cli import DIYALA_IED, KIRKUK_CLASH, POLICY
from tests.extract.test_read_pieces import _csv, _jsonl

TELEGRAM = Path(__file__).parent / "fixtures" / "telegram_result.json"


@pytest.fixture(autouse=True)
def small_units(monkeypatch: pytest.MonkeyPatch) -> None:
    """Units of 2 KB, so that test-sized inputs are cut into many."""
    monkeypatch.setattr(read, "UNIT_BYTES", 2000)


def _run(capsys: pytest.CaptureFixture[str], workers: int, *paths: Path) -> tuple[int, str, str]:
    code = cli.main(["parse", *map(str, paths), "--json", "--workers", str(workers)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _same_with_two_workers(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[str, str]:
    """Run parse with 1 and 2 workers; both must agree on exit code, stdout and stderr."""
    serial = _run(capsys, 1, *paths)
    parallel = _run(capsys, 2, *paths)
    assert parallel == serial
    return serial[1], serial[2]


def _rejected(result) -> list[str]:
    return [f"rejected {r.origin}:{r.line}: {r.reason}" if r.line else f"rejected {r.origin}: {r.reason}"
            for r in result.rejections]


def _merged(paths: list[Path]):
    total = read.ReadResult()
    for one in read_paths(paths):
        total += one
    return total


@pytest.mark.parametrize("eol, bom", [("\n", False), ("\r\n", True)])
def test_jsonl_with_bad_lines_mid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], eol: str,
                                       bom: bool) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_jsonl(300, eol=eol, bom=bom))  # bad JSON, blank lines and arrays among the articles
    assert sum(isinstance(u, Span) for u in plan_units([str(path)])) > 5

    out, err = _same_with_two_workers(capsys, path)

    whole = read.read_bytes(path.read_bytes(), str(path))  # the file read whole, in one piece
    assert [json.loads(line)["id"] for line in out.splitlines()] == [a.id for a in whole.articles]
    assert err.splitlines() == _rejected(whole)  # each bad line named by its own line number
    assert f"rejected {path}:6: invalid JSON" in err


def test_a_damaged_span_is_rejected_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "STREAM_PIECE", 2000)  # the first piece, checked before cutting, is UTF-8
    data = bytearray(_jsonl(300))
    middle = data.index(b"\n", len(data) // 2) + 1
    data[middle:middle] = b'{"text": "\xff\xfe broken"}\n'
    path = tmp_path / "feed.jsonl"
    path.write_bytes(bytes(data))

    out, err = _same_with_two_workers(capsys, path)

    damaged = [line for line in err.splitlines() if ": lines " in line]
    assert len(damaged) == 1 and "damaged" in damaged[0]
    assert len(out.splitlines()) > 200  # the other spans go in


@pytest.mark.parametrize("malformed", [False, True])
def test_csv_with_quoted_line_breaks(tmp_path: Path, capsys: pytest.CaptureFixture[str], malformed: bool) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(_csv(200, malformed=malformed, bom=malformed))  # cells over several lines, one field too many
    assert sum(isinstance(u, CsvSpan) for u in plan_units([str(path)])) > 5  # read by the workers

    out, err = _same_with_two_workers(capsys, path)

    whole = _merged([path])  # one reader over the whole file
    assert [json.loads(line)["id"] for line in out.splitlines()] == [a.id for a in whole.articles]
    assert err.splitlines() == _rejected(whole)
    assert ("malformed CSV row" in err) == malformed  # from there on the parent reads the file itself


def csv_malformed_mid_file(folder: Path) -> Path:
    """A CSV file with a quote left open three quarters in: the spans before it are sure."""
    clean = _csv(300, malformed=False)
    rows = clean.split(b"\n", 1)[1]
    middle = rows.index(b"\na150,") + 1
    path = folder / "export.csv"
    path.write_bytes(clean + rows[:middle] + b'b1,"quote left open,x\n' + rows[middle:])
    return path


def test_a_malformed_csv_row_mid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_malformed_mid_file(tmp_path)
    units = list(plan_units([str(path)]))
    unsure = []
    for n, unit in enumerate(units):
        try:
            read_unit(unit)
        except UnsureSpanError:
            unsure.append(n)
    assert 0 < unsure[0] < len(units) - 1

    out, err = _same_with_two_workers(capsys, path)

    whole = _merged([path])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [a.id for a in whole.articles]
    assert err.splitlines() == _rejected(whole)
    assert err.count("malformed CSV row") == 1


def text_files(folder: Path) -> Path:
    """A folder of 40 reports (some in a subfolder), an empty file and a hidden one."""
    folder = folder / "reports"
    (folder / "b").mkdir(parents=True)
    texts = [DIYALA_IED, KIRKUK_CLASH, POLICY]
    for i in range(40):
        (folder / ("b" if i % 4 else ".") / f"r{i:02d}.txt").write_text(texts[i % 3], encoding="utf-8")
    (folder / "b" / "empty.txt").write_text("")
    (folder / ".hidden.txt").write_text(DIYALA_IED)
    return folder


def test_a_directory_of_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = text_files(tmp_path)
    assert sum(isinstance(u, Files) for u in plan_units([str(folder)])) > 1

    out, err = _same_with_two_workers(capsys, folder)

    whole = _merged([folder])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [a.id for a in whole.articles]
    assert len(whole.articles) == 40
    assert err.splitlines() == _rejected(whole) == [f"rejected {folder / 'b' / 'empty.txt'}: empty file"]


def telegram_export(folder: Path) -> Path:
    """A Telegram export of 60 messages (the fixture's, repeated)."""
    export = json.loads(TELEGRAM.read_text(encoding="utf-8"))
    messages = [m for m in export["messages"] if m.get("type") == "message"]
    export["messages"] = [dict(m, id=1000 + i) for i in range(60) for m in messages[i % len(messages):][:1]]
    path = folder / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_telegram_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = telegram_export(tmp_path)

    out, _ = _same_with_two_workers(capsys, path)

    whole = _merged([path])
    assert [json.loads(line)["id"] for line in out.splitlines()] == [a.id for a in whole.articles]
    assert len(whole.articles) > 40  # every message with text (some of the fixture's have none)


def test_several_inputs_keep_their_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed, export, missing = tmp_path / "feed.jsonl", tmp_path / "export.csv", tmp_path / "gone.txt"
    feed.write_bytes(_jsonl(120))
    export.write_bytes(_csv(60, malformed=False))
    (tmp_path / "one.txt").write_text(KIRKUK_CLASH, encoding="utf-8")

    out, err = _same_with_two_workers(capsys, export, tmp_path / "one.txt", missing, feed)

    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == [a.id for a in _merged([export, tmp_path / "one.txt", feed]).articles]
    assert f"rejected {missing}: file not found" in err


def test_an_article_that_cannot_be_parsed_is_rejected_and_the_rest_go_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import pipeline

    real = pipeline.parse_article

    def failing(article, gazetteer=None, **options):
        if article.id == "a77":
            raise ValueError("broken article")
        return real(article, gazetteer, **options)

    monkeypatch.setattr(pipeline, "parse_article", failing)  # forked workers inherit it
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_jsonl(150))

    out, err = _same_with_two_workers(capsys, path)

    assert "a77" not in [json.loads(line)["id"] for line in out.splitlines()]
    assert "could not process: ValueError('broken article')" in err
    assert len(out.splitlines()) == len(_merged([path]).articles) - 1


def test_nothing_to_parse_fails_the_same_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\n" * 9000)  # several units of nothing: one rejection for the file

    code, out, err = _run(capsys, 2, path)

    assert (code, out) == (1, "")
    assert err.splitlines() == [f"rejected {path}: no articles found in the file"]
    assert _run(capsys, 1, path) == (code, out, err)


def test_units_hold_the_articles_of_the_file_once() -> None:
    folder = Path(__file__).parent / "fixtures"
    units = list(plan_units([str(folder)], unit_bytes=500))
    assert sum(len(read_unit(u).articles) for u in units) == len(_merged([folder]).articles)
