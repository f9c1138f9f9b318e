"""A writer process for the concurrency tests: ingests an overlapping, shuffled share of synthetic reports.

    python -m tests.reliability.writers DATABASE_URL SEED [SECONDS_PER_ARTICLE]

Event ``k`` is reported by ``REPORTS`` articles that all parse (through :func:`fake_parse`, instant and
deterministic) to the same date, place and sub-type; distinct events are three days apart, so dedup
has exactly one right answer whatever the order of the reports. That makes the result of concurrent
writers comparable, incident for incident, with a sequential run.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from extract.model import Article, Incident, ParsedArticle

EVENTS = 150
REPORTS = 3
SHARE = 0.6  # each writer ingests this share of all reports: writers overlap heavily
BATCH = 20   # small batches: many interleaved transactions


def synthetic_articles() -> list[Article]:
    """Every report of every event."""
    return [Article(text=f"Report {r} of event {k}: rockets fell near place {k % 7}.", source=f"outlet{r}",
                    id=f"e{k}r{r}", url=f"https://example.org/{k}/{r}" if r % 2 else None)
            for k in range(EVENTS) for r in range(REPORTS)]


def fake_parse(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
    """The one incident a synthetic report describes."""
    k = int(article.id.split("r")[0][1:])
    incident = Incident("Explosions/Remote violence", "Shelling/artillery/missile attack", article.text,
                        event_date=date(2020, 1, 1) + timedelta(days=3 * k), time_precision=1,
                        country="IQ", admin1="Baghdad", place_id=f"iq.place{k % 7}", source=article.source)
    return ParsedArticle(article, "en", None, (), (incident,))


def share(seed: int) -> list[Article]:
    """The reports writer ``seed`` ingests, in its own order."""
    rng = random.Random(seed)
    chosen = [a for a in synthetic_articles() if rng.random() < SHARE]
    rng.shuffle(chosen)
    return chosen


def slow_parse(delay: float):
    """:func:`fake_parse` taking ``delay`` seconds per article (to be killed half-way)."""
    def parse(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
        time.sleep(delay)
        return fake_parse(article, gazetteer, article_date=article_date)
    return parse


def run(url: str, seed: int, delay: float = 0.0) -> None:
    """Ingest writer ``seed``'s share into ``url``."""
    from storage.ingest import ingest_articles
    from storage.store import get_engine

    engine = get_engine(url)
    summary = ingest_articles(engine, share(seed), parse=slow_parse(delay) if delay else fake_parse,
                              batch_size=BATCH)
    engine.dispose()
    assert not summary.rejected, summary.format()


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
