"""The Map page's map: incidents one by one when few, else clusters computed on the server for the
browser's zoom and viewport, each clickable down to its newest reports; chosen governorates fitted
and outlined.

Few incidents (at most :data:`MAP_MAX_POINTS` located): one marker each, clustered in the browser,
and ``st_folium`` returns nothing (panning never reruns the app). More: the basemap (borders,
choropleth, density grid from :func:`storage.queries.grid_cells`) stays put while a separate layer
of clusters (:func:`storage.queries.map_clusters`) is swapped in after each pan or zoom
(``feature_group_to_add``), cached per filters, cell size and query window.
"""

from __future__ import annotations

from urllib.parse import urlencode, urljoin

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import clusters, maps, render
from dashboard.labels import LANG_PARAM, lang, localise, t, template, value_label, with_precision
from dashboard.state import basemap_frames, cached_query, detail, incidents
from storage import queries
from storage.queries import Filters

#: Above this many located incidents the map draws server-side clusters.
MAP_MAX_POINTS = 2000
#: Grid cell (degrees) counted in SQL for the density layer and the choropleth.
MAP_CELL = maps.MARKER_CELL
#: What the map needs per incident when it draws them one by one (markers and popups).
MAP_COLUMNS = ("incident_id", "event_date", "event_type", "sub_event_type", "location", "admin1",
               "latitude", "longitude", "geo_precision", "fatalities", "injuries", "evidence",
               "source_rows", "place_id")
#: How many of its newest incidents a cluster's popup lists.
CLUSTER_LATEST = 3
KEY = "incident_map"

_cells = cached_query(queries.grid_cells, max_entries=16)
_cluster_counts = cached_query(queries.cluster_counts, max_entries=32)
_newest = cached_query(queries.newest_in_clusters, max_entries=64)


def labels(measure: str) -> dict[str, str]:
    """Every word the map shows, in the interface language."""
    words = {key: t(key) for key in ("date", "type", "place", "fatalities", "sources", "precision", "unknown",
                                     "legend", "incidents", "precision_1", "precision_2", "precision_3", "precision_3_place",
                                     "layer_plain", "layer_osm", "layer_borders", "heat", "injuries",
                                     "zoom_in", "show_in_table", "open_incident")}
    words.update({key: template(key) for key in ("cluster_head", "cluster_latest")})
    words["choropleth"] = f"{t('governorate')} ({t(measure)})"
    words.update({kind: value_label("type", kind) for kind in maps.EVENT_COLOURS})  # legend and popups
    return words


def page_href(page: str, params: dict) -> str:
    """An absolute link to another page of the app with these query parameters (from inside the map's
    frame a relative link would point into the component)."""
    if lang() == "ar":
        params = {**params, LANG_PARAM: "ar"}
    relative = f"{page}?{urlencode(params, doseq=True)}"
    base = getattr(st.context, "url", None) or ""
    return urljoin(base, relative) if base.startswith("http") else relative


def focus_bounds(governorates: tuple[str, ...]) -> tuple[float, float, float, float] | None:
    """South, west, north, east of the chosen governorates (None when none is chosen or known)."""
    govs, _ = basemap_frames()
    chosen = govs[govs["name_en"].isin(governorates)]
    if chosen.empty:
        return None
    west, south, east, north = chosen.total_bounds
    return float(south), float(west), float(north), float(east)


def _view(filters: Filters, around=None) -> tuple[int, tuple[float, float, float, float]]:
    """The zoom and bounds the clusters are computed for: what the browser last reported for these
    filters, else the chosen governorates' (or Iraq's) extent."""
    if st.session_state.get("_map_filters") != filters:  # new filters: the map is fitted again
        st.session_state["_map_filters"] = filters
        st.session_state.pop(KEY, None)
    zoom, bounds = clusters.viewport(st.session_state.get(KEY))
    if bounds is None:
        bounds = around or focus_bounds(filters.governorates) or clusters.IRAQ_BOUNDS
        zoom = clusters.zoom_for(bounds)
    return zoom, bounds


def _shared_incident(words: dict[str, str]):
    """``?incident=ID``: the incident's bounds (about 5 km around it) and a ringed marker with its
    popup open, or (None, None)."""
    import folium

    from dashboard.filters import linked_incident
    from dashboard.labels import localise
    from dashboard.popups import popup_html

    shared = linked_incident()
    found = detail(shared) if shared is not None else None
    if not found or found.get("latitude") is None or found.get("longitude") is None:
        return None, None
    row = {**found, "sources": " | ".join(s["source"] or "" for s in found["sources"]),
           "source_urls": " | ".join(s["url"] or "" for s in found["sources"])}
    row = with_precision(localise(pd.DataFrame([row]), keep=("event_type",))).to_dict("records")[0]
    lat, lon = float(found["latitude"]), float(found["longitude"])
    marker = folium.CircleMarker((lat, lon), radius=14, color="#111111", weight=3, fill=False,
                                 popup=folium.Popup(popup_html(row, words), max_width=340, show=True))
    return (lat - 0.05, lon - 0.05, lat + 0.05, lon + 0.05), marker


def show(filters: Filters, measure: str) -> None:
    """Draw the map of the filtered incidents, with a caption saying what is drawn."""
    govs, neighbours = basemap_frames()
    words = labels(measure)
    around, marker = _shared_incident(words)
    cells = _cells(filters, MAP_CELL)  # one scan: counts for the basemap, and whether to fetch rows
    has_cell = cells["i"].notna()
    located, unlocated = int(cells.loc[has_cell, "count"].sum()), int(cells.loc[~has_cell, "count"].sum())
    focus = around or focus_bounds(filters.governorates)
    if located + unlocated == 0:
        render.no_incidents(filters)
    if located <= MAP_MAX_POINTS:
        rows = with_precision(localise(incidents(filters, columns=MAP_COLUMNS), keep=("event_type",)))
        folium_map, _ = maps.incidents_map(rows, govs, neighbours,
                                           measure=measure, max_points=MAP_MAX_POINTS, labels=words,
                                           focus=filters.governorates, fit=focus)
        if marker is not None:
            marker.add_to(folium_map)
        if located + unlocated:
            st.caption(t("shown_on_map", n=located, m=unlocated))
        # returned_objects=[]: panning and zooming do not rerun the app.
        st_folium(folium_map, height=620, use_container_width=True, returned_objects=[], key=KEY)
        return
    column = "count" if measure == "incidents" else "fatalities"
    by_governorate = cells.groupby("admin1")[column].sum().astype(float).to_dict()
    folium_map, _ = maps.incidents_map(None, govs, neighbours, measure=measure, labels=words, cells=cells,
                                       cell=MAP_CELL, by_governorate=by_governorate, draw_cells=False,
                                       focus=filters.governorates, fit=focus)
    if marker is not None:
        marker.add_to(folium_map)
    zoom, bounds = _view(filters, around)
    cell = clusters.cell_for_zoom(zoom)
    window = clusters.query_window(bounds, cell)
    factor = cell / MAP_CELL
    if factor >= 1 and abs(factor - round(factor)) < 1e-9:  # merged from the grid counted above: no scan
        found = queries.clusters_from_grid(cells, MAP_CELL, round(factor), window)
    else:  # finer than the grid: counted in SQL, within the window only
        found = _cluster_counts(filters, cell, window)
    newest = localise(_newest(filters, cell, queries.quotas_of(found, CLUSTER_LATEST), window))
    base = filters.to_query_params()
    layer = clusters.cluster_layer(
        found, newest, cell, colours=maps.EVENT_COLOURS, labels=words, name=words["incidents"],
        table_href=lambda box: page_href("incidents", {**base, "box": Filters(bbox=box).to_query_params()["box"]}),
        incident_href=lambda incident_id: page_href("incidents", {**base, "incident": int(incident_id)}))
    st.caption(t("clustered", n=located))
    st_folium(folium_map, height=620, use_container_width=True, returned_objects=["zoom", "bounds"],
              feature_group_to_add=layer, key=KEY)
