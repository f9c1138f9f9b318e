"""Ingest: upload files, paste a text or give a URL; progress, then what was added or rejected."""

import streamlit as st

from dashboard.edit import (
    MAX_UPLOAD_MB,
    channel_error,
    editor_password,
    may_ingest,
    read_inputs,
    run_ingest,
    show_findings,
)
from dashboard.filters import current_filters
from dashboard.labels import digits, t
from dashboard.render import data_table

current_filters()  # also makes sure app.py ran (see dashboard.filters._leave_mpa_v1)
st.header(t("page_ingest"))
entered = st.text_input(t("password"), type="password", key="ingest_password") if editor_password() else ""
allowed, message = may_ingest(entered)
if message:
    (st.info if allowed or message == t("enter_password") else st.error)(message)
uploads = st.file_uploader(t("upload"), accept_multiple_files=True, key="ingest_files",
                           type=["txt", "md", "html", "htm", "csv", "jsonl", "json"],
                           max_upload_size=MAX_UPLOAD_MB)  # refused in the browser, before uploading
telegram = st.text_input(t("telegram_username"), key="ingest_telegram", placeholder="@channel",
                         help=t("telegram_username_help"))
with st.expander(t("paste")):
    title = st.text_input(t("title"), key="ingest_title")
    source = st.text_input(t("source_name"), key="ingest_source", placeholder=t("pasted_source"))
    published = st.date_input(t("published"), value="today", key="ingest_date", format="YYYY-MM-DD",
                              help=t("published_help"))
    pasted = st.text_area(t("article_text"), height=200, key="ingest_text")
url = st.text_input(t("url"), key="ingest_url", placeholder="https://")
if st.button(t("ingest_button"), type="primary", key="ingest_go", disabled=not allowed):
    if not may_ingest(entered)[0]:  # checked again on click: a disabled button is no boundary
        st.stop()
    if error := channel_error(telegram):
        st.error(error)
        st.stop()
    files = [(f.name, f.getvalue()) for f in uploads or []]
    if not (files or pasted.strip() or url.strip()):
        st.warning(t("nothing_to_ingest"))
        st.stop()
    bar = st.progress(0.0)
    try:
        # The URL is fetched only here, on click.
        report = run_ingest(read_inputs(files, pasted, title, published, url, source, telegram), bar)
    except Exception as exc:  # the page edge: a clear message, never a traceback
        st.error(t("ingest_failed"))
        st.text(f"{type(exc).__name__}: {exc}")  # plain text: the message may quote a file name
        st.stop()
    cols = st.columns(len(report["counts"]))
    for col, (label, value) in zip(cols, report["counts"].items(), strict=True):
        col.metric(label, digits(value))
    if not report["rejected"].empty:
        data_table(report["rejected"])
    if report["warnings"]:
        st.text("\n".join(report["warnings"]))
    show_findings(report["hashes"])
