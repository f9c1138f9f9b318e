"""dashboard.maps: offline assets, escaping in popups, precision styles, server-side aggregation."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from dashboard import basemap, maps, popups

GOVS = gpd.GeoDataFrame(
    {"name_en": ["Diyala", "Basra"], "name_ar": ["ديالى", "البصرة"], "iso_code": ["IQ-DI", "IQ-BA"]},
    geometry=[box(44.5, 33.5, 46.0, 35.0), box(46.0, 29.5, 48.5, 31.5)], crs="EPSG:4326")
NEIGHBOURS = gpd.GeoDataFrame({"iso2": ["IR"], "name_en": ["Iran"], "name_ar": ["إيران"]},
                              geometry=[box(46.0, 31.5, 50.0, 38.0)], crs="EPSG:4326")
CDN = re.compile(r"https?://(?:cdn|code\.jquery|cdnjs|netdna|unpkg|d3js)[\w.-]*", re.IGNORECASE)


def incident(**changes) -> dict:
    row = {"incident_id": 1, "event_date": "2025-03-01", "event_type": "Battles", "sub_event_type": "Armed clash",
           "location": "Khanaqin", "admin1": "Diyala", "latitude": 34.35, "longitude": 45.39, "geo_precision": 1,
           "fatalities": 2, "evidence": "Clashes broke out near Khanaqin.", "sources": "INA | Shafaq News",
           "source_urls": "https://www.ina.iq/1 | https://shafaq.com/2"}
    return {**row, **changes}


def rendered(m) -> str:
    return m.get_root().render()


def decoded(html: str) -> str:
    """The page with JSON's \\uXXXX escapes undone, as the browser will see the strings."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda g: chr(int(g.group(1), 16)), html)


def test_vendored_assets_exist_and_map_uses_no_cdn():
    assets = basemap.offline_assets()
    assert {"leaflet/leaflet.js", "leaflet/leaflet.css", "jquery/jquery.min.js",
            "markercluster/leaflet.markercluster.js", "markercluster/MarkerCluster.Default.css"} <= set(assets)
    m, mode = maps.incidents_map(pd.DataFrame([incident()]), GOVS, NEIGHBOURS)
    html = rendered(m)
    assert mode == "points"
    assert not CDN.findall(html), CDN.findall(html)
    for path in ("/app/static/vendor/leaflet/leaflet.js", "/app/static/vendor/jquery/jquery.min.js",
                 "/app/static/vendor/markercluster/leaflet.markercluster.js"):
        assert path in html
    # OpenStreetMap stays available as an optional layer, but is not shown by default.
    assert "tile.openstreetmap.org" in html


def test_streamlit_folium_gets_only_local_links():
    """st_folium loads the js/css of every element from its default_js/default_css: all local."""
    m, _ = maps.incidents_map(pd.DataFrame([incident(), incident(incident_id=2, latitude=30.5, longitude=47.8)]),
                              GOVS, NEIGHBOURS)
    m.get_root().render()
    links = []

    def walk(element):
        links.extend(src for _, src in getattr(element, "default_js", []))
        links.extend(href for _, href in getattr(element, "default_css", []))
        for child in getattr(element, "_children", {}).values():
            walk(child)

    walk(m)
    assert links and all(link.startswith("/app/static/vendor/") for link in links), links


@pytest.mark.parametrize("evidence, source, url", [
    ("<script>alert(1)</script> قصف على الموصل", "INA", "https://www.ina.iq/1"),
    ("Gunmen <img src=x onerror=alert(1)> attacked a checkpoint.", "<b>Evil</b>", "javascript:alert(1)"),
])
def test_popup_escapes_user_text(evidence, source, url):
    html = popups.popup_html(incident(evidence=evidence, sources=source, source_urls=url))
    assert "<script>" not in html and "<img" not in html and "<b>Evil" not in html
    assert ("&lt;script&gt;" in html) or ("&lt;img src=x onerror=alert(1)&gt;" in html)
    assert 'href="javascript' not in html
    # and in the whole rendered map too
    page = decoded(rendered(maps.incidents_map(pd.DataFrame([incident(evidence=evidence, sources=source,
                                                                            source_urls=url)]))[0]))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page


@pytest.mark.parametrize("text, direction", [
    ("انفجرت عبوة ناسفة في بعقوبة", "rtl"),
    ("An IED exploded in Baquba", "ltr"),
    ("قصف صاروخي على قاعدة Ain al-Asad الجوية", "rtl"),
])
def test_evidence_direction(text, direction):
    assert popups.evidence_html(text).startswith(f'<p dir="{direction}">')


def test_source_links_only_for_http():
    html = popups.source_links("INA | Evil | Local", "https://www.ina.iq/a?b=1&c=2 | javascript:alert(1) | ftp://x")
    assert html.count("<a ") == 1
    assert 'href="https://www.ina.iq/a?b=1&amp;c=2"' in html
    assert "Evil" in html and "javascript" not in html


def features_of(html: str) -> list[dict]:
    """Point features embedded in the rendered map."""
    found = []
    for match in re.finditer(r'_add\((\{"features".*?\})\);', html):
        found.extend(json.loads(match.group(1))["features"])
    return [f for f in found if f["geometry"]["type"] == "Point"]


def test_precision_changes_the_marker():
    rows = pd.DataFrame([incident(incident_id=1, geo_precision=1), incident(incident_id=2, geo_precision=2),
                         incident(incident_id=3, geo_precision=3)])
    m = basemap.base_map()
    maps.add_incidents(m, rows)
    html = rendered(m)
    # governorate-level incidents are drawn as a 25 km circle, not a pinpoint marker
    assert re.findall(r"new L\.(\w+)\(latlng", html) == ["circle", "CircleMarker"]
    assert '"radius": 25000' in html
    styles = maps._style_by_precision({"properties": {"colour": "#000", "precision": 2}})
    assert styles["dashArray"] == "4 3"
    assert "dashArray" not in maps._style_by_precision({"properties": {"colour": "#000", "precision": 1}})


def test_aggregates_above_max_points():
    rows = pd.DataFrame([incident(incident_id=i, latitude=33.0 + (i % 10) * 0.3, longitude=44.0) for i in range(50)])
    m = basemap.base_map()
    assert maps.add_incidents(m, rows, max_points=20) == "aggregated"
    points = features_of(rendered(m))
    assert len(points) == 10  # ten 0.1° cells of five incidents each
    assert all(f["properties"]["tip"] == "5 incidents · 10 killed" for f in points)
    assert not any("popup" in f["properties"] for f in points)
    assert maps.add_incidents(basemap.base_map(), rows, max_points=100) == "points"


def test_grid_counts_and_governorate_measure():
    rows = pd.DataFrame([incident(latitude=33.31, longitude=44.36, fatalities=1),
                         incident(latitude=33.32, longitude=44.38, fatalities=None),
                         incident(latitude=None, longitude=None, admin1="Basra", fatalities=5)])
    grid = maps.grid_counts(rows, 0.25)
    assert grid[["count", "fatalities"]].to_dict("records") == [{"count": 2, "fatalities": 1.0}]
    assert maps.measure_by_governorate(rows) == {"Diyala": 2.0, "Basra": 1.0}
    assert maps.measure_by_governorate(rows, "fatalities") == {"Basra": 5.0, "Diyala": 1.0}


def test_empty_frame_renders():
    empty = pd.DataFrame(columns=list(incident()))
    m, mode = maps.incidents_map(empty, GOVS, NEIGHBOURS)
    html = rendered(m)
    assert mode == "points" and "Diyala" in decoded(html)


# Server-side cells as storage.queries.grid_cells returns them: (i, j) = floor(lat / 0.1), floor(lon / 0.1).
CELLS = pd.DataFrame({"i": [333, 333, 343, 305], "j": [443, 443, 453, 477],
                      "event_type": ["Battles", "Explosions/Remote violence", "Battles", "Protests"],
                      "count": [2, 5, 1, 3], "fatalities": [4, 1, 0, 0]})


@pytest.mark.parametrize("factor, expected", [
    (1, [(30.5, 47.7, 3, 0, "Protests"), (33.3, 44.3, 7, 5, "Explosions/Remote violence"),
         (34.3, 45.3, 1, 0, "Battles")]),
    (2, [(30.4, 47.6, 3, 0, "Protests"), (33.2, 44.2, 7, 5, "Explosions/Remote violence"),
         (34.2, 45.2, 1, 0, "Battles")]),
])
def test_cells_counted_on_the_server_become_grid_cells(factor, expected):
    grid = maps.cells_grid(CELLS, 0.1, factor).sort_values("lat")
    assert list(grid.itertuples(index=False, name=None)) == expected


def test_map_from_server_cells_sends_no_incident_text():
    m, mode = maps.incidents_map(None, GOVS, NEIGHBOURS, cells=CELLS, cell=0.1,
                                 by_governorate={"Diyala": 8.0, "Basra": 3.0})
    html = decoded(rendered(m))
    assert mode == "aggregated"
    tips = sorted(f["properties"]["tip"] for f in features_of(rendered(m)))
    assert tips == ["1 incident · 0 killed", "3 incidents · 0 killed", "7 incidents · 5 killed"]
    assert '"value": 8.0' in html and '"value": 3.0' in html  # the choropleth uses the SQL counts
    assert '"popup":' not in html  # cells carry tooltips only, no incident popups


@pytest.mark.parametrize("top", range(0, 130))
def test_scale_bins_list_exactly_the_colours_values_get(top):
    bins = basemap.scale_bins(top)
    assert [low for _, low, _ in bins] == [0, *(high + 1 for _, _, high in bins[:-1])]  # contiguous
    assert bins[-1][2] == top
    for hue, low, high in bins:  # the slow obvious reference: every whole value's own colour
        assert {basemap.colour(v, top) for v in range(low, high + 1)} == {hue}


def scale_legends(html: str) -> list[str]:
    """The scale legends' HTML, as the map's script sets it."""
    boxes = [json.loads(raw) for raw in re.findall(r'd\.innerHTML = ("(?:[^"\\]|\\.)*");', html)]
    return [box for box in boxes if "iim-scale" in box]



def test_choropleth_is_on_from_the_start_with_its_scale_legend():
    rows = pd.DataFrame([incident(), incident(incident_id=2), incident(incident_id=3, admin1="Basra")])
    m, _ = maps.incidents_map(rows, GOVS, NEIGHBOURS, labels={"choropleth": "Governorate (Incidents)"})
    html = rendered(m)
    legends = re.findall(r"layer = (geo_json_\w+), map = (map_\w+);", html)
    assert len(legends) == 2  # the choropleth's and the density grid's
    (choropleth, name), (grid, _) = legends
    assert f"{choropleth}.addTo({name})" in html and f"{grid}.addTo({name})" not in html  # grid off at first
    assert "layer.on('add'" in html and "layer.on('remove'" in html  # the legend follows its layer
    box = scale_legends(html)[0]
    assert box.startswith('<div class="iim-scale" dir="ltr"><b>Governorate (Incidents)</b>')
    assert re.findall(r"</span>([^<]*)</div>", box) == ["0", "1", "2"]  # Diyala 2, Basra 1


def test_scale_legend_in_arabic_digits():
    rows = pd.DataFrame([incident(incident_id=i) for i in range(1, 13)])  # 12 in Diyala
    m, _ = maps.incidents_map(rows, GOVS, NEIGHBOURS, labels={"choropleth": "المحافظة (الحوادث)", "lang": "ar"})
    box = scale_legends(rendered(m))[0]
    assert box.startswith('<div class="iim-scale" dir="rtl"><b>المحافظة (الحوادث)</b>')
    assert re.findall(r"</span>([^<]*)</div>", box) == ["٠", "١–٢", "٣–٥", "٦–٨", "٩–١١", "١٢"]


@pytest.mark.parametrize("lang, digits", [("ar", "'٠١٢٣٤٥٦٧٨٩'"), ("en", "''")])
def test_marker_clusters_count_in_the_interface_digits(lang, digits):
    rows = pd.DataFrame([incident(incident_id=i) for i in range(1, 4)])
    html = decoded(rendered(maps.incidents_map(rows, GOVS, NEIGHBOURS, labels={"lang": lang})[0]))
    assert f"var digits = {digits}, n = cluster.getChildCount()" in html
