"""Every page under AppTest, on an empty and on a full temporary database (never the user's data)."""

from __future__ import annotations

import csv
import io
import json
import re
from html import escape
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from storage.queries import Filters

ROOT = Path(__file__).resolve().parents[2]

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/incidents.py", "pages/ingest.py",
         "pages/review.py", "pages/sources.py", "pages/gazetteer.py"]


def app(page: str | None = None, **params: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_empty_database(empty_db, page):
    at = app(page)
    assert at.title or at.header


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_full_database(full_db, page):
    at = app(page)
    assert at.title or at.header


def test_overview_figures_and_governorate_filter(full_db):
    at = app()
    assert (metric(at, "Incidents"), metric(at, "Fatalities"), metric(at, "Governorates affected")) == ("6", "7", "3")
    at.sidebar.multiselect(key="f_gov").set_value(["Diyala"]).run()
    assert (metric(at, "Incidents"), metric(at, "Fatalities"), metric(at, "Governorates affected")) == ("3", "3", "1")
    # the URL reproduces the view
    assert Filters.from_query_params(dict(at.query_params)) == Filters(governorates=("Diyala",))



def test_overview_compares_only_when_a_start_date_is_chosen(full_db):
    at = app()
    assert all(not m.delta for m in at.metric)
    assert any("Choose a start date" in c.value for c in at.caption)
    # March 2025 (3 Diyala incidents) against the 31 days before (the Basra protest and arrest)
    at = app(**{"from": "2025-03-01", "to": "2025-03-31"})
    deltas = {m.label: m.delta for m in at.metric}
    assert deltas["Incidents"] == "1" and deltas["Governorates affected"] == "0"
    assert any("2025-01-29 → 2025-02-28" in c.value for c in at.caption)

@pytest.mark.parametrize("params, incidents", [
    ({"gov": "Basra"}, "2"),
    ({"gov": ["Basra", "Nineveh"]}, "3"),
    ({"type": "Explosions/Remote violence"}, "2"),
    ({"from": "2025-03-01", "to": "2025-03-31"}, "3"),
    ({"q": "Khanaqin"}, "1"),
    ({"actor": "Federal Police"}, "1"),
])
def test_query_params_restore_the_view(full_db, params, incidents):
    at = app(**params)
    assert metric(at, "Incidents") == incidents
    if "gov" in params:
        wanted = params["gov"] if isinstance(params["gov"], list) else [params["gov"]]
        assert at.sidebar.multiselect(key="f_gov").value == wanted


def test_change_vs_previous_window(full_db):
    at = app(**{"from": "2025-03-01", "to": "2025-03-31"})
    incidents = next(m for m in at.metric if m.label == "Incidents")
    # 3 incidents in March; 2 in the 31 days before (Feb 10 and Feb 20 fall in Jan 29 – Feb 28)
    assert incidents.value == "3" and incidents.delta == "1"


def test_evidence_is_escaped_and_arabic_is_rtl(full_db):
    text = markdown_text(app())
    assert "<script>" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;b&gt;Evil source&lt;/b&gt;" in text and "javascript:" not in text
    assert '<p dir="rtl">انفجرت عبوة ناسفة' in text


def test_arabic_interface(full_db):
    at = app(lang="ar")
    assert at.title[0].value == "خريطة الحوادث في العراق"
    assert metric(at, "الحوادث") == "٦"  # Arabic-Indic digits
    assert "direction:rtl" in markdown_text(at)


def test_map_page_follows_filters(full_db):
    at = app("pages/map.py", gov="Diyala")
    assert "3 incidents" in at.caption[0].value
    at.sidebar.multiselect(key="f_gov").set_value(["Basra", "Nineveh"]).run()
    assert "3 incidents" in at.caption[0].value
    at.sidebar.multiselect(key="f_type").set_value(["Protests"]).run()
    assert "1 incident," in at.caption[0].value  # singular


def test_timeline_narrows_with_dates(full_db):
    at = app("pages/timeline.py")
    assert len(at.get("vega_lite_chart")) == 2
    at.sidebar.text_input(key="f_from").set_value("2030-01-01").run()
    assert [i.value for i in at.info] == ["No incidents match these filters."]


def test_empty_window_offers_the_latest_window_with_data(full_db):
    at = app("pages/overview.py", **{"from": "2025-06-01", "to": "2025-06-07"})
    assert [i.value for i in at.info] == ["No incidents match these filters."]
    offer = at.button(key="latest_window")
    assert offer.label.startswith("Show 2025-03-03 → 2025-03-09, the latest 7 days")
    offer.click().run()
    assert not at.info and "2025-03-09" in markdown_text(at)
    assert at.query_params["from"] in ("2025-03-03", ["2025-03-03"])


@pytest.mark.parametrize("typed, shown", [("2025-03-05", "2 incidents"), ("5/3/2025", "is not a date")])
def test_a_typed_date_applies_at_once(full_db, typed, shown):
    at = app("pages/map.py", gov="Diyala")
    at.sidebar.text_input(key="f_from").input(typed).run()  # what Enter or leaving the field sends
    assert shown in " ".join(c.value for c in [*at.caption, *at.sidebar.caption])


def test_every_page_says_how_fresh_the_data_is(full_db):
    at = app()
    assert at.sidebar.caption[0].value.startswith("Latest report 2025-03-09 · ingested 0 min ago")


BALAD = ("Rocket attack on Balad air base\n"
         "Three Katyusha rockets struck Balad air base in Salah al-Din province on Monday, "
         "security sources said. No casualties were reported.")


@pytest.mark.parametrize("params, before, after", [
    ({}, "Latest report 2025-03-09", "Latest report 2025-04-07"),
    ({"lang": "ar"}, "أحدث تقرير ٢٠٢٥-٠٣-٠٩", "أحدث تقرير ٢٠٢٥-٠٤-٠٧"),
])
def test_freshness_line_follows_an_ingest_in_the_same_run(full_db, params, before, after):
    at = app("pages/ingest.py", **params)
    assert at.sidebar.caption[0].value.startswith(before)
    at.text_area(key="ingest_text").input(BALAD).run()
    at.date_input(key="ingest_date").set_value("2025-04-08").run()
    at.button(key="ingest_go").click().run()
    assert at.sidebar.caption[0].value.startswith(after)  # the run that ingested, not the next one


@pytest.fixture
def downloads(monkeypatch):
    """The download buttons' deferred callables (run when a user clicks): file name → callable."""
    captured: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        captured[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return captured


def test_download_holds_exactly_the_filtered_rows(full_db, downloads):
    app("pages/incidents.py", gov="Diyala")
    name = next(n for n in downloads if n.endswith(".csv"))
    assert "diyala" in name.lower()
    data = downloads[name]()  # what the user gets on click
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel shows Arabic
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(r["location"] for r in rows) == ["Baquba", "Khanaqin", "Muqdadiyah"]
    geojson = next(n for n in downloads if n.endswith(".geojson"))
    assert downloads[geojson]().count(b'"Feature"') == 3


def test_incident_table_is_filtered(full_db):
    at = app("pages/incidents.py", type="Protests")
    table = at.dataframe[0].value
    assert list(table["location"]) == ["Basra"]
    at.sidebar.multiselect(key="f_type").set_value(["Violence against civilians"]).run()
    # st.dataframe shows text as text: the markup is kept verbatim, never rendered
    assert at.dataframe[0].value["evidence"].str.contains("<script>alert(1)</script>", regex=False).all()


def test_review_is_read_only_without_password(full_db):
    at = app("pages/review.py")
    assert at.button(key="review_save").disabled
    assert any("Read-only" in i.value for i in at.info)


def test_review_refuses_wrong_password_and_logs_a_correction(full_db, monkeypatch):
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py")
    at.text_input(key="review_password").set_value("guess").run()
    assert [e.value for e in at.error] == ["Wrong password: editing refused."]
    assert at.button(key="review_save").disabled
    at.text_input(key="review_password").set_value("s3cret").run()
    at.text_input(key="review_query").set_value("Khanaqin").run()
    at.selectbox(key="review_field").set_value("status").run()
    at.checkbox(key="review_reject").check().run()
    at.text_input(key="review_editor").set_value("Hana").run()
    at.button(key="review_save").click().run()
    assert [s.value for s in at.success] == ["Correction saved."]
    log = at.dataframe[-1].value
    assert list(log[["field", "before", "after", "editor"]].itertuples(index=False, name=None)) == [
        ("status", "active", "rejected", "Hana")]
    # the rejected incident leaves the overview at once (caches keyed on data_version)
    at.switch_page("pages/overview.py").run()
    assert metric(at, "Incidents") == "5"


def test_ingest_without_input_warns(full_db):
    at = app("pages/ingest.py")
    at.button(key="ingest_go").click().run()
    assert "Nothing to ingest: upload a file, paste a text or give a URL." in [w.value for w in at.warning]


def test_ingest_pasted_article_reports_and_shows_at_once(full_db):
    at = app("pages/ingest.py")
    at.text_area(key="ingest_text").input(BALAD).run()
    at.date_input(key="ingest_date").set_value("2025-04-08").run()
    at.button(key="ingest_go").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert metric(at, "Articles added") == "1"
    at.button(key="ingest_go").click().run()
    assert metric(at, "Already known (duplicates)") == "1"


def test_gazetteer_search_and_highlight(full_db):
    at = app("pages/gazetteer.py")
    at.text_input(key="gaz_query").set_value("Baquba").run()
    assert any("Baquba" in str(o) for o in at.radio(key="gaz_pick").options)
    at.text_area(key="gaz_sentence").input("انفجرت عبوة ناسفة في <b>بعقوبة</b> صباح اليوم").run()
    html = markdown_text(at)
    assert '<p dir="rtl">' in html and "&lt;b&gt;" in html and "<b>بعقوبة" not in html
    assert "<mark" in html


def test_review_corrects_the_place_from_the_gazetteer(full_db, monkeypatch):
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py")
    at.text_input(key="review_password").set_value("s3cret").run()
    at.text_input(key="review_query").set_value("Zubair").run()
    at.selectbox(key="review_field").set_value("place_id").run()
    at.text_input(key="review_place_q").set_value("Basra").run()
    place_id = at.selectbox(key="review_place").value
    assert place_id is not None
    at.text_input(key="review_editor").set_value("Hana").run()
    at.button(key="review_save").click().run()
    assert [s.value for s in at.success] == ["Correction saved."]
    log = at.dataframe[-1].value
    assert "place_id" in set(log["field"]) and place_id in set(log["after"])
    assert set(log["editor"]) == {"Hana"}


def test_install_assets_is_idempotent(tmp_path):
    from dashboard.basemap import offline_assets
    from dashboard.state import install_assets

    assets = offline_assets()
    assert install_assets(tmp_path) == len(assets)
    assert install_assets(tmp_path) == 0
    for relative, source in assets.items():
        assert (tmp_path / relative).read_bytes() == source.read_bytes()
    assert not list(tmp_path.rglob("*.part"))


def map_component(at: AppTest) -> dict:
    """The arguments st_folium sends to the browser: script, header, js/css links."""
    return json.loads(at.get("component_instance")[0].proto.json_args)


def test_map_component_is_offline_and_escaped(full_db):
    args = map_component(app("pages/map.py"))
    links = args["js_links"] + args["css_links"]
    assert links and all(link.startswith("/app/static/vendor/") for link in links), links
    script = re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), args["script"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in script
    assert "<script>alert" not in script and "<img src=x" not in script and "javascript:alert" not in script
    assert '<p dir=\\"rtl\\">انفجرت عبوة ناسفة' in script or '<p dir="rtl">انفجرت عبوة ناسفة' in script


def test_map_speaks_arabic(full_db):
    script = map_component(app("pages/map.py", lang="ar"))["script"]
    script = re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), script)
    assert "الحدود (دون إنترنت)" in script and "المحافظة فقط" in script


def test_ingest_reports_rejections_clearly(full_db):
    at = app("pages/ingest.py")
    at.text_input(key="ingest_url").input("ftp://example.org/article.txt").run()
    assert not at.dataframe  # nothing fetched before the click
    at.button(key="ingest_go").click().run()
    assert not at.exception
    assert metric(at, "Rejected") == "1"
    reasons = at.dataframe[0].value
    assert list(reasons["input"]) == ["ftp://example.org/article.txt"]
    assert "http" in reasons["reason"][0]


def test_clear_filters_and_language_switch_update_the_url(full_db):
    at = app(gov="Diyala")
    assert metric(at, "Incidents") == "3"
    at.sidebar.button(key="f_reset").click().run()  # "Clear filters"
    assert metric(at, "Incidents") == "6"
    assert "gov" not in at.query_params
    at.sidebar.radio(key="lang").set_value("ar").run()
    assert at.query_params["lang"] in ("ar", ["ar"])
    assert metric(at, "الحوادث") == "٦"


def test_sub_type_choices_follow_the_event_type(full_db):
    at = app(type="Protests")
    assert "Peaceful protest" in at.sidebar.multiselect(key="f_sub").options
    assert "Armed clash" not in at.sidebar.multiselect(key="f_sub").options


def decoded(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), text)


@pytest.mark.parametrize("params, mode_text, heads", [
    # More located incidents than the map draws one by one: clusters made on the server.
    ({}, "6 incidents, grouped by area", ["2 incidents · 1 killed", "1 incident · 4 killed"]),
    ({"gov": "Diyala"}, "3 incidents, grouped by area", ["1 incident · 2 killed", "1 incident · 1 killed"]),
    ({"gov": "Basra"}, "2 incidents, 0 without coordinates", []),  # few enough: markers with popups
])
def test_map_clusters_on_the_server_above_the_limit_with_evidence(full_db, monkeypatch, params, mode_text, heads):
    from dashboard import mapview

    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    at = app("pages/map.py", **params)
    assert mode_text in at.caption[0].value
    args = map_component(at)
    layer = decoded(args["feature_group"] or "")
    for head in heads:  # each cluster: its count, its newest reports with evidence, and two ways in
        assert head in layer
    if heads:
        assert "Clashes broke out" in layer and "Zoom in" in layer and "Show these in the table" in layer
        assert "incidents?" in layer and "box=" in layer and "incident=" in layer
        assert "&lt;script&gt;" in layer and "<script>alert" not in layer
        assert args["returned_objects"] == ["zoom", "bounds"]
    if "gov" in params:  # the chosen governorate is outlined and fitted
        assert "fitBounds" in args["script"] and '"dashArray": "6 4"' in args["script"]


def test_map_clusters_split_when_the_browser_zooms_in(full_db, monkeypatch):
    from dashboard import mapview

    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    at = app("pages/map.py")
    assert decoded(map_component(at)["feature_group"]).count('"cell":') == 5  # Iraq at zoom 6
    at.session_state[mapview.KEY] = {"zoom": 3, "bounds": {"_southWest": {"lat": 20, "lng": 30},
                                                           "_northEast": {"lat": 45, "lng": 60}}}
    at.run()
    assert decoded(map_component(at)["feature_group"]).count('"cell":') == 1  # 13-degree cells
    at.session_state[mapview.KEY] = {"zoom": 11, "bounds": {"_southWest": {"lat": 33.5, "lng": 44.4},
                                                            "_northEast": {"lat": 34.5, "lng": 45.5}}}
    at.run()
    layer = decoded(map_component(at)["feature_group"])
    assert layer.count('"cell":') == 3 and "1 incident · 2 killed" in layer and "Basra" not in layer


def test_map_and_clusters_are_drawn_again_after_a_write(full_db, monkeypatch):
    """The map and its cluster layer are kept for every session until the data change: a new report
    (a new data version) is on the map at the next rerun, as markers and in the clusters' popups."""
    from datetime import date

    from dashboard import mapview
    from storage.store import get_engine
    from tests.app.conftest import _row, fill_database

    few, many = app("pages/map.py", gov="Basra"), None
    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    many = app("pages/map.py")
    assert "Dockworkers" not in decoded(map_component(few)["script"])
    assert "Dockworkers" not in decoded(map_component(many)["feature_group"])
    fill_database(get_engine(full_db), [_row(date(2025, 3, 20), "Protests", "Peaceful protest", "Basra", "Umm Qasr",
                                             30.04, 47.95, 0, "Dockworkers protested at Umm Qasr port.", "INA",
                                             "https://www.ina.iq/7")])
    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2000)
    few.run()
    assert "Dockworkers protested" in decoded(map_component(few)["script"])
    assert "3 incidents, 0 without coordinates" in few.caption[0].value
    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    many.run()
    assert "Dockworkers protested" in decoded(map_component(many)["feature_group"])
    assert "7 incidents, grouped by area" in many.caption[0].value


def test_show_these_in_the_table_keeps_the_area(full_db):
    at = app("pages/incidents.py", box="33.5,44.5,34.0,45.0")
    assert list(at.dataframe[0].value["location"]) == ["Muqdadiyah", "Baquba"]


def test_incident_table_shows_the_newest_rows_and_the_total(full_db, monkeypatch):
    from dashboard import render

    monkeypatch.setattr(render, "TABLE_LIMIT", 2)
    at = app("pages/incidents.py")
    assert list(at.dataframe[0].value["location"]) == ["Muqdadiyah", "Khanaqin"]  # 9 and 5 March 2025
    assert "Showing 2 of 6 incidents" in at.caption[0].value


def test_incident_table_offers_more_rows_up_to_the_maximum(full_db, monkeypatch):
    from dashboard import render

    monkeypatch.setattr(render, "TABLE_LIMIT", 2)
    monkeypatch.setattr(render, "TABLE_MAX", 4)
    at = app("pages/incidents.py")
    assert len(at.dataframe[0].value) == 2
    at.button(key="table_more_button").click().run()
    assert len(at.dataframe[0].value) == 4 and "Showing 4 of 6 incidents" in at.caption[0].value
    assert not [b for b in at.button if b.key == "table_more_button"]  # shown once: the maximum is reached
    assert not [b for b in app("pages/incidents.py", gov="Basra").button if b.key == "table_more_button"]  # all shown


def test_incident_table_follows_a_write(full_db):
    """The table is kept for every session until the data change: a new report is in it at the next rerun."""
    from datetime import date

    from storage.store import get_engine
    from tests.app.conftest import _row, fill_database

    at = app("pages/incidents.py")
    assert "Umm Qasr" not in set(at.dataframe[0].value["location"])
    fill_database(get_engine(full_db), [_row(date(2025, 3, 20), "Protests", "Peaceful protest", "Basra", "Umm Qasr",
                                             30.04, 47.95, 0, "Dockworkers protested at Umm Qasr port.", "INA",
                                             "https://www.ina.iq/7")])
    at.run()
    assert at.dataframe[0].value["location"].iloc[0] == "Umm Qasr"
    assert "Showing 7 of 7 incidents" in at.caption[0].value


def test_overview_lists_the_latest_incidents_first(full_db):
    text = markdown_text(app())
    assert text.index("2025-03-09") < text.index("2025-03-05") < text.index("2025-03-01")


#: ACLED's English sub-types: none may show on an Arabic page.
def latin_sub_types() -> set[str]:
    from extract.acled_types import acled_types

    return {s.name for kind in acled_types() for s in kind.sub_event_types}


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_arabic_mirrors_and_shows_no_english_sub_type(full_db, page):
    at = app(page, lang="ar")
    shown = " ".join([markdown_text(at), *(c.value for c in at.caption), *(i.value for i in at.info)])
    assert "flex-direction:row-reverse" in shown  # the sidebar on the right
    assert not [name for name in latin_sub_types() if name in shown], page


def test_arabic_cards_use_gazetteer_names_and_arabic_digits(full_db):
    from sqlalchemy import update

    from storage.store import get_engine, incidents

    with get_engine(full_db).begin() as conn:  # a gazetteer place: its Arabic name is shown
        conn.execute(update(incidents).where(incidents.c.location == "Baquba").values(place_id="iq.di.baqubah",
                                                                                       location="Baqubah"))
    text = markdown_text(app(lang="ar"))
    assert "بعقوبة" in text and "Baqubah" not in text
    assert "٢٠٢٥-٠٣-٠٩" in text and "Armed clash" not in text and "Diyala" not in text


def test_ingest_shows_each_incident_with_evidence_and_links(full_db):
    at = app("pages/ingest.py")
    at.text_input(key="ingest_source").input("Field notes").run()
    at.text_area(key="ingest_text").input(BALAD).run()
    at.date_input(key="ingest_date").set_value("2025-04-08").run()
    at.button(key="ingest_go").click().run()
    text = markdown_text(at)
    assert re.search(r"<mark>[^<]*Balad air base[^<]*</mark>", text)  # the evidence, highlighted in the text
    incident_id = re.search(r'href="incidents\?incident=(\d+)"', text).group(1)
    assert f'href="map?incident={incident_id}"' in text
    shared = app("pages/incidents.py", incident=incident_id)  # the link: its detail with all its sources
    assert f"#{incident_id}" in shared.subheader[0].value
    assert list(shared.dataframe[0].value["source"]) == ["Field notes"]  # pasted text has a source name
    assert shared.query_params["incident"] in (incident_id, [incident_id])  # kept: still shareable
    script = decoded(map_component(app("pages/map.py", incident=incident_id))["script"])
    assert "Balad air base" in script and "fitBounds" in script  # fitted, its popup open


def test_a_forwarded_telegram_post_says_so_in_the_incident_detail(empty_db, capsys):
    from sqlalchemy import select

    from extract.cli import main
    from storage.store import articles, get_engine, incident_sources

    export = ROOT / "tests" / "extract" / "fixtures" / "telegram_result.json"
    assert main(["ingest", str(export), "--db", empty_db, "--workers", "1"]) == 0
    with get_engine(empty_db).connect() as conn:
        relayed, own = (conn.execute(select(incident_sources.c.incident_id).join(articles, articles.c.id ==
                                                                                 incident_sources.c.article_id)
                                     .where(articles.c.url == f"https://t.me/TestSecurityCell/{n}")).scalar()
                        for n in (6, 3))
    sources = app("pages/incidents.py", incident=str(relayed)).dataframe[0].value
    assert list(sources["forwarded_from"]) == ["قناة محلية للاختبار"]
    assert list(sources["source"]) == ["خلية الاختبار الأمنية"]
    assert "forwarded_from" not in app("pages/incidents.py", incident=str(own)).dataframe[0].value


def test_ingest_says_why_an_article_gave_no_incident(full_db):
    at = app("pages/ingest.py")
    at.text_area(key="ingest_text").input("The parliament discussed the budget for schools and roads.").run()
    at.button(key="ingest_go").click().run()
    assert any(i.value.startswith("No incident:") for i in at.info)


def test_overview_has_a_live_panel_of_the_latest_reports(full_db):
    text = markdown_text(app())
    assert "published" in text and "INA" in text
    assert "Latest reports (live)" in [s.value for s in app().subheader]


def test_favicon_is_served_locally():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert 'page_icon=str(HERE / "favicon.png")' in source and (ROOT / "dashboard" / "favicon.png").is_file()


def test_no_label_shows_a_configuration_name_to_journalists():
    # Setting names (IIM_EDITOR_PASSWORD, st.secrets keys) belong in the README, not on a page.
    from geo.yaml_data import parse_yaml

    labels = parse_yaml((ROOT / "dashboard" / "labels.yaml").read_text(encoding="utf-8"))
    shown = [text for entry in labels.values() if isinstance(entry, dict) for text in entry.values()]
    assert shown and not [s for s in shown if "IIM_" in str(s) or "st.secrets" in str(s)]


def test_pages_import_from_the_dashboard_package_without_aliases():
    # The old ui/ui_filters/ui_render/ui_edit module names are gone: no page renames a dashboard
    # module or name, and no dashboard module re-exports another's names for them.
    import ast

    for path in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dashboard"):
                assert all(alias.asname is None for alias in node.names), (path.name, ast.unparse(node))
    for path in (ROOT / "dashboard").glob("*.py"):
        assert "re-export" not in path.read_text(encoding="utf-8"), path.name


@pytest.mark.parametrize("params, word", [({}, "unknown"), ({"lang": "ar"}, "غير معروف")])
def test_empty_cells_show_the_word_the_cards_use(full_db, params, word):
    injuries = "Injuries" if not params else "الجرحى"
    assert f"{injuries}: {word}" in markdown_text(app(**params))  # the cards: no injury figure known
    at = app("pages/incidents.py", **params)
    table = at.dataframe[0]
    assert table.value["actor2"].isna().any()  # empty cells there are ...
    assert table.proto.placeholder == word  # ... shown as the cards' word, not "None"
    at = app("pages/ingest.py", **params)  # a rejection without a line number
    at.text_input(key="ingest_url").input("ftp://example.org/article.txt").run()
    at.button(key="ingest_go").click().run()
    assert at.dataframe[0].value["line"].isna().all() and at.dataframe[0].proto.placeholder == word
    for page in ("pages/review.py", "pages/sources.py"):
        tables = app(page, **params).dataframe
        assert tables and all(t.proto.placeholder == word for t in tables), page


@pytest.mark.parametrize("params, governorate, town, exact", [
    ({}, "governorate only", "approximate: the report's main place", "exact place"),
    ({"lang": "ar"}, "المحافظة فقط", "تقريبي: المكان الرئيسي في التقرير", "المكان نفسه"),
])
def test_only_governorate_level_incidents_are_labelled_governorate_only(full_db, params, governorate, town, exact):
    from sqlalchemy import update

    from storage.store import get_engine, incidents

    with get_engine(full_db).begin() as conn:  # a town standing for the report's area, and a governorate
        conn.execute(update(incidents).where(incidents.c.location == "Khanaqin").values(
            place_id="iq.di.khanaqin", geo_precision=3))
        conn.execute(update(incidents).where(incidents.c.location == "Nineveh").values(place_id="iq.gov.nineveh"))
    table = app("pages/incidents.py", **params).dataframe[0].value
    by_place = dict(zip(table["incident_id"], table["geo_precision"], strict=True))
    assert [by_place[i] for i in (2, 6, 1)] == [town, governorate, exact]  # Khanaqin, Nineveh, Baquba
    script = decoded(map_component(app("pages/map.py", **params))["script"])
    assert script.count(f"({governorate})") == 1 and script.count(f"({escape(town)})") == 1  # popups


@pytest.mark.parametrize("params, title, digits", [
    ({}, "Governorate (Fatalities)", ["0", "1", "2", "3", "4"]),
    ({"lang": "ar"}, "المحافظة (القتلى)", ["٠", "١", "٢", "٣", "٤"]),
])
def test_map_colours_governorates_from_the_start_with_a_scale(full_db, params, title, digits):
    at = app("pages/map.py", **params)
    at.radio(key="map_measure").set_value("fatalities").run()  # acts at once: the layer is on
    script = map_component(at)["script"]
    boxes = [json.loads(raw) for raw in re.findall(r'd\.innerHTML = ("(?:[^"\\]|\\.)*");', script)]
    scale = next(box for box in boxes if "iim-scale" in box)
    assert f"<b>{title}</b>" in scale  # Nineveh 4 killed, Diyala 3, Basra 0
    assert re.findall(r"</span>([^<]*)</div>", scale) == digits
    layer = re.search(r"layer = (geo_json_\w+), map = (map_\w+);", script)
    assert f"{layer.group(1)}.addTo({layer.group(2)})" in script


@pytest.mark.parametrize("params, query", [({}, "Baquba"), ({"lang": "ar"}, "بعقوبة")])
def test_gazetteer_lists_only_related_places_on_a_map_fitted_to_iraq(full_db, params, query):
    at = app("pages/gazetteer.py", **params)
    assert re.search(r"fitBounds\(\s*\[\[29.0, 38.7\], \[37.4, 48.8\]\]", map_component(at)["script"])
    at.text_input(key="gaz_query").set_value(query).run()
    options = at.radio(key="gaz_pick").options
    assert options and all("Baqubah" in str(o) for o in options), options  # no Baku, no Aqaba


def test_arabic_choropleth_colours_the_governorates_with_incidents(full_db):
    # The map's rows carry Arabic governorate names in Arabic; the polygons English ones.
    script = decoded(map_component(app("pages/map.py", lang="ar"))["script"])
    values = dict(re.findall(r'"name_en": "([^"]+)", "shown": "([^"]+)", "value"', script))
    assert (values["Diyala"], values["Basra"], values["Nineveh"]) == ("٣", "٢", "١")  # tooltips in Arabic digits


@pytest.mark.parametrize("params, one, two", [
    ({}, "1 incident, 0 without coordinates", "2 incidents, 0 without coordinates"),
    ({"lang": "ar"}, "حادثة واحدة، و٠ بلا إحداثيات", "حادثتان، و٠ بلا إحداثيات"),
])
def test_map_caption_counts_in_singular_dual_and_plural(full_db, params, one, two):
    assert one in app("pages/map.py", type="Protests", **params).caption[0].value
    assert two in app("pages/map.py", gov="Basra", **params).caption[0].value


def test_arabic_popups_and_tooltips_write_numbers_and_dates_in_arabic_digits(full_db):
    script = decoded(map_component(app("pages/map.py", lang="ar"))["script"])
    tips = re.findall(r'"tip": "([^"]*)"', script)
    assert tips and all(re.match(r"[٠-٩]{4}-[٠-٩]{2}-[٠-٩]{2} · ", tip) for tip in tips), tips
    popups = re.findall(r'"popup": "(.*?)", "precision"', script)
    assert popups and not [p for p in popups if re.search(r"<b>[0-9]", p)]  # dates
    assert any("<b>٢٠٢٥-٠٣-٠٩</b>" in p and "القتلى: ١" in p for p in popups)
    assert not [p for p in popups if re.search(r"(القتلى|الجرحى): [0-9]", p)]  # counts


def test_arabic_cluster_popups_count_in_dual_and_singular(full_db, monkeypatch):
    from dashboard import mapview

    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    at = app("pages/map.py", lang="ar")
    assert at.caption[0].value.startswith("٦ حوادث، مجمّعة")
    layer = decoded(map_component(at)["feature_group"])
    assert "حادثتان · قتيل واحد" in layer and "حادثة واحدة · ٤ قتلى" in layer  # Diyala pair; Nineveh
    assert "أحدث ٢:" in layer and not re.search(r"<b>[0-9]{4}-", layer)


def test_arabic_timeline_axes_and_tooltips_in_arabic_digits(full_db):
    charts = app("pages/timeline.py", lang="ar").get("vega_lite_chart")
    spec = json.loads(charts[0].proto.spec)
    encoding = spec["encoding"]
    for axis in (encoding["x"]["axis"], encoding["y"]["axis"]):
        assert "regexp('0', 'g'), '٠'" in axis["labelExpr"]
    assert [f["field"] for f in encoding["tooltip"]] == ["day", "kind", "shown"]
    english = json.loads(app("pages/timeline.py").get("vega_lite_chart")[0].proto.spec)["encoding"]
    assert "labelExpr" not in english["x"]["axis"]  # English digits as Vega writes them


@pytest.mark.parametrize("params, caption", [
    ({}, "Showing 2 of 6 incidents"), ({"lang": "ar"}, "تُعرض ٢ من ٦ حوادث"),
])
def test_incident_table_caption_counts_in_the_interface_language(full_db, monkeypatch, params, caption):
    from dashboard import render

    monkeypatch.setattr(render, "TABLE_LIMIT", 2)
    assert caption in app("pages/incidents.py", **params).caption[0].value


def test_arabic_freshness_line_says_less_than_a_minute(full_db):
    assert app(lang="ar").sidebar.caption[0].value.endswith("أضيف قبل أقل من دقيقة")


def test_a_search_too_short_is_not_applied_and_says_so(full_db):
    at = app("pages/map.py")
    everything = at.caption[0].value
    at.sidebar.text_input(key="f_text").input("ب").run()
    assert at.caption[0].value == everything
    assert "at least 3 characters" in " ".join(c.value for c in at.sidebar.caption)
    at.sidebar.text_input(key="f_text").input("عبوة").run()
    assert at.caption[0].value != everything
    assert "at least 3 characters" not in " ".join(c.value for c in at.sidebar.caption)


def test_map_with_a_text_search_reads_its_incidents_once_for_counts_and_popups(full_db, monkeypatch):
    """A text search the roll-ups cannot answer: the matching incidents are read once per filter state
    (storage.clusters.map_rows) and the grid, the clusters at zoom 6 and 11 and their popups all come
    from them — no second search for the counts, none walking the date index for the popups."""
    from sqlalchemy import Engine, event

    from dashboard import mapview
    from storage import clusters

    monkeypatch.setattr(mapview, "MAP_MAX_POINTS", 2)
    reads, searched = [], []
    arrow = clusters._arrow
    monkeypatch.setattr(clusters, "_arrow", lambda *args: reads.append(1) or arrow(*args))

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "incidents_fts" in statement or "LIKE" in statement.upper():
            searched.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        at = app("pages/map.py", q="isis")  # the actor of the three in Diyala and the one in Nineveh
        assert "4 incidents, grouped by area" in at.caption[0].value
        layer = decoded(map_component(at)["feature_group"])
        assert layer.count('"cell":') == 3 and "Clashes broke out" in layer and "Zubair" not in layer
        for head in ("2 incidents · 1 killed", "1 incident · 4 killed", "1 incident · 2 killed"):
            assert head in layer
        at.session_state[mapview.KEY] = {"zoom": 11, "bounds": {"_southWest": {"lat": 33.5, "lng": 44.4},
                                                                "_northEast": {"lat": 34.5, "lng": 45.5}}}
        at.run()
        layer = decoded(map_component(at)["feature_group"])
        assert layer.count('"cell":') == 3 and "1 incident · 2 killed" in layer and "Basra" not in layer
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert len(reads) == 1
    # neither the counting (GROUP BY) nor the walk along the date index searched again
    assert not [s for s in searched if "GROUP BY" in s or "INDEXED BY ix_incidents_event_date" in s], searched
