"""Map: incidents coloured by event type, governorate choropleth and density grid (works offline)."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard import filters as ui_filters
from dashboard import state as ui

filters = ui_filters.current_filters()
st.header(ui.t("page_map"))
measure = st.radio(ui.t("measure"), ["incidents", "fatalities"], horizontal=True, key="map_measure",
                   format_func=ui.t)
folium_map, mode, located, unlocated = ui.incident_map(filters, measure)
if located + unlocated == 0:
    st.info(ui.t("no_incidents"))
elif mode == "aggregated":
    st.caption(ui.t("aggregated", n=located))
else:
    st.caption(ui.t("shown_on_map", n=located, m=unlocated))
# returned_objects=[]: panning and zooming do not rerun the app.
st_folium(folium_map, height=620, use_container_width=True, returned_objects=[], key="incident_map")
