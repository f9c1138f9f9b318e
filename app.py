"""Iraq Incident Map: the dashboard. Run with ``streamlit run app.py``.

Declares the pages, draws the shared sidebar filters (kept in the URL) and the credits; the
pages themselves live in ``pages/``.
"""

import streamlit as st

from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

st.set_page_config(
    # A local image: a ":material/…" page icon made every page load fetch the favicon from a font server.
    page_title="Iraq Incident Map", page_icon=str(ui.HERE / "favicon.png"), layout="wide",
    menu_items={"About": "Iraq Incident Map: security incidents extracted from Arabic and English news. "
                         "Place names: GeoNames (CC BY 4.0). Borders: Natural Earth (public domain). "
                         "Map: Leaflet; optional OpenStreetMap tiles © OpenStreetMap contributors."},
)
ui.install_assets()
ui.engine()  # loads the gazetteer and seeds an empty database once per process
ui.refresh_version()  # once per run: every cached query is keyed on it

pages = [
    st.Page("pages/overview.py", title=ui.t("page_overview"), icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title=ui.t("page_map"), icon=":material/map:", url_path="map"),
    st.Page("pages/timeline.py", title=ui.t("page_timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/incidents.py", title=ui.t("page_incidents"), icon=":material/table:", url_path="incidents"),
    st.Page("pages/ingest.py", title=ui.t("page_ingest"), icon=":material/upload_file:", url_path="ingest"),
    st.Page("pages/review.py", title=ui.t("page_review"), icon=":material/edit:", url_path="review"),
    st.Page("pages/sources.py", title=ui.t("page_sources"), icon=":material/rss_feed:", url_path="sources"),
    st.Page("pages/gazetteer.py", title=ui.t("page_gazetteer"), icon=":material/location_on:", url_path="gazetteer"),
]
page = st.navigation(pages)
ui_render.direction_css()
with st.sidebar:
    ui_render.freshness_line()  # every page says how fresh the data is
ui_filters.sidebar_filters()
ui_render.sample_banner()
page.run()
with st.sidebar:
    ui_render.credits()
