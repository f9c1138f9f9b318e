"""Items with an identity at their origin (a feed item's link, a Telegram message): ingested once.

An article with a ``key`` is *claimed* first: a row in ``item_keys`` whose key is unique in the
database, so two watchers (or a watcher and an import) never both process one item, across
restarts too. A claim whose holder died is taken over after :data:`STALE_CLAIM`. Once the article is
stored (or rejected) the claim is marked done and the key is never processed again; content hashes
still catch the same text arriving under another key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from extract.model import Article
from extract.parallel import origin_of
from storage.ingest import IngestSummary, ingest_articles
from storage.store import articles, item_keys

__all__ = ["STALE_CLAIM", "claim", "claim_many", "ingest_claimed", "ingest_keyed", "known_keys", "release"]

#: A claim older than this (its watcher was killed) may be taken over.
STALE_CLAIM = timedelta(minutes=15)


def _now() -> datetime:
    return datetime.now(UTC)


def known_keys(engine: Engine, keys: Iterable[str]) -> set[str]:
    """The keys already done or claimed (a stale claim counts as unknown)."""
    wanted, found = list(dict.fromkeys(keys)), set()
    stale_before = _now() - STALE_CLAIM
    k = item_keys.c
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            rows = conn.execute(select(k.key, k.state, k.claimed_at).where(k.key.in_(wanted[start:start + 500])))
            for key, state, claimed_at in rows:
                if state == "done" or _aware(claimed_at) >= stale_before:
                    found.add(key)
    return found


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite gives naive UTC back


def claim(engine: Engine, key: str, *, feed_id: int | None = None) -> bool:
    """Claim ``key`` for this process; False if it is done or another process holds a fresh claim."""
    now = _now()
    try:
        with engine.begin() as conn:
            conn.execute(insert(item_keys).values(key=key, feed_id=feed_id, state="claimed", claimed_at=now))
        return True
    except IntegrityError:
        pass
    k = item_keys.c
    with engine.begin() as conn:  # compare-and-set: only one process takes a stale claim over
        taken = conn.execute(update(item_keys).where(k.key == key, k.state == "claimed",
                                                     k.claimed_at < now - STALE_CLAIM)
                             .values(claimed_at=now, feed_id=feed_id))
        return taken.rowcount == 1


def claim_many(engine: Engine, keys: Sequence[str], *, feed_id: int | None = None) -> list[str]:
    """Claim many new keys at once (one transaction; key by key if another process got one first).
    Returns the keys claimed."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    now = _now()
    try:
        with engine.begin() as conn:
            conn.execute(insert(item_keys), [{"key": key, "feed_id": feed_id, "state": "claimed",
                                              "claimed_at": now} for key in keys])
        return keys
    except IntegrityError:
        return [key for key in keys if claim(engine, key, feed_id=feed_id)]


def release(engine: Engine, keys: Iterable[str]) -> None:
    """Give claims back (the item was not processed: it will be tried again)."""
    keys = list(keys)
    if keys:
        with engine.begin() as conn:
            conn.execute(delete(item_keys).where(item_keys.c.key.in_(keys), item_keys.c.state == "claimed"))


def _finish(engine: Engine, claimed: Sequence[Article]) -> None:
    """Mark claims done, with the stored article's id (None for a rejected item: not retried)."""
    hashes = list({a.content_hash for a in claimed})
    with engine.begin() as conn:
        ids = {}
        for start in range(0, len(hashes), 500):
            ids.update(conn.execute(select(articles.c.content_hash, articles.c.id)
                                    .where(articles.c.content_hash.in_(hashes[start:start + 500]))).all())
        for article in claimed:
            conn.execute(update(item_keys).where(item_keys.c.key == article.key)
                         .values(state="done", article_id=ids.get(article.content_hash)))


def ingest_claimed(engine: Engine, claimed: Sequence[Article], **options) -> IngestSummary:
    """Ingest articles whose keys this process has claimed, then mark the claims done.

    ``options`` go to :func:`storage.ingest.ingest_articles`. If the ingest itself fails, the claims
    are released so that the items are tried again. An article another process stored at the same
    moment under another key (same text) counts as a duplicate, not as a rejection.
    """
    try:
        summary = ingest_articles(engine, list(claimed), **options)
    except BaseException:
        release(engine, (a.key for a in claimed if a.key))
        raise
    keyed = [a for a in claimed if a.key]
    if keyed:
        _finish(engine, keyed)
    failed = {r.origin for r in summary.rejected if r.reason.startswith("could not store")}
    suspects = [a for a in claimed if origin_of(a) in failed]
    stored = _stored_hashes(engine, suspects) if suspects else set()
    raced = [r for r in summary.rejected if r.reason.startswith("could not store")
             and any(origin_of(a) == r.origin and a.content_hash in stored for a in suspects)]
    if raced:
        summary = dataclasses.replace(summary, duplicates=summary.duplicates + len(raced),
                                      rejected=[r for r in summary.rejected if r not in raced])
    return summary


def ingest_keyed(engine: Engine, articles_in: Iterable[Article], *, feed_id: int | None = None,
                 **options) -> IngestSummary:
    """Ingest articles; those with a ``key`` only if the key was never seen (counted as duplicates)."""
    articles_in = list(articles_in)
    keyed = [a for a in articles_in if a.key]
    known = known_keys(engine, (a.key for a in keyed))
    unseen, taken = [], set(known)
    for article in keyed:  # the first article of each new key
        if article.key not in taken:
            taken.add(article.key)
            unseen.append(article)
    claimed = set(claim_many(engine, [a.key for a in unseen], feed_id=feed_id))
    fresh = [a for a in unseen if a.key in claimed]
    plain = [a for a in articles_in if not a.key]
    summary = ingest_claimed(engine, plain + fresh, **options)
    return dataclasses.replace(summary, duplicates=summary.duplicates + len(keyed) - len(fresh))


def _stored_hashes(engine: Engine, items: Sequence[Article]) -> set[str]:
    hashes, found = list({a.content_hash for a in items}), set()
    with engine.connect() as conn:
        for start in range(0, len(hashes), 500):
            found.update(conn.execute(select(articles.c.content_hash)
                                      .where(articles.c.content_hash.in_(hashes[start:start + 500]))).scalars())
    return found
