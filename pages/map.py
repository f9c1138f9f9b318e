"""Map: incidents coloured by event type, clickable down to the reports at any volume; governorate
choropleth and density grid (works offline)."""

import streamlit as st

from dashboard import filters as ui_filters
from dashboard import mapview
from dashboard import state as ui

filters = ui_filters.current_filters()
st.header(ui.t("page_map"))
measure = st.radio(ui.t("measure"), ["incidents", "fatalities"], horizontal=True, key="map_measure",
                   format_func=ui.t)
mapview.show(filters, measure)
