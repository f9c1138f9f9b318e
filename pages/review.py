"""Review: correct an incident's place, type, date, or mark it as not an incident (logged)."""

import streamlit as st

from dashboard.edit import (
    correction_log,
    find_incidents,
    incident_label,
    may_edit,
    remove_sample_button,
    save_correction,
    search_places,
)
from dashboard.filters import current_filters
from dashboard.labels import t, value_label
from dashboard.render import card_heading, data_table, evidence_block, html_block
from dashboard.state import detail
from storage.corrections import ACLED_TYPES, EVENT_TYPE_OF

chosen = current_filters()  # also makes sure app.py ran (see dashboard.filters._leave_mpa_v1)
st.header(t("page_review"))
entered = st.text_input(t("password"), type="password", key="review_password")
allowed, message = may_edit(entered)
if message:
    (st.error if message == t("wrong_password") else st.info)(message)
if allowed:
    remove_sample_button()
found = find_incidents(st.text_input(t("search_incident"), key="review_query", help=t("search_incident_help")),
                       keep=st.session_state.get("review_saved"), country=chosen.country)
choices = incident_label(found)
if st.session_state.get("review_flash"):  # just saved: re-send the choice, its label may have changed
    st.session_state["review_pick"] = st.session_state["review_saved"]
incident_id = st.selectbox(t("page_incidents"), list(choices), format_func=choices.get, key="review_pick")
if incident_id is None:
    st.info(t("no_incidents"))
    st.stop()
shown = detail(incident_id)
html_block(card_heading(shown))
evidence_block(shown.get("evidence"))
st.caption(f"{t('status')}: {value_label('status', str(shown.get('status')))}")

fields = {"place_id": t("place"), "event_type": t("event_type"), "sub_event_type": t("sub_event_type"),
          "event_date": t("date"), "status": t("not_incident")}
field = st.selectbox(t("field"), list(fields), format_func=fields.get, key="review_field", disabled=not allowed)
if field == "place_id":
    places = search_places(st.text_input(t("search_place"), key="review_place_q", disabled=not allowed))
    value = st.selectbox(t("new_value"), list(places), format_func=places.get, key="review_place",
                         disabled=not allowed) if places else None
elif field == "event_type":
    value = st.selectbox(t("new_value"), list(ACLED_TYPES), key="review_type", disabled=not allowed)
elif field == "sub_event_type":
    value = st.selectbox(t("new_value"), sorted(EVENT_TYPE_OF), key="review_sub", disabled=not allowed)
elif field == "event_date":
    value = st.date_input(t("new_value"), value=shown.get("event_date"), key="review_date",
                          disabled=not allowed)
else:
    value = "rejected" if st.checkbox(t("not_incident"), key="review_reject", disabled=not allowed) else "active"
editor = st.text_input(t("editor"), key="review_editor", disabled=not allowed)
note = st.text_input(t("note"), key="review_note", disabled=not allowed)
if st.button(t("save"), type="primary", disabled=not allowed, key="review_save"):
    # Checked again on click: a disabled widget is not a security boundary.
    error = save_correction(incident_id, field, value, editor, note) if may_edit(entered)[0] else t(
        "wrong_password")
    if error:
        st.error(error)
    else:  # rerun, so the incident above shows the corrected values at once
        st.session_state["review_saved"] = incident_id  # kept in the list even if it no longer matches
        st.session_state["review_flash"] = True
        st.rerun()
if st.session_state.pop("review_flash", False):
    st.success(t("saved"))
st.subheader(t("log"))
data_table(correction_log(incident_id))
