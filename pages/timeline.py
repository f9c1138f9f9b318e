"""Timeline: incidents per day or week by event type, and fatalities over time."""

import streamlit as st

from dashboard.filters import current_filters
from dashboard.labels import t
from dashboard.render import draw_timeline, no_incidents
from dashboard.state import timeline_rows

filters = current_filters()
st.header(t("page_timeline"))
freq = st.segmented_control(t("per"), ["D", "W"], default="W", key="timeline_freq",
                            format_func={"D": t("day"), "W": t("week")}.get)
rows = timeline_rows(filters, freq or "W")
if rows.empty:
    no_incidents(filters)
else:
    st.subheader(t("by_type"))
    draw_timeline(rows, "incidents", freq or "W", filters)
    st.subheader(t("fatalities_over_time"))
    draw_timeline(rows, "fatalities", freq or "W", filters)
