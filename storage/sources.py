"""Where the articles came from: outlets (article sources) and the latest items to arrive.

:func:`latest_articles` is what a live panel shows: the newest articles by arrival (watcher,
imports, uploads), each with how many incidents it reported.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, func, select

from storage.store import articles, incident_sources

__all__ = ["latest_articles", "outlets"]


def latest_articles(engine: Engine, *, limit: int = 20, after_id: int | None = None) -> pd.DataFrame:
    """The newest articles by arrival (``ingested_at``, then id), newest first.

    Columns: ``article_id``, ``ingested_at``, ``source``, ``title``, ``url``, ``published``,
    ``incidents`` (incidents this article reports). ``after_id`` keeps only articles stored after that
    one (a live panel polls with the last id it showed).
    """
    a, s = articles.c, incident_sources.c
    reported = (select(func.count()).where(s.article_id == a.id).scalar_subquery()).label("incidents")
    query = (select(a.id.label("article_id"), a.ingested_at, a.source, a.title, a.url, a.published, reported)
             .order_by(a.ingested_at.desc(), a.id.desc()).limit(max(0, int(limit))))
    if after_id is not None:
        query = query.where(a.id > after_id)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    columns = ["article_id", "ingested_at", "source", "title", "url", "published", "incidents"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return frame.astype({"article_id": "int64", "incidents": "int64"})


def outlets(engine: Engine) -> pd.DataFrame:
    """One row per outlet (article ``source``): ``articles``, ``last_arrival`` (newest ``ingested_at``)
    and ``last_published``; most recently heard from first. Articles without a source are left out."""
    a = articles.c
    query = (select(a.source, func.count(), func.max(a.ingested_at), func.max(a.published))
             .where(a.source.is_not(None)).group_by(a.source))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    frame = pd.DataFrame.from_records(rows, columns=["source", "articles", "last_arrival", "last_published"])
    frame = frame.astype({"articles": "int64"})
    return frame.sort_values(["last_arrival", "source"], ascending=[False, True], ignore_index=True)
