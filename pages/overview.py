"""Overview: headline figures for the filtered window and the latest incidents with evidence."""

import streamlit as st

from dashboard.filters import current_filters
from dashboard.labels import digits, t
from dashboard.render import latest_cards, live_reports
from dashboard.state import headline

filters = current_filters()
st.title(t("app_title"))
figures = headline(filters)
cols = st.columns(3)
for col, key, label in zip(cols, ["incidents", "fatalities", "governorates"],
                           [t("incidents"), t("fatalities"), t("governorates_affected")], strict=True):
    change = figures.get(f"{key}_change")
    col.metric(label, digits(figures[key]), delta=None if change is None else digits(change), delta_color="inverse",
               help=t("vs_previous"))
if figures.get("previous_from"):
    st.caption(f"{t('date_range', start=figures['date_from'], end=figures['date_to'])} · {t('vs_previous')}: "
               f"{t('date_range', start=figures['previous_from'], end=figures['previous_to'])}")
else:
    st.caption(t("set_start_to_compare"))

left, right = st.columns([2, 1])
with left:
    st.subheader(t("latest"))
    latest_cards(filters, 10)
with right:
    live_reports()
