"""Timeline: incidents per day or week by event type, and fatalities over time."""

import streamlit as st

from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

filters = ui_filters.current_filters()
st.header(ui.t("page_timeline"))
freq = st.segmented_control(ui.t("per"), ["D", "W"], default="W", key="timeline_freq",
                            format_func={"D": ui.t("day"), "W": ui.t("week")}.get)
rows = ui.timeline_rows(filters, freq or "W")
if rows.empty:
    ui_render.no_incidents(filters)
else:
    st.subheader(ui.t("by_type"))
    st.altair_chart(ui_render.timeline_chart(rows, "incidents", freq or "W", filters), width="stretch")
    st.subheader(ui.t("fatalities_over_time"))
    st.altair_chart(ui_render.timeline_chart(rows, "fatalities", freq or "W", filters), width="stretch")
