"""One hostile file loses nothing: every file and line is isolated, rejections are reported, and every
good article beside them is stored (the CLI and the upload path, SQLite and PostgreSQL).

Before: a deeply nested JSON (RecursionError) or a lone surrogate (UnicodeEncodeError in the content
hash) stopped the run with 0 of the good articles stored; a CSV quote left open up to the next
row's quote dropped the rows in between silently; a .txt with NUL bytes was refused.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from extract.model import Article, Incident, ParsedArticle
from extract.read import read_bytes, read_path
from storage.ingest import ingest_articles
from storage.store import get_engine, normalise_url
from tests.reliability.hostile import write_corpus

ROOT = Path(__file__).resolve().parents[2]


def stored_ids(url: str) -> set[str]:
    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        ids = set(conn.execute(text("SELECT ext_id FROM articles")).scalars())
    engine.dispose()
    return ids


def test_the_reader_keeps_every_good_article_and_reports_every_hostile_file(tmp_path: Path) -> None:
    good, hostile = write_corpus(tmp_path / "corpus")
    result = read_path(tmp_path / "corpus")
    assert {a.id for a in result.articles} == good
    reported = {Path(r.origin).name for r in result.rejections} | {Path(w.origin).name for w in result.warnings}
    silent = {p.name for p in (tmp_path / "corpus").iterdir()} - reported - {"good.jsonl", "nul.txt",
                                                                              "many_nuls.txt", "controls.txt"}
    assert not silent, f"hostile files accepted without a word: {silent}"
    print(f"\nreliability: hostile corpus read: {hostile} hostile files, {len(result.rejections)} rejections "
          f"reported, good articles lost {len(good - {a.id for a in result.articles})} of {len(good)}")


@pytest.mark.parametrize("name, data, kept, reason", [
    ("nested.json", b"[" * 100_000, 0, "nested too deeply"),
    ("nested.jsonl", b'{"text": "Rockets hit Balad."}\n' + b"[" * 100_000, 1, "nested too deeply"),
    ("surrogate.jsonl", b'{"text": "A bomb \\ud800 hit Hit."}', 1, None),
    ("nul.txt", b"A bomb\x00 hit\x00 Hit.\x00\x00", 1, None),
    ("open_quote.csv", b'id,text\n1,"open\n2,A bomb hit Hit.\n3,"Rockets hit Balad."\n', 2, "malformed CSV row"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", 0, "PNG image"),
])
def test_each_hostile_input_is_one_clear_rejection(name: str, data: bytes, kept: int, reason: str | None) -> None:
    result = read_bytes(data, name)
    assert len(result.articles) == kept
    assert all("\ufffd" in a.text or "\ud800" not in a.text for a in result.articles)
    if reason:
        assert any(reason in r.reason for r in result.rejections)


def test_cli_ingest_stores_every_good_article(db_url: str, tmp_path: Path) -> None:
    good, hostile = write_corpus(tmp_path / "corpus")
    run = subprocess.run([sys.executable, "-m", "extract", "ingest", str(tmp_path / "corpus"), "--db", db_url,
                          "--workers", "1"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    lost = good - stored_ids(db_url)
    for name in ("deep.json", "deep_line.jsonl:2", "quote_to_next.csv:2", "image.txt", "too_long.jsonl:1"):
        assert f"corpus/{name}" in run.stderr
    assert "warning " in run.stderr and "surrogate.jsonl:1: invalid characters" in run.stderr
    print(f"\nreliability: CLI ingest of the hostile corpus ({db_url.split(':')[0]}): {hostile} hostile files "
          f"beside {len(good)} good articles, crashes {int(bool(run.returncode))}, good articles lost {len(lost)}")
    assert not lost


def test_upload_path_stores_every_good_article(tmp_path: Path) -> None:
    from dashboard.edit import read_inputs

    good, _ = write_corpus(tmp_path / "corpus")
    uploads = [(p.name, p.read_bytes()) for p in sorted((tmp_path / "corpus").iterdir())]
    result = read_inputs(uploads, "", "", None, "")
    engine = get_engine(f"sqlite:///{tmp_path / 'upload.sqlite3'}")
    summary = ingest_articles(engine, list(result.articles), parse=_one_incident)
    engine.dispose()
    assert summary.added == len(good) and not summary.rejected
    assert stored_ids(f"sqlite:///{tmp_path / 'upload.sqlite3'}") == good


def _one_incident(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
    return ParsedArticle(article, "en", None, (), (Incident("Battles", "Armed clash", article.text[:80]),))


def test_an_article_that_cannot_be_stored_is_rejected_alone(tmp_path: Path) -> None:
    """An article built by other code (not a reader) with a lone surrogate: one rejection."""
    engine = get_engine(f"sqlite:///{tmp_path / 'one.sqlite3'}")
    batch = [Article(f"Report {i}: a bomb hit Hit.", id=f"ok{i}") for i in range(8)]
    batch.insert(4, Article("A bomb \ud800 hit Hit.", id="bad"))
    summary = ingest_articles(engine, batch, parse=_one_incident)
    assert summary.added == 8 and [r.origin for r in summary.rejected] == ["bad"]
    engine.dispose()
