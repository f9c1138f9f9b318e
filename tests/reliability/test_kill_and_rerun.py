"""``kill -9`` in the middle of an ingest, then the same ingest again: the database ends exactly as
after one uninterrupted run (each batch is one transaction; known articles are skipped)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from storage.store import normalise_url
from tests.reliability import writers
from tests.reliability.test_concurrent_writers import snapshot

ROOT = Path(__file__).resolve().parents[2]


def _articles(url: str) -> int:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar())
    except Exception:  # the schema is not there yet
        return 0
    finally:
        engine.dispose()


def test_kill_9_mid_ingest_then_rerun_equals_one_clean_run(db_url: str, tmp_path: Path) -> None:
    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    writers.run(clean_url, 0)
    writer = [sys.executable, "-m", "tests.reliability.writers", db_url, "0"]
    victim = subprocess.Popen([*writer, "0.01"], cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _articles(db_url) < 2 * writers.BATCH and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.05)
    assert victim.poll() is None, "the writer finished before it could be killed"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    stored_at_kill = _articles(db_url)
    again = subprocess.run(writer, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    if db_url.startswith("sqlite"):
        engine = create_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        engine.dispose()
    expected, found = snapshot(clean_url), snapshot(db_url)
    print(f"\nreliability: kill -9 after {stored_at_kill} of {expected[0]} articles, then re-run "
          f"({db_url.split(':')[0]}): {found[0]} articles, {len(found[1])} incidents "
          f"(clean run: {len(expected[1])}), good articles lost {expected[0] - found[0]}")
    assert found == expected
