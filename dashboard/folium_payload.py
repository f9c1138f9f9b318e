"""What ``st_folium`` sends to the browser, made once and kept as plain strings.

``streamlit_folium.st_folium`` renders the whole folium map to JavaScript on every rerun (Jinja
templates compiled per element, GeoJSON dumped, bounds walked): about half the Map page's server
time at 100,000 incidents, although the map only changes with the filters, the language or the
data. :func:`map_payload` and :func:`layer_payload` do the same steps as ``st_folium`` (of the
pinned streamlit-folium 0.27.4, whose helpers they call) and return plain data that
:func:`dashboard.state.cached_query` can keep per data version; :func:`show` hands it to the same
component. ``tests/dashboard/test_folium_payload.py`` checks that the browser receives exactly
what ``st_folium`` would send.
"""

from __future__ import annotations

from collections.abc import Sequence

import branca
import folium
import streamlit as st
import streamlit_folium as sf


def _links(element) -> tuple[list[str], list[str]]:
    """The css and js files of ``element`` and its children, in st_folium's order."""
    css: list[str] = []
    js: list[str] = []

    def walk(node):
        if isinstance(node, branca.colormap.ColorMap):
            raise ValueError("colour maps load d3 from the internet: not used by this dashboard")
        if isinstance(node, folium.elements.JSCSSMixin):
            css.extend(href for _, href in getattr(node, "default_css", []))
            js.extend(src for _, src in getattr(node, "default_js", []))
        for child in getattr(node, "_children", {}).values():
            walk(child)

    walk(element)
    return css, js


def map_payload(folium_map: folium.Map) -> dict:
    """The browser's part of ``st_folium(folium_map)``: the script, header, html, the map's id and
    bounds, the css/js files. The map is rendered (and changed) by this: do not reuse it."""
    folium_map.get_root().render()
    folium_map.render()
    html, header = sf._get_html(folium_map), sf._get_header(folium_map)
    script = sf._get_map_string(folium_map)
    try:
        bounds = folium_map.get_bounds()
    except AttributeError:
        bounds = [[None, None], [None, None]]
    css, js = _links(folium_map)
    return {"script": script, "header": header, "html": html, "id": sf.get_full_id(folium_map),
            "bounds": bounds, "zoom": folium_map.options.get("zoom"), "css_links": css, "js_links": js}


def layer_payload(group: folium.FeatureGroup) -> dict:
    """A feature group as ``st_folium(..., feature_group_to_add=group)`` sends it (drawn on top of the
    map without reloading it), with its css/js files."""
    holder = folium.Map(tiles=None)  # the group's parent; st_folium names it "map_div" in the script
    script = sf._get_feature_group_string(group, map=holder, idx=0)
    css, js = _links(group)
    return {"script": script, "css_links": css, "js_links": js}


def _bounds_dict(bounds) -> dict:
    (south, west), (north, east) = bounds
    return {"_southWest": {"lat": south, "lng": west}, "_northEast": {"lat": north, "lng": east}}


def show(payload: dict, layer: dict | None = None, *, key: str, height: int,
         returned_objects: Sequence[str] = ()):
    """Draw a map made by :func:`map_payload` (full container width), with an optional layer made by
    :func:`layer_payload`; returns what the browser reported, like ``st_folium``, and keeps it in
    ``st.session_state[key]``."""
    hash_key = sf.generate_js_hash(payload["script"], key, False)
    defaults = {"bounds": _bounds_dict(payload["bounds"]), "zoom": payload["zoom"]}

    def on_change() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})

    css = list(dict.fromkeys([*payload["css_links"], *(layer["css_links"] if layer else [])]))
    js = list(dict.fromkeys([*payload["js_links"], *(layer["js_links"] if layer else [])]))
    return sf._component_func(
        script=payload["script"], header=payload["header"], html=payload["html"], id=payload["id"], key=hash_key,
        height=height, width=None, returned_objects=list(returned_objects),
        default={k: v for k, v in defaults.items() if k in returned_objects}, zoom=None, center=None,
        feature_group=layer["script"] if layer else None, return_on_hover=False, layer_control=None,
        pixelated=False, css_links=css, js_links=js, on_change=on_change, wrap_longitude=False)
