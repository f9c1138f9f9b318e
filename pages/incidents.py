"""Incidents: the filtered table, one incident's detail with all its sources, CSV/GeoJSON export."""

import streamlit as st

from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

filters = ui_filters.current_filters()
st.header(ui.t("page_incidents"))
left, right, _ = st.columns([1, 1, 3])
left.download_button(ui.t("download_csv"), data=ui.export_later(filters, "csv"),
                     file_name=ui.export_name(filters, "csv"), mime="text/csv", key="dl_csv")
right.download_button(ui.t("download_geojson"), data=ui.export_later(filters, "geojson"),
                      file_name=ui.export_name(filters, "geojson"), mime="application/geo+json",
                      key="dl_geojson")
shared = ui_filters.linked_incident()
if shared is not None:  # ?incident=ID: that incident with all its sources, above the table
    ui_render.incident_detail(shared)
table, total = ui_render.incident_table(filters)
if table.empty:
    ui_render.no_incidents(filters)
st.caption(ui.t("select_incident") + " " + ui.t("rows_shown", n=len(table), total=total))
event = st.dataframe(table, hide_index=True, on_select="rerun", selection_mode="single-row",
                     key="incident_table", column_config=ui_render.table_config())
picked = event.selection.rows if event else []
if picked:
    ui_render.incident_detail(int(table.iloc[picked[0]]["incident_id"]))
