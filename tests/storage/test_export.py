"""Exports: CSV that Excel opens with Arabic intact and no formulas, GeoJSON, honest file names."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from extract.model import Article, Incident, ParsedArticle
from storage.export import EXPORT_COLUMNS, export_filename, neutralise, to_csv_bytes, to_geojson_bytes
from storage.ingest import ingest_articles
from storage.queries import COLUMNS, Filters, query_incidents
from storage.store import get_engine


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame([{name: row.get(name) for name in COLUMNS} for row in rows], columns=list(COLUMNS))


KHANAQIN = {"incident_id": 7, "event_date": date(2025, 2, 20), "time_precision": 1,
            "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": "داعش", "country": "IQ", "admin1": "Diyala", "admin2": "Khanaqin",
            "location": "خانقين", "latitude": 34.3482, "longitude": 45.3907, "geo_precision": 1,
            "fatalities": 1, "evidence": "انفجرت عبوة ناسفة قرب خانقين", "sources": "شفق نيوز | INA",
            "source_urls": "https://a.example/1 | https://b.example/2", "n_sources": 2, "confidence": 0.8}
UNLOCATED = {"incident_id": 8, "event_type": "Strategic developments", "sub_event_type": "Arrests",
             "evidence": "-arrested a suspect", "sources": "@INA", "country": "IQ"}


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads Arabic right
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


#: ACLED's public columns in ACLED's order (ACLED Codebook 2023; acledR's acled_api), then ours. A change
#: here breaks every user's import script: change it only on purpose.
ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    "incident_id", "evidence", "injuries", "source_urls", "forwarded_from", "n_sources", "confidence", "historical",
    "fatalities_known", "place_id", "status",
]


def test_csv_header_is_acled_then_ours() -> None:
    assert list(read_csv(to_csv_bytes(frame(KHANAQIN)))[0]) == ACLED_HEADER


def test_csv_follows_acled_conventions() -> None:
    row = read_csv(to_csv_bytes(typed(dict(KHANAQIN, actor1="Islamic State (Iraq)",
                                           actor2="Military Forces of Iraq", fatalities=None,
                                           created_at=datetime(2025, 2, 21, tzinfo=UTC)))))[0]
    assert (row["event_id_cnty"], row["country"], row["iso"], row["region"], row["year"]) == (
        "IRQ7", "Iraq", "368", "Middle East", "2025")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "1", "12")
    assert (row["disorder_type"], row["civilian_targeting"]) == ("Political violence", "")
    assert (row["fatalities"], row["fatalities_known"]) == ("0", "false")
    assert row["timestamp"] == str(int(datetime(2025, 2, 21, tzinfo=UTC).timestamp()))


def test_csv_has_bom_acled_columns_and_arabic() -> None:
    rows = read_csv(to_csv_bytes(frame(KHANAQIN)))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    row = rows[0]
    assert row["event_date"] == "2025-02-20" and row["location"] == "خانقين"
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"
    assert row["source"] == "شفق نيوز; INA"  # ACLED separates sources with "; "
    assert row["notes"] == row["evidence"] == "انفجرت عبوة ناسفة قرب خانقين"
    assert row["fatalities"] == "1" and row["latitude"] == "34.3482"


@pytest.mark.parametrize("cell, expected", [
    ("=1+2", "'=1+2"),
    ("+972 phone", "'+972 phone"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
    ("قتل 3 أشخاص", "قتل 3 أشخاص"),
    ("Baghdad", "Baghdad"),
    ("a=b", "a=b"),
])
def test_formula_cells_are_neutralised(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected
    rows = read_csv(to_csv_bytes(frame(dict(KHANAQIN, evidence=cell, actor2=cell))))
    assert rows[0]["evidence"] == expected and rows[0]["actor2"] == expected
    relayed = read_csv(to_csv_bytes(frame(dict(KHANAQIN, forwarded_from=f" | {cell}"))))
    assert relayed[0]["forwarded_from"] == f" | {cell}"  # starts with a space: nothing to neutralise
    first = read_csv(to_csv_bytes(frame(dict(KHANAQIN, forwarded_from=cell))))
    assert first[0]["forwarded_from"] == expected


def test_negative_numbers_stay_numbers() -> None:
    rows = read_csv(to_csv_bytes(frame(dict(KHANAQIN, longitude=-3.7, latitude=40.4))))
    assert rows[0]["longitude"] == "-3.7"


def test_geojson_feature_collection_keeps_rows_without_coordinates() -> None:
    data = json.loads(to_geojson_bytes(frame(KHANAQIN, UNLOCATED)).decode("utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    located, unlocated = data["features"]
    assert located["geometry"] == {"type": "Point", "coordinates": [45.3907, 34.3482]}  # lon, lat
    assert located["properties"]["location"] == "خانقين"
    assert located["properties"]["event_date"] == "2025-02-20"
    assert set(located["properties"]) == set(EXPORT_COLUMNS)
    assert unlocated["geometry"] is None
    assert unlocated["properties"]["latitude"] is None and unlocated["properties"]["fatalities"] == 0
    assert unlocated["properties"]["fatalities_known"] == "false"  # ACLED writes 0; we say it is unknown
    assert unlocated["properties"]["evidence"] == "-arrested a suspect"  # GeoJSON is not a spreadsheet


def test_empty_exports() -> None:
    assert read_csv(to_csv_bytes(frame())) == []
    assert json.loads(to_geojson_bytes(frame())) == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("filters, fmt, expected", [
    (Filters(governorates=("Diyala",), sub_event_types=("Remote explosive/landmine/IED",),
             date_from=date(2025, 1, 1), date_to=date(2025, 3, 31)), "csv",
     "incidents_Diyala_IED_2025-01-01_2025-03-31_exported-2026-11-24.csv"),
    (Filters(), "geojson", "incidents_exported-2026-11-24.geojson"),
    (Filters(governorates=("Salah al-Din", "Kirkuk"), date_from=date(2025, 1, 1)), "csv",
     "incidents_Salah-al-Din+Kirkuk_2025-01-01_end_exported-2026-11-24.csv"),
    (Filters(actors=("داعش",)), "csv", "incidents_1-actors_exported-2026-11-24.csv"),
    (Filters(event_types=("Battles", "Riots", "Protests", "Strategic developments")), "csv",
     "incidents_4-types_exported-2026-11-24.csv"),
])
def test_export_filename(filters: Filters, fmt: str, expected: str) -> None:
    name = export_filename(filters, fmt, date(2026, 11, 24))
    assert name == expected
    assert name.isascii() and "/" not in name


def test_csv_holds_exactly_the_filtered_rows(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    plan = {
        f"a{i}": (Incident("Battles", "Armed clash", f"اشتباك رقم {i}", event_date=date(2025, 1, i),
                           time_precision=1, admin1=gov, location=gov, latitude=lat, longitude=45.0),)
        for i, (gov, lat) in enumerate([("Diyala", 33.0), ("Kirkuk", 35.0), ("Diyala", 34.0),
                                        ("Basra", 30.5)], start=1)
    }
    arts = [Article(f"text {aid}", source="INA", id=aid) for aid in plan]
    ingest_articles(engine, arts, parse=lambda a, g=None, *, article_date=None: ParsedArticle(
        a, "ar", None, (), plan[a.id]))
    filters = Filters(governorates=("Diyala",))
    rows = read_csv(to_csv_bytes(query_incidents(engine, filters)))
    assert sorted(r["evidence"] for r in rows) == ["اشتباك رقم 1", "اشتباك رقم 3"]
    assert {r["admin1"] for r in rows} == {"Diyala"}
    engine.dispose()


@pytest.mark.parametrize("changes, column, expected", [
    ({"evidence": "-1 killed, police say"}, "evidence", "'-1 killed, police say"),  # text: neutralised
    ({"evidence": "-1"}, "notes", "'-1"),
    ({"location": "+964 checkpoint"}, "location", "'+964 checkpoint"),
    ({"longitude": -3.7}, "longitude", "-3.7"),  # numbers stay numbers, even negative ones
    ({"fatalities": 0}, "fatalities", "0"),
    ({"confidence": 0.5}, "confidence", "0.5"),
])
def test_negative_looking_cells(changes: dict, column: str, expected: str) -> None:
    df = frame(dict(KHANAQIN, **changes))
    df["fatalities"] = df["fatalities"].astype("Int64")  # as query_incidents returns it
    assert read_csv(to_csv_bytes(df))[0][column] == expected


def test_csv_missing_cells_are_empty_and_dates_iso() -> None:
    df = frame(KHANAQIN, UNLOCATED).astype({"fatalities": "Int64", "incident_id": "int64"})
    df["event_date"] = pd.to_datetime(df["event_date"])  # a datetime column is written as a date
    located, unlocated = read_csv(to_csv_bytes(df))
    assert located["event_date"] == "2025-02-20" and located["fatalities"] == "1"
    assert unlocated["event_date"] == unlocated["latitude"] == unlocated["actor1"] == ""
    assert (unlocated["fatalities"], unlocated["fatalities_known"]) == ("0", "false")
    assert unlocated["source"] == "'@INA" and unlocated["evidence"] == "'-arrested a suspect"


def typed(*rows: dict) -> pd.DataFrame:
    """A frame with the dtypes query_incidents returns."""
    return frame(*rows).astype({"time_precision": "Int64", "geo_precision": "Int64", "fatalities": "Int64",
                                "n_sources": "Int64", "incident_id": "int64"})


def test_arrow_and_python_writers_give_the_same_cells() -> None:
    from storage.export import _csv_with_arrow, _csv_with_python, export_frame

    out = export_frame(typed(KHANAQIN, UNLOCATED, dict(KHANAQIN, incident_id=9, evidence="=1+2", longitude=-3.7)))
    arrow, python = read_csv(_csv_with_arrow(out)), read_csv(_csv_with_python(out))
    assert arrow == python
    assert arrow[2]["evidence"] == "'=1+2" and arrow[2]["longitude"] == "-3.7" and arrow[1]["fatalities"] == "0"


def test_mixed_text_and_numbers_fall_back_to_python_csv() -> None:
    df = frame(dict(KHANAQIN, actor2="=cmd|' /C calc'!A0"), dict(KHANAQIN, incident_id=8))
    df["actor2"] = pd.Series(["=cmd|' /C calc'!A0", 5], dtype=object)  # Arrow cannot type this column
    rows = read_csv(to_csv_bytes(df))
    assert [r["actor2"] for r in rows] == ["'=cmd|' /C calc'!A0", "5"]
