"""Review: correct an incident's place, type, date, or mark it as not an incident (logged)."""

import streamlit as st

from dashboard import edit as ui_edit
from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui
from storage.corrections import ACLED_TYPES, EVENT_TYPE_OF

ui_filters.current_filters()  # also makes sure app.py ran (see ui_filters._leave_mpa_v1)
st.header(ui.t("page_review"))
entered = st.text_input(ui.t("password"), type="password", key="review_password")
allowed, message = ui_edit.may_edit(entered)
if message:
    (st.error if message == ui.t("wrong_password") else st.info)(message)
if allowed:
    ui_edit.remove_sample_button()
found = ui_edit.find_incidents(st.text_input(ui.t("search_incident"), key="review_query"),
                               keep=st.session_state.get("review_saved"))
choices = ui_edit.incident_label(found)
if st.session_state.get("review_flash"):  # just saved: re-send the choice, its label may have changed
    st.session_state["review_pick"] = st.session_state["review_saved"]
incident_id = st.selectbox(ui.t("page_incidents"), list(choices), format_func=choices.get, key="review_pick")
if incident_id is None:
    st.info(ui.t("no_incidents"))
    st.stop()
detail = ui.detail(incident_id)
ui_render.html_block(ui_render.card_heading(detail))
ui_render.evidence_block(detail.get("evidence"))
st.caption(f"{ui.t('status')}: {ui.value_label('status', str(detail.get('status')))}")

fields = {"place_id": ui.t("place"), "event_type": ui.t("event_type"), "sub_event_type": ui.t("sub_event_type"),
          "event_date": ui.t("date"), "status": ui.t("not_incident")}
field = st.selectbox(ui.t("field"), list(fields), format_func=fields.get, key="review_field", disabled=not allowed)
if field == "place_id":
    places = ui_edit.search_places(st.text_input(ui.t("search_place"), key="review_place_q", disabled=not allowed))
    value = st.selectbox(ui.t("new_value"), list(places), format_func=places.get, key="review_place",
                         disabled=not allowed) if places else None
elif field == "event_type":
    value = st.selectbox(ui.t("new_value"), list(ACLED_TYPES), key="review_type", disabled=not allowed)
elif field == "sub_event_type":
    value = st.selectbox(ui.t("new_value"), sorted(EVENT_TYPE_OF), key="review_sub", disabled=not allowed)
elif field == "event_date":
    value = st.date_input(ui.t("new_value"), value=detail.get("event_date"), key="review_date",
                          disabled=not allowed)
else:
    value = "rejected" if st.checkbox(ui.t("not_incident"), key="review_reject", disabled=not allowed) else "active"
editor = st.text_input(ui.t("editor"), key="review_editor", disabled=not allowed)
note = st.text_input(ui.t("note"), key="review_note", disabled=not allowed)
if st.button(ui.t("save"), type="primary", disabled=not allowed, key="review_save"):
    # Checked again on click: a disabled widget is not a security boundary.
    error = ui_edit.save_correction(incident_id, field, value, editor, note) if ui_edit.may_edit(entered)[0] else ui.t(
        "wrong_password")
    if error:
        st.error(error)
    else:  # rerun, so the incident above shows the corrected values at once
        st.session_state["review_saved"] = incident_id  # kept in the list even if it no longer matches
        st.session_state["review_flash"] = True
        st.rerun()
if st.session_state.pop("review_flash", False):
    st.success(ui.t("saved"))
st.subheader(ui.t("log"))
st.dataframe(ui_edit.correction_log(incident_id), hide_index=True, column_config=ui_render.table_config())
