"""Clusters computed on the server for the map's zoom and viewport (any volume of incidents).

No Streamlit here. The cell size halves with each zoom level (about 60 pixels on screen), the query
window is the viewport widened by half on every side and snapped to a coarse grid (a small pan asks
the cached answer again), and each cluster is a circle whose popup lists its newest incidents with
"zoom in" and "show these in the table".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import folium
import pandas as pd
from folium.utilities import JsCode

from dashboard.popups import POPUP_LABELS, cluster_heading, cluster_popup_html

#: Cell size in degrees at zoom 6 (all of Iraq on screen); halved per zoom level.
CELL_AT_ZOOM_6 = 1.6  # 0.1 at zoom 10: the grid counted for the basemap, merged without a scan
#: Beyond this zoom the cells stop shrinking (about 500 m): a cell is then one place's incidents.
FINEST_ZOOM = 13

_BIND = JsCode(
    "function(feature, layer) {"
    " layer.bindPopup(feature.properties.popup, {maxWidth: 360, minWidth: 260});"
    " layer.bindTooltip(feature.properties.tip);"
    " layer.on('popupopen', function(e) {"
    "  var link = e.popup.getElement().querySelector('.iim-zoom'), map = e.target._map;"
    "  if (link) { link.onclick = function(ev) { ev.preventDefault();"
    "   map.fitBounds(feature.properties.cell); return false; }; } }); }"
)


def cell_for_zoom(zoom: float | None) -> float:
    """Cell size (degrees) for a Leaflet zoom level.

    Examples
    --------
    >>> cell_for_zoom(6), cell_for_zoom(8), cell_for_zoom(30) == cell_for_zoom(FINEST_ZOOM)
    (1.6, 0.4, True)
    """
    level = min(max(int(zoom if zoom is not None else 6), 3), FINEST_ZOOM)
    return CELL_AT_ZOOM_6 / 2 ** (level - 6)


def zoom_for(bounds: tuple[float, float, float, float]) -> int:
    """About the zoom Leaflet picks to fit ``bounds`` (south, west, north, east) in a 620-pixel map.

    Examples
    --------
    >>> from dashboard.basemap import IRAQ_BOUNDS
    >>> zoom_for(IRAQ_BOUNDS), zoom_for((33.2, 44.2, 33.5, 44.6))
    (6, 11)
    """
    south, west, north, east = bounds
    span = max(north - south, (east - west) / 1.6, 1e-4)
    return int(min(max(math.floor(math.log2(620 / 256 * 360 / span)), 3), 18))


def query_window(bounds: tuple[float, float, float, float], cell: float) -> tuple[float, float, float, float]:
    """The viewport widened by half its size on each side, snapped outward to multiples of 4 cells.

    Examples
    --------
    >>> query_window((33.0, 44.0, 34.0, 45.0), 0.32)
    (32.0, 42.24, 34.56, 46.08)
    """
    south, west, north, east = bounds
    pad_lat, pad_lon = (north - south) / 2, (east - west) / 2
    step = 4 * cell

    def down(v: float) -> float:
        return round(math.floor(v / step) * step, 6)

    def up(v: float) -> float:
        return round(math.ceil(v / step) * step, 6)

    return (max(down(south - pad_lat), -90.0), down(west - pad_lon), min(up(north + pad_lat), 90.0),
            up(east + pad_lon))


def viewport(state: Mapping | None) -> tuple[int | None, tuple[float, float, float, float] | None]:
    """Zoom and bounds (south, west, north, east) from what ``st_folium`` returned, if anything."""
    if not state or not state.get("bounds"):
        return None, None
    try:
        sw, ne = state["bounds"]["_southWest"], state["bounds"]["_northEast"]
        bounds = (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
        return int(state.get("zoom")), bounds
    except (KeyError, TypeError, ValueError):
        return None, None


def cluster_layer(clusters: pd.DataFrame, rows: pd.DataFrame, cell: float, *, colours: Mapping[str, str],
                  labels: Mapping[str, str] | None = None, table_href: Callable[[tuple], str],
                  incident_href: Callable[[int], str] | None = None, name: str = "Incidents") -> folium.FeatureGroup:
    """One circle per cluster (:func:`storage.aggregates.map_clusters`), sized by its incidents and
    coloured by its most frequent event type; its popup lists its newest incidents."""
    words = {**POPUP_LABELS, **(labels or {})}
    group = folium.FeatureGroup(name=name)
    if clusters.empty:
        return group
    newest = {key: part.to_dict("records") for key, part in rows.groupby(["i", "j"], sort=False)}
    top = float(clusters["count"].max())
    features = []
    for c in clusters.itertuples(index=False):
        box = (round(c.i * cell, 6), round(c.j * cell, 6), round((c.i + 1) * cell, 6), round((c.j + 1) * cell, 6))
        popup = cluster_popup_html(int(c.count), int(c.fatalities), newest.get((c.i, c.j), []), words,
                                   table_href=table_href(box), incident_href=incident_href)
        features.append({
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [float(c.longitude), float(c.latitude)]},
            "properties": {"colour": colours.get(c.event_type, "#7f7f7f"), "radius": 6 + 16 * (c.count / top) ** 0.5,
                           "popup": popup, "cell": [[box[0], box[1]], [box[2], box[3]]],
                           "tip": cluster_heading(int(c.count), int(c.fatalities), words)}})
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        marker=folium.CircleMarker(radius=6, fill=True),
        style_function=lambda f: {"color": "#ffffff", "weight": 2, "fillColor": f["properties"]["colour"],
                                  "fillOpacity": 0.8, "radius": f["properties"]["radius"]},
        on_each_feature=_BIND,
    ).add_to(group)
    return group
