"""Queries: one Filters value gives the same rows to the dashboard, the exports and the URL."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sqlalchemy import Engine

from extract.model import Article, Incident, ParsedArticle
from storage.corrections import correct_incident
from storage.ingest import ingest_articles
from storage.queries import (
    COLUMNS,
    Filters,
    count_incidents,
    counts_by_governorate,
    data_version,
    filter_options,
    grid_cells,
    incident_detail,
    query_incidents,
    summary_figures,
    timeline,
)

SHELL = "Explosions/Remote violence", "Shelling/artillery/missile attack"
IED = "Explosions/Remote violence", "Remote explosive/landmine/IED"
CLASH = "Battles", "Armed clash"
ARREST = "Strategic developments", "Arrests"
PROTEST = "Protests", "Peaceful protest"

# (article id, source, title, incident): six events, the first reported by two outlets.
REPORTS = [
    ("a1", "Alsumaria", "صواريخ على المطار", Incident(
        *SHELL, "سقط صاروخا كاتيوشا على مطار بغداد الدولي", event_date=date(2021, 5, 2), time_precision=1,
        country="IQ", admin1="Baghdad", location="Baghdad International Airport", latitude=33.2625,
        longitude=44.2344, geo_precision=1, place_id="iq.bgw_airport")),
    ("a2", "AFP", "Rockets hit Baghdad airport", Incident(
        *SHELL, "Two rockets hit Baghdad airport on Sunday", event_date=date(2021, 5, 2), time_precision=1,
        country="IQ", admin1="Baghdad", location="Baghdad International Airport", latitude=33.2625,
        longitude=44.2344, geo_precision=1, place_id="iq.bgw_airport")),
    ("a3", "Shafaq News", "عبوة في بعقوبة", Incident(
        *IED, "انفجرت عبوة ناسفة على دورية للجيش في بعقوبة", event_date=date(2025, 1, 10), time_precision=1,
        actor1="ISIS", actor2="Iraqi Army", country="IQ", admin1="Diyala", location="Baqubah",
        latitude=33.7466, longitude=44.6437, geo_precision=1, place_id="iq.baqubah", fatalities=3)),
    ("a4", "INA", "IED in Khanaqin", Incident(
        *IED, "A roadside bomb killed a shepherd near Khanaqin", event_date=date(2025, 2, 20),
        time_precision=1, country="IQ", admin1="Diyala", location="Khanaqin", latitude=34.3482,
        longitude=45.3907, geo_precision=2, place_id="iq.khanaqin", fatalities=1)),
    ("a5", "Rudaw", "اشتباك في كركوك", Incident(
        *CLASH, "اشتباك بين الجيش العراقي وعناصر داعش جنوب غرب كركوك", event_date=date(2025, 3, 5),
        time_precision=1, actor1="Iraqi Army", actor2="ISIS", country="IQ", admin1="Kirkuk",
        location="Kirkuk", latitude=35.4681, longitude=44.3922, geo_precision=2, fatalities=2)),
    ("a6", "INA", "اعتقال في الأنبار", Incident(
        *ARREST, "القبض على إرهابي في الأنبار", country="IQ", admin1="Anbar", location="Anbar",
        latitude=None, longitude=None, geo_precision=3)),
    ("a7", "Reuters", "Protest in Basra", Incident(
        *PROTEST, "=HYPERLINK(\"http://evil\") protesters gathered in Basra", event_date=date(2024, 12, 20),
        time_precision=1, country="IQ", admin1="Basra", location="Basra", latitude=30.5085,
        longitude=47.7804, geo_precision=1, fatalities=0)),
]


def populate(engine: Engine) -> None:
    plan = {aid: (incident,) for aid, _, _, incident in REPORTS}
    arts = [Article(f"{incident.evidence} ({aid})", title, None, source, f"https://news.example/{aid}", aid)
            for aid, source, title, incident in REPORTS]

    def parse(article: Article, gazetteer=None, *, article_date=None) -> ParsedArticle:
        return ParsedArticle(article, "ar", None, (), plan[article.id])

    summary = ingest_articles(engine, arts, parse=parse)
    assert (summary.added, summary.merged) == (7, 1)


@pytest.fixture
def db(engine: Engine) -> Engine:
    populate(engine)
    return engine


def locations(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["location"])


@pytest.mark.parametrize("filters, expected", [
    (Filters(), ["Anbar", "Baghdad International Airport", "Baqubah", "Basra", "Khanaqin", "Kirkuk"]),
    (Filters(governorates=("Diyala",)), ["Baqubah", "Khanaqin"]),
    (Filters(governorates=("Diyala", "Kirkuk")), ["Baqubah", "Khanaqin", "Kirkuk"]),
    (Filters(date_from=date(2025, 1, 1), date_to=date(2025, 2, 28)), ["Baqubah", "Khanaqin"]),
    (Filters(date_from=date(2025, 2, 20)), ["Khanaqin", "Kirkuk"]),
    (Filters(date_to=date(2021, 5, 2)), ["Baghdad International Airport"]),
    (Filters(event_types=("Battles", "Protests")), ["Basra", "Kirkuk"]),
    (Filters(sub_event_types=("Remote explosive/landmine/IED",)), ["Baqubah", "Khanaqin"]),
    (Filters(actors=("ISIS",)), ["Baqubah", "Kirkuk"]),  # actor1 or actor2
    (Filters(sources=("AFP",)), ["Baghdad International Airport"]),
    (Filters(sources=("INA",)), ["Anbar", "Khanaqin"]),
    (Filters(text="عبوة ناسفة"), ["Baqubah"]),
    (Filters(text="roadside BOMB"), ["Khanaqin"]),  # case-insensitive
    (Filters(text="100%_"), []),  # LIKE wildcards are literal
    (Filters(governorates=("Diyala",), actors=("Iraqi Army",)), ["Baqubah"]),
])
def test_query_incidents_filters(db: Engine, filters: Filters, expected: list[str]) -> None:
    assert locations(query_incidents(db, filters)) == expected


def test_query_incidents_columns_and_sources(db: Engine) -> None:
    frame = query_incidents(db, Filters())
    assert list(frame.columns) == list(COLUMNS)
    airport = frame[frame["location"] == "Baghdad International Airport"].iloc[0]
    assert sorted(airport["sources"].split(" | ")) == ["AFP", "Alsumaria"]
    assert sorted(airport["source_urls"].split(" | ")) == ["https://news.example/a1", "https://news.example/a2"]
    assert airport["n_sources"] == 2 and airport["status"] == "active"
    assert list(frame["event_date"])[:2] == [date(2025, 3, 5), date(2025, 2, 20)]  # newest first
    assert pd.isna(frame[frame["location"] == "Anbar"]["event_date"].iloc[0])


NEWEST_FIRST = ["Kirkuk", "Khanaqin", "Baqubah", "Basra", "Baghdad International Airport", "Anbar"]


@pytest.mark.parametrize("filters, limit, expected", [
    (Filters(), 3, NEWEST_FIRST[:3]),
    (Filters(), 100, NEWEST_FIRST),  # the undated arrest in Anbar comes last
    (Filters(), 0, []),
    (Filters(governorates=("Diyala", "Basra")), 2, ["Khanaqin", "Baqubah"]),
    (Filters(text="no such words"), 5, []),
])
def test_limit_keeps_the_newest_rows(db: Engine, filters: Filters, limit: int, expected: list[str]) -> None:
    limited = query_incidents(db, filters, limit=limit)
    assert list(limited["location"]) == expected
    pd.testing.assert_frame_equal(limited, query_incidents(db, filters).head(limit))
    assert count_incidents(db, filters) == len(query_incidents(db, filters))


@pytest.mark.parametrize("columns", [
    ("incident_id", "latitude", "longitude", "event_type", "geo_precision", "fatalities"),
    ("location", "evidence"),
    ("evidence", "incident_id", "event_date"),
])
def test_columns_are_a_slice_of_the_full_table(db: Engine, columns: tuple[str, ...]) -> None:
    filters = Filters(governorates=("Diyala", "Baghdad", "Anbar"))
    narrow = query_incidents(db, filters, columns=columns)
    assert list(narrow.columns) == list(columns)
    pd.testing.assert_frame_equal(narrow, query_incidents(db, filters)[list(columns)])
    pd.testing.assert_frame_equal(query_incidents(db, filters, columns=columns, limit=2),
                                  query_incidents(db, filters)[list(columns)].head(2))


def test_unknown_column_is_refused(db: Engine) -> None:
    with pytest.raises(ValueError, match="password"):
        query_incidents(db, Filters(), columns=["incident_id", "password"])


EXPLOSION = "Explosions/Remote violence"


@pytest.mark.parametrize("filters, cell, expected", [
    # (i, j) = floor(lat / cell), floor(lon / cell); Anbar has no coordinates: (None, None).
    (Filters(), 1.0, {(33, 44, EXPLOSION, "Baghdad"): (1, 0), (33, 44, EXPLOSION, "Diyala"): (1, 3),
                      (34, 45, EXPLOSION, "Diyala"): (1, 1), (35, 44, "Battles", "Kirkuk"): (1, 2),
                      (30, 47, "Protests", "Basra"): (1, 0), (None, None, "Strategic developments", "Anbar"): (1, 0)}),
    (Filters(governorates=("Diyala",)), 0.05, {(674, 892, EXPLOSION, "Diyala"): (1, 3),
                                               (686, 907, EXPLOSION, "Diyala"): (1, 1)}),
    (Filters(governorates=("Anbar",)), 0.1, {(None, None, "Strategic developments", "Anbar"): (1, 0)}),
    (Filters(text="no such words"), 0.1, {}),
])
def test_grid_cells_count_in_sql(db: Engine, filters: Filters, cell: float, expected: dict) -> None:
    cells = grid_cells(db, filters, cell)
    found = {(None if pd.isna(r.i) else r.i, None if pd.isna(r.j) else r.j, r.event_type, r.admin1):
             (r.count, r.fatalities) for r in cells.itertuples()}
    assert found == expected


def test_rejected_incidents_are_hidden_unless_asked(db: Engine) -> None:
    kirkuk = int(query_incidents(db, Filters(governorates=("Kirkuk",)))["incident_id"].iloc[0])
    correct_incident(db, kirkuk, field="status", value="rejected", editor="Lina")
    assert "Kirkuk" not in locations(query_incidents(db, Filters()))
    assert "Kirkuk" in locations(query_incidents(db, Filters(include_rejected=True)))


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(governorates=("Diyala", "Salah al-Din"), date_from=date(2025, 1, 1), date_to=date(2025, 3, 31)),
    Filters(event_types=("Explosions/Remote violence",), sub_event_types=("Remote explosive/landmine/IED",)),
    Filters(actors=("داعش", "PMF"), sources=("شفق نيوز",), text="عبوة ناسفة", include_rejected=True),
])
def test_filters_round_trip_through_query_params(filters: Filters) -> None:
    assert Filters.from_query_params(filters.to_query_params()) == filters


@pytest.mark.parametrize("params, expected", [
    ({"gov": "Diyala", "from": "2025-01-01", "to": "2025-03-31"},
     Filters(governorates=("Diyala",), date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))),
    ({"gov": ["Diyala", "Kirkuk"], "type": "Battles"},
     Filters(governorates=("Diyala", "Kirkuk"), event_types=("Battles",))),
    ({"from": "not-a-date", "rejected": "0"}, Filters()),
    ({"q": "  سيارة مفخخة ", "rejected": "1"}, Filters(text="سيارة مفخخة", include_rejected=True)),
])
def test_filters_from_query_params(params: dict, expected: Filters) -> None:
    assert Filters.from_query_params(params) == expected


def test_filters_accept_lists_from_widgets() -> None:
    made = Filters(governorates=["Diyala"], actors=["ISIS", "PMF"])
    assert made == Filters(governorates=("Diyala",), actors=("ISIS", "PMF"))
    assert hash(made) == hash(Filters(governorates=("Diyala",), actors=("ISIS", "PMF")))


def test_to_query_params_is_short() -> None:
    assert Filters(governorates=("Diyala",), event_types=("Battles",), date_to=date(2025, 3, 31)
                   ).to_query_params() == {"gov": ["Diyala"], "type": ["Battles"], "to": "2025-03-31"}


def test_filter_options(db: Engine) -> None:
    options = filter_options(db)
    assert options["governorates"] == ["Anbar", "Baghdad", "Basra", "Diyala", "Kirkuk"]
    assert options["actors"] == ["ISIS", "Iraqi Army"]
    assert options["sources"] == ["AFP", "Alsumaria", "INA", "Reuters", "Rudaw", "Shafaq News"]
    assert "Armed clash" in options["sub_event_types"] and "Protests" in options["event_types"]
    assert (options["min_date"], options["max_date"]) == (date(2021, 5, 2), date(2025, 3, 5))


def test_incident_detail(db: Engine) -> None:
    airport = int(query_incidents(db, Filters(sources=("AFP",)))["incident_id"].iloc[0])
    correct_incident(db, airport, field="event_date", value="2021-05-03", editor="Omar", note="per INA")
    detail = incident_detail(db, airport)
    assert detail["incident_id"] == airport
    assert sorted(s["title"] for s in detail["sources"]) == ["Rockets hit Baghdad airport", "صواريخ على المطار"]
    assert {s["url"] for s in detail["sources"]} == {"https://news.example/a1", "https://news.example/a2"}
    assert [(c["field"], c["before"], c["after"]) for c in detail["corrections"]] == [
        ("event_date", "2021-05-02", "2021-05-03")]
    assert detail["original"]["event_date"] == "2021-05-02"
    assert incident_detail(db, 999_999) is None


def test_data_version_changes_with_data_and_corrections(engine: Engine) -> None:
    empty = data_version(engine)
    populate(engine)
    filled = data_version(engine)
    assert filled != empty
    assert data_version(engine) == filled  # stable while nothing changes
    some_id = int(query_incidents(engine, Filters())["incident_id"].iloc[0])
    correct_incident(engine, some_id, field="time_precision", value=2, editor="Lina")
    assert data_version(engine) != filled


def test_summary_figures_against_previous_window(db: Engine) -> None:
    figures = summary_figures(db, Filters(date_from=date(2025, 1, 1), date_to=date(2025, 3, 31)))
    # Jan-Mar 2025: two IEDs (3 + 1 killed) and a clash (2); the 90 days before: the Basra protest.
    assert (figures["incidents"], figures["fatalities"], figures["governorates"]) == (3, 6, 2)
    assert (figures["previous_from"], figures["previous_to"]) == (date(2024, 10, 3), date(2024, 12, 31))
    assert (figures["previous_incidents"], figures["previous_fatalities"], figures["previous_governorates"]) \
        == (1, 0, 1)
    assert (figures["incidents_change"], figures["fatalities_change"]) == (2, 6)


def test_summary_figures_open_window_uses_the_data(db: Engine) -> None:
    figures = summary_figures(db, Filters(governorates=("Diyala",)))
    assert (figures["date_from"], figures["date_to"]) == (date(2025, 1, 10), date(2025, 2, 20))
    assert figures["incidents"] == 2
    assert figures["previous_from"] is None and figures["incidents_change"] is None


def test_summary_figures_open_end_compares_up_to_the_latest_incident(db: Engine) -> None:
    figures = summary_figures(db, Filters(governorates=("Diyala",), date_from=date(2025, 2, 1)))
    # 1-20 Feb (up to the latest Diyala incident) against the 20 days before, which miss the 10 Jan IED.
    assert (figures["date_from"], figures["date_to"]) == (date(2025, 2, 1), date(2025, 2, 20))
    assert (figures["previous_from"], figures["previous_to"]) == (date(2025, 1, 12), date(2025, 1, 31))
    assert (figures["incidents"], figures["previous_incidents"]) == (1, 0)


@pytest.mark.parametrize("measure, top", [("incidents", ("Diyala", 2)), ("fatalities", ("Diyala", 4))])
def test_counts_by_governorate(db: Engine, measure: str, top: tuple[str, int]) -> None:
    frame = counts_by_governorate(db, Filters(), measure=measure)
    assert tuple(frame.iloc[0][["admin1", "value"]]) == top
    assert len(frame) == 18 and frame.set_index("admin1").loc["Najaf", "value"] == 0
    assert frame.set_index("admin1").loc["Kirkuk", "fatalities"] == 2


def test_timeline(db: Engine) -> None:
    daily = timeline(db, Filters(governorates=("Diyala", "Kirkuk")))
    assert [d.date() for d in daily["date"]] == [date(2025, 1, 10), date(2025, 2, 20), date(2025, 3, 5)]
    assert list(daily["fatalities"]) == [3, 1, 2]
    weekly = timeline(db, Filters(), freq="W", by="event_type")
    row = weekly[weekly["event_type"] == "Explosions/Remote violence"].iloc[0]
    assert (row["date"].date(), row["incidents"]) == (date(2021, 4, 26), 1)  # the Monday of 2 May 2021
    assert weekly["incidents"].sum() == 5  # the undated arrest is left out
