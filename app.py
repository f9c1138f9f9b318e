"""Iraq Incident Map: the dashboard. Run with ``streamlit run app.py``.

Declares the pages, draws the shared sidebar filters (kept in the URL) and the credits; the
pages themselves live in ``pages/``.
"""

import streamlit as st

from dashboard.filters import sidebar_filters
from dashboard.labels import t
from dashboard.render import credits, direction_css, freshness_line, sample_banner
from dashboard.state import HERE, engine, install_assets, refresh_version, settle

st.set_page_config(
    # A local image: a ":material/…" page icon made every page load fetch the favicon from a font server.
    page_title="Iraq Incident Map", page_icon=str(HERE / "favicon.png"), layout="wide",
    menu_items={"About": "Iraq Incident Map: security incidents extracted from Arabic and English news. "
                         "Place names: GeoNames (CC BY 4.0). Borders: Natural Earth (public domain). "
                         "Map: Leaflet; optional OpenStreetMap tiles © OpenStreetMap contributors."},
)
install_assets()
engine()  # loads the gazetteer and seeds an empty database once per process
settle()  # then keeps the start-up objects out of every later garbage collection
refresh_version()  # once per run: every cached query is keyed on it

pages = [
    st.Page("pages/overview.py", title=t("page_overview"), icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title=t("page_map"), icon=":material/map:", url_path="map"),
    st.Page("pages/timeline.py", title=t("page_timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/incidents.py", title=t("page_incidents"), icon=":material/table:", url_path="incidents"),
    st.Page("pages/ingest.py", title=t("page_ingest"), icon=":material/upload_file:", url_path="ingest"),
    st.Page("pages/review.py", title=t("page_review"), icon=":material/edit:", url_path="review"),
    st.Page("pages/sources.py", title=t("page_sources"), icon=":material/rss_feed:", url_path="sources"),
    st.Page("pages/gazetteer.py", title=t("page_gazetteer"), icon=":material/location_on:", url_path="gazetteer"),
]
page = st.navigation(pages)
direction_css()
with st.sidebar:
    freshness_line()  # every page says how fresh the data is
sidebar_filters()
sample_banner()
page.run()
with st.sidebar:
    credits()
