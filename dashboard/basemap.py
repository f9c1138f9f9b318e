"""The offline basemap: vendored Leaflet assets, our own borders, panes, colour scale, legend.

No Streamlit here, and no CDN or tile server by default: Leaflet, jQuery and MarkerCluster are
served by the app itself (copied from the installed ``xstatic`` packages, see
:func:`offline_assets`), and the background is our own GeoJSON. Labels reaching the browser as
HTML are ``html.escape``d.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path

import folium
from folium.plugins import MarkerCluster
from folium.template import Template

from dashboard.popups import POPUP_CSS, POPUP_LABELS

#: Where the app serves the vendored assets (Streamlit static serving: ``static/`` → ``/app/static``).
VENDOR_PREFIX = "/app/static/vendor"
IRAQ_CENTER = (33.2, 43.7)
#: Iraq (south, west, north, east): what a map shows before anything narrows it, whatever its width.
IRAQ_BOUNDS = (29.0, 38.7, 37.4, 48.8)
BASE_PANE, AREA_PANE = "iim-base", "iim-areas"
#: Sequential palette (light → dark red) for the choropleth and the heat grid.
SCALE = ("#fff5eb", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")


def offline_assets() -> dict[str, Path]:
    """Vendored asset files: path under ``static/vendor/`` → source file in an installed package.

    Examples
    --------
    >>> assets = offline_assets()
    >>> "leaflet/leaflet.js" in assets and all(p.is_file() for p in assets.values())
    True
    """
    from xstatic.pkg import jquery, leaflet, leaflet_markercluster

    found: dict[str, Path] = {}
    for folder, module, names in (
        ("leaflet", leaflet, ("leaflet.js", "leaflet.css")),
        ("jquery", jquery, ("jquery.min.js",)),
        ("markercluster", leaflet_markercluster,
         ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")),
    ):
        base = Path(module.BASE_DIR)
        for name in names:
            found[f"{folder}/{name}"] = base / name
    for image in sorted((Path(leaflet.BASE_DIR) / "images").glob("*.png")):
        found[f"leaflet/images/{image.name}"] = image
    return found


def _use_vendor_assets(m: folium.Map, prefix: str) -> None:
    # Instance attributes shadow folium's CDN lists; bootstrap and awesome-markers are not needed
    # because every marker is a vector circle.
    m.default_js = [("jquery", f"{prefix}/jquery/jquery.min.js"), ("leaflet", f"{prefix}/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{prefix}/leaflet/leaflet.css")]


def cluster(prefix: str, **kwargs) -> MarkerCluster:
    cluster = MarkerCluster(**kwargs)
    cluster.default_js = [("markerclusterjs", f"{prefix}/markercluster/leaflet.markercluster.js")]
    cluster.default_css = [
        ("markerclustercss", f"{prefix}/markercluster/MarkerCluster.css"),
        ("markerclusterdefaultcss", f"{prefix}/markercluster/MarkerCluster.Default.css"),
    ]
    return cluster


def base_map(
    governorates=None,
    neighbours=None,
    *,
    prefix: str = VENDOR_PREFIX,
    location: tuple[float, float] = IRAQ_CENTER,
    zoom_start: int = 6,
    labels: Mapping[str, str] | None = None,
) -> folium.Map:
    """A map that renders offline: vendored Leaflet, no tiles by default, our own borders.

    ``governorates`` / ``neighbours`` are GeoDataFrames (``geo.governorates``); OpenStreetMap stays
    selectable as a base layer for users who are online.

    Examples
    --------
    >>> html = base_map().get_root().render()
    >>> "/app/static/vendor/leaflet/leaflet.js" in html, "cdn.jsdelivr" in html
    (True, False)
    """
    # maxZoom must be explicit without a default tile layer (MarkerCluster needs it).
    words = {**POPUP_LABELS, **(labels or {})}
    arabic = words.get("lang") == "ar"
    m = folium.Map(location=list(location), zoom_start=zoom_start, tiles=None, control_scale=not arabic)
    m.options.update(maxZoom=18, minZoom=3)
    _use_vendor_assets(m, prefix)
    if arabic:  # Leaflet's scale bar writes "200 km" in English: ours in Arabic words and digits
        add_arabic_scale(m, km=words["scale_km"], metres=words["scale_m"])
    # Polygons live in panes below the incidents' pane (overlayPane, z 400): switching an area layer
    # on must not cover the markers and swallow their clicks.
    folium.map.CustomPane(BASE_PANE, z_index=350, pointer_events=True).add_to(m)
    folium.map.CustomPane(AREA_PANE, z_index=380, pointer_events=True).add_to(m)
    folium.FeatureGroup(name=escape(words["layer_plain"]), overlay=False).add_to(m)
    folium.TileLayer("OpenStreetMap", name=escape(words["layer_osm"]), overlay=False, show=False).add_to(m)
    m.get_root().header.add_child(folium.Element(
        f"<style>{POPUP_CSS}</style>"))
    borders = folium.FeatureGroup(name=escape(words["layer_borders"]), overlay=True)
    if neighbours is not None and len(neighbours):
        folium.GeoJson(
            geojson(neighbours, ("name_en", "name_ar")),
            style_function=lambda _f: {"color": "#9a9a9a", "weight": 1, "fillColor": "#f2efe9",
                                       "fillOpacity": 1.0},
            tooltip=folium.GeoJsonTooltip(["name_ar" if arabic else "name_en"], labels=False),
            pane=BASE_PANE,
        ).add_to(borders)
    if governorates is not None and len(governorates):
        folium.GeoJson(
            geojson(governorates, ("name_en", "name_ar")),
            style_function=lambda _f: {"color": "#555555", "weight": 1, "fillColor": "#fbfaf6",
                                       "fillOpacity": 1.0},
            pane=BASE_PANE,
        ).add_to(borders)
    borders.add_to(m)
    return m


#: Arabic-Indic digits, as the browser writes them in the Arabic scale bar.
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def add_arabic_scale(m: folium.Map, *, km: str, metres: str) -> None:
    """Leaflet's metric scale bar with its units in Arabic (``km``, ``metres``) and Arabic-Indic digits
    (the miles bar left out: Iraq measures in kilometres). Leaflet writes the bar's text itself on every
    zoom, so its ``_updateScale`` is wrapped to rewrite that text."""
    units = json.dumps({" km": f" {km}", " m": f" {metres}"})
    scale = folium.MacroElement()
    scale._template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () { var scale = L.control.scale({imperial: false}),"
        f" units = {units}, digits = '{_ARABIC_DIGITS}';"
        " scale._updateScale = function (bar, text, ratio) {"
        "  text = text.replace(/ (km|m)$/, function (unit) { return units[unit]; })"
        "   .replace(/[0-9]/g, function (d) { return digits.charAt(+d); });"
        "  L.Control.Scale.prototype._updateScale.call(this, bar, text, ratio); };"
        f" scale.addTo({m.get_name()}); }})();"
        "{% endmacro %}"
    )
    m.add_child(scale)


def geojson(frame, columns: tuple[str, ...], values: Mapping[str, float] | None = None) -> dict:
    keep = [c for c in columns if c in frame.columns]
    data = json.loads(frame[[*keep, "geometry"]].to_json(drop_id=True))
    if values is not None:
        for feature in data["features"]:
            feature["properties"]["value"] = float(values.get(feature["properties"]["name_en"], 0))
    return data


def colour(value: float, top: float) -> str:
    if top <= 0 or value <= 0:
        return SCALE[0]
    step = min(len(SCALE) - 1, 1 + int((len(SCALE) - 2) * value / top))
    return SCALE[step]


def scale_bins(top: float) -> list[tuple[str, int, int]]:
    """The steps of :func:`colour` over whole values from 0 to ``top``: (colour, lowest, highest), a
    step no whole value falls in left out. What a scale legend lists.

    Examples
    --------
    >>> scale_bins(8)
    [('#fff5eb', 0, 0), ('#fdd0a2', 1, 1), ('#fdae6b', 2, 3), ('#fd8d3c', 4, 5), ('#e6550d', 6, 7), ('#a63603', 8, 8)]
    >>> scale_bins(0)
    [('#fff5eb', 0, 0)]
    """
    top = math.floor(top + 0.5)
    bins = [(SCALE[0], 0, 0)]
    if top <= 0:
        return bins
    steps = len(SCALE) - 2  # colour(): 1 + int(steps * value / top), the top value alone in the last
    for step in range(1, steps + 1):
        low, high = max(1, math.ceil((step - 1) * top / steps)), math.ceil(step * top / steps) - 1
        if low <= high:
            bins.append((SCALE[step], low, high))
    return [*bins, (SCALE[-1], top, top)]


def add_scale_legend(m: folium.Map, layer: folium.Layer, title: str, top: float, *,
                     number: Callable[[int], str] = str, rtl: bool = False) -> None:
    """A legend of ``layer``'s colour scale (:func:`scale_bins`) in the lower-right corner, shown while
    the layer is on (the layer control adds and removes it with the layer). ``number`` writes a
    value in the interface's digits; the labels are escaped."""
    rows = "".join(
        f'<div><span style="display:inline-block;width:18px;height:12px;background:{hue};'
        f'border:1px solid #999;margin-inline-end:6px;vertical-align:middle"></span>'
        f'{escape(number(low) if low == high else f"{number(low)}–{number(high)}")}</div>'
        for hue, low, high in scale_bins(top))
    box = f'<div class="iim-scale" dir="{"rtl" if rtl else "ltr"}"><b>{escape(title)}</b>{rows}</div>'
    legend = folium.MacroElement()
    legend._template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () { var legend = L.control({position: 'bottomright'}),"
        f" layer = {layer.get_name()}, map = {m.get_name()};"
        " legend.onAdd = function () { var d = L.DomUtil.create('div');"
        " d.style.cssText = 'background:white;padding:6px 8px;font:12px sans-serif;"
        "border-radius:4px;box-shadow:0 0 4px rgba(0,0,0,.3)';"
        " d.innerHTML = " + json.dumps(box).replace("</", "<\\/") + "; return d; };"
        " layer.on('add', function () { legend.addTo(map); });"
        " layer.on('remove', function () { legend.remove(); });"
        " if (map.hasLayer(layer)) { legend.addTo(map); } })();"
        "{% endmacro %}"
    )
    m.add_child(legend)


def add_legend(m: folium.Map, title: str, items: Mapping[str, str], *, rtl: bool = False) -> None:
    """A legend box (escaped labels) in the map's lower-left corner; ``rtl`` for an Arabic legend."""
    rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
        f'background:{escape(colour)};margin-inline-end:6px"></span>{escape(label)}</div>'
        for label, colour in items.items()
    )
    box = f'<div class="iim-legend" dir="{"rtl" if rtl else "ltr"}"><b>{escape(title)}</b>{rows}</div>'
    legend = folium.MacroElement()
    legend._template = Template(
        "{% macro script(this, kwargs) %}"
        "var legend = L.control({position: 'bottomleft'});"
        "legend.onAdd = function () { var d = L.DomUtil.create('div');"
        " d.style.cssText = 'background:white;padding:6px 8px;font:12px sans-serif;"
        "border-radius:4px;box-shadow:0 0 4px rgba(0,0,0,.3)';"
        " d.innerHTML = " + json.dumps(box).replace("</", "<\\/") + "; return d; };"
        "legend.addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )
    m.add_child(legend)


def add_outline(m: folium.Map, governorates, names) -> None:
    """A thick outline (no fill, not clickable) around the governorates ``names``: the filter's choice."""
    chosen = governorates[governorates["name_en"].isin(list(names))]
    if chosen.empty:
        return
    folium.GeoJson(
        geojson(chosen, ("name_en", "name_ar")),
        name="focus",
        style_function=lambda _f: {"color": "#1f3b57", "weight": 3, "fill": False, "dashArray": "6 4"},
        interactive=False,
        control=False,
        pane=AREA_PANE,
    ).add_to(m)
