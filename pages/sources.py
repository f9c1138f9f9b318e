"""Sources: the feeds the watcher polls (freshness, errors), the outlets, and feed management."""

import streamlit as st

from dashboard import edit as ui_edit
from dashboard import filters as ui_filters
from dashboard import sources as ui_sources
from dashboard import state as ui

ui_filters.current_filters()  # also makes sure app.py ran (see ui_filters._leave_mpa_v1)
st.header(ui.t("page_sources"))
st.caption(ui.t("watcher_hint"))
feeds = ui_sources.feeds_frame()
st.subheader(ui.t("feeds"))
if feeds.empty:
    st.info(ui.t("no_feeds"))
else:
    st.dataframe(feeds, hide_index=True, column_config=ui_sources.column_config())
st.subheader(ui.t("outlets"))
st.dataframe(ui_sources.outlets_frame(), hide_index=True, column_config=ui_sources.column_config())

with st.expander(ui.t("manage_feeds")):
    entered = st.text_input(ui.t("password"), type="password", key="sources_password")
    allowed, message = ui_edit.may_ingest(entered)  # like adding articles: open on a laptop with no password
    if message:
        (st.error if message == ui.t("wrong_password") else st.info)(message)
    with st.form("add_feed", clear_on_submit=True):
        name = st.text_input(ui.t("feed_name"), key="feed_name", disabled=not allowed)
        url = st.text_input("URL", key="feed_url", placeholder="https://", disabled=not allowed)
        language = st.selectbox(ui.t("language"), ["", "ar", "en"], key="feed_language", disabled=not allowed)
        interval = st.number_input(ui.t("feed_interval"), min_value=60, value=900, step=60, key="feed_interval",
                                   disabled=not allowed)
        if st.form_submit_button(ui.t("add_feed"), disabled=not allowed):
            error = ui_sources.add(name, url, language, int(interval))
            if error:
                st.error(error)
            else:
                st.session_state["feed_flash"] = True
                st.rerun()  # the tables above show the new feed
    if st.session_state.pop("feed_flash", False):
        st.success(ui.t("feed_saved"))
    if not feeds.empty:
        names = dict(zip(feeds["feed_id"], feeds["name"], strict=True))
        picked = st.selectbox(ui.t("feed_name"), list(names), format_func=names.get, key="feed_pick",
                              disabled=not allowed)
        actions = {"paused": ui.t("pause"), "active": ui.t("resume"), "removed": ui.t("remove")}
        for col, (status, label) in zip(st.columns(3), actions.items(), strict=True):
            if col.button(label, key=f"feed_{status}", disabled=not allowed):
                ui_sources.change(int(picked), status)
                st.rerun()
