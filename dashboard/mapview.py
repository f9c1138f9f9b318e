"""The Map page's map: incidents one by one when few, else clusters computed on the server for the
browser's zoom and viewport, each clickable down to its newest reports; chosen governorates fitted
and outlined.

Few incidents (at most :data:`MAP_MAX_POINTS` located): one marker each, clustered in the browser,
and ``st_folium`` returns nothing (panning never reruns the app). More: the basemap (borders,
choropleth, density grid from :func:`storage.queries.grid_cells`) stays put while a separate layer
of clusters (:func:`storage.queries.map_clusters`) is swapped in after each pan or zoom
(``feature_group_to_add``), cached per filters, cell size and query window. Filters the roll-ups
cannot answer (a text search) are answered on SQLite from the matching incidents read once per
filter state (:func:`storage.queries.map_rows`): the grid, the clusters at any zoom and their popups alike.
"""

from __future__ import annotations

import functools
from urllib.parse import urlencode, urljoin

import pandas as pd
import streamlit as st

from dashboard import clusters, folium_payload, maps, render
from dashboard.basemap import IRAQ_BOUNDS
from dashboard.labels import (
    LANG_PARAM,
    forms,
    lang,
    localise,
    plural,
    t,
    template,
    value_label,
    with_precision,
)
from dashboard.state import basemap_frames, cached_query, detail, engine, incidents
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

_grid_cells = cached_query(queries.grid_cells, max_entries=16)
_cluster_counts = cached_query(queries.cluster_counts, max_entries=32)
_newest = cached_query(queries.newest_in_clusters, max_entries=64)
# Shared, never mutated: a frame of up to queries.ROWS_CAP rows is not pickled on every read.
_map_rows = cached_query(queries.map_rows, resource=True, max_entries=4)


def _rows(filters: Filters) -> pd.DataFrame | None:
    """The matching incidents read once for every count and popup of these filters, when the roll-ups
    cannot answer them on SQLite (a text search: one search per filter state, not one per query;
    :func:`storage.queries.reads_rows`); else None."""
    return _map_rows(filters) if queries.reads_rows(engine(), filters) else None


@functools.partial(cached_query, with_engine=False, max_entries=16)
def _cells(filters: Filters) -> pd.DataFrame:
    """The filtered incidents per :data:`MAP_CELL` cell (:func:`storage.queries.grid_cells`)."""
    rows = _rows(filters)
    return queries.grid_of_rows(rows, MAP_CELL) if rows is not None else _grid_cells(filters, MAP_CELL)


def labels(measure: str) -> dict[str, str]:
    """Every word the map shows, in the interface language."""
    words = {key: t(key) for key in ("date", "type", "place", "fatalities", "sources", "precision", "unknown",
                                     "legend", "incidents", "precision_1", "precision_2", "precision_3", "precision_3_place",
                                     "layer_plain", "layer_osm", "layer_borders", "heat", "injuries",
                                     "zoom_in", "show_in_table", "open_incident", "scale_km", "scale_m", "forwarded_from", "hidden_sender")}
    words.update({key: template(key) for key in ("cluster_head", "cluster_latest")})
    words.update({f"{noun}.{form}": text for noun in ("n_incidents", "n_killed")  # see popups.count_words
                  for form, text in forms(noun).items()})
    words["choropleth"] = f"{t('governorate')} ({t(measure)})"
    words["lang"] = lang()
    words.update({kind: value_label("type", kind) for kind in maps.EVENT_COLOURS})  # legend and popups
    return words


def _href(base: str, page: str, params: dict) -> str:
    relative = f"{page}?{urlencode(params, doseq=True)}"
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
        bounds = around or focus_bounds(filters.governorates) or IRAQ_BOUNDS
        zoom = clusters.zoom_for(bounds)
    return zoom, bounds


def _located(incident_id: int | None) -> dict | None:
    """The incident named by ``?incident=ID`` when it has coordinates."""
    found = detail(incident_id) if incident_id is not None else None
    if not found or found.get("latitude") is None or found.get("longitude") is None:
        return None
    return found


def _around(found: dict | None) -> tuple[float, float, float, float] | None:
    """About 5 km around a shared incident (south, west, north, east)."""
    if found is None:
        return None
    lat, lon = float(found["latitude"]), float(found["longitude"])
    return lat - 0.05, lon - 0.05, lat + 0.05, lon + 0.05


def _shared_marker(found: dict, words: dict[str, str]):
    """A ringed marker on a shared incident with its popup open."""
    import folium

    from dashboard.popups import popup_html

    row = {**found, "source_rows": list(found["sources"])}  # each with its own link and forwarded_from
    row = with_precision(localise(pd.DataFrame([row]), keep=("event_type",))).to_dict("records")[0]
    return folium.CircleMarker((float(found["latitude"]), float(found["longitude"])), radius=14, color="#111111",
                               weight=3, fill=False, popup=folium.Popup(popup_html(row, words), max_width=340, show=True))


# The map and the cluster layer are drawn once per filters, language and data version, in the
# process's cache: every session asking for the same map gets the same payload (see
# dashboard/folium_payload.py). ``language`` is part of each key: labels and popups are localised.
@functools.partial(cached_query, with_engine=False, max_entries=24)
def _map(filters: Filters, measure: str, words: tuple, incident_id: int | None, language: str) -> dict:
    """The whole map of few incidents (markers and popups), or the basemap of many (borders,
    choropleth and density grid from the grid counts; the clusters come as a separate layer)."""
    govs, neighbours = basemap_frames()
    labels_ = dict(words)
    shared = _located(incident_id)
    cells = _cells(filters)
    located = int(cells.loc[cells["i"].notna(), "count"].sum())
    fit = _around(shared) or focus_bounds(filters.governorates) or IRAQ_BOUNDS  # fitted to the map's width
    # Per governorate from the counts in SQL (English names, as the polygons'): the rows below are in
    # the interface language, and Arabic governorate names matched no polygon (an all-white choropleth).
    column = "count" if measure == "incidents" else "fatalities"
    by_governorate = cells.groupby("admin1")[column].sum().astype(float).to_dict()
    if located <= MAP_MAX_POINTS:
        rows = with_precision(localise(incidents(filters, columns=MAP_COLUMNS), keep=("event_type",)))
        folium_map, _ = maps.incidents_map(rows, govs, neighbours, measure=measure, max_points=MAP_MAX_POINTS,
                                           labels=labels_, by_governorate=by_governorate,
                                           focus=filters.governorates, fit=fit)
    else:
        folium_map, _ = maps.incidents_map(None, govs, neighbours, measure=measure, labels=labels_, cells=cells,
                                           cell=MAP_CELL, by_governorate=by_governorate, draw_cells=False,
                                           focus=filters.governorates, fit=fit)
    if shared is not None:
        _shared_marker(shared, labels_).add_to(folium_map)
    return folium_payload.map_payload(folium_map)


@functools.partial(cached_query, with_engine=False, max_entries=48)
def _cluster_layer(filters: Filters, cell: float, window: tuple, words: tuple, language: str, base_url: str) -> dict:
    """The clusters of the query window at this cell size, as a layer drawn over the basemap."""
    factor = cell / MAP_CELL
    rows = _rows(filters)
    if factor >= 1 and abs(factor - round(factor)) < 1e-9:  # merged from the grid counted for the basemap: no scan
        found = queries.clusters_from_grid(_cells(filters), MAP_CELL, round(factor), window)
    elif rows is not None:  # finer than the grid: from the incidents already read
        found = queries.clusters_of_rows(rows, cell, window)
    else:  # finer than the grid: counted in SQL, within the window only
        found = _cluster_counts(filters, cell, window)
    quotas = queries.quotas_of(found, CLUSTER_LATEST)
    newest = localise(queries.newest_of_rows(engine(), rows, cell, quotas, window) if rows is not None
                      else _newest(filters, cell, quotas, window))
    base = {**filters.to_query_params(), **({LANG_PARAM: "ar"} if language == "ar" else {})}
    labels_ = dict(words)
    layer = clusters.cluster_layer(
        found, newest, cell, colours=maps.EVENT_COLOURS, labels=labels_, name=labels_["incidents"],
        table_href=lambda box: _href(base_url, "incidents", {**base, "box": Filters(bbox=box).to_query_params()["box"]}),
        incident_href=lambda incident_id: _href(base_url, "incidents", {**base, "incident": int(incident_id)}))
    return folium_payload.layer_payload(layer)


def show(filters: Filters, measure: str) -> None:
    """Draw the map of the filtered incidents, with a caption saying what is drawn."""
    from dashboard.filters import linked_incident

    words = tuple(sorted(labels(measure).items()))
    shared = linked_incident()
    cells = _cells(filters)  # one scan: counts for the basemap, and whether to fetch rows
    has_cell = cells["i"].notna()
    located, unlocated = int(cells.loc[has_cell, "count"].sum()), int(cells.loc[~has_cell, "count"].sum())
    if located + unlocated == 0:
        render.no_incidents(filters)
    payload = _map(filters, measure, words, shared, lang())
    if located <= MAP_MAX_POINTS:
        if located + unlocated:
            st.caption(t("shown_on_map", incidents=plural("n_incidents", located), m=unlocated))
        # no returned objects: panning and zooming do not rerun the app.
        folium_payload.show(payload, key=KEY, height=620)
        return
    zoom, bounds = _view(filters, _around(_located(shared)))
    cell = clusters.cell_for_zoom(zoom)
    base_url = getattr(st.context, "url", None) or ""
    layer = _cluster_layer(filters, cell, clusters.query_window(bounds, cell), words, lang(),
                           urljoin(base_url, ".") if base_url.startswith("http") else "")
    st.caption(t("clustered", incidents=plural("n_incidents", located)))
    folium_payload.show(payload, layer, key=KEY, height=620, returned_objects=("zoom", "bounds"))
