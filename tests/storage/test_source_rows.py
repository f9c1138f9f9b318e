"""Sources are rows (outlet, url, title, article date); every view renders each outlet with its own link.

Before: an outlet without a URL merged with one that had a URL showed that URL under the first
outlet, in popups, cards and the CSV (two parallel strings that skipped missing values).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from sqlalchemy import Engine

from dashboard import popups
from extract.model import Article, Incident, ParsedArticle
from storage.export import to_csv_bytes
from storage.ingest import ingest_articles
from storage.queries import Filters, incident_sources, query_incidents

URL = "https://shafaq.com/en/rockets-balad"


def _same_event(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
    incident = Incident("Explosions/Remote violence", "Shelling/artillery/missile attack", article.text,
                        event_date=date(2024, 5, 2), time_precision=1, country="IQ", admin1="Salah al-Din",
                        place_id="iq.balad")
    return ParsedArticle(article, "en", None, (), (incident,))


def _ingest(engine: Engine) -> int:
    reports = [Article("Rockets hit Balad air base.", title="Rockets on Balad", source="INA", id="a",
                       published=date(2024, 5, 2)),
               Article("Three rockets struck Balad base.", title="Balad base struck", source="Shafaq News",
                       url=URL, id="b", published=date(2024, 5, 3))]
    summary = ingest_articles(engine, reports, parse=_same_event)
    assert (summary.incidents_added, summary.merged) == (1, 1)
    return int(query_incidents(engine, Filters(), columns=["incident_id"])["incident_id"][0])


def test_source_rows_keep_each_outlet_with_its_own_url_title_and_date(engine: Engine) -> None:
    incident_id = _ingest(engine)
    assert incident_sources(engine, [incident_id]) == {incident_id: [
        {"source": "INA", "url": None, "title": "Rockets on Balad", "published": date(2024, 5, 2),
         "forwarded_from": None},
        {"source": "Shafaq News", "url": URL, "title": "Balad base struck", "published": date(2024, 5, 3),
         "forwarded_from": None},
    ]}


def test_popups_and_cards_link_the_right_outlet(engine: Engine) -> None:
    _ingest(engine)
    row = query_incidents(engine, Filters(), columns=["incident_id", "evidence", "source_rows", "sources",
                                                      "source_urls"]).to_dict("records")[0]
    link = f'<a href="{URL}" target="_blank" rel="noopener noreferrer" title="Balad base struck">Shafaq News</a>'
    assert popups.popup_html(row).endswith(f"INA, {link}</div>")
    assert popups.sources_html(row["source_rows"]) == f"INA, {link}"
    # the cached strings (cluster popups, 100k tables) are aligned: the link stays under Shafaq News
    assert popups.source_links(row["sources"], row["source_urls"]) == (
        f'INA, <a href="{URL}" target="_blank" rel="noopener noreferrer">Shafaq News</a>')


def test_csv_urls_line_up_with_their_outlets(engine: Engine) -> None:
    _ingest(engine)
    data = to_csv_bytes(query_incidents(engine, Filters())).decode("utf-8-sig")
    record = next(csv.DictReader(io.StringIO(data)))
    assert record["source"] == "INA; Shafaq News"  # ACLED's outlets column
    outlets, urls = record["source"].split("; "), record["source_urls"].split(" | ")
    assert dict(zip(outlets, urls, strict=True)) == {"INA": "", "Shafaq News": URL}
