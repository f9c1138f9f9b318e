"""Batch re-extraction on Dask: the same incidents as a serial ``parse``, then loaded like an ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select

from extract import cli
from extract.batch import run_batch
from extract.model import Incident
from geo.loader import default_gazetteer
from storage.parquet_load import load_batch
from storage.store import get_engine, incidents

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "extract" / "data" / "sample_corpus.jsonl"


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    # Small ranges so the one corpus file is cut into several tasks spread over both workers.
    counts = run_batch([str(CORPUS)], out, workers=2, unit_bytes=20_000, task_bytes=40_000)
    assert counts["tasks"] > 2 and counts["workers"] == 2
    return out


def _batch_contract(out: Path) -> list[tuple[str, list[dict]]]:
    arts = pq.read_table(out / "articles.parquet").to_pylist()
    incs = pq.read_table(out / "incidents.parquet").to_pylist()
    by_key: dict[str, list[dict]] = {}
    for row in sorted(incs, key=lambda r: (r["article_key"], r["n"])):
        key = row.pop("article_key")
        row.pop("n")
        by_key.setdefault(key, []).append(Incident(**row).to_contract())
    return [(a["id"], by_key.get(a["article_key"], [])) for a in sorted(arts, key=lambda a: a["article_key"])]


def test_batch_on_two_workers_equals_serial_parse(batch_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(CORPUS), "--json"]) == 0
    serial = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert _batch_contract(batch_dir) == [(s["id"], s["incidents"]) for s in serial]
    assert sum(len(s["incidents"]) for s in serial) > 30  # the corpus really has incidents


def test_load_stores_what_a_direct_ingest_stores(batch_dir: Path, tmp_path: Path) -> None:
    loaded = get_engine(f"sqlite:///{tmp_path / 'loaded.sqlite3'}")
    direct = get_engine(f"sqlite:///{tmp_path / 'direct.sqlite3'}")
    summary = load_batch(loaded, batch_dir, default_gazetteer())
    assert cli.main(["ingest", str(CORPUS), "--db", str(direct.url), "--workers", "1"]) == 0

    def rows(engine):
        with engine.connect() as conn:
            return sorted(conn.execute(select(incidents.c.event_type, incidents.c.event_date, incidents.c.admin1,
                                              incidents.c.fatalities)).all(), key=repr)

    assert rows(loaded) == rows(direct)
    assert summary.added == 63
    again = load_batch(loaded, batch_dir, default_gazetteer())  # a second load adds nothing
    assert (again.added, again.duplicates) == (0, 63)
    with loaded.connect() as conn:
        assert conn.execute(select(func.count()).select_from(incidents)).scalar() == len(rows(direct))
