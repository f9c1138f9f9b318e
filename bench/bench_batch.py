"""Batch re-extraction on Dask: the scaling from 1 to 2 LocalCluster workers, and the estimate for a
10-million-article archive.

Usage: ``python bench/bench_batch.py [N_ARTICLES]`` (default 4,000 generated ~3 KB articles from
``bench_parse.generate``, written to one JSON Lines file that the batch cuts into 1 MB line ranges).

Wall time on a shared machine moves with the load, so each run also sums the CPU seconds its tasks
took on the workers (``run_task`` measures them; a worker's first task includes loading the
gazetteer). The scaling is given as the wall ratio, cluster start-up apart, beside its bound from
CPU seconds (the tasks' CPU with 1 worker over half of it with 2); the 10-million estimate comes
from articles per CPU second of a worker, which the load moves much less than wall time.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_parse import generate
from extract.batch import run_batch

ARCHIVE = 10_000_000


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f} (5 min {five:.1f})"


def run(corpus: Path, out: Path, workers: int) -> dict:
    """One batch on a fresh LocalCluster of ``workers`` processes: counts, CPU and the wall times."""
    import dask
    from dask.distributed import LocalCluster

    started = time.perf_counter()
    with dask.config.set({"distributed.comm.timeouts.connect": "180s", "distributed.comm.timeouts.tcp": "180s"}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               host="127.0.0.1")
    try:
        ready = time.perf_counter()
        counts = run_batch([str(corpus)], out, scheduler=cluster.scheduler_address, unit_bytes=1_000_000,
                           task_bytes=1_000_000)
        done = time.perf_counter()
    finally:
        cluster.close()
    return counts | {"start": ready - started, "wall": done - ready}


def main(n: int = 4000) -> None:
    print(f"== batch on Dask, {n} generated articles (~3 KB); load average {load()} on {os.cpu_count()} cores",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for a in generate(n):
                out.write(json.dumps({"id": a.id, "text": a.text, "date": a.published.isoformat()},
                                     ensure_ascii=False) + "\n")
        runs = {}
        for workers in (1, 2):
            r = runs[workers] = run(corpus, Path(tmp) / f"out{workers}", workers)
            print(f"  {workers} worker(s): {r['articles']} articles, {r['incidents']} incidents, {r['tasks']} tasks; "
                  f"cluster start {r['start']:.1f} s, then {r['wall']:.1f} s wall ({r['articles'] / r['wall']:.0f} "
                  f"articles/s), tasks' CPU {r['cpu']:.1f} s ({r['articles'] / r['cpu']:.0f} articles per CPU second); "
                  f"load {load()}", flush=True)
    one, two = runs[1], runs[2]
    wall = one["wall"] / two["wall"]
    bound = one["cpu"] / (two["cpu"] / 2)
    rate = two["articles"] / two["cpu"]  # per CPU second of a worker, gazetteer loads included
    core_hours = ARCHIVE / rate / 3600
    print(f"batch scaling 1 -> 2 workers: {wall:.2f}x wall (cluster start apart; "
          f"{(one['start'] + one['wall']) / (two['start'] + two['wall']):.2f}x with it), bound from CPU seconds "
          f"{bound:.2f}x; load {load()}", flush=True)
    print(f"10 million articles at {rate:.0f} articles per CPU second of a worker: {core_hours:.1f} core-hours, "
          f"about {core_hours / 2:.1f} h on 2 cores, {core_hours / 16 * 60:.0f} min on 16, "
          f"{core_hours / 64 * 60:.0f} min on 64 (if the 1 -> 2 scaling holds; tasks of 8 MB, "
          f"~{ARCHIVE * 3_000 // (8 * 1024 * 1024):,} of them for 3 KB articles, keep the scheduler's share negligible)",
          flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
