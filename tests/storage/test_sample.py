"""storage.sample: the sample corpus is known by content hash and removed without touching ingested reports."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from extract.cli import main
from extract.model import Article, Incident, ParsedArticle
from storage.ingest import ingest_articles
from storage.queries import Filters, query_incidents
from storage.sample import remove_sample, sample_counts
from storage.store import ensure_seeded, get_engine, incidents


def test_remove_sample_keeps_ingested_reports(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    engine = get_engine(url)
    added = ensure_seeded(engine)
    assert sample_counts(engine) == {"sample": added, "other": 0}
    real = Incident("Battles", "Armed clash", "اشتباك في خانقين", event_date=date(2025, 6, 1), time_precision=1,
                    admin1="Diyala", location="Khanaqin", latitude=34.35, longitude=45.39)
    ingest_articles(engine, [Article("نص حقيقي", source="INA", id="real")],
                    parse=lambda a, g=None, *, article_date=None: ParsedArticle(a, "ar", None, (), (real,)))
    assert sample_counts(engine) == {"sample": added, "other": 1}
    assert main(["seed", "--remove", "--db", url]) == 0
    assert "ingested reports untouched" in capsys.readouterr().err
    assert sample_counts(engine) == {"sample": 0, "other": 1}
    left = query_incidents(engine, Filters(include_rejected=True, include_historical=True))
    assert list(left["evidence"]) == ["اشتباك في خانقين"] and list(left["sources"]) == ["INA"]
    assert remove_sample(engine) == {"articles": 0, "incidents": 0}  # twice is harmless
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(incidents)).scalar_one() == 1
