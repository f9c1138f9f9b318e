"""The map in Arabic says nothing in English: governorate tooltips, the scale bar, the place names of
incidents the gazetteer does not know (the report's own words instead); English is left as it was."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import insert, select, update

from storage.store import articles, get_engine, incident_sources, incidents, place_mentions
from tests.app.test_pages import app, decoded, map_component, markdown_text


def tooltip_fields(script: str) -> list[list[str]]:
    return [re.findall(r'"(\w+)"', fields) for fields in re.findall(r"let fields = \[([^\]]*)\]", script)]


@pytest.mark.parametrize("params, names", [({}, ["name_en", "name_ar", "shown"]), ({"lang": "ar"}, ["name_ar", "shown"])])
def test_choropleth_tooltip_names_the_governorate_in_the_interface_language(full_db, params, names):
    script = decoded(map_component(app("pages/map.py", **params))["script"])
    assert names in tooltip_fields(script)


@pytest.mark.parametrize("params, english, arabic", [({}, True, False), ({"lang": "ar"}, False, True)])
def test_scale_bar_speaks_the_interface_language(full_db, params, english, arabic):
    script = decoded(map_component(app("pages/map.py", **params))["script"])
    assert ("L.control.scale()" in script) is english  # Leaflet's own: "200 km", "100 mi"
    assert ('" km": " كم"' in script and "_updateScale" in script and "٠١٢٣٤٥٦٧٨٩" in script) is arabic


@pytest.fixture
def retired_place(full_db):
    """The Baquba incident placed on a place the gazetteer no longer knows; its Arabic report wrote
    the place «بعقوبة» (a mention kept with the article)."""
    engine = get_engine(full_db)
    with engine.begin() as conn:
        incident_id, article_id = conn.execute(
            select(incidents.c.id, incident_sources.c.article_id).join(incident_sources, incident_sources.c.incident_id
                                                                      == incidents.c.id)
            .where(incidents.c.location == "Baquba")).one()
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(place_id="iq.retired.place"))
        text = conn.execute(select(articles.c.text).where(articles.c.id == article_id)).scalar_one()
        start = text.index("بعقوبة")
        conn.execute(insert(place_mentions).values(article_id=article_id, surface="بعقوبة", start=start,
                                                   end=start + len("بعقوبة"), place_id="iq.retired.place",
                                                   confidence=0.9))
    return full_db


def test_a_place_the_gazetteer_does_not_know_takes_the_reports_own_words_in_arabic(retired_place):
    popups = re.findall(r'"popup": "(.*?)", "precision"', decoded(map_component(app("pages/map.py", lang="ar"))["script"]))
    baquba = [p for p in popups if "٢٠٢٥-٠٣-٠١" in p]
    assert baquba and "المكان: بعقوبة، ديالى" in baquba[0] and "Baquba" not in baquba[0]
    assert "بعقوبة" in markdown_text(app(lang="ar"))  # the Overview's card
    english = decoded(map_component(app("pages/map.py"))["script"])
    assert "Place: Baquba, Diyala" in english  # English keeps the stored name
