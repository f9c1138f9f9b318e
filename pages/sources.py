"""Sources: the feeds the watcher polls (freshness, errors), the outlets, and feed management."""

import streamlit as st

from dashboard.edit import may_ingest
from dashboard.filters import current_filters
from dashboard.labels import t
from dashboard.render import data_table
from dashboard.sources import add, change, column_config, feeds_frame, outlets_frame, poll

current_filters()  # also makes sure app.py ran (see dashboard.filters._leave_mpa_v1)
st.header(t("page_sources"))
st.caption(t("watcher_hint"))
feeds = feeds_frame()
st.subheader(t("feeds"))
if feeds.empty:
    st.info(t("no_feeds"))
else:
    data_table(feeds, column_config=column_config())
st.subheader(t("outlets"))
data_table(outlets_frame(), column_config=column_config())

with st.expander(t("manage_feeds")):
    entered = st.text_input(t("password"), type="password", key="sources_password")
    allowed, message = may_ingest(entered)  # like adding articles: open on a laptop with no password
    if message:
        (st.error if message == t("wrong_password") else st.info)(message)
    with st.form("add_feed", clear_on_submit=True):
        name = st.text_input(t("feed_name"), key="feed_name", disabled=not allowed)
        url = st.text_input("URL", key="feed_url", placeholder="https://", disabled=not allowed)
        language = st.selectbox(t("language"), ["", "ar", "en"], key="feed_language", disabled=not allowed)
        interval = st.number_input(t("feed_interval"), min_value=60, value=900, step=60, key="feed_interval",
                                   disabled=not allowed)
        if st.form_submit_button(t("add_feed"), disabled=not allowed):
            error = add(name, url, language, int(interval))
            if error:
                st.error(error)
            else:
                st.session_state["feed_flash"] = True
                st.rerun()  # the tables above show the new feed
    if st.session_state.pop("feed_flash", False):
        st.success(t("feed_saved"))
    if not feeds.empty:
        names = dict(zip(feeds["feed_id"], feeds["name"], strict=True))
        picked = st.selectbox(t("feed_name"), list(names), format_func=names.get, key="feed_pick",
                              disabled=not allowed)
        actions = {"paused": t("pause"), "active": t("resume"), "removed": t("remove")}
        *columns, last = st.columns(4)
        for col, (status, label) in zip(columns, actions.items(), strict=True):
            if col.button(label, key=f"feed_{status}", disabled=not allowed):
                change(int(picked), status)
                st.rerun()
        if last.button(t("poll_now"), key="feed_poll", disabled=not allowed) and may_ingest(entered)[0]:
            with st.spinner(t("polling")):
                st.session_state["feed_polled"] = poll(int(picked))
            st.rerun()  # the tables above show what the poll changed
        if polled := st.session_state.pop("feed_polled", None):
            (st.success if polled[0] else st.error)(polled[1])
