"""Gazetteer: search a place and see it on the map; paste a sentence and see the places found."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard import edit as ui_edit
from dashboard import filters as ui_filters
from dashboard import render as ui_render
from dashboard import state as ui

ui_filters.current_filters()  # also makes sure app.py ran (see ui_filters._leave_mpa_v1)
st.header(ui.t("page_gazetteer"))
left, right = st.columns(2)
with left:
    places = ui_edit.search_places(st.text_input(ui.t("search_place"), key="gaz_query"), limit=15)
    picked = st.radio(ui.t("place"), list(places), format_func=places.get, key="gaz_pick") if places else None
    if picked:
        place = ui.gazetteer().get(picked)
        st.caption(f"{place.place_id} · {place.latitude:.4f}, {place.longitude:.4f} · {place.source}")
with right:
    st_folium(ui_edit.place_map(picked), height=360, use_container_width=True, returned_objects=[],
              key="gazetteer_map")

sentence = st.text_area(ui.t("sentence"), key="gaz_sentence", height=100)
if sentence.strip():
    mentions = ui_edit.find_mentions(sentence)
    ui_render.html_block(ui_edit.highlight_mentions(sentence, mentions))
    if mentions:
        st.dataframe(ui_edit.mention_table(mentions), hide_index=True, column_config=ui_render.table_config())
    else:
        st.info(ui.t("no_places"))
