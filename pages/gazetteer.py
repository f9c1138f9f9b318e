"""Gazetteer: search a place and see it on the map; paste a sentence and see the places found."""

import streamlit as st
from streamlit_folium import st_folium

from dashboard.edit import find_mentions, mention_table, place_map, search_places
from dashboard.filters import current_filters
from dashboard.labels import t
from dashboard.popups import highlight_mentions
from dashboard.render import data_table, html_block
from dashboard.state import gazetteer

current_filters()  # also makes sure app.py ran (see dashboard.filters._leave_mpa_v1)
st.header(t("page_gazetteer"))
left, right = st.columns(2)
with left:
    places = search_places(st.text_input(t("search_place"), key="gaz_query"), limit=15)
    picked = st.radio(t("place"), list(places), format_func=places.get, key="gaz_pick") if places else None
    if picked:
        place = gazetteer().get(picked)
        st.caption(f"{place.place_id} · {place.latitude:.4f}, {place.longitude:.4f} · {place.source}")
with right:
    st_folium(place_map(picked), height=360, use_container_width=True, returned_objects=[],
              key="gazetteer_map")

sentence = st.text_area(t("sentence"), key="gaz_sentence", height=100)
if sentence.strip():
    mentions = find_mentions(sentence)
    html_block(highlight_mentions(sentence, mentions))
    if mentions:
        data_table(mention_table(mentions))
    else:
        st.info(t("no_places"))
