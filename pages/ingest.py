"""Ingest: upload files, paste a text or give a URL; progress, then what was added or rejected."""

import streamlit as st

from dashboard import edit as ui_edit
from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

ui_filters.current_filters()  # also makes sure app.py ran (see ui_filters._leave_mpa_v1)
st.header(ui.t("page_ingest"))
entered = st.text_input(ui.t("password"), type="password", key="ingest_password") if ui_edit.editor_password() else ""
allowed, message = ui_edit.may_ingest(entered)
if message:
    (st.info if allowed or message == ui.t("enter_password") else st.error)(message)
uploads = st.file_uploader(ui.t("upload"), accept_multiple_files=True, key="ingest_files",
                           type=["txt", "md", "html", "htm", "csv", "jsonl", "json"],
                           max_upload_size=ui_edit.MAX_UPLOAD_MB)  # refused in the browser, before uploading
with st.expander(ui.t("paste")):
    title = st.text_input(ui.t("title"), key="ingest_title")
    source = st.text_input(ui.t("source_name"), key="ingest_source", placeholder=ui.t("pasted_source"))
    published = st.date_input(ui.t("published"), value="today", key="ingest_date", format="YYYY-MM-DD",
                              help=ui.t("published_help"))
    pasted = st.text_area(ui.t("article_text"), height=200, key="ingest_text")
url = st.text_input(ui.t("url"), key="ingest_url", placeholder="https://")
if st.button(ui.t("ingest_button"), type="primary", key="ingest_go", disabled=not allowed):
    if not ui_edit.may_ingest(entered)[0]:  # checked again on click: a disabled button is no boundary
        st.stop()
    files = [(f.name, f.getvalue()) for f in uploads or []]
    if not (files or pasted.strip() or url.strip()):
        st.warning(ui.t("nothing_to_ingest"))
        st.stop()
    bar = st.progress(0.0)
    try:
        # The URL is fetched only here, on click.
        report = ui_edit.run_ingest(ui_edit.read_inputs(files, pasted, title, published, url, source), bar)
    except Exception as exc:  # the page edge: a clear message, never a traceback
        st.error(ui.t("ingest_failed"))
        st.text(f"{type(exc).__name__}: {exc}")  # plain text: the message may quote a file name
        st.stop()
    cols = st.columns(len(report["counts"]))
    for col, (label, value) in zip(cols, report["counts"].items(), strict=True):
        col.metric(label, value)
    if not report["rejected"].empty:
        st.dataframe(report["rejected"], hide_index=True, column_config=ui_render.table_config())
    if report["warnings"]:
        st.text("\n".join(report["warnings"]))
    ui_edit.show_findings(report["hashes"])
