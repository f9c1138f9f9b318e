"""Incidents: the filtered table, one incident's detail with all its sources, CSV/GeoJSON export."""

import streamlit as st

from dashboard.filters import current_filters, linked_incident
from dashboard.labels import plural, t
from dashboard.render import data_table, incident_detail, incident_table, more_rows, no_incidents
from dashboard.state import export_later, export_name

filters = current_filters()
st.header(t("page_incidents"))
left, right, _ = st.columns([1, 1, 3])
left.download_button(t("download_csv"), data=export_later(filters, "csv"),
                     file_name=export_name(filters, "csv"), mime="text/csv", key="dl_csv")
right.download_button(t("download_geojson"), data=export_later(filters, "geojson"),
                      file_name=export_name(filters, "geojson"), mime="application/geo+json",
                      key="dl_geojson")
shared = linked_incident()
if shared is not None:  # ?incident=ID: that incident with all its sources, above the table
    incident_detail(shared)
table, total = incident_table(filters)
if table.empty:
    no_incidents(filters)
st.caption(t("select_incident") + " " + t("rows_shown", n=len(table), incidents=plural("n_incidents", total)))
event = data_table(table, on_select="rerun", selection_mode="single-row", key="incident_table")
more_rows(len(table), total)
picked = event.selection.rows if event else []
if picked:
    incident_detail(int(table.iloc[picked[0]]["incident_id"]))
