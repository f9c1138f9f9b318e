"""Articles into the database: parse, store, and merge reports of the same event.

Work is done in batches (one transaction each). A batch that fails to store is retried article by
article, so one bad article is reported and the others still go in.

Several writers at once (a cron job, an upload, a second CLI run) stay correct because the merge
decision is atomic: each batch is stored in a transaction holding the ingest lock
(:mod:`storage.locks`), and inside it the dedup index first catches up with the incidents other
writers committed meanwhile and the content hashes are checked again. Parsing, the slow part, runs
outside the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, select

from extract.dedup import DedupIndex
from extract.model import Article, Incident, ParsedArticle, Rejection
from extract.parallel import ParsePool, batches, origin_of
from storage.locks import INGEST_LOCK, locked_transaction
from storage.store import articles, incident_sources, incidents, place_mentions, refresh_source_columns

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

Progress = Callable[[int, int | None], None]

#: Incident columns compared by dedup, read back from the database.
_INDEX_COLUMNS = ("event_type", "sub_event_type", "evidence", "event_date", "time_precision", "country",
                  "admin1", "place_id", "latitude", "longitude")


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest did: articles added and skipped, incidents added and merged, rejections."""

    added: int = 0
    duplicates: int = 0
    merged: int = 0
    incidents_added: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def __add__(self, other: IngestSummary) -> IngestSummary:
        """Two ingests' summaries together (e.g. the parts of a batch load)."""
        return IngestSummary(self.added + other.added, self.duplicates + other.duplicates,
                             self.merged + other.merged, self.incidents_added + other.incidents_added,
                             [*self.rejected, *other.rejected])

    def format(self) -> str:
        """A short report for the command line.

        Examples
        --------
        >>> print(IngestSummary(2, 1, 1, 3, [Rejection("a.txt", "empty file")]).format())
        added 2 articles, 1 duplicate, 3 new incidents, 1 merged into an existing incident, 1 rejected
          rejected a.txt: empty file
        """
        lines = [
            f"added {self.added} article{'s' * (self.added != 1)}, "
            f"{self.duplicates} duplicate{'s' * (self.duplicates != 1)}, "
            f"{self.incidents_added} new incident{'s' * (self.incidents_added != 1)}, "
            f"{self.merged} merged into an existing incident, {len(self.rejected)} rejected"
        ]
        for rejection in self.rejected:
            where = f"{rejection.origin}:{rejection.line}" if rejection.line else rejection.origin
            lines.append(f"  rejected {where}: {rejection.reason}")
        return "\n".join(lines)


def _incident_row(incident: Incident, now: datetime) -> dict:
    original = incident.to_contract() | {"place_id": incident.place_id, "injuries": incident.injuries}
    return {
        name: getattr(incident, name)
        for name in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                     "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                     "place_id", "fatalities", "injuries", "evidence", "confidence")
    } | {"status": "active", "original": original, "created_at": now,
         "historical": bool(getattr(incident, "historical", False))}


@dataclass
class KnownIncidents:
    """The dedup index over stored incidents, and the highest incident id it has read."""

    index: DedupIndex = field(default_factory=DedupIndex)
    high: int = 0

    def catch_up(self, conn: Connection) -> None:
        """Add the incidents stored since the last read (by this writer or another).

        Incidents are inserted only under the ingest lock, so ids grow in commit order and
        ``id > high`` finds exactly the ones not yet read.
        """
        columns = [incidents.c.id, *(incidents.c[name] for name in _INDEX_COLUMNS)]
        for row in conn.execute(select(*columns).where(incidents.c.id > self.high).order_by(incidents.c.id)):
            self.index.add(row.id, Incident(**{name: getattr(row, name) for name in _INDEX_COLUMNS}))
            self.high = row.id


def load_index(engine: Engine) -> KnownIncidents:
    """A dedup index over every stored incident (rejected ones too: an editor's decision stands)."""
    known = KnownIncidents()
    with engine.connect() as conn:
        known.catch_up(conn)
    return known


def _store(engine: Engine, items: list[tuple[Article, ParsedArticle]], known: KnownIncidents) -> IngestSummary:
    """Write parsed articles in one locked transaction; update ``known`` and return what was done."""
    now = datetime.now(UTC)
    new_keys: list[int] = []
    duplicates = merged = 0
    index = known.index
    with locked_transaction(engine, INGEST_LOCK) as conn:
        known.catch_up(conn)
        stored = set(conn.execute(select(articles.c.content_hash).where(
            articles.c.content_hash.in_({art.content_hash for art, _ in items}))).scalars())
        if stored:  # another writer stored them since this batch was checked
            duplicates = sum(art.content_hash in stored for art, _ in items)
            items = [(art, parsed) for art, parsed in items if art.content_hash not in stored]
            if not items:
                return IngestSummary(duplicates=duplicates)
        rows = [{
            "content_hash": art.content_hash, "ext_id": art.id, "title": art.title, "text": art.text,
            "published": art.published or parsed.article_date, "source": art.source, "url": art.url,
            "language": parsed.language, "ingested_at": now, "forwarded_from": art.forwarded_from,
        } for art, parsed in items]
        ids = conn.execute(insert(articles).returning(articles.c.id, sort_by_parameter_order=True),
                           rows).scalars().all()
        mentions = [{"article_id": aid, "surface": m.surface, "start": m.start, "end": m.end,
                     "place_id": m.place.place_id, "confidence": m.confidence}
                    for aid, (_, parsed) in zip(ids, items, strict=True) for m in parsed.mentions]
        if mentions:
            conn.execute(insert(place_mentions), mentions)
        articles_dates = {aid: row["published"] for aid, row in zip(ids, rows, strict=True)}
        new_rows: list[dict] = []
        links: list[tuple[int, int, Article, Incident]] = []  # (incident key, article id, ...)
        linked: set[tuple[int, int]] = set()
        for aid, (art, parsed) in zip(ids, items, strict=True):
            for incident in parsed.incidents:
                key = index.find(incident)
                if key is None:
                    key = -(len(new_rows) + 1)  # provisional until the row has its id
                    new_rows.append(_incident_row(incident, now))
                    index.add(key, incident)
                    new_keys.append(key)
                elif (key, aid) not in linked:
                    merged += 1  # another article's report of this event
                linked.add((key, aid))
                links.append((key, aid, art, incident))
        mapping: dict[int, int] = {}
        linked_ids: set[tuple[int, int]] = set()
        if new_rows:
            real = conn.execute(insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True),
                                new_rows).scalars().all()
            mapping = dict(zip(new_keys, real, strict=True))
            known.high = max(known.high, *real)
        sources = []
        for key, aid, art, incident in links:
            pair = (mapping.get(key, key), aid)
            if pair in linked_ids:
                continue  # two reports of one event in one article: one source row
            linked_ids.add(pair)
            sources.append({"incident_id": pair[0], "article_id": aid, "evidence": incident.evidence,
                            "source": art.source or incident.source, "url": art.url, "title": art.title,
                            "published": art.published or articles_dates[aid]})
        if sources:
            conn.execute(insert(incident_sources), sources)
            refresh_source_columns(conn, (row["incident_id"] for row in sources))
    index.rekey(mapping)
    return IngestSummary(added=len(ids), duplicates=duplicates, merged=merged, incidents_added=len(new_rows))


def _unknown(engine: Engine, batch: list[Article]) -> tuple[list[Article], IngestSummary]:
    """The articles of ``batch`` not yet stored (nor earlier in the batch), and the others counted."""
    hashes = [a.content_hash for a in batch]
    with engine.connect() as conn:
        known = set(conn.execute(select(articles.c.content_hash)
                                 .where(articles.c.content_hash.in_(set(hashes)))).scalars())
    fresh = []
    for art, digest in zip(batch, hashes, strict=True):
        if digest not in known:
            known.add(digest)
            fresh.append(art)
    return fresh, IngestSummary(duplicates=len(batch) - len(fresh))


def _store_or_retry(engine: Engine, items: list[tuple[Article, ParsedArticle]],
                    index: KnownIncidents) -> tuple[KnownIncidents, IngestSummary]:
    """Store a batch; if that fails, store its articles one by one and reject only the failing ones."""
    try:
        return index, _store(engine, items, index)
    except Exception:
        index = load_index(engine)  # drop provisional entries of the failed batch
    done, rejected = IngestSummary(), []
    for item in items:
        try:
            done += _store(engine, [item], index)
        except Exception as exc:
            index = load_index(engine)
            rejected.append(Rejection(origin_of(item[0]), f"could not store: {exc!r}"))
    return index, done + IngestSummary(rejected=rejected)


def ingest_articles(
    engine: Engine,
    articles_in: Iterable[Article],
    *,
    gazetteer: Gazetteer | None = None,
    article_date: date | None = None,
    progress: Progress | None = None,
    batch_size: int = 500,
    parse: Callable[..., ParsedArticle] | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Parse and store articles; a known article (same content hash) is a duplicate and adds nothing.

    Each new incident that :func:`extract.dedup.same_event` matches with a stored one only adds a
    source to it (counted as ``merged``). ``progress(done, total)`` is called after each batch;
    ``total`` is None when ``articles_in`` has no length. ``parse`` replaces
    :func:`extract.pipeline.parse_article` (same signature), e.g. in tests. ``workers`` > 1 parses in
    that many forked processes (where the platform can fork); storing stays in this process.
    """
    if parse is None:
        from extract.pipeline import parse_article as parse  # heavy: loaded on first use

    total = len(articles_in) if hasattr(articles_in, "__len__") else None
    summary = IngestSummary()
    index = load_index(engine)
    done = 0
    with ParsePool(workers, parse, gazetteer, article_date) as pool:
        for batch in batches(articles_in, batch_size):
            fresh, known = _unknown(engine, batch)
            items, rejected = [], []
            for art, result in zip(fresh, pool.map(fresh), strict=True):
                if isinstance(result, Rejection):
                    rejected.append(result)
                else:
                    items.append((art, result))
            summary += known + IngestSummary(rejected=rejected)
            if items:
                index, stored = _store_or_retry(engine, items, index)
                summary += stored
            done += len(batch)
            if progress is not None:
                progress(done, total)
    return summary
