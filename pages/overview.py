"""Overview: headline figures for the filtered window and the latest incidents with evidence."""

import streamlit as st

from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

filters = ui_filters.current_filters()
st.title(ui.t("app_title"))
figures = ui.headline(filters)
cols = st.columns(3)
for col, key, label in zip(cols, ["incidents", "fatalities", "governorates"],
                           [ui.t("incidents"), ui.t("fatalities"), ui.t("governorates_affected")], strict=True):
    change = figures.get(f"{key}_change")
    col.metric(label, ui.digits(figures[key]), delta=None if change is None else ui.digits(change), delta_color="inverse",
               help=ui.t("vs_previous"))
if figures.get("previous_from"):
    st.caption(f"{ui.t('date_range', start=figures['date_from'], end=figures['date_to'])} · {ui.t('vs_previous')}: "
               f"{ui.t('date_range', start=figures['previous_from'], end=figures['previous_to'])}")
else:
    st.caption(ui.t("set_start_to_compare"))

left, right = st.columns([2, 1])
with left:
    st.subheader(ui.t("latest"))
    ui_render.latest_cards(filters, 10)
with right:
    ui_render.live_reports()
