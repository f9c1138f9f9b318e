"""storage.export.export_frame and to_geojson_bytes, column at a time, against the row-by-row rules they
replaced (written out below as the obvious reference): the same frame, dtypes included, and the
same GeoJSON bytes on hostile text, Arabic, missing values and the dtypes query_incidents returns."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from bench.gen_incidents import generate
from storage import acled
from storage.acled import EXTRA_COLUMNS
from storage.export import EXPORT_COLUMNS, _plain, export_frame, to_csv_bytes, to_geojson_bytes
from storage.queries import COLUMNS, Filters, query_incidents
from storage.store import get_engine


def _counted_in(country, admin1, lat, lon) -> str:
    """storage.countries' rule for one row: a stated country, else Iraq with a governorate, no point or
    a point in Iraq's box, else unknown ("")."""
    from storage.countries import IRAQ_BOX

    def missing(v) -> bool:
        return v is None or (isinstance(v, float) and math.isnan(v))

    if isinstance(country, str) and country:
        return country
    south, west, north, east = IRAQ_BOX
    if (isinstance(admin1, str) and admin1) or missing(lat) or missing(lon) \
            or (south <= lat <= north and west <= lon <= east):
        return "IQ"
    return ""


def reference_frame(df: pd.DataFrame) -> pd.DataFrame:
    """ACLED's columns computed one row at a time (the former storage.export.export_frame)."""
    def get(name: str) -> pd.Series:
        return df[name] if name in df else pd.Series([None] * len(df), index=df.index, dtype=object)

    out = pd.DataFrame(index=df.index)
    out["event_id_cnty"] = [f"{acled.ID_PREFIX}{int(v)}" if pd.notna(v) else None for v in get("incident_id")]
    out["event_date"] = get("event_date")
    out["year"] = pd.to_datetime(get("event_date"), errors="coerce").dt.year.astype("Int64")
    out["time_precision"] = get("time_precision")
    kinds, subs = get("event_type"), get("sub_event_type")
    out["disorder_type"] = [acled.disorder_type(k, s) for k, s in zip(kinds, subs, strict=True)]
    out["event_type"], out["sub_event_type"] = kinds, subs
    types = acled.actor_types()
    inter1 = [types.get(a) if isinstance(a, str) else None for a in get("actor1")]
    inter2 = [types.get(a) if isinstance(a, str) else None for a in get("actor2")]
    out["actor1"], out["assoc_actor_1"], out["inter1"] = get("actor1"), None, pd.array(inter1, dtype="Int64")
    out["actor2"], out["assoc_actor_2"], out["inter2"] = get("actor2"), None, pd.array(inter2, dtype="Int64")
    out["interaction"] = pd.array([acled.interaction(a, b) for a, b in zip(inter1, inter2, strict=True)],
                                  dtype="Int64")
    out["civilian_targeting"] = [acled.civilian_targeting(k, b) or None for k, b in zip(kinds, inter2, strict=True)]
    country = [_counted_in(*row) for row in zip(get("country"), get("admin1"), get("latitude"), get("longitude"),
                                                  strict=True)]
    out["iso"] = pd.array([acled.iso_of(c) for c in country], dtype="Int64")
    out["region"] = acled.REGION
    out["country"] = [acled.country_name(c) for c in country]
    for name in ("admin1", "admin2"):
        out[name] = get(name)
    out["admin3"] = None
    for name in ("location", "latitude", "longitude", "geo_precision"):
        out[name] = get(name)
    sources = get("sources")
    try:
        out["source"] = sources.str.replace(" | ", "; ", regex=False)
    except AttributeError:
        out["source"] = sources.map(lambda s: "; ".join(s.split(" | ")) if isinstance(s, str) else s)
    out["source_scale"] = None
    out["notes"] = get("evidence")
    fatalities = get("fatalities")
    out["fatalities"] = pd.array(fatalities.fillna(0), dtype="Int64") if len(df) else fatalities
    out["tags"] = None
    created = pd.to_datetime(get("created_at"), utc=True, errors="coerce")
    out["timestamp"] = pd.array([int(v.timestamp()) if pd.notna(v) else None for v in created], dtype="Int64")
    for name in EXTRA_COLUMNS:
        if name == "fatalities_known":
            out[name] = ["true" if pd.notna(v) else "false" for v in fatalities]
        elif name == "historical":
            out[name] = ["true" if v is True or v == 1 else "false" for v in get(name)]
        else:
            out[name] = get(name)
    return out[list(EXPORT_COLUMNS)]


def reference_geojson(df: pd.DataFrame) -> bytes:
    features = []
    for record in reference_frame(df).astype(object).to_dict("records"):
        props = {k: _plain(v) for k, v in record.items()}
        lat, lon = props.get("latitude"), props.get("longitude")
        geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


ROWS = [
    {"incident_id": 7, "event_date": date(2025, 2, 20), "time_precision": 1, "event_type": "Violence against civilians",
     "sub_event_type": "Attack", "actor1": "Islamic State (Iraq)", "actor2": "Civilians (Iraq)", "country": "IQ",
     "admin1": "Diyala", "admin2": "Khanaqin", "location": "خانقين", "latitude": 34.3482, "longitude": 45.3907,
     "geo_precision": 1, "fatalities": 1, "evidence": "انفجرت عبوة ناسفة قرب خانقين، «بحسب» الشرطة",
     "sources": "شفق نيوز | INA", "source_urls": "https://a.example/1 | https://b.example/2", "n_sources": 2,
     "confidence": 0.8, "historical": False, "status": "active",
     "created_at": datetime(2025, 2, 21, 8, 0, 0, 999_999, tzinfo=UTC)},
    {"incident_id": 8, "event_type": "Strategic developments", "sub_event_type": "Arrests",
     "evidence": "=HYPERLINK(\"http://evil\"), \"quoted\"\nline\r\nbreak\ttab", "sources": "@INA", "country": "SY",
     "actor1": "PKK: Kurdistan Workers Party", "historical": True, "place_id": "-x", "status": "rejected",
     "created_at": datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC)},
    {"incident_id": 9, "event_date": date(2014, 6, 10), "event_type": "Protests",
     "sub_event_type": "Excessive force against protesters", "actor1": "Unknown Group",
     "actor2": "Islamic State (Iraq)", "country": None, "latitude": 33.0, "longitude": -3.7, "fatalities": None,
     "evidence": "", "sources": None, "confidence": None, "historical": None, "forwarded_from": "@channel"},
    {"incident_id": 10, "event_date": date(2025, 1, 1), "event_type": None, "sub_event_type": None,
     "actor1": "Popular Mobilization Forces", "actor2": "Popular Mobilization Forces", "country": "",
     "latitude": None, "longitude": 44.0, "fatalities": 0, "evidence": "+plus -minus @at", "sources": "",
     "historical": 1, "injuries": 4},
]


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{name: row.get(name) for name in COLUMNS} for row in rows], columns=list(COLUMNS))


def typed(rows: list[dict]) -> pd.DataFrame:
    """The dtypes query_incidents returns."""
    return frame(rows).astype({"time_precision": "Int64", "geo_precision": "Int64", "fatalities": "Int64",
                               "injuries": "Int64", "n_sources": "Int64", "incident_id": "int64",
                               "latitude": "float64", "longitude": "float64", "confidence": "float64"})


@pytest.mark.parametrize("make", [frame, typed])
@pytest.mark.parametrize("rows", [ROWS, ROWS[1:2], ROWS[2:], []], ids=["all", "one", "missing", "empty"])
def test_export_frame_equals_the_row_by_row_rules(make, rows) -> None:
    df = make(rows)
    pd.testing.assert_frame_equal(export_frame(df), reference_frame(df))
    assert to_geojson_bytes(df) == reference_geojson(df)


def test_mixed_and_partial_frames() -> None:
    df = frame(ROWS)
    df["actor2"] = pd.Series(["=cmd|' /C calc'!A0", 5, None, float("nan")], dtype=object)
    df["historical"] = pd.Series([True, 1.0, "1", float("nan")], dtype=object)
    df["incident_id"] = [7.0, None, 9.0, 10.0]
    pd.testing.assert_frame_equal(export_frame(df), reference_frame(df))
    assert to_geojson_bytes(df) == reference_geojson(df)
    part = df[["incident_id", "event_date", "latitude", "longitude", "evidence"]]  # columns left out are empty
    pd.testing.assert_frame_equal(export_frame(part), reference_frame(part))
    assert to_geojson_bytes(part) == reference_geojson(part)


def test_the_frames_of_generated_incidents(tmp_path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    generate(engine, 400)
    df = query_incidents(engine, Filters())
    pd.testing.assert_frame_equal(export_frame(df), reference_frame(df))
    assert to_geojson_bytes(df) == reference_geojson(df)
    assert to_csv_bytes(df).count(b"\r\n") == len(df) + 1
    features = json.loads(to_geojson_bytes(df))["features"]
    assert all(isinstance(f["properties"]["timestamp"], int) and not math.isnan(f["geometry"]["coordinates"][0])
               for f in features)
