"""Bring a Dask batch's Parquet output (``extract.batch``) into the database.

``python -m extract load DIR`` stores the articles and incidents that ``python -m extract batch``
wrote, part by part in input order, through :func:`storage.ingest.ingest_articles` — the same
content-hash check and the same incident deduplication as a direct ingest, only without parsing
again: the "parser" handed to ingest returns the record the batch already computed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
from sqlalchemy import Engine

from extract.model import Article, Incident, ParsedArticle, Rejection
from geo.gazetteer import Gazetteer
from geo.model import PlaceMention
from storage.ingest import IngestSummary, ingest_articles


def _parts(out_dir: Path, table: str) -> list[Path]:
    return sorted((out_dir / f"{table}.parquet").glob("part-*.parquet"))


def _by_key(path: Path | None) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    if path is not None and path.exists():
        for row in pq.read_table(path).to_pylist():
            grouped.setdefault(row.pop("article_key"), []).append(row)
    return grouped


def _incident(row: dict) -> Incident:
    row = {k: v for k, v in row.items() if k != "n"}
    return Incident(**row)


def _mention(row: dict, gazetteer: Gazetteer) -> PlaceMention | None:
    place = gazetteer.get(row["place_id"])
    if place is None:  # the gazetteer changed since the batch ran; the incident keeps its fields
        return None
    return PlaceMention(row["surface"], row["start"], row["end"], place, row["confidence"])


def read_part(out_dir: Path, part_name: str, gazetteer: Gazetteer) -> Iterator[tuple[Article, ParsedArticle]]:
    """The (article, parsed) pairs of one part, in input order."""
    incidents = _by_key(out_dir / "incidents.parquet" / part_name)
    mentions = _by_key(out_dir / "mentions.parquet" / part_name)
    for row in pq.read_table(out_dir / "articles.parquet" / part_name).to_pylist():
        key = row["article_key"]
        article = Article(text=row["text"], title=row["title"], published=row["published"],
                          source=row["source"], url=row["url"], id=row["id"])
        found = [m for r in mentions.get(key, []) if (m := _mention(r, gazetteer)) is not None]
        incs = tuple(_incident(r) for r in sorted(incidents.get(key, []), key=lambda r: r["n"]))
        yield article, ParsedArticle(article, row["language"], row["article_date"], tuple(found), incs)


def load_batch(engine: Engine, out_dir: str | Path, gazetteer: Gazetteer,
               progress: Callable[[int, int | None], None] | None = None) -> IngestSummary:
    """Store every part of a batch output directory; returns the summed summary.

    Rejections the batch recorded are reported again, so nothing it could not read goes unsaid.
    """
    out = Path(out_dir)
    parts = _parts(out, "articles")
    if not parts:
        raise FileNotFoundError(f"no batch output in {out} (expected {out / 'articles.parquet'}/part-*.parquet)")
    total = IngestSummary()
    for done, part in enumerate(parts, 1):
        pairs = list(read_part(out, part.name, gazetteer))
        computed = {a.content_hash: p for a, p in pairs}

        def precomputed(article: Article, _gazetteer: object, *, article_date: date | None = None,
                        _computed: dict = computed) -> ParsedArticle:
            return _computed[article.content_hash]

        total += ingest_articles(engine, [a for a, _ in pairs], parse=precomputed)
        if progress is not None:
            progress(done, len(parts))
    recorded = [Rejection(r["origin"], r["reason"], r["line"])
                for p in _parts(out, "rejections") for r in pq.read_table(p).to_pylist()]
    return IngestSummary(rejected=recorded) + total
