"""What an ingest found, article by article: the incidents each article reported (with the evidence
sentence), or why it reported none. Read back from the database after the ingest, by content hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, func, select

from storage.store import articles, incident_sources, incidents, place_mentions

#: Why an article gave no incident (keys of the dashboard's labels).
NO_PLACE, NO_EVENT = "why_no_place", "why_no_event"


def findings(engine: Engine, hashes: Iterable[str]) -> list[dict[str, Any]]:
    """One entry per stored article among ``hashes``, in the order given: ``article_id``, ``title``,
    ``source``, ``text``, ``incidents`` (incident_id, event_type, sub_event_type, event_date, location,
    place_id, admin1, fatalities, injuries, evidence — the article's own evidence sentence — and
    ``historical``), and ``why`` (None, or :data:`NO_PLACE` / :data:`NO_EVENT` when no incident)."""
    wanted = list(dict.fromkeys(hashes))
    a, s, i = articles.c, incident_sources.c, incidents.c
    with engine.connect() as conn:
        stored = {r.content_hash: r for r in conn.execute(
            select(a.id, a.content_hash, a.title, a.source, a.text).where(a.content_hash.in_(wanted)))}
        ids = [r.id for r in stored.values()]
        found = conn.execute(
            select(s.article_id, i.id.label("incident_id"), i.event_type, i.sub_event_type, i.event_date,
                   i.location, i.place_id, i.admin1, i.fatalities, i.injuries, s.evidence, i.historical)
            .join(incidents, i.id == s.incident_id).where(s.article_id.in_(ids)).order_by(s.id)).mappings().all()
        mentioned = dict(conn.execute(select(place_mentions.c.article_id, func.count())
                                      .where(place_mentions.c.article_id.in_(ids))
                                      .group_by(place_mentions.c.article_id)).all())
    out = []
    for content_hash in wanted:
        row = stored.get(content_hash)
        if row is None:
            continue
        mine = [{k: v for k, v in f.items() if k != "article_id"} for f in found if f["article_id"] == row.id]
        why = None if mine else (NO_EVENT if mentioned.get(row.id) else NO_PLACE)
        out.append({"article_id": row.id, "title": row.title, "source": row.source, "text": row.text,
                    "incidents": mine, "why": why})
    return out
