"""Ingest: articles in once, duplicates add nothing, two outlets' reports merge, failures lose nothing.

A stub parser maps each article to the incidents a test wants, so these tests check storage and
dedup, not extraction; the last test runs the real pipeline on the seeds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from extract.model import Article, Incident, ParsedArticle, Rejection
from geo.model import Place, PlaceMention
from storage.ingest import IngestSummary, ingest_articles
from storage.store import articles, incident_sources, incidents, place_mentions

AIRPORT = Place("iq.bgw_airport", "Baghdad International Airport", "مطار بغداد الدولي", "airport", "IQ",
                "Baghdad", "Baghdad", 33.2625, 44.2344)
ROCKETS = "Explosions/Remote violence", "Shelling/artillery/missile attack"

AR_TEXT = "سقط صاروخا كاتيوشا مساء الأحد على مطار بغداد الدولي، واعترضت منظومة سي رام أحدهما."
EN_TEXT = "Two Katyusha rockets targeted Baghdad International Airport on Sunday evening, police said."


def rocket(evidence: str, day: date, source: str) -> Incident:
    return Incident(*ROCKETS, evidence, event_date=day, time_precision=1, country="IQ", admin1="Baghdad",
                    admin2="Baghdad", location=AIRPORT.name_en, latitude=AIRPORT.latitude,
                    longitude=AIRPORT.longitude, geo_precision=1, place_id=AIRPORT.place_id,
                    source=source, confidence=0.8)


def stub_parser(plan: dict[str, tuple[Incident, ...]]):
    """parse_article look-alike: incidents by article id; text containing BOOM fails."""
    def parse(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
        if "BOOM" in article.text:
            raise ValueError("parser exploded")
        mentions = ()
        where = article.text.find("مطار بغداد الدولي")
        if where >= 0:
            mentions = (PlaceMention("مطار بغداد الدولي", where, where + 17, AIRPORT, 0.9),)
        return ParsedArticle(article, "ar" if where >= 0 else "en", article.published or article_date,
                             mentions, plan.get(article.id or "", ()))
    return parse


def count(engine: Engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def two_outlets() -> tuple[list[Article], dict]:
    arts = [Article(AR_TEXT, "صواريخ على المطار", date(2021, 5, 3), "Alsumaria", "https://a.example/1", "ar1"),
            Article(EN_TEXT, "Rockets hit airport", date(2021, 5, 3), "AFP", "https://b.example/2", "en1")]
    plan = {"ar1": (rocket(AR_TEXT, date(2021, 5, 2), "Alsumaria"),),
            "en1": (rocket(EN_TEXT, date(2021, 5, 2), "AFP"),)}
    return arts, plan


def test_same_event_from_two_outlets_is_one_incident_with_two_sources(engine: Engine) -> None:
    arts, plan = two_outlets()
    summary = ingest_articles(engine, arts, parse=stub_parser(plan))
    assert (summary.added, summary.duplicates, summary.incidents_added, summary.merged) == (2, 0, 1, 1)
    assert count(engine, incidents) == 1
    with engine.connect() as conn:
        sources = conn.execute(select(incident_sources.c.source, incident_sources.c.url)
                               .order_by(incident_sources.c.source)).all()
    assert [tuple(r) for r in sources] == [("AFP", "https://b.example/2"), ("Alsumaria", "https://a.example/1")]


@pytest.mark.parametrize("batch_size", [1, 500])
def test_merge_across_separate_ingests(engine: Engine, batch_size: int) -> None:
    arts, plan = two_outlets()
    ingest_articles(engine, arts[:1], parse=stub_parser(plan), batch_size=batch_size)
    second = ingest_articles(engine, arts[1:], parse=stub_parser(plan), batch_size=batch_size)
    assert (second.added, second.incidents_added, second.merged) == (1, 0, 1)
    assert count(engine, incidents) == 1 and count(engine, incident_sources) == 2
    with engine.connect() as conn:  # the cached source columns follow the merge
        n, names = conn.execute(select(incidents.c.n_sources, incidents.c.sources)).one()
    assert n == 2 and sorted(names.split(" | ")) == ["AFP", "Alsumaria"]


def test_ingesting_twice_adds_nothing(engine: Engine) -> None:
    arts, plan = two_outlets()
    ingest_articles(engine, arts, parse=stub_parser(plan))
    before = [count(engine, t) for t in (articles, incidents, incident_sources, place_mentions)]
    # Whitespace differences do not make a new article.
    again = [Article("  " + a.text.replace(" ", "  ") + "\n", a.title, a.published, a.source, a.url, a.id)
             for a in arts]
    summary = ingest_articles(engine, again, parse=stub_parser(plan))
    assert (summary.added, summary.duplicates, summary.incidents_added, summary.merged) == (0, 2, 0, 0)
    assert [count(engine, t) for t in (articles, incidents, incident_sources, place_mentions)] == before


def test_duplicate_inside_one_call(engine: Engine) -> None:
    arts, plan = two_outlets()
    summary = ingest_articles(engine, [arts[0], arts[0]], parse=stub_parser(plan))
    assert (summary.added, summary.duplicates) == (1, 1)


def test_a_failing_article_is_rejected_and_the_rest_go_in(engine: Engine) -> None:
    arts, plan = two_outlets()
    bad = Article("BOOM: garbled feed", source="X", id="bad")
    summary = ingest_articles(engine, [arts[0], bad, arts[1]], parse=stub_parser(plan))
    assert summary.added == 2 and count(engine, articles) == 2
    assert len(summary.rejected) == 1
    assert summary.rejected[0].reason.startswith("could not process:")
    assert "parser exploded" in summary.rejected[0].reason


def test_an_article_the_database_refuses_does_not_take_its_batch_down(engine: Engine) -> None:
    arts, plan = two_outlets()
    broken = Incident(*ROCKETS, "x")
    object.__setattr__(broken, "event_type", None)  # violates NOT NULL when stored
    plan["bad"] = (broken,)
    summary = ingest_articles(engine, [arts[0], Article("another text", id="bad"), arts[1]],
                              parse=stub_parser(plan))
    assert summary.added == 2
    assert [r.reason.split(":")[0] for r in summary.rejected] == ["could not store"]
    assert count(engine, incidents) == 1 and count(engine, incident_sources) == 2


def test_mentions_and_original_are_stored(engine: Engine) -> None:
    arts, plan = two_outlets()
    ingest_articles(engine, arts, parse=stub_parser(plan))
    with engine.connect() as conn:
        m = conn.execute(select(place_mentions, articles.c.text)
                         .join(articles, articles.c.id == place_mentions.c.article_id)).one()
        original = conn.execute(select(incidents.c.original)).scalar_one()
    assert m.text[m.start:m.end] == m.surface == "مطار بغداد الدولي"
    assert m.place_id == "iq.bgw_airport"
    assert original["event_date"] == "2021-05-02"
    assert original["sub_event_type"] == "Shelling/artillery/missile attack"
    assert original["place_id"] == "iq.bgw_airport"


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_parsing_gives_the_same_result(engine: Engine, workers: int) -> None:
    arts, plan = two_outlets()
    bad = Article("BOOM again", id="bad2")
    summary = ingest_articles(engine, [arts[0], bad, arts[1]], parse=stub_parser(plan), workers=workers)
    assert (summary.added, summary.incidents_added, summary.merged) == (2, 1, 1)
    assert [r.origin for r in summary.rejected] == ["bad2"]
    assert count(engine, incident_sources) == 2


def test_progress_is_reported(engine: Engine) -> None:
    arts, plan = two_outlets()
    calls: list[tuple[int, int | None]] = []
    ingest_articles(engine, arts, parse=stub_parser(plan), batch_size=1,
                    progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    calls.clear()
    ingest_articles(engine, iter(arts), parse=stub_parser(plan), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(2, None)]


def test_summary_format_lists_rejections() -> None:
    summary = IngestSummary(3, 1, 2, 4, [Rejection("feed.jsonl", "invalid JSON", line=7)])
    out = summary.format()
    assert out.splitlines()[0] == ("added 3 articles, 1 duplicate, 4 new incidents, "
                                   "2 merged into an existing incident, 1 rejected")
    assert "feed.jsonl:7: invalid JSON" in out


@pytest.mark.slow
def test_seed_pair_becomes_one_incident_with_two_sources(engine: Engine, seeds_dir: Path) -> None:
    """Seeds 001 and 002 both report the rockets on Baghdad airport of 2 May 2021."""
    from extract.read import read_path

    arts = [a for name in ("001_7a97ad3cc615b2fe.txt", "002_6be975f03497fb3e.txt")
            for a in read_path(seeds_dir / name).articles]
    ingest_articles(engine, arts, article_date=date(2021, 5, 3))
    with engine.connect() as conn:
        rows = conn.execute(
            select(incidents.c.id, func.count(incident_sources.c.id))
            .join(incident_sources, incident_sources.c.incident_id == incidents.c.id)
            .where(incidents.c.sub_event_type == "Shelling/artillery/missile attack",
                   incidents.c.admin1 == "Baghdad")
            .group_by(incidents.c.id)).all()
    assert [n for _, n in rows] == [2]
