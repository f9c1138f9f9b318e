"""Batch re-extraction on Dask: articles/s with 1 and with 2 LocalCluster workers, and the estimate
for a 10-million-article archive from the measured rate.

Usage: ``python bench/bench_batch.py [N_ARTICLES]`` (default 4,000 generated ~3 KB articles from
``bench_parse.generate``, written to one JSON Lines file that the batch cuts into line ranges).
Cluster start-up is included in the wall time, as a user would see it.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_parse import generate
from extract.batch import run_batch


def main(n: int = 4000) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for a in generate(n):
                out.write(json.dumps({"id": a.id, "text": a.text, "date": a.published.isoformat()},
                                     ensure_ascii=False) + "\n")
        rates = {}
        for workers in (1, 2):
            start = time.perf_counter()
            counts = run_batch([str(corpus)], Path(tmp) / f"out{workers}", workers=workers,
                               range_bytes=1_000_000, task_bytes=1_000_000)
            wall = time.perf_counter() - start
            rates[workers] = counts["articles"] / wall
            print(f"{workers} worker(s): {counts['articles']} articles, {counts['incidents']} incidents, "
                  f"{counts['tasks']} tasks, {wall:.1f} s wall -> {rates[workers]:.0f} articles/s")
    print(f"scaling 1 -> 2 workers: {rates[2] / rates[1]:.2f}x")
    per_worker = rates[2] / 2
    for cores in (2, 16, 64):
        hours = 10_000_000 / (per_worker * cores) / 3600
        print(f"10 million articles on {cores} cores at {per_worker:.0f}/s per worker: {hours:.1f} h")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
