"""The country filter on every page: an event abroad is out of the views, totals and downloads by
default ("Iraq only") and in with "All countries" or its own country; and the Arabic interface's place
names, lists and forwarded-from words (issue 10)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from sqlalchemy import insert, select, update

from storage.store import articles, get_engine, incident_sources, incidents, place_mentions
from tests.app.conftest import _row, fill_database
from tests.app.test_pages import app, decoded, downloads, map_component, markdown_text, metric  # noqa: F401 (a fixture)

#: A drone strike in Syria told by an Iraqi outlet: kept with its country, no point in Iraq.
ABROAD = _row(date(2025, 4, 1), "Explosions/Remote violence", "Air/drone strike", None, "Syria", None, None, 3,
              "A drone strike hit a car near Qamishli in Syria, killing three people.", "Rudaw",
              "https://www.rudaw.net/7", 3) | {"country": "SY", "place_id": "country.sy"}


@pytest.fixture
def abroad(full_db):
    fill_database(get_engine(full_db), [ABROAD])
    return full_db


def test_overview_leaves_an_event_abroad_out_until_all_countries(abroad):
    at = app()
    assert (metric(at, "Incidents"), metric(at, "Fatalities")) == ("6", "7")
    assert "Qamishli" not in markdown_text(at) and "country" not in at.query_params
    assert "Syria" not in markdown_text(at)  # nor in the live panel of the latest reports
    at.sidebar.selectbox(key="f_country").set_value("").run()  # "All countries"
    assert (metric(at, "Incidents"), metric(at, "Fatalities")) == ("7", "10")
    assert "Qamishli" in markdown_text(at)
    assert "<b>Air/drone strike</b> · Syria · Rudaw" in markdown_text(at)  # the live panel
    assert at.query_params["country"] in ("all", ["all"])  # the link reproduces the view
    at = app(country="SY")
    assert (metric(at, "Incidents"), metric(at, "Fatalities"), metric(at, "Governorates affected")) == ("1", "3", "0")
    at.sidebar.button(key="f_reset").click().run()  # "Clear filters": back to Iraq only
    assert metric(at, "Incidents") == "6" and "country" not in at.query_params


@pytest.mark.parametrize("params, shown", [
    ({}, "6 incidents, 0 without coordinates"),
    ({"country": "all"}, "6 incidents, 1 without coordinates"),  # no point in Iraq: counted, never drawn
])
def test_map_counts_an_event_abroad_only_with_its_country(abroad, params, shown):
    at = app("pages/map.py", **params)
    assert at.caption[0].value.startswith(shown)
    assert "Qamishli" not in decoded(map_component(at)["script"])


def test_timeline_and_table_follow_the_country(abroad):
    at = app("pages/timeline.py", **{"from": "2025-04-01"})  # the day of the strike abroad only
    assert [i.value for i in at.info] == ["No incidents match these filters."]
    assert len(app("pages/timeline.py", **{"from": "2025-04-01", "country": "all"}).get("vega_lite_chart")) == 2
    assert "Syria" not in list(app("pages/incidents.py").dataframe[0].value["location"])
    assert list(app("pages/incidents.py", country="SY").dataframe[0].value["location"]) == ["Syria"]
    assert len(app("pages/incidents.py", country="all").dataframe[0].value) == 7


@pytest.mark.parametrize("params, name, rows", [({}, "incidents_exported", 6), ({"country": "all"},
                                                                            "incidents_all-countries_exported", 7)])
def test_downloads_hold_exactly_the_country_view(abroad, downloads, params, name, rows):  # noqa: F811 (fixture)
    app("pages/incidents.py", **params)
    csv_name = next(n for n in downloads if n.endswith(".csv"))
    assert csv_name.startswith(name)
    found = list(csv.DictReader(io.StringIO(downloads[csv_name]().decode("utf-8-sig"))))
    assert len(found) == rows
    assert [r["country"] for r in found if r["location"] == "Syria"] == (["SY"] if rows == 7 else [])
    geojson = next(n for n in downloads if n.endswith(".geojson"))
    assert downloads[geojson]().count(b'"Feature"') == rows


@pytest.mark.parametrize("params, label, options", [
    ({}, "Country", ["Iraq only", "All countries", "Syria"]),
    ({"lang": "ar"}, "البلد", ["العراق فقط", "كل البلدان", "سوريا"]),
])
def test_country_filter_speaks_the_interface_language(abroad, params, label, options):
    box = app(**params).sidebar.selectbox(key="f_country")
    assert box.label == label and list(box.options) == options


# ---------------------------------------------------------------- issue 10: Arabic leftovers
def _card_of(text: str, day: str) -> str:
    return next(line for line in text.splitlines() if day in line)


def test_an_english_place_name_without_place_id_is_not_shown_as_arabic(full_db):
    text = markdown_text(app(lang="ar"))
    khanaqin = _card_of(text, "٢٠٢٥-٠٣-٠٥")  # stored with «Khanaqin» only, no place id, no words kept
    assert "مكان غير معروف بالعربية (\u2068Khanaqin\u2069)" in khanaqin
    assert "Khanaqin" in _card_of(markdown_text(app()), "2025-03-05")  # English keeps the stored name


def test_an_english_place_name_takes_the_reports_own_arabic_words(full_db):
    engine = get_engine(full_db)
    with engine.begin() as conn:  # the Arabic report of the Baquba incident wrote «بعقوبة» (a place the
        article_id = conn.execute(  # gazetteer spells Baqubah, with Baquba among its spellings)
            select(incident_sources.c.article_id).join(incidents, incidents.c.id == incident_sources.c.incident_id)
            .where(incidents.c.location == "Baquba")).scalar_one()
        body = conn.execute(select(articles.c.text).where(articles.c.id == article_id)).scalar_one()
        start = body.index("بعقوبة")
        conn.execute(insert(place_mentions).values(article_id=article_id, surface="بعقوبة", start=start,
                                                   end=start + len("بعقوبة"), place_id="iq.di.baqubah", confidence=0.9))
    card = _card_of(markdown_text(app(lang="ar")), "٢٠٢٥-٠٣-٠١")
    assert "بعقوبة، ديالى" in card and "Baquba" not in card
    popups = re.findall(r'"popup": "(.*?)", "precision"', decoded(map_component(app("pages/map.py", lang="ar"))["script"]))
    assert [p for p in popups if "المكان: بعقوبة، ديالى" in p]


@pytest.mark.parametrize("params, place", [({}, "Place: Khanaqin, Diyala"),
                                           ({"lang": "ar"}, "المكان: مكان غير معروف بالعربية (\u2068Khanaqin\u2069)، ديالى")])
def test_popups_join_place_and_governorate_with_the_languages_comma(full_db, params, place):
    script = decoded(map_component(app("pages/map.py", **params))["script"])
    assert place in script
    assert ("، " in script) == bool(params) and not re.search(r"المكان: [^<]*, ", script)


@pytest.mark.parametrize("params, said", [({}, "a hidden account"), ({"lang": "ar"}, "حساب مخفي")])
def test_a_hidden_sender_is_named_in_the_interface_language_in_the_detail(full_db, params, said):
    from extract.telegram import HIDDEN_SENDER

    engine = get_engine(full_db)
    with engine.begin() as conn:
        incident_id, article_id = conn.execute(
            select(incidents.c.id, incident_sources.c.article_id)
            .join(incident_sources, incident_sources.c.incident_id == incidents.c.id)
            .where(incidents.c.location == "Zubair")).one()
        conn.execute(update(articles).where(articles.c.id == article_id).values(forwarded_from=HIDDEN_SENDER))
    sources = app("pages/incidents.py", incident=str(incident_id), **params).dataframe[0].value
    assert list(sources["forwarded_from"]) == [said]


# ---------------------------------------------------------------- what the sidebar offers, the Review search
#: Turkish shelling in Syria, told by an outlet that told nothing in Iraq: its actor, outlet and sub-type
#: are seen only abroad, its day after every Iraqi incident.
SHELLING = _row(date(2025, 4, 10), "Explosions/Remote violence", "Shelling/artillery/missile attack", None, "Syria",
                None, None, 0, "Turkish artillery shelled villages near Qamishli in Syria.", "North Press",
                "https://npasyria.com/8", 3, "Military Forces of Turkey") | {"country": "SY", "place_id": "country.sy"}


@pytest.fixture
def shelled(abroad):
    fill_database(get_engine(abroad), [SHELLING])
    return abroad


@pytest.mark.parametrize("params, offered, left_out", [
    ({}, {"f_actor": ["ISIS", "Federal Police"], "f_source": ["INA", "Rudaw"], "f_sub": ["Armed clash"]},
     {"f_actor": "Military Forces of Turkey", "f_source": "North Press", "f_sub": "Shelling/artillery/missile attack"}),
    ({"country": "SY"}, {"f_actor": ["Military Forces of Turkey", "ISIS"], "f_source": ["North Press", "Rudaw"],
                         "f_sub": ["Shelling/artillery/missile attack", "Air/drone strike"]},
     {"f_actor": "Federal Police", "f_source": "INA", "f_sub": "Armed clash"}),
    ({"country": "all"}, {"f_actor": ["Military Forces of Turkey", "Federal Police"], "f_source": ["North Press", "INA"],
                          "f_sub": ["Shelling/artillery/missile attack", "Armed clash"]}, {}),
])
def test_the_sidebar_offers_the_actors_outlets_and_sub_types_of_the_country(shelled, params, offered, left_out):
    sidebar = app(**params).sidebar
    for key, values in offered.items():
        assert set(values) <= set(sidebar.multiselect(key=key).options), key
    for key, value in left_out.items():
        assert value not in sidebar.multiselect(key=key).options, key


def test_an_actor_chosen_in_a_link_stays_offered_under_iraq_only(shelled):
    box = app(actor="Military Forces of Turkey").sidebar.multiselect(key="f_actor")
    assert box.value == ["Military Forces of Turkey"] and "Military Forces of Turkey" in box.options


@pytest.mark.parametrize("params, window", [({}, ("2025-03-03", "2025-03-09")),  # the newest Iraqi incident
                                            ({"country": "SY"}, ("2025-04-04", "2025-04-10")),
                                            ({"country": "all"}, ("2025-04-04", "2025-04-10"))])
def test_last_seven_days_end_at_the_newest_incident_of_the_country(shelled, params, window):
    at = app(**params)
    at.sidebar.button(key="f_last7").click().run()
    assert (at.sidebar.text_input(key="f_from").value, at.sidebar.text_input(key="f_to").value) == window
    assert metric(at, "Incidents") != "0"


def _review_choices(at) -> list[str]:
    return list(at.selectbox(key="review_pick").options)


def test_review_search_by_words_follows_the_country_and_an_id_finds_any(shelled):
    at = app("pages/review.py")
    at.text_input(key="review_query").set_value("Qamishli").run()
    assert _review_choices(at) == []  # under Iraq only, as on every other page
    strike_id = get_engine(shelled).connect().execute(select(incidents.c.id).where(
        incidents.c.sub_event_type == "Shelling/artillery/missile attack")).scalar_one()
    at.text_input(key="review_query").set_value(str(strike_id)).run()  # an id names one incident: found
    assert [c.split(" ")[0] for c in _review_choices(at)] == [f"#{strike_id}"]
    at = app("pages/review.py", country="all")
    at.text_input(key="review_query").set_value("Qamishli").run()
    assert len(_review_choices(at)) == 2 and all("Syria" in c for c in _review_choices(at))
    at = app("pages/review.py", country="SY")
    at.text_input(key="review_query").set_value("Nineveh").run()
    assert _review_choices(at) == []  # an Iraqi incident is not offered under Syria
    at = app("pages/review.py")
    at.text_input(key="review_query").set_value("Nineveh").run()
    assert len(_review_choices(at)) == 1
