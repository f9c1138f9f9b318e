"""dashboard.folium_payload: the map made once and kept as plain data reaches the browser exactly as
``st_folium`` would send it (script, header, css/js files, the layer, the reported zoom and bounds)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest


def _page(cached: bool, returned: tuple[str, ...]) -> None:
    import folium
    import pandas as pd
    from streamlit_folium import st_folium

    from dashboard import clusters, folium_payload, maps

    rows = pd.DataFrame({
        "incident_id": [1, 2], "event_date": ["2025-03-01", "2025-03-05"],
        "event_type": ["Battles", "Protests"], "sub_event_type": ["Armed clash", "Peaceful protest"],
        "location": ["Baquba", "Basra"], "admin1": ["Diyala", "Basra"], "latitude": [33.75, 30.51],
        "longitude": [44.64, 47.78], "geo_precision": [1, 3], "fatalities": [2, 0], "injuries": [None, 1],
        "evidence": ["Clashes near <b>Baquba</b>", "تظاهر العشرات في البصرة"],
        "source_rows": [[{"source": "INA", "url": "https://www.ina.iq/1"}], []], "place_id": [None, None]})
    found = pd.DataFrame({"i": [210], "j": [279], "count": [2], "fatalities": [2], "event_type": ["Battles"],
                          "latitude": [33.7], "longitude": [44.7]})
    newest = rows.assign(i=210, j=279)

    def layer() -> folium.FeatureGroup:
        return clusters.cluster_layer(found, newest, 0.16, colours=maps.EVENT_COLOURS, name="Clusters",
                                      table_href=lambda box: f"incidents?box={box}")

    folium_map, _ = maps.incidents_map(rows, fit=(33.0, 44.0, 34.0, 45.0))
    if cached:
        folium_payload.show(folium_payload.map_payload(folium_map), folium_payload.layer_payload(layer()),
                            key="m", height=500, returned_objects=returned)
    else:
        st_folium(folium_map, key="m", height=500, use_container_width=True, returned_objects=list(returned),
                  feature_group_to_add=layer())


def _sent(cached: bool, returned: tuple[str, ...]) -> dict:
    at = AppTest.from_function(_page, args=(cached, returned), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    component = at.get("component_instance")[0].proto
    return {"name": component.component_name, **json.loads(component.json_args)}


def test_payload_reaches_the_browser_as_st_folium_sends_it():
    for returned in ((), ("zoom", "bounds")):
        ours, theirs = _sent(True, returned), _sent(False, returned)
        assert ours == theirs
        assert "Baquba" in ours["script"] and "feature_group_feature_group_0" in ours["feature_group"]
        assert ours["js_links"] and all(link.startswith("/app/static/vendor/") for link in ours["js_links"])
