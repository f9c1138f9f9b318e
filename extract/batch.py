"""Re-extract a whole archive on Dask: ``python -m extract batch INPUT… --out DIR``.

The per-article extraction is pure, so an archive is cut into tasks, each a few of the units that
``parse --workers`` reads (:func:`extract.read.plan_units`: a few files, or line ranges of a large
JSON Lines or CSV file); each task reads and parses its articles on a Dask worker, as ``parse``
reads them, and writes one Parquet part of each table:

* ``DIR/articles.parquet/part-NNNNN.parquet``: the article and what the pipeline decided about it
  (language, article date);
* ``DIR/incidents.parquet/…``: every incident, one row per incident, with all its fields;
* ``DIR/mentions.parquet/…``: the place mentions (``place_id`` into the gazetteer);
* ``DIR/rejections.parquet/…``: what could not be read or parsed, and why.

Rows carry ``article_key`` = ``"<task>:<n>"`` so the input order can be restored. A ``LocalCluster``
is started by default; ``--scheduler tcp://host:8786`` uses a running ``dask scheduler`` (each
worker needs this project importable and the same gazetteer). ``python -m extract load DIR`` brings
the result into the database with the same deduplication as ingest (``storage.parquet_load``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from extract.model import Incident, ParsedArticle, Rejection
from extract.read import (
    CsvSpan,
    Files,
    Loaded,
    ReadResult,
    Unit,
    UnsureSpanError,
    file_size,
    plan_units,
    read_rest,
    read_unit,
)

#: The inputs are read in units (:func:`extract.read.plan_units`) of about this many bytes: a large
#: JSON Lines or CSV file is cut into line ranges of this size; small files are grouped.
UNIT_BYTES = 8 * 1024 * 1024
#: Consecutive units are grouped into tasks of about this many bytes.
TASK_BYTES = 8 * 1024 * 1024
TABLES = ("articles", "incidents", "mentions", "rejections")

INCIDENT_FIELDS = tuple(f.name for f in dataclasses.fields(Incident))


def _size(unit: Unit) -> int:
    """About how many bytes of input ``unit`` holds (characters of text for articles read already)."""
    if isinstance(unit, Files):
        return sum(file_size(p) for p in unit.paths)
    if isinstance(unit, Loaded):
        return sum(len(a.text) for a in unit.result.articles)
    if unit.end is None:  # the rest of a CSV file
        return max(0, file_size(unit.path) - unit.start)
    return unit.end - unit.start


def plan_tasks(inputs: Iterable[str | Path], *, unit_bytes: int = UNIT_BYTES,
               task_bytes: int = TASK_BYTES) -> list[list[Unit]]:
    """The inputs' units (:func:`extract.read.plan_units`, in input order) in tasks of about ``task_bytes``.

    The spans of one CSV file stay in one task: a span that may not start a row makes the task read
    the rest of that file in one piece (:func:`read_task`), as ``parse`` does.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "big.jsonl").write_text("".join(f'{{"text": "{i}"}}\\n' for i in range(100)))
    >>> _ = (d / "a.txt").write_text("one article")
    >>> tasks = plan_tasks([d], unit_bytes=500, task_bytes=1000)  # 1,490 bytes: three spans of ~500
    >>> [[type(u).__name__ for u in t] for t in tasks], sum(u.end - u.start for u in tasks[0][1:] + tasks[1])
    ([['Files', 'Span', 'Span'], ['Span']], 1490)
    >>> sum(len(read_task(t).articles) for t in tasks)
    101
    """
    tasks: list[list[Unit]] = []
    group: list[Unit] = []
    group_bytes = 0
    for unit in plan_units([str(i) for i in inputs], unit_bytes=unit_bytes):
        last = group[-1] if group else None
        same_csv = isinstance(unit, CsvSpan) and isinstance(last, CsvSpan) and last.file == unit.file
        if group_bytes >= task_bytes and not same_csv:
            tasks.append(group)
            group, group_bytes = [], 0
        group.append(unit)
        group_bytes += _size(unit)
    if group:
        tasks.append(group)
    return tasks


def read_task(units: Iterable[Unit]) -> ReadResult:
    """What a task's units hold, read in order as ``parse`` reads them: a CSV span that may not start a
    row (:class:`extract.read.UnsureSpanError`) is read with the rest of its file, whose later spans
    are then skipped."""
    result = ReadResult()
    dropped: set[int] = set()
    for unit in units:
        if isinstance(unit, CsvSpan) and unit.file in dropped:
            continue
        try:
            result += read_unit(unit)
        except UnsureSpanError:
            dropped.add(unit.file)
            for part in read_rest(unit):
                result += part
    return result


def _rows(task_no: int, results: Sequence[tuple[object, ParsedArticle | Rejection]],
          rejections: list[Rejection]) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    tables["rejections"] = [{"origin": r.origin, "reason": r.reason, "line": r.line} for r in rejections]
    for n, (article, parsed) in enumerate(results):
        key = f"{task_no:06d}:{n:06d}"
        if isinstance(parsed, Rejection):
            tables["rejections"].append({"origin": parsed.origin, "reason": parsed.reason, "line": None})
            continue
        tables["articles"].append({
            "article_key": key, "id": article.id, "title": article.title, "published": article.published,
            "source": article.source, "url": article.url, "text": article.text,
            "content_hash": article.content_hash, "language": parsed.language,
            "article_date": parsed.article_date})
        tables["incidents"].extend({"article_key": key, "n": i, **dataclasses.asdict(inc)}
                                   for i, inc in enumerate(parsed.incidents))
        tables["mentions"].extend({"article_key": key, "surface": m.surface, "start": m.start, "end": m.end,
                                   "place_id": m.place.place_id, "confidence": m.confidence}
                                  for m in parsed.mentions)
    return tables


SCHEMAS = {
    "articles": pa.schema([("article_key", pa.string()), ("id", pa.string()), ("title", pa.string()),
                           ("published", pa.date32()), ("source", pa.string()), ("url", pa.string()),
                           ("text", pa.string()), ("content_hash", pa.string()), ("language", pa.string()),
                           ("article_date", pa.date32())]),
    "incidents": pa.schema([("article_key", pa.string()), ("n", pa.int32()), *(
        (name, {"event_date": pa.date32(), "time_precision": pa.int8(), "latitude": pa.float64(),
                "longitude": pa.float64(), "geo_precision": pa.int8(), "fatalities": pa.int64(),
                "injuries": pa.int64(), "confidence": pa.float64(), "evidence_start": pa.int64(),
                "evidence_end": pa.int64(), "historical": pa.bool_()}.get(name, pa.string()))
        for name in INCIDENT_FIELDS)]),
    "mentions": pa.schema([("article_key", pa.string()), ("surface", pa.string()), ("start", pa.int64()),
                           ("end", pa.int64()), ("place_id", pa.string()), ("confidence", pa.float64())]),
    "rejections": pa.schema([("origin", pa.string()), ("reason", pa.string()), ("line", pa.int64())]),
}


def run_task(task_no: int, units: Sequence[Unit], out_dir: str, article_date: date | None) -> dict:
    """Read, parse and write one task's Parquet parts; returns its counts and ``cpu``, the CPU
    seconds it took (a worker's first task includes loading the gazetteer). Runs on a worker."""
    import time

    from extract.parallel import parse_or_reject
    from extract.pipeline import parse_article
    from geo.cache import default_gazetteer  # not geo.loader: a current pickle needs no NumPy/Shapely

    started = time.process_time()
    gazetteer = default_gazetteer()  # loaded once per worker process
    read = read_task(units)
    results = [(a, parse_or_reject(parse_article, a, gazetteer, article_date)) for a in read.articles]
    tables = _rows(task_no, results, list(read.rejections))
    for name, rows in tables.items():
        folder = Path(out_dir) / f"{name}.parquet"
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows, schema=SCHEMAS[name])
        pq.write_table(table, folder / f"part-{task_no:05d}.parquet")
    return {name: len(rows) for name, rows in tables.items()} | {"cpu": time.process_time() - started}


def run_batch(inputs: Sequence[str], out_dir: str | Path, *, workers: int = 2, scheduler: str | None = None,
              article_date: date | None = None, progress=None, unit_bytes: int = UNIT_BYTES,
              task_bytes: int = TASK_BYTES) -> dict:
    """Plan tasks, run them on Dask (a LocalCluster of ``workers`` processes unless ``scheduler``),
    and return the summed counts and CPU seconds of the tasks (``cpu``) plus ``tasks`` and ``workers``."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in TABLES:  # a re-run replaces the previous output instead of mixing with it
        for old in (out / f"{name}.parquet").glob("part-*.parquet"):
            old.unlink()
    tasks = plan_tasks(inputs, unit_bytes=unit_bytes, task_bytes=task_bytes)
    totals: dict = dict.fromkeys((*TABLES, "cpu"), 0)
    # Worker processes import pandas, pyarrow and the project: on a busy machine that can take
    # longer than Dask's 30 s connect timeout, so a batch waits instead of failing to start.
    with dask.config.set({"distributed.comm.timeouts.connect": "180s",
                          "distributed.comm.timeouts.tcp": "180s"}):
        cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                      processes=True, dashboard_address=None,
                                                      host="127.0.0.1")
    try:
        with Client(scheduler or cluster, timeout="180s") as client:
            futures = [client.submit(run_task, i, t, str(out.resolve()), article_date, pure=False)
                       for i, t in enumerate(tasks)]
            # the workers that took part, counted while the tasks run: on a loaded machine a worker may
            # leave (its nanny restarts it) before the end, and counting only then reported none
            used = len(client.scheduler_info().get("workers", {}))
            for done, future in enumerate(as_completed(futures), 1):
                for name, count in future.result().items():
                    totals[name] += count
                used = max(used, len(client.scheduler_info().get("workers", {})))
                if progress is not None:
                    progress(done, len(futures))
    finally:
        if cluster is not None:
            cluster.close()
    (out / "batch.json").write_text(json.dumps({"inputs": list(map(str, inputs)), "tasks": len(tasks),
                                                "counts": {n: totals[n] for n in TABLES}},
                                               ensure_ascii=False, indent=1) + "\n")
    return totals | {"tasks": len(tasks), "workers": used}
