"""Timeline: incidents per day or week by event type, and fatalities over time."""

import streamlit as st

from dashboard.filters import current_filters
from dashboard.labels import t
from dashboard.render import no_incidents, timeline_chart
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
    st.altair_chart(timeline_chart(rows, "incidents", freq or "W", filters), width="stretch")
    st.subheader(t("fatalities_over_time"))
    st.altair_chart(timeline_chart(rows, "fatalities", freq or "W", filters), width="stretch")
