"""The Dask batch plans its tasks as groups of ``parse --workers``' units (:func:`extract.read.plan_units`):
every task read in order gives what one reader of the whole input gives, in every format (no cluster)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import batch
from extract.read import CsvSpan, ReadResult, Span, plan_units, read_paths
from tests.extract.test_cli import KIRKUK_CLASH
from tests.extract.test_parse_workers import csv_malformed_mid_file, telegram_export, text_files
from tests.extract.test_read_pieces import _csv, _jsonl


def _jsonl_with_bad_lines(folder: Path) -> list[Path]:
    (folder / "feed.jsonl").write_bytes(_jsonl(300, eol="\r\n", bom=True))
    return [folder / "feed.jsonl"]


def _csv_with_quoted_breaks(folder: Path) -> list[Path]:
    (folder / "export.csv").write_bytes(_csv(200, malformed=False))
    return [folder / "export.csv"]


def _csv_malformed_rows(folder: Path) -> list[Path]:
    (folder / "export.csv").write_bytes(_csv(200, malformed=True))  # a quote left open: read on in one piece
    return [folder / "export.csv"]


def _several_inputs(folder: Path) -> list[Path]:
    (folder / "feed.jsonl").write_bytes(_jsonl(120))
    (folder / "export.csv").write_bytes(_csv(60, malformed=False))
    (folder / "one.txt").write_text(KIRKUK_CLASH, encoding="utf-8")
    return [folder / "export.csv", folder / "one.txt", folder / "gone.txt", folder / "feed.jsonl"]


@pytest.mark.parametrize("make", [_jsonl_with_bad_lines, _csv_with_quoted_breaks, _csv_malformed_rows,
                                  lambda folder: [csv_malformed_mid_file(folder)],
                                  lambda folder: [text_files(folder)], lambda folder: [telegram_export(folder)],
                                  _several_inputs],
                         ids=["jsonl", "csv", "csv-malformed", "csv-malformed-mid-file", "folder", "telegram",
                              "several"])
def test_tasks_read_in_order_give_what_one_reader_gives(tmp_path: Path, make) -> None:
    paths = make(tmp_path)
    tasks = batch.plan_tasks(paths, unit_bytes=2000, task_bytes=5000)
    assert sum(map(len, tasks)) > 2  # cut into several units
    whole = ReadResult()
    for one in read_paths(paths):
        whole += one
    got = ReadResult()
    for task in tasks:
        got += batch.read_task(task)
    assert [a.id for a in got.articles] == [a.id for a in whole.articles]
    assert got.articles == whole.articles
    assert got.rejections == whole.rejections  # each named by its file and line, as parse names them


def test_a_csv_file_is_never_split_across_tasks(tmp_path: Path) -> None:
    """A span that may not start a row makes its task read the rest of the file: that rest must not be
    read again by another task."""
    paths = [csv_malformed_mid_file(tmp_path), *_jsonl_with_bad_lines(tmp_path)]
    tasks = batch.plan_tasks(paths, unit_bytes=2000, task_bytes=5000)
    csv_tasks = [n for n, task in enumerate(tasks) if any(isinstance(u, CsvSpan) for u in task)]
    assert csv_tasks == [0] and sum(isinstance(u, CsvSpan) for u in tasks[0]) > 5
    assert all(isinstance(u, Span) for task in tasks[1:] for u in task)


def test_jsonl_ranges_are_the_units_of_parse_workers(tmp_path: Path) -> None:
    paths = _jsonl_with_bad_lines(tmp_path)
    tasks = batch.plan_tasks(paths, unit_bytes=2000, task_bytes=5000)
    assert [u for task in tasks for u in task] == list(plan_units(list(map(str, paths)), unit_bytes=2000))
    sizes = [sum(u.end - u.start for u in task) for task in tasks]
    assert all(size >= 5000 for size in sizes[:-1]) and sum(sizes) == paths[0].stat().st_size
