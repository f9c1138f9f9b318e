"""What a journalist hit in a real browser session, pinned under AppTest: Arabic labels everywhere,
quick date ranges kept in the URL, translated table headers, a readable ingest rejection table."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from tests.app.test_pages import app, map_component, markdown_text, metric


def column_labels(frame_element) -> dict[str, str]:
    """The header each column of an st.dataframe shows (its column_config label, else its name)."""
    config = json.loads(frame_element.proto.columns or "{}")
    return {name: spec.get("label", name) for name, spec in config.items()}


@pytest.mark.parametrize("lang, placeholder, diyala", [
    ("en", "All (choose to narrow)", "Diyala"),
    ("ar", "الكل (اختر للتضييق)", "ديالى"),
])
def test_sidebar_speaks_the_interface_language(full_db, lang, placeholder, diyala):
    at = app(lang=lang)
    governorates = at.sidebar.multiselect(key="f_gov")
    assert governorates.proto.placeholder == placeholder  # was Streamlit's English "Choose options"
    assert diyala in governorates.options
    kinds = at.sidebar.multiselect(key="f_type").options
    assert ("معارك" in kinds) == (lang == "ar") and ("Battles" in kinds) == (lang == "en")
    # the value (and so the URL shared with a colleague) stays the English name
    governorates.set_value(["Diyala"]).run()
    assert at.query_params["gov"] in ("Diyala", ["Diyala"])


@pytest.mark.parametrize("days", [7, 30, 90])
def test_quick_date_range_goes_into_the_url(full_db, days):
    at = app(gov="Diyala")
    at.sidebar.button(key=f"f_last{days}").click().run()
    today = date(2025, 3, 9)  # the data's newest incident, not the clock: the first click shows something
    assert at.sidebar.text_input(key="f_from").value == (today - timedelta(days=days - 1)).isoformat()
    assert at.sidebar.text_input(key="f_to").value == today.isoformat()
    assert not at.info
    params = {k: at.query_params[k] for k in at.query_params}
    assert params["from"] in ((today - timedelta(days=days - 1)).isoformat(),
                              [(today - timedelta(days=days - 1)).isoformat()])
    assert params["gov"] in ("Diyala", ["Diyala"])


@pytest.mark.parametrize("lang, actor, status", [("en", "Actor 1", "Status"), ("ar", "الجهة الفاعلة 1", "الحالة")])
def test_incident_table_headers_are_translated(full_db, lang, actor, status):
    labels = column_labels(app("pages/incidents.py", lang=lang).dataframe[0])
    assert labels["actor1"] == actor and labels["status"] == status


def test_ingest_rejections_are_readable(full_db):
    at = app("pages/ingest.py", lang="ar")
    at.text_input(key="ingest_url").input("ftp://example.org/article.txt").run()
    at.button(key="ingest_go").click().run()
    table = at.dataframe[0]
    # no "None" for a rejection without a line number: the cards' word for what is not known
    assert table.value["line"].isna().all() and table.proto.placeholder == "غير معروف"
    assert column_labels(table)["reason"] == "السبب"


def test_review_log_headers_are_translated(full_db, monkeypatch):
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py", lang="ar")
    labels = column_labels(at.dataframe[-1])
    assert (labels["before"], labels["after"], labels["editor"]) == ("قبل", "بعد", "المحرر")


def test_map_legend_and_popups_translate_event_types(full_db):
    script = map_component(app("pages/map.py", lang="ar", gov="Basra"))["script"]
    script = re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), script)
    assert "عنف ضد المدنيين" in script and "تطورات استراتيجية" in script  # legend
    assert "احتجاجات / احتجاج سلمي" in script and "Peaceful protest" not in script  # the Basra protest's popup


def test_review_lists_an_undated_incident(full_db):
    """An article uploaded without a publication date gives an incident with no date; the Review page
    crashed on it (TypeError in the selectbox label) — exactly where the date would be set."""
    from sqlalchemy import update

    from storage.store import get_engine, incidents

    with get_engine(full_db).begin() as conn:
        conn.execute(update(incidents).where(incidents.c.location == "Khanaqin").values(event_date=None))
    at = app("pages/review.py")
    labels = at.selectbox(key="review_pick").options
    assert any(label.startswith("#") and "unknown · Armed clash · Khanaqin" in label for label in labels)


@pytest.mark.parametrize("lang, battles", [("en", "Battles"), ("ar", "معارك")])
def test_timeline_bars_span_their_period_in_the_interface_language(full_db, lang, battles):
    at = app("pages/timeline.py", lang=lang)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 2
    spec = json.loads(charts[0].proto.spec)
    encoding = spec["encoding"]
    assert encoding["x2"]["field"] == "end"  # a bar covers its week, not a 2-pixel sliver
    assert battles in encoding["color"]["scale"]["domain"]
    assert encoding["color"]["scale"]["range"][encoding["color"]["scale"]["domain"].index(battles)] == "#d62728"


def test_saving_a_correction_shows_only_the_confirmation(full_db, monkeypatch):
    """The page once ended the save with a bare conditional expression, which Streamlit's "magic"
    rendered as the DeltaGenerator's help text under the green confirmation."""
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py", lang="ar")
    at.text_input(key="review_password").set_value("s3cret").run()
    at.text_input(key="review_query").set_value("Khanaqin").run()
    assert any("فعّالة" in c.value for c in at.caption)  # the status, translated
    at.selectbox(key="review_field").set_value("status").run()
    at.checkbox(key="review_reject").check().run()
    at.text_input(key="review_editor").set_value("Hana").run()
    at.button(key="review_save").click().run()
    assert [s.value for s in at.success] == ["حُفظ التصحيح."]
    assert not at.get("help_info")  # no DeltaGenerator help text from Streamlit magic
    assert any("ليست حادثة" in c.value for c in at.caption)  # the incident shows its new status at once


def test_review_tells_an_editor_to_enter_the_password(full_db, monkeypatch):
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py")
    assert [i.value for i in at.info][:1] == ["Enter the editor password to correct incidents."]
    assert at.button(key="review_save").disabled


def test_gazetteer_mention_table_speaks_arabic(full_db):
    at = app("pages/gazetteer.py", lang="ar")
    at.text_area(key="gaz_sentence").input("قصفت طائرة مسيرة موقعاً قرب مخمور جنوب أربيل").run()
    labels = column_labels(at.dataframe[0])
    assert (labels["surface"], labels["governorate"], labels["confidence"]) == ("في النص", "المحافظة", "الثقة")
    assert {"مخمور", "أربيل"} <= set(at.dataframe[0].value["surface"])


def test_ingest_states_one_upload_limit_and_dates_pasted_news(full_db):
    at = app("pages/ingest.py")
    uploader = at.get("file_uploader")[0]
    assert uploader.proto.max_upload_size_mb == 50  # was Streamlit's "200MB per file" beside a 50 MB rule
    assert at.date_input(key="ingest_date").value == date.today()  # an undated paste vanished from date views
    assert at.text_area(key="ingest_text").label != at.expander[0].label  # the label no longer repeats


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_typed_text_follows_its_own_direction(full_db, lang):
    css = "\n".join(m.value for m in app("pages/ingest.py", lang=lang).markdown if "<style>" in m.value)
    assert "unicode-bidi:plaintext" in css and "input[placeholder^=http]{direction:ltr" in css
    assert ("[data-testid=stVegaLiteChart]" in css) == (lang == "ar")  # charts kept left-to-right
    assert ("[data-testid=stCaptionContainer]{text-align:right}" in css) == (lang == "ar")


@pytest.mark.parametrize("lang, text", [
    ("en", "2025-03-01 → 2025-03-31"),
    ("ar", "٢٠٢٥-٠٣-٠١ ← ٢٠٢٥-٠٣-٣١"),  # right to left, Arabic-Indic digits; the arrow points from start to end
])
def test_overview_date_range_arrow_follows_the_reading_direction(full_db, lang, text):
    at = app(lang=lang, **{"from": "2025-03-01", "to": "2025-03-31"})
    assert any(text in c.value for c in at.caption)


def test_empty_map_says_so_once(full_db):
    at = app("pages/map.py", **{"from": "2030-01-01"})
    assert [i.value for i in at.info] == ["No incidents match these filters."]
    assert not any("0 incidents" in c.value for c in at.caption)  # no "0 incidents, 0 without coordinates"


def test_incident_table_values_in_arabic(full_db):
    table = app("pages/incidents.py", lang="ar", gov="Basra").dataframe[0].value
    assert sorted(table["event_type"]) == ["احتجاجات", "تطورات استراتيجية"]
    assert set(table["admin1"]) == {"البصرة"} and set(table["status"]) == {"فعّالة"}
    # the English interface keeps the data's own names
    table = app("pages/incidents.py", gov="Basra").dataframe[0].value
    assert sorted(table["event_type"]) == ["Protests", "Strategic developments"]


def test_timeline_axis_spans_the_chosen_window_in_whole_numbers(full_db):
    at = app("pages/timeline.py", **{"from": "2025-01-01", "to": "2025-06-30"})
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    domain = spec["encoding"]["x"]["scale"]["domain"]
    assert [(d["year"], d["month"], d["date"]) for d in domain] == [(2025, 1, 1), (2025, 7, 1)]
    assert spec["encoding"]["y"]["axis"]["format"] == "d"
    assert spec["encoding"]["color"]["legend"]["labelLimit"] == 0  # "Explosions/Remote violence" in full


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/map.py", "pages/incidents.py"])
@pytest.mark.parametrize("params, incidents", [
    ({"from": "1990-01-01"}, 6),  # a hand-edited link: every page crashed (value below the date input's minimum)
    ({"from": "1914-07-28", "to": "2025-02-28"}, 3),  # old dates are legitimate
    ({"to": "3000-01-01"}, 6),
])
def test_link_with_far_dates_does_not_crash(full_db, page, params, incidents):
    from storage.queries import count_incidents
    from storage.store import get_engine

    at = app(page, **params)  # app() asserts no exception
    filters = at.session_state["filters"]
    assert count_incidents(get_engine(full_db), filters) == incidents


def test_corrected_place_stays_on_screen_with_its_confirmation(full_db, monkeypatch):
    """Searching "Zubair" then moving the incident to Basra: after the save the search no longer
    matched, so the page said "No incidents match" and the confirmation was lost."""
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app("pages/review.py")
    at.text_input(key="review_password").set_value("s3cret").run()
    at.text_input(key="review_query").set_value("Zubair").run()
    picked = at.selectbox(key="review_pick").value
    at.selectbox(key="review_field").set_value("place_id").run()
    at.text_input(key="review_place_q").set_value("Basra").run()
    at.text_input(key="review_editor").set_value("Hana").run()
    at.button(key="review_save").click().run()
    assert [s.value for s in at.success] == ["Correction saved."]
    assert at.selectbox(key="review_pick").value == picked
    assert "Zubair" not in at.selectbox(key="review_pick").options[0]
    assert {"location", "place_id"} <= set(at.dataframe[-1].value["field"])


@pytest.mark.parametrize("lang, direction", [("en", "ltr"), ("ar", "rtl")])
def test_map_legend_reads_in_the_interface_direction(full_db, lang, direction):
    script = map_component(app("pages/map.py", lang=lang, gov="Basra"))["script"]
    script = re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), script)
    assert f'class=\\"iim-legend\\" dir=\\"{direction}\\"' in script or f'class="iim-legend" dir="{direction}"' in script


def test_sample_data_says_so_until_an_editor_removes_it(db_env, monkeypatch):
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    at = app()  # an empty database is seeded with the sample corpus on first start
    assert any("Sample data" in w.value for w in at.warning)
    at.switch_page("pages/review.py").run()
    at.text_input(key="review_password").input("s3cret").run()
    at.button(key="remove_sample").click().run()
    assert not at.exception and not any("Sample data" in w.value for w in at.warning)
    assert "Removed" in at.success[0].value


def test_background_history_is_out_of_totals_unless_asked(full_db):
    from sqlalchemy import update

    from storage.store import get_engine, incidents

    with get_engine(full_db).begin() as conn:
        conn.execute(update(incidents).where(incidents.c.location == "Nineveh").values(historical=True))
    at = app()
    assert metric(at, "Incidents") == "5"
    at.sidebar.toggle(key="f_hist").set_value(True).run()
    assert metric(at, "Incidents") == "6" and at.query_params["hist"] in ("1", ["1"])


def test_injuries_show_in_cards_table_and_popups(full_db):
    from sqlalchemy import update

    from storage.store import get_engine, incidents

    with get_engine(full_db).begin() as conn:
        conn.execute(update(incidents).where(incidents.c.location == "Khanaqin").values(injuries=7))
    assert "Injuries: 7" in markdown_text(app())
    table = app("pages/incidents.py").dataframe[0].value
    assert list(table.loc[table["location"] == "Khanaqin", "injuries"]) == [7]
    assert "Injuries: 7" in json.dumps(map_component(app("pages/map.py")), ensure_ascii=False)
