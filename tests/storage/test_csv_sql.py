"""storage.csv_sql: the CSV lines written by the database are byte for byte those of the Arrow writer
(storage.csv_stream.stream_arrow, and to_csv_bytes of the whole frame), hostile cells included, on
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import itertools
import math
import random
from datetime import UTC, date, datetime

import pyarrow as pa
import pytest
from sqlalchemy import Engine, func, insert, select, text

from bench.gen_incidents import generate
from storage import csv_sql, csv_stream
from storage.export import stream_csv, to_csv_bytes
from storage.queries import Filters, query_incidents
from storage.store import incidents

BASE = {"event_date": date(2025, 1, 2), "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "admin1": "Diyala", "location": "Baqubah", "latitude": 33.75, "longitude": 44.64, "geo_precision": 1,
        "fatalities": 2, "confidence": 0.7, "status": "active", "original": {}, "n_sources": 1, "actor1": None,
        "actor2": None, "country": "IQ", "admin2": None, "historical": False, "place_id": None, "sources": "INA",
        "source_urls": "https://news.example/1", "injuries": None, "forwarded_from": None,
        "created_at": datetime(2025, 1, 3, 10, 30, 15, 999_000, tzinfo=UTC)}

#: Cells a spreadsheet or a CSV reader could trip on: formulas, quotes, commas, line breaks, tabs,
#: backslashes (PostgreSQL's COPY escapes them), Arabic, empty text, other countries, ACLED's codes.
HOSTILE = [
    {"evidence": '=HYPERLINK("http://x"), said "he"', "actor1": "Islamic State (Iraq)", "actor2": "Civilians (Iraq)",
     "event_type": "Violence against civilians", "sub_event_type": "Attack", "sources": "INA | AFP | Rudaw"},
    {"evidence": "-1 killed,\nthen\r\n@ noon\tتفجير", "actor1": "Unknown Group", "country": "SY",
     "latitude": 36.2, "longitude": -3.7, "fatalities": None, "event_date": None, "historical": True,
     "place_id": "-x", "admin2": "", "sources": None, "source_urls": None, "confidence": None},
    {"evidence": "\t+plus 'single' quotes", "actor2": "Islamic State (Iraq)", "country": None,
     "latitude": None, "longitude": None, "location": "=cmd|' /C calc'!A0", "event_type": "Protests",
     "sub_event_type": "Excessive force against protesters", "status": "rejected", "injuries": 3},
    {"evidence": "C:\\temp\\new \\\\ back\\slash \\N \\.", "location": "@SUM(A1)", "admin1": "+964",
     "forwarded_from": "\rcarriage", "source_urls": "https://x.example/a?b=1,c=\"2\"", "fatalities": 0,
     "actor1": "Popular Mobilization Forces", "actor2": "Popular Mobilization Forces", "sub_event_type": "Mob violence",
     "event_type": "Riots", "latitude": 1e-5, "longitude": -1.5e-7, "confidence": 1e-7},
    {"evidence": "انفجار عبوة ناسفة في بعقوبة، وقُتل ٣ أشخاص «بحسب» الشرطة", "location": "بعقوبة",
     "actor1": "PKK: Kurdistan Workers Party", "actor2": None, "event_date": date(2014, 6, 10),
     "latitude": 123456.0, "longitude": -0.0, "confidence": 12345678901.5, "historical": True,
     "event_type": "Strategic developments", "sub_event_type": "Arrests", "place_id": "iq.baqubah"},
    {"evidence": "a confidence past 2**53", "confidence": 5.3878238376377056e+16, "location": "=x", "fatalities": None,
     "country": "SY"},
    {"evidence": "minus infinity", "confidence": float("-inf")},
    {"evidence": "", "location": "", "actor1": "", "country": "", "sources": "", "status": "active",
     "latitude": 33.0, "longitude": 44.0, "confidence": 1.0, "event_type": "Something new", "sub_event_type": "",
     "created_at": datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC)},
]

FILTERS = [Filters(), Filters(include_rejected=True, include_historical=True, country=""), Filters(country="SY"), Filters(governorates=("Diyala",)),
           Filters(text="report 1"), Filters(text="back\\slash"), Filters(actors=("Islamic State (Iraq)",)),
           Filters(date_from=date(2024, 6, 1), date_to=date(2024, 9, 30)), Filters(bbox=(33.0, 44.0, 34.0, 45.0))]


@pytest.fixture
def db(engine: Engine) -> Engine:
    if engine.dialect.name == "sqlite":
        generate(engine, 700)
    else:  # the driver path is slow on PostgreSQL: fewer generated rows, the same columns
        generate(engine, 150)
    with engine.begin() as conn:
        conn.execute(insert(incidents), [BASE | row for row in HOSTILE])
    return engine


def _fast(engine: Engine, filters: Filters, chunk: int) -> tuple[int, bytes]:
    out = io.BytesIO()
    return stream_csv(engine, filters, out, chunk=chunk), out.getvalue()


def _arrow(engine: Engine, filters: Filters) -> tuple[int, bytes]:
    out = io.BytesIO()
    out.write("\ufeff".encode())
    out.write(csv_stream.HEADER)
    return csv_stream.stream_arrow(engine, filters, out), out.getvalue()


@pytest.mark.parametrize("filters", FILTERS)
def test_lines_made_by_the_database_are_the_arrow_writers_bytes(db: Engine, filters: Filters) -> None:
    written, fast = _fast(db, filters, chunk=64)
    expected_rows, expected = _arrow(db, filters)
    assert written == expected_rows
    assert fast == expected
    assert fast == to_csv_bytes(query_incidents(db, filters))


def test_the_hostile_cells_read_back(db: Engine) -> None:
    written, data = _fast(db, Filters(include_rejected=True, include_historical=True, country=""), chunk=5)
    assert data.startswith("\ufeff".encode()) and data.endswith(b"\r\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    by_notes = {r["notes"]: r for r in rows}
    assert by_notes["'-1 killed,\nthen\r\n@ noon\tتفجير"]["country"] == "SY"
    assert by_notes["'=HYPERLINK(\"http://x\"), said \"he\""]["source"] == "INA; AFP; Rudaw"
    slashes = by_notes["C:\\temp\\new \\\\ back\\slash \\N \\."]
    assert (slashes["location"], slashes["admin1"], slashes["forwarded_from"]) == ("'@SUM(A1)", "'+964", "'\rcarriage")
    assert (slashes["latitude"], slashes["longitude"], slashes["confidence"]) == ("0.00001", "-1.5e-7", "1e-7")
    assert (slashes["disorder_type"], slashes["interaction"]) == ("Political violence", "11")
    assert by_notes[""]["disorder_type"] == "" and by_notes[""]["latitude"] == "33"
    assert len(rows) == written


def _doubles() -> list[float]:
    rng = random.Random(11)
    edges = [0.0, -0.0, 1.0, -1.0, 0.5, 1e-4, 9.999999999999999e-05, 1e-5, 1e-6, 1.5e-6, 9.99e-7, 1e-7, 1e9,
             9999999999.999998, 1e10, 12345678901.5, 123456789012345.6, 1e15, 1e16, 1e21, 1e22, 5e-324,
             1.7976931348623157e308, 33.123456789012344, 0.30000000000000004, 2.5e-300, 44.0, 100.0, 123456.0]
    edges += [-v for v in edges]
    for _ in range(400):
        edges.append(rng.uniform(-180, 180))
        edges.append(math.ldexp(rng.random(), rng.randrange(-60, 60)) * rng.choice((1, -1)))
        edges.append(round(rng.uniform(0, 1), rng.randrange(1, 6)))
    return edges


def test_postgres_writes_floats_as_arrow_does(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    values = [x for x in _doubles() if abs(x) < csv_sql.EXACT_LIMIT] + [float("nan"), float("inf"), float("-inf")]
    with engine.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE floats (k integer, x float8)"))
        conn.execute(text("INSERT INTO floats VALUES (:k, :x)"), [{"k": k, "x": x} for k, x in enumerate(values)])
        conn.execute(text("INSERT INTO floats VALUES (-1, NULL)"))
        written = dict(conn.execute(text(f"SELECT k, {csv_sql.pg_float('x')} FROM floats")).all())
    expected = pa.array(values, type=pa.float64()).cast(pa.string()).to_pylist()
    assert [written[k] for k in range(len(values))] == expected
    assert written[-1] == ""


def test_sqlite_rows_come_from_the_adbc_driver(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """On an SQLite file the rows are read into Arrow by the ADBC driver (not a Python object per
    cell); a text column NULL in every row of the first batch and filled later is still read as text
    (the driver types a column from its first rows: the sentinel row decides), in the same bytes."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    later = [BASE | {"event_date": date(2020, 1, k + 1), "forwarded_from": None, "admin2": None, "place_id": None,
                     "actor2": None, "injuries": None, "confidence": None} for k in range(20)]
    first = BASE | {"event_date": date(2019, 1, 1), "forwarded_from": "Sabereen News", "admin2": "Ba'qubah",
                    "place_id": "iq.x", "actor2": "Civilians (Iraq)", "injuries": 4, "confidence": 0.25}
    with engine.begin() as conn:
        conn.execute(insert(incidents), [*later, first])  # newest first: the filled row comes last
    monkeypatch.setattr(csv_sql, "_tuples", None)  # the sqlite3 reading, for a database in memory only
    written, fast = _fast(engine, Filters(), chunk=4)
    assert (written, fast) == _arrow(engine, Filters())
    assert b'"Sabereen News"' in fast and b'"Ba\'qubah"' in fast


#: Rows all on one day, more than a part holds: a cut inside them would split ties of the order key.
TIED = [BASE | {"event_date": date(2025, 3, 5), "evidence": f"tied {k}", "location": "=tie" if k % 3 else "Mosul"}
        for k in range(45)]


def _body(engine: Engine, filters: Filters, workers: int, part_rows: int = 8) -> tuple[int, bytes]:
    out = io.BytesIO()
    stream = csv_sql.stream_sqlite if engine.dialect.name == "sqlite" else csv_sql.stream_postgres
    return stream(engine, filters, out, chunk=16, workers=workers, part_rows=part_rows), out.getvalue()


@pytest.mark.parametrize("filters", [*FILTERS, Filters(text="tied"), Filters(text="=tie")])
def test_parts_read_at_once_give_the_bytes_of_one_reading(db: Engine, filters: Filters) -> None:
    """Parts of whole days read by several threads and written in order: the bytes of one reading,
    ties on the day (more rows than a part), undated rows, filters, a text search, formulas included."""
    with db.begin() as conn:
        conn.execute(insert(incidents), TIED)
    frame = query_incidents(db, filters)
    assert (len(csv_sql.date_parts(db, filters, part_rows=8)) > 2) == (len(frame) >= 16)  # read in parts
    parallel = _body(db, filters, workers=3)
    assert parallel == _body(db, filters, workers=1)
    assert "\ufeff".encode() + csv_stream.HEADER + parallel[1] == to_csv_bytes(frame)


def test_parts_are_whole_days_newest_first_undated_last(db: Engine) -> None:
    with db.begin() as conn:
        conn.execute(insert(incidents), TIED)
    everything = Filters(include_rejected=True, include_historical=True, country="")
    parts = csv_sql.date_parts(db, everything, part_rows=40)
    assert len(parts) > 4
    with db.connect() as conn:
        days = [[d for (d,) in conn.execute(select(incidents.c.event_date).where(part)
                                            .order_by(incidents.c.event_date.desc()))] for part in parts]
        total = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
    assert sum(len(d) for d in days) == total  # every row in exactly one part
    assert days[-1] and set(days[-1]) == {None}  # the undated last
    dated = [d for d in days[:-1] if d]
    assert all(a[-1] > b[0] for a, b in itertools.pairwise(dated))  # newest first, no day in two parts
    assert any(len(d) >= len(TIED) and d.count(date(2025, 3, 5)) == len(TIED) for d in dated)
    assert csv_sql.date_parts(db, everything, part_rows=total) == [None]  # small exports: one reading


def test_parts_are_written_in_order_whichever_finishes_first() -> None:
    import threading

    done, written = [], []
    gate = threading.Event()

    def part(k: int):
        def run() -> list[int]:
            if k == 0:
                gate.wait(5)  # the first part finishes last
            done.append(k)
            if k == 2:
                gate.set()
            return [k * 10, k * 10 + 1]
        return run

    csv_sql._in_order([part(k) for k in range(5)], written.append, workers=3)
    assert written == [0, 1, 10, 11, 20, 21, 30, 31, 40, 41]
    assert done.index(0) > done.index(2)
