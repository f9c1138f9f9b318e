"""The country filter: "Iraq only" by default, a chosen country, or all; the roll-ups keyed by country
answer exactly as the incidents table under it (a property test over random incidents), the revision
0009 fills them for the incidents already stored and its downgrade keeps every incident."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, insert, inspect, select, text, update

from storage import aggregates, cells, migrate, queries
from storage.countries import IRAQ, IRAQ_BOX
from storage.export import stream_csv, to_csv_bytes, to_geojson_bytes
from storage.queries import Filters, query_incidents
from storage.store import articles, incident_cells, incident_daily, incident_sources, incidents
from tests.storage.test_derived import from_table

NOW = datetime(2025, 3, 1, tzinfo=UTC)
BASE = {"event_date": date(2025, 1, 10), "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike", "country": None, "admin1": None, "latitude": None, "longitude": None,
        "fatalities": 1, "location": None, "evidence": "x", "original": {}, "created_at": NOW}

# (country stored, governorate, latitude, longitude) -> the country the incident counts in
RULE = [
    (("IQ", "Diyala", 33.75, 44.64), "IQ"),  # an Iraqi incident as the extractor stores it
    (("SY", None, None, None), "SY"),  # an event abroad: its country, no point
    (("TR", None, 37.1, 43.5), "TR"),  # a stated country wins over a point near the border
    (("IR", None, None, None), "IR"),
    ((None, "Nineveh", None, None), "IQ"),  # no country stored: a governorate says Iraq
    ((None, None, 33.31, 44.36), "IQ"),  # ...a point in Iraq (Baghdad) too
    ((None, None, None, None), "IQ"),  # ...and no place at all: stored before events abroad were kept
    ((None, None, 33.51, 36.29), ""),  # a point in Damascus with no country: unknown, never Iraq
    (("", None, 41.0, 28.97), ""),  # an empty country is none (Istanbul)
    ((None, None, 33.3, None), "IQ"),  # one coordinate is no point
]


def _row(country, admin1, lat, lon, **extra) -> dict:
    return BASE | {"country": country, "admin1": admin1, "latitude": lat, "longitude": lon} | extra


def test_iraq_box_is_the_governorates_extent_rounded_outward() -> None:
    from geo.governorates import governorates_frame

    west, south, east, north = governorates_frame().total_bounds
    expected = (math.floor(south * 100) / 100, math.floor(west * 100) / 100,
                math.ceil(north * 100) / 100, math.ceil(east * 100) / 100)
    assert pytest.approx(expected) == IRAQ_BOX


def test_each_incident_counts_in_one_country_in_the_rollups_and_the_table(engine: Engine) -> None:
    with engine.begin() as conn:
        ids = conn.execute(insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True),
                           [_row(*stored, evidence=f"rule {k}") for k, (stored, _) in enumerate(RULE)]).scalars().all()
        keys = dict(conn.execute(select(incident_daily.c.country, func.sum(incident_daily.c.n))
                                 .group_by(incident_daily.c.country)).all())
    expected = pd.Series([country for _, country in RULE]).value_counts().to_dict()
    assert {k: int(v) for k, v in keys.items()} == expected
    for k, (_, country) in enumerate(RULE):
        if country:  # "" (unknown) is no filter value: those show only with every country
            assert ids[k] in set(query_incidents(engine, Filters(country=country))["incident_id"]), RULE[k]
        others = {c for _, c in RULE if c and c != country}
        for other in others:
            assert ids[k] not in set(query_incidents(engine, Filters(country=other))["incident_id"]), (RULE[k], other)
    assert len(query_incidents(engine, Filters(country=""))) == len(RULE)
    assert queries.filter_options(engine)["countries"] == ["IQ", "IR", "SY", "TR"]


# ---------------------------------------------------------------- property: roll-ups == incidents table
COUNTRIES = st.sampled_from(["IQ", "IQ", "SY", "TR", None, ""])
GOVS = st.sampled_from(["Diyala", "Nineveh", None])  # never "" (the extractor stores None)
POINTS = st.sampled_from([(33.3, 44.4), (36.2, 37.16), (29.37, 47.98), (37.0, 42.9), (None, None), (33.1, None),
                          (30.0, 38.77), (37.38, 48.56)])  # inside, Aleppo, Kuwait City (in the box), the box's corners
KINDS = st.sampled_from([("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
                         ("Protests", "Peaceful protest")])
ROWS = st.lists(st.tuples(COUNTRIES, GOVS, POINTS, KINDS, st.sampled_from([None, date(2024, 12, 30), date(2025, 1, 2),
                                                                            date(2025, 2, 14), date(2025, 3, 31)]),
                          st.sampled_from([None, 0, 2]), st.booleans(), st.booleans()), min_size=1, max_size=40)
FILTERS = st.builds(
    Filters, country=st.sampled_from(["IQ", "", "SY", "TR", "KW"]),
    governorates=st.sampled_from([(), ("Diyala",), ("Nineveh", "Diyala")]),
    event_types=st.sampled_from([(), ("Battles",)]),
    date_from=st.sampled_from([None, date(2025, 1, 1), date(2025, 1, 15)]),
    date_to=st.sampled_from([None, date(2025, 2, 28), date(2025, 3, 10)]),
    include_rejected=st.booleans(), include_historical=st.booleans())


def _answers(engine: Engine, filters: Filters) -> tuple:
    grid = aggregates.grid_cells(engine, filters, cells.CELL)
    grid = (grid.assign(admin1=grid["admin1"].astype(object).fillna("(none)"))
            .sort_values(["i", "j", "event_type", "admin1"], na_position="first", ignore_index=True))
    return (aggregates.summary_figures(engine, filters),
            aggregates.timeline(engine, filters, "D", by="event_type").to_dict("records"),
            aggregates.counts_by_governorate(engine, filters).to_dict("records"),
            queries.count_incidents(engine, filters), grid[["i", "j", "event_type", "admin1", "count", "fatalities"]]
            .to_dict("records"), grid[["lat_sum", "lon_sum"]].round(6).fillna(0).to_dict("records"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, filters=st.lists(FILTERS, min_size=2, max_size=2))
def test_rollups_answer_like_the_incidents_table_under_the_country_filter(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, rows: list, filters: list[Filters]) -> None:
    with engine.begin() as conn:  # each example replaces the previous one's rows (the triggers subtract them)
        conn.execute(delete(incidents))
        conn.execute(insert(incidents), [
            _row(country, gov, lat, lon, event_type=kind[0], sub_event_type=kind[1], event_date=day,
                 fatalities=dead, status="rejected" if rejected else "active", historical=historical)
            for country, gov, (lat, lon), kind, day, dead, rejected, historical in rows])
        if len(rows) > 2:  # a correction moves an incident to another country's rows
            first = conn.execute(select(func.min(incidents.c.id))).scalar_one()
            conn.execute(update(incidents).where(incidents.c.id == first).values(country="SY", latitude=None))
    for chosen in [Filters(), Filters(country=""), *filters]:
        assert _answers(engine, chosen) == from_table(monkeypatch, _answers, engine, chosen), chosen


# ---------------------------------------------------------------- the views and the exports
def _mixed(engine: Engine) -> dict[str, int]:
    rows = [_row("IQ", "Diyala", 33.75, 44.64, evidence="IED in Baqubah"),
            _row("SY", None, None, None, evidence="Drone strike in Syria", location="Syria"),
            _row(None, "Anbar", None, None, evidence="An older row without its country")]
    with engine.begin() as conn:
        ids = conn.execute(insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True), rows).scalars()
        return dict(zip(("iraq", "syria", "older"), ids, strict=True))


@pytest.mark.parametrize("filters, shown", [
    (Filters(), {"iraq", "older"}),
    (Filters(country=""), {"iraq", "syria", "older"}),
    (Filters(country="SY"), {"syria"}),
    (Filters(country="TR"), set()),
    (Filters.from_query_params({"country": "all"}), {"iraq", "syria", "older"}),
    (Filters.from_query_params({"country": "Syria"}), {"iraq", "older"}),  # no code: the default
])
def test_exports_hold_exactly_the_view(engine: Engine, filters: Filters, shown: set[str]) -> None:
    ids = _mixed(engine)
    expected = sorted(ids[name] for name in shown)
    frame = query_incidents(engine, filters)
    assert sorted(frame["incident_id"]) == expected
    out = io.BytesIO()
    assert stream_csv(engine, filters, out, chunk=2) == len(expected)
    assert out.getvalue() == to_csv_bytes(frame)
    features = json.loads(to_geojson_bytes(frame))["features"]
    assert len(features) == len(expected)
    assert aggregates.summary_figures(engine, filters)["incidents"] == len(expected)


def test_the_table_walks_newest_first_within_a_country(engine: Engine) -> None:
    ids = _mixed(engine)
    assert list(query_incidents(engine, Filters(country="SY"), columns=("incident_id",), limit=5)["incident_id"]) == [
        ids["syria"]]


# ---------------------------------------------------------------- the revision
def _to(engine: Engine, revision: str) -> None:
    """Migrate to ``revision`` from wherever the database is (down when it is above, up otherwise)."""
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        current = migrate.current(conn)
        if current is not None and revision < current:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)


def test_revision_0009_keys_the_rollups_of_stored_incidents_and_its_downgrade_keeps_them(engine: Engine) -> None:
    _to(engine, "0008")
    for table in ("incident_daily", "incident_cells"):
        assert "country" not in {c["name"] for c in inspect(engine).get_columns(table)}
    with engine.begin() as conn:  # written at 0008, by its triggers
        conn.execute(text("INSERT INTO incidents (event_date, event_type, sub_event_type, country, admin1, latitude, "
                          "longitude, fatalities, status, historical, n_sources, original, created_at) VALUES "
                          "('2025-01-10', 'Battles', 'Armed clash', 'IQ', 'Diyala', 33.7, 44.6, 2, 'active', false, 0, "
                          "'{}', '2025-03-01'), ('2025-01-11', 'Battles', 'Armed clash', 'SY', NULL, NULL, NULL, 5, "
                          "'active', false, 0, '{}', '2025-03-01')"))
    _to(engine, "0009")
    assert aggregates.summary_figures(engine, Filters())["fatalities"] == 2
    assert aggregates.summary_figures(engine, Filters(country=""))["fatalities"] == 7
    assert aggregates.grid_cells(engine, Filters(country="SY"), cells.CELL)["count"].sum() == 1
    with engine.connect() as conn:
        assert sorted(conn.execute(select(incident_cells.c.country).distinct()).scalars()) == ["IQ", "SY"]
    assert "ix_incidents_country" in {i["name"] for i in inspect(engine).get_indexes("incidents")}
    _to(engine, "0008")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(incidents)).scalar_one() == 2
        assert tuple(conn.execute(text("SELECT sum(n), sum(fatalities) FROM incident_daily")).one()) == (2, 7)
    assert "country" not in {c["name"] for c in inspect(engine).get_columns("incident_daily")}
    assert "ix_incidents_country" not in {i["name"] for i in inspect(engine).get_indexes("incidents")}
    assert migrate.upgrade(engine)  # and up again
    with engine.begin() as conn:  # the head's triggers keep the keyed roll-ups
        conn.execute(insert(incidents), [_row("TR", None, None, None)])
    assert queries.count_incidents(engine, Filters(country="TR")) == 1
    assert queries.count_incidents(engine, Filters(country=IRAQ)) == 1


#: The country an incident counts in -> the exports' ACLED cells (iso, country).
ACLED_CELLS = {"IQ": ("368", "Iraq"), "SY": ("", "SY"), "TR": ("", "TR"), "IR": ("", "IR"), "": ("", "")}


def test_exports_name_the_country_the_views_count_the_incident_in(engine: Engine) -> None:
    """Each path of the CSV (database lines, Arrow column at a time, the frame's) and the GeoJSON write
    ``iso`` and ``country`` from the rule the filter and roll-ups use: no country and a point in
    Damascus is unknown (empty), not Iraq/368."""
    from storage import csv_stream

    with engine.begin() as conn:
        ids = conn.execute(insert(incidents).returning(incidents.c.id, sort_by_parameter_order=True),
                           [_row(*stored, evidence=f"row {k}") for k, (stored, _) in enumerate(RULE)]).scalars().all()
    expected = {ids[k]: ACLED_CELLS[key] for k, (_, key) in enumerate(RULE)}
    everything = Filters(country="")
    frame = query_incidents(engine, everything)
    paths = {"database": lambda out: stream_csv(engine, everything, out, chunk=3),
             "arrow": lambda out: csv_stream.stream_arrow(engine, everything, out, chunk=3)}
    for name, write in paths.items():
        out = io.BytesIO()
        if name == "arrow":
            out.write("\ufeff".encode() + csv_stream.HEADER)
        write(out)
        table = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
        assert {int(r["incident_id"]): (r["iso"], r["country"]) for r in table} == expected, name
    table = list(csv.DictReader(io.StringIO(to_csv_bytes(frame).decode("utf-8-sig"), newline="")))
    assert {int(r["incident_id"]): (r["iso"], r["country"]) for r in table} == expected
    features = json.loads(to_geojson_bytes(frame))["features"]
    assert {f["properties"]["incident_id"]: (str(f["properties"]["iso"] or ""), f["properties"]["country"] or "")
            for f in features} == expected
# ---------------------------------------------------------------- the sidebar's option lists by country
#: (country stored, governorate, lat, lon, actor1, actor2, outlet, sub-type, day) of each incident.
OPTION_ROWS = [
    ("IQ", "Diyala", 33.75, 44.64, "ISIS", None, "INA", "Armed clash", date(2025, 1, 5)),
    ("IQ", "Nineveh", None, None, "Turkish military", "PKK", "Rudaw", "Air/drone strike", date(2025, 1, 7)),
    (None, "Basra", None, None, "Protesters", None, "Shafaq", "Peaceful protest", date(2025, 1, 9)),  # counts as Iraq
    ("SY", None, None, None, "Turkish military", "SDF", "Rudaw", "Shelling/artillery/missile attack", date(2025, 2, 3)),
    ("SY", None, None, None, "SDF", None, "North Press", "Air/drone strike", date(2025, 2, 9)),
    ("TR", None, 37.1, 43.5, "PKK", None, "Anadolu", "Armed clash", date(2025, 1, 2)),
    (None, None, 33.51, 36.29, "Syrian army", None, "SANA", "Armed clash", date(2025, 3, 1)),  # Damascus: unknown
]


def _with_options(engine: Engine) -> None:
    with engine.begin() as conn:
        for k, (country, gov, lat, lon, actor1, actor2, outlet, sub, day) in enumerate(OPTION_ROWS):
            incident_id = conn.execute(insert(incidents).returning(incidents.c.id), _row(
                country, gov, lat, lon, actor1=actor1, actor2=actor2, sub_event_type=sub, event_date=day,
                evidence=f"option row {k}")).scalar_one()
            article_id = conn.execute(insert(articles).returning(articles.c.id), {
                "content_hash": f"{k:064d}", "text": f"report {k}", "source": outlet, "ingested_at": NOW}).scalar_one()
            conn.execute(insert(incident_sources).values(incident_id=incident_id, article_id=article_id,
                                                         source=outlet))


@pytest.mark.parametrize("country, actors, sources, subs, days", [
    # Iraq only: the Turkish military and the PKK are named in Iraq too and stay; the SDF, the Syrian
    # army, North Press, Anadolu and SANA told only events abroad (or of unknown country) and go.
    ("IQ", ["ISIS", "PKK", "Protesters", "Turkish military"], ["INA", "Rudaw", "Shafaq"],
     ["Air/drone strike", "Armed clash", "Peaceful protest"], (date(2025, 1, 5), date(2025, 1, 9))),
    ("SY", ["SDF", "Turkish military"], ["North Press", "Rudaw"],
     ["Air/drone strike", "Shelling/artillery/missile attack"], (date(2025, 2, 3), date(2025, 2, 9))),
    ("TR", ["PKK"], ["Anadolu"], ["Armed clash"], (date(2025, 1, 2), date(2025, 1, 2))),
    ("KW", [], [], [], (None, None)),  # chosen in a URL, no incident there
    ("", ["ISIS", "PKK", "Protesters", "SDF", "Syrian army", "Turkish military"],
     ["Anadolu", "INA", "North Press", "Rudaw", "SANA", "Shafaq"],
     ["Air/drone strike", "Armed clash", "Peaceful protest", "Shelling/artillery/missile attack"],
     (date(2025, 1, 2), date(2025, 3, 1))),
])
def test_filter_options_offer_only_the_values_of_the_country(engine: Engine, country, actors, sources, subs,
                                                              days) -> None:
    _with_options(engine)
    options = queries.filter_options(engine, country)
    assert options["actors"] == actors
    assert options["sources"] == sources
    assert options["sub_event_types"] == subs
    assert (options["min_date"], options["max_date"]) == days
    assert options["governorates"] == (["Basra", "Diyala", "Nineveh"] if country in ("IQ", "") else [])
    assert options["countries"] == ["IQ", "SY", "TR"]  # the country filter's own choices: always all


def test_an_actor_moved_home_by_a_correction_is_offered_under_iraq_only(engine: Engine) -> None:
    """The lists under one country are not kept across data versions by highest id: a correction of a
    place can move an incident, and with it its actor and outlet, to another country."""
    _with_options(engine)
    assert "SDF" not in queries.filter_options(engine, IRAQ)["actors"]
    with engine.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.evidence == "option row 4")
                     .values(country="IQ", admin1="Nineveh"))
    options = queries.filter_options(engine, IRAQ)
    assert "SDF" in options["actors"] and "North Press" in options["sources"]
    assert "SANA" not in options["sources"]
