"""Map: incidents coloured by event type, clickable down to the reports at any volume; governorate
choropleth and density grid (works offline)."""

import streamlit as st

from dashboard import mapview
from dashboard.filters import current_filters
from dashboard.labels import t

filters = current_filters()
st.header(t("page_map"))
measures = {"incidents": t("incidents"), "fatalities": t("fatalities")}
measure = st.radio(t("measure"), list(measures), horizontal=True, key="map_measure", format_func=measures.get)
mapview.show(filters, measure)
