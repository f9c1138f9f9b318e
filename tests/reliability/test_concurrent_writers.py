"""N writer processes with overlapping inputs give exactly the incidents of a sequential run.

Before the merge decision was atomic, four concurrent ``extract ingest`` runs into one SQLite file
made 12,008 incidents where a sequential run made 9,121 (issue 12, defect 1).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.store import normalise_url
from tests.reliability import writers

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 4


def snapshot(url: str) -> tuple[int, list[tuple]]:
    """(articles, one row per incident: date, place, sub-type and the reports merged into it)."""
    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        n_articles = conn.execute(text("SELECT count(*) FROM articles")).scalar()
        rows = conn.execute(text(
            "SELECT i.id, i.event_date, i.place_id, i.sub_event_type, a.ext_id FROM incidents i "
            "JOIN incident_sources s ON s.incident_id = i.id JOIN articles a ON a.id = s.article_id")).all()
    engine.dispose()
    merged: dict[int, tuple] = {}
    for row in rows:
        key = (str(row.event_date), row.place_id, row.sub_event_type)
        merged[row.id] = (key, (*merged.get(row.id, (key, ()))[1], row.ext_id))
    return n_articles, sorted((key, tuple(sorted(ids))) for key, ids in merged.values())


def test_concurrent_writers_equal_a_sequential_run(db_url: str, tmp_path: Path) -> None:
    sequential_url = f"sqlite:///{tmp_path / 'sequential.sqlite3'}"
    for seed in range(WRITERS):
        writers.run(sequential_url, seed)
    procs = [subprocess.Popen([sys.executable, "-m", "tests.reliability.writers", db_url, str(seed)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True) for seed in range(WRITERS)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * WRITERS, errors
    expected, found = snapshot(sequential_url), snapshot(db_url)
    offered = sum(len(writers.share(seed)) for seed in range(WRITERS))
    keys = [key for key, _ in found[1]]
    duplicates = len(keys) - len(set(keys))
    print(f"\nreliability: {WRITERS} concurrent writers ({db_url.split(':')[0]}), {offered} articles offered "
          f"({expected[0]} distinct), {len(found[1])} incidents (sequential run: {len(expected[1])}), "
          f"duplicate incidents {duplicates}")
    assert duplicates == 0
    assert found == expected


@pytest.mark.parametrize("seed", [0])
def test_a_writer_alone_merges_every_report_of_an_event(tmp_path: Path, seed: int) -> None:
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    writers.run(url, seed)
    n_articles, incidents = snapshot(url)
    assert n_articles == len(writers.share(seed))
    assert len(incidents) == len({key for key, _ in incidents})
