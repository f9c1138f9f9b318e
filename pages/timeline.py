"""Timeline: incidents per day/week/month by event type, and fatalities over time."""

import streamlit as st

import ui
import ui_filters
import ui_render

filters = ui_filters.current_filters()
st.header(ui.t("page_timeline"))
freq = st.segmented_control(ui.t("per"), ["D", "W"], default="W", key="timeline_freq",
                            format_func={"D": ui.t("day"), "W": ui.t("week")}.get)
counts = ui.timeline_frame(filters, freq or "W")
if counts.empty:
    st.info(ui.t("no_incidents"))
else:
    st.subheader(ui.t("by_type"))
    st.bar_chart(counts, color=ui_render.type_colours(counts.columns))
    st.subheader(ui.t("fatalities_over_time"))
    st.bar_chart(ui.timeline_frame(filters, freq or "W", "fatalities"), color=ui_render.type_colours(counts.columns))
