"""Folium layers built from incidents: markers, server-side aggregates, choropleth, density grid.

No Streamlit here. Every string that reaches the browser as HTML (popups, tooltips, the legend)
is built from ``html.escape``d pieces: evidence sentences, titles and sources come from the news
and must never run as markup. The offline basemap (vendored Leaflet, our own borders) is in
:mod:`dashboard.basemap`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

import folium
import pandas as pd
from folium.utilities import JsCode

from dashboard.basemap import (
    AREA_PANE,
    IRAQ_BOUNDS,
    VENDOR_PREFIX,
    add_legend,
    add_outline,
    add_scale_legend,
    base_map,
    cluster,
    colour,
    geojson,
)
from dashboard.numerals import numerals
from dashboard.popups import (
    POPUP_LABELS,
    as_int,
    cluster_heading,
    is_arabic,
    popup_html,
    tooltip_text,
)
from extract.acled_types import acled_types
from storage.cells import CELL

#: One colour per ACLED event type (``extract/data/acled_types.yaml``); anything else is drawn grey.
EVENT_COLOURS: dict[str, str] = {t.event_type: t.colour for t in acled_types()}
OTHER_COLOUR = "#7f7f7f"
#: Cell sizes (degrees): aggregated markers (the grid the database keeps counts for, storage.cells), and the
#: density layer (a multiple of the marker cell).
MARKER_CELL, HEAT_CELL = CELL, 2 * CELL
_GRID_COLUMNS = ["lat", "lon", "count", "fatalities", "event_type"]


def measure_by_governorate(df: pd.DataFrame, measure: str = "incidents") -> dict[str, float]:
    """Incidents (row count) or summed fatalities per ``admin1``.

    Examples
    --------
    >>> df = pd.DataFrame({"admin1": ["Diyala", "Diyala", "Basra"], "fatalities": [2, None, 1]})
    >>> measure_by_governorate(df), measure_by_governorate(df, "fatalities")
    ({'Diyala': 2.0, 'Basra': 1.0}, {'Diyala': 2.0, 'Basra': 1.0})
    """
    if df.empty:
        return {}
    if measure == "fatalities":
        series = df.groupby("admin1")["fatalities"].sum(min_count=0)
    else:
        series = df.groupby("admin1").size()
    return {str(k): float(v) for k, v in series.sort_values(ascending=False).items()}


def add_choropleth(m: folium.Map, governorates, df: pd.DataFrame | None, *, measure: str = "incidents",
                   name: str = "Governorates", show: bool = True,
                   values: Mapping[str, float] | None = None, legend: str | None = None,
                   number: Callable[[int], str] = str, rtl: bool = False,
                   names: tuple[str, ...] = ("name_en", "name_ar")) -> None:
    """Governorate polygons coloured by incidents or fatalities (our own scale: no CDN colormap).

    ``values`` (governorate → value, e.g. counted in SQL) replaces counting the rows of ``df``.
    ``legend``: the title of a scale legend shown with the layer (numbers written by ``number``).
    ``names``: the name columns the tooltip shows (the Arabic interface: the Arabic name alone).
    """
    values = measure_by_governorate(df, measure) if values is None else values
    top = max(values.values(), default=0.0)
    data = geojson(governorates, ("name_en", "name_ar"), values)
    for feature in data["features"]:  # the tooltip's number, in the interface's digits
        feature["properties"]["shown"] = number(round(feature["properties"]["value"]))
    layer = folium.GeoJson(
        data,
        name=name,
        show=show,
        style_function=lambda f: {"color": "#444444", "weight": 1, "fillOpacity": 0.65,
                                  "fillColor": colour(f["properties"]["value"], top)},
        tooltip=folium.GeoJsonTooltip([*names, "shown"], aliases=[*([""] * len(names)), name]),
        pane=AREA_PANE,
    ).add_to(m)
    if legend is not None:
        add_scale_legend(m, layer, legend, top, number=number, rtl=rtl)


def _square(lon: float, lat: float, size: float) -> list[list[list[float]]]:
    return [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]]


def grid_counts(df: pd.DataFrame, cell: float) -> pd.DataFrame:
    """Incidents per square grid cell of ``cell`` degrees (lower-left corner, count, fatalities).

    Examples
    --------
    >>> df = pd.DataFrame({"latitude": [33.31, 33.32, 36.3], "longitude": [44.36, 44.38, 43.1],
    ...                    "fatalities": [1, 2, 0], "event_type": ["Battles"] * 3})
    >>> grid_counts(df, 0.5)[["lat", "lon", "count"]].to_dict("records")
    [{'lat': 33.0, 'lon': 44.0, 'count': 2}, {'lat': 36.0, 'lon': 43.0, 'count': 1}]
    """
    located = df.dropna(subset=["latitude", "longitude"])
    if located.empty:
        return pd.DataFrame(columns=_GRID_COLUMNS)
    cells = pd.DataFrame({
        "lat": (located["latitude"] // cell) * cell,
        "lon": (located["longitude"] // cell) * cell,
        "fatalities": located["fatalities"].fillna(0),
        "event_type": located["event_type"],
    })
    grouped = cells.groupby(["lat", "lon"], sort=True)
    out = grouped.agg(count=("fatalities", "size"), fatalities=("fatalities", "sum")).reset_index()
    dominant = cells.groupby(["lat", "lon", "event_type"]).size().reset_index(name="n")
    dominant = dominant.sort_values("n", ascending=False).drop_duplicates(["lat", "lon"])
    out = out.merge(dominant[["lat", "lon", "event_type"]], on=["lat", "lon"], how="left")
    out["lat"] = out["lat"].round(6)
    out["lon"] = out["lon"].round(6)
    return out


def cells_grid(cells: pd.DataFrame, cell: float, factor: int) -> pd.DataFrame:
    """Merge cells counted in SQL (:func:`storage.queries.grid_cells` at ``cell`` degrees) into cells
    ``factor`` times wider; the columns of :func:`grid_counts` (lower-left corner, dominant type).
    Rows without a cell (no coordinates) are left out.

    Examples
    --------
    >>> cells = pd.DataFrame({"i": [666, 667, 726], "j": [887, 887, 862], "count": [1, 3, 2],
    ...                       "fatalities": [1, 2, 0], "event_type": ["Battles", "Riots", "Riots"]})
    >>> cells_grid(cells, 0.05, 2).to_dict("records")[0]
    {'lat': 33.3, 'lon': 44.3, 'count': 4, 'fatalities': 3, 'event_type': 'Riots'}
    """
    cells = cells.dropna(subset=["i", "j"])  # incidents without coordinates are not drawn
    if cells.empty:
        return pd.DataFrame(columns=_GRID_COLUMNS)
    merged = pd.DataFrame({"i": cells["i"].astype("int64") // factor, "j": cells["j"].astype("int64") // factor,
                           "event_type": cells["event_type"], "count": cells["count"],
                           "fatalities": cells["fatalities"]})
    by_type = merged.groupby(["i", "j", "event_type"], as_index=False, dropna=False)[["count", "fatalities"]].sum()
    out = by_type.groupby(["i", "j"], as_index=False)[["count", "fatalities"]].sum()
    dominant = by_type.sort_values("count", ascending=False, kind="stable").drop_duplicates(["i", "j"])
    out = out.merge(dominant[["i", "j", "event_type"]], on=["i", "j"], how="left")
    size = cell * factor
    out["lat"], out["lon"] = (out["i"] * size).round(6), (out["j"] * size).round(6)
    return out[_GRID_COLUMNS]


def add_heat(m: folium.Map, df: pd.DataFrame | None, *, cell: float = HEAT_CELL, name: str = "Density (grid)",
             show: bool = False, grid: pd.DataFrame | None = None, legend: str | None = None,
             number: Callable[[int], str] = str, rtl: bool = False) -> None:
    """An offline "heat" layer: grid squares coloured by incident density (no leaflet-heat CDN).

    ``grid`` (the columns of :func:`grid_counts` at ``cell``) replaces counting the rows of ``df``;
    ``legend``, ``number``, ``rtl`` as in :func:`add_choropleth`.
    """
    grid = grid_counts(df, cell) if grid is None else grid
    top = float(grid["count"].max()) if len(grid) else 0.0
    features = [
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": _square(r.lon, r.lat, cell)},
         "properties": {"count": number(int(r.count)), "colour": colour(r.count, top)}}
        for r in grid.itertuples(index=False)
    ]
    layer = folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name=name,
        show=show,
        style_function=lambda f: {"stroke": False, "fillOpacity": 0.6,
                                  "fillColor": f["properties"]["colour"]},
        # folium rejects fields of nothing
        tooltip=folium.GeoJsonTooltip(["count"], aliases=[name]) if features else None,
        pane=AREA_PANE,
    ).add_to(m)
    if legend is not None:
        add_scale_legend(m, layer, legend, top, number=number, rtl=rtl)


# Clusters take the colour of the event type most of their markers have (colours are ours, not user text);
# the count is written by the browser: in Arabic with Arabic-Indic digits (DIGITS: the ten digits, or nothing).
_CLUSTER_ICON = (
    "function(cluster) {"
    " var digits = 'DIGITS', n = cluster.getChildCount(), shown = String(n);"
    " if (digits) { shown = shown.replace(/[0-9]/g, function(d) { return digits.charAt(+d); }); }"
    " var counts = {}, best = '#7f7f7f', top = 0;"
    " cluster.getAllChildMarkers().forEach(function(m) {"
    "  var c = m.options.color || '#7f7f7f'; counts[c] = (counts[c] || 0) + 1;"
    "  if (counts[c] > top) { top = counts[c]; best = c; } });"
    " var size = n < 10 ? 30 : n < 100 ? 38 : 46;"
    " return L.divIcon({className: 'iim-cluster', iconSize: L.point(size, size), html:"
    "  '<div style=\"width:' + size + 'px;height:' + size + 'px;border-radius:50%;"
    "background:' + best + ';opacity:.85;color:white;font:bold 12px sans-serif;line-height:' + size + 'px;"
    "text-align:center;"
    "box-shadow:0 0 0 4px rgba(255,255,255,.6)\">' + shown + '</div>'}); }"
)

_BIND = JsCode(
    "function(feature, layer) {"
    " if (feature.properties.popup) { layer.bindPopup(feature.properties.popup, {maxWidth: 340}); }"
    " layer.bindTooltip(feature.properties.tip); }"
)


def _point_feature(lat: float, lon: float, props: dict) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def _style_by_precision(feature: dict) -> dict:
    props = feature["properties"]
    style = {"color": props["colour"], "fillColor": props["colour"], "weight": 2, "fillOpacity": 0.8}
    if props.get("precision") == 2:
        style.update(dashArray="4 3", fillOpacity=0.35)
    return style


def add_incidents(m: folium.Map, df: pd.DataFrame, *, max_points: int = 3000,
                  prefix: str = VENDOR_PREFIX, labels: Mapping[str, str] | None = None,
                  name: str = "Incidents") -> str:
    """Draw the incidents; returns ``"points"`` or ``"aggregated"`` (more than ``max_points``).

    Precise places (geo_precision 1, and 2 dashed) are clustered circle markers; incidents known
    only to the governorate (precision 3) are large translucent circles, never pinpoints. Above
    ``max_points`` the server aggregates into grid cells and draws one sized circle per cell.
    """
    located = df.dropna(subset=["latitude", "longitude"])
    group = folium.FeatureGroup(name=name)
    group.add_to(m)
    if len(located) > max_points:
        add_cells(group, grid_counts(located, MARKER_CELL), MARKER_CELL, labels)
        return "aggregated"
    precise, coarse = [], []
    for row in located.to_dict("records"):
        props = {"colour": EVENT_COLOURS.get(row.get("event_type"), OTHER_COLOUR),
                 "precision": as_int(row.get("geo_precision")), "popup": popup_html(row, labels),
                 "tip": tooltip_text(row, labels)}
        target = coarse if props["precision"] >= 3 else precise
        target.append(_point_feature(float(row["latitude"]), float(row["longitude"]), props))
    if coarse:
        folium.GeoJson(
            {"type": "FeatureCollection", "features": coarse},
            marker=folium.Circle(radius=25_000, fill=True),
            style_function=lambda f: {"color": f["properties"]["colour"], "weight": 1,
                                      "fillColor": f["properties"]["colour"], "fillOpacity": 0.12,
                                      "dashArray": "2 6"},
            on_each_feature=_BIND,
        ).add_to(group)
    if precise:
        digits = "٠١٢٣٤٥٦٧٨٩" if (labels or {}).get("lang") == "ar" else ""
        markers = cluster(prefix, options={"disableClusteringAtZoom": 11}, icon_create_function=_CLUSTER_ICON.replace("DIGITS", digits))
        markers.add_to(group)
        folium.GeoJson(
            {"type": "FeatureCollection", "features": precise},
            marker=folium.CircleMarker(radius=7, fill=True),
            style_function=_style_by_precision,
            on_each_feature=_BIND,
        ).add_to(markers)
    return "points"


def add_cells(parent, grid: pd.DataFrame, cell: float, labels: Mapping[str, str] | None = None) -> None:
    """One circle per grid cell (the columns of :func:`grid_counts`), sized by its incidents and
    coloured by its most frequent event type: what the map draws instead of too many markers."""
    if grid.empty:
        return
    words = {**POPUP_LABELS, **(labels or {})}
    top = float(grid["count"].max())
    features = [
        _point_feature(r.lat + cell / 2, r.lon + cell / 2, {
            "colour": EVENT_COLOURS.get(r.event_type, OTHER_COLOUR), "precision": 1,
            "radius": 4 + 16 * (r.count / top) ** 0.5,
            "tip": cluster_heading(int(r.count), int(r.fatalities), words)})
        for r in grid.itertuples(index=False)
    ]
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        marker=folium.CircleMarker(radius=6, fill=True),
        style_function=lambda f: {**_style_by_precision(f), "radius": f["properties"]["radius"],
                                  "fillOpacity": 0.55},
        on_each_feature=_BIND,
    ).add_to(parent)


def incidents_map(df: pd.DataFrame | None, governorates=None, neighbours=None, *, measure: str = "incidents",
                  max_points: int = 2000, labels: Mapping[str, str] | None = None,
                  prefix: str = VENDOR_PREFIX, cells: pd.DataFrame | None = None, cell: float = MARKER_CELL,
                  by_governorate: Mapping[str, float] | None = None, draw_cells: bool = True,
                  focus: tuple[str, ...] = (), fit: tuple[float, float, float, float] | None = None,
                  ) -> tuple[folium.Map, str]:
    """The whole map: offline basemap, choropleth, density grid, incidents, legend, layer control.

    Either from the incident rows ``df``, or, when there are too many to fetch, from aggregates
    counted on the server: ``cells`` (:func:`storage.queries.grid_cells` at ``cell`` degrees, which
    must divide MARKER_CELL and HEAT_CELL) and ``by_governorate`` (governorate → ``measure``); ``df`` is then
    not used; ``draw_cells=False`` leaves the incidents out (the caller adds server-side clusters).
    ``by_governorate`` with ``df`` colours the governorates by it instead of counting ``df`` (whose
    governorate names may be translated: the polygons are keyed by the English name).
    ``focus`` names governorates outlined on top; ``fit`` (south, west, north, east) is shown first.
    Returns the map and the drawing mode (``"points"`` or ``"aggregated"``).
    """
    words = {**POPUP_LABELS, **(labels or {})}
    m = base_map(governorates, neighbours, prefix=prefix, labels=words)
    scale = {"number": lambda v: numerals(v, words["lang"]), "rtl": words["lang"] == "ar"}
    if governorates is not None and len(governorates):
        # Shown from the start, with its scale: the page's "colour governorates by" acts at once.
        # Leaflet shows layer names as HTML: escaped.
        add_choropleth(m, governorates, df, measure=measure, name=escape(words["choropleth"]), show=True,
                       values=by_governorate, legend=words["choropleth"],
                       names=("name_ar",) if words["lang"] == "ar" else ("name_en", "name_ar"), **scale)
    if cells is None:
        add_heat(m, df, name=escape(words["heat"]), legend=words["heat"], **scale)
        mode = add_incidents(m, df, max_points=max_points, prefix=prefix, labels=words,
                             name=escape(words["incidents"]))
    else:
        add_heat(m, None, name=escape(words["heat"]), grid=cells_grid(cells, cell, round(HEAT_CELL / cell)),
                 legend=words["heat"], **scale)
        if draw_cells:
            group = folium.FeatureGroup(name=escape(words["incidents"]))
            group.add_to(m)
            add_cells(group, cells_grid(cells, cell, round(MARKER_CELL / cell)), MARKER_CELL, words)
        mode = "aggregated"
    if focus and governorates is not None:
        add_outline(m, governorates, focus)
    if fit is not None:
        m.fit_bounds([[fit[0], fit[1]], [fit[2], fit[3]]])
    add_legend(m, words["legend"], {words.get(kind, kind): hue for kind, hue in EVENT_COLOURS.items()},
               rtl=is_arabic(words["legend"]))
    folium.LayerControl(collapsed=False).add_to(m)
    return m, mode


def place_map(place, governorates=None, neighbours=None, *, prefix: str = VENDOR_PREFIX) -> folium.Map:
    """A small offline map with one gazetteer place marked (escaped tooltip); with no place, all of
    Iraq fitted to the map's size (a narrow column cut the country off at a fixed zoom)."""
    if place is None:
        m = base_map(governorates, neighbours, prefix=prefix)
        south, west, north, east = IRAQ_BOUNDS
        m.fit_bounds([[south, west], [north, east]])
        return m
    m = base_map(governorates, neighbours, prefix=prefix, location=(place.latitude, place.longitude),
                 zoom_start=8)
    folium.CircleMarker((place.latitude, place.longitude), radius=8, color="#d62728", fill=True,
                        fill_opacity=0.9, tooltip=escape(f"{place.name_en} / {place.name_ar}")).add_to(m)
    return m
