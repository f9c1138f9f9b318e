"""The bundled sample corpus (invented articles from invented outlets): which stored articles are
from it, and removing it without touching ingested reports.

Sample articles are known by their content hash (the same text always hashes the same), so nothing
extra is stored.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from sqlalchemy import Engine, delete, func, select

from storage.store import (
    articles,
    corrections,
    incident_sources,
    incidents,
    place_mentions,
    refresh_source_columns,
)


@lru_cache(maxsize=1)
def sample_hashes() -> frozenset[str]:
    """Content hashes of the sample corpus's articles (read once per process)."""
    from extract.read import read_path

    corpus = resources.files("extract") / "data" / "sample_corpus.jsonl"
    with resources.as_file(corpus) as path:
        return frozenset(a.content_hash for a in read_path(path).articles)


def sample_counts(engine: Engine) -> dict[str, int]:
    """How many stored articles come from the sample corpus (``sample``) and how many do not (``other``)."""
    hashes = sample_hashes()
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        sample = conn.execute(select(func.count()).select_from(articles)
                              .where(articles.c.content_hash.in_(hashes))).scalar_one()
    return {"sample": int(sample), "other": int(total - sample)}


def remove_sample(engine: Engine) -> dict[str, int]:
    """Delete the sample corpus's articles and the incidents only they reported (with their corrections).

    An incident that an ingested article also reported stays, with the sample source taken off its
    list. Returns how many ``articles`` and ``incidents`` were deleted.
    """
    hashes = sample_hashes()
    s = incident_sources.c
    with engine.begin() as conn:
        ids = list(conn.execute(select(articles.c.id).where(articles.c.content_hash.in_(hashes))).scalars())
        if not ids:
            return {"articles": 0, "incidents": 0}
        touched = set(conn.execute(select(s.incident_id).where(s.article_id.in_(ids))).scalars())
        conn.execute(delete(incident_sources).where(s.article_id.in_(ids)))
        kept = set(conn.execute(select(s.incident_id).where(s.incident_id.in_(touched))).scalars())
        orphans = sorted(touched - kept)
        if orphans:
            conn.execute(delete(corrections).where(corrections.c.incident_id.in_(orphans)))
            conn.execute(delete(incidents).where(incidents.c.id.in_(orphans)))
        refresh_source_columns(conn, kept)
        conn.execute(delete(place_mentions).where(place_mentions.c.article_id.in_(ids)))
        conn.execute(delete(articles).where(articles.c.id.in_(ids)))
    return {"articles": len(ids), "incidents": len(orphans)}
