"""The map's cell roll-up (storage.cells) answers the map's counts exactly as counting the incidents
table does, under every filter it accepts, after inserts, corrections, updates and deletions."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest
from sqlalchemy import Engine, delete, insert, select, update

from storage import aggregates, cells
from storage.corrections import correct_incident
from storage.queries import Filters
from storage.store import incident_cells, incidents

GOVS = ["Diyala", "Kirkuk", "Baghdad", None]
KINDS = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]


def _rows(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    rows = []
    for k in range(n):
        kind = rng.choice(KINDS)
        lat, lon = 33.0 + rng.uniform(-0.6, 0.6), 44.4 + rng.uniform(-0.6, 0.6)
        shape = k % 9
        if shape == 0:
            lat, lon = None, None  # not located
        elif shape == 1:
            lon = None  # one coordinate alone cannot be drawn
        elif shape == 2:
            lat, lon = 33.3, 44.5  # on cell edges (floating point decides the cell: both ways alike)
        day = date(2024, 11, 1) + timedelta(days=rng.randrange(150)) if k % 11 else None
        rows.append({"event_date": day, "event_type": kind[0], "sub_event_type": kind[1], "admin1": rng.choice(GOVS),
                     "latitude": lat, "longitude": lon, "fatalities": rng.choice((None, 0, 1, 4)),
                     "status": "rejected" if k % 13 == 0 else "active", "historical": k % 17 == 0,
                     "location": "x", "evidence": f"report {k}", "original": {}, "created_at": now})
    return rows


FILTERS = [
    Filters(),
    Filters(governorates=("Diyala",)),
    Filters(governorates=("Diyala", "Kirkuk"), event_types=("Battles", "Protests")),
    Filters(sub_event_types=("Arrests",)),
    Filters(include_rejected=True),
    Filters(include_historical=True, include_rejected=True),
    Filters(date_from=date(2025, 1, 1), date_to=date(2025, 2, 28)),  # whole months only
    Filters(date_from=date(2024, 12, 10), date_to=date(2025, 2, 3)),  # partial months at both ends
    Filters(date_from=date(2025, 1, 5), date_to=date(2025, 1, 25)),  # inside one month
    Filters(date_from=date(2025, 1, 20), date_to=date(2025, 2, 10)),  # two partial months, none whole
    Filters(date_from=date(2025, 1, 15)),
    Filters(date_to=date(2025, 1, 15), governorates=("Baghdad",)),
    Filters(date_from=date(2030, 1, 1)),  # nothing
]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return (frame.assign(admin1=frame["admin1"].fillna("(none)"))
            .sort_values(["i", "j", "event_type", "admin1"], na_position="first", ignore_index=True))


def assert_cells_match_incidents(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    for filters in FILTERS:
        rolled = aggregates.grid_cells(engine, filters, cells.CELL)
        with monkeypatch.context() as patch:
            patch.setattr(aggregates, "rollup_usable", lambda _filters: False)
            direct = aggregates.grid_cells(engine, filters, cells.CELL)
        assert int(direct["count"].sum()) > 0 or filters.date_from == date(2030, 1, 1), filters
        pd.testing.assert_frame_equal(_sorted(rolled), _sorted(direct), check_exact=False, rtol=1e-9,
                                      obj=str(filters))


@pytest.fixture
def db(engine: Engine) -> Engine:
    with engine.begin() as conn:
        conn.execute(insert(incidents), _rows(600))
    return engine


def test_cells_answer_like_the_incidents_table(db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_cells_match_incidents(db, monkeypatch)
    with db.connect() as conn:
        ids = list(conn.execute(select(incidents.c.id).order_by(incidents.c.id)).scalars())
    correct_incident(db, ids[3], field="status", value="rejected", editor="Lina")
    correct_incident(db, ids[4], field="sub_event_type", value="Armed clash", editor="Lina")
    correct_incident(db, ids[5], field="event_date", value=date(2025, 1, 31), editor="Lina")
    with db.begin() as conn:
        conn.execute(update(incidents).where(incidents.c.id.in_(ids[10:20])).values(latitude=35.47, longitude=44.39))
        conn.execute(update(incidents).where(incidents.c.id == ids[21]).values(latitude=None))
        conn.execute(update(incidents).where(incidents.c.id == ids[22]).values(fatalities=9, admin1=None))
        conn.execute(update(incidents).where(incidents.c.id == ids[23]).values(historical=True, event_date=None))
        conn.execute(delete(incidents).where(incidents.c.id.in_(ids[30:60])))
    assert_cells_match_incidents(db, monkeypatch)


def test_the_map_reads_the_rollup_not_the_incidents(db: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # the roll-up is what answers: a row changed behind the triggers' back shows in the result
    expected = aggregates.grid_cells(db, Filters(), cells.CELL)
    with db.begin() as conn:
        conn.execute(update(incident_cells).where(incident_cells.c.period == cells.ALL_TIME)
                     .values(n=incident_cells.c.n + 1000))
    doctored = aggregates.grid_cells(db, Filters(), cells.CELL)
    assert int(doctored["count"].sum()) == int(expected["count"].sum()) + 1000 * len(expected)
    # ...and filters it cannot answer go to the incidents table
    assert int(aggregates.grid_cells(db, Filters(text="report"), cells.CELL)["count"].sum()) == int(
        expected["count"].sum())


@pytest.mark.parametrize("low, high, months, edges", [
    (None, None, (None, None), []),
    (date(2025, 1, 1), date(2025, 1, 31), (date(2025, 1, 1), date(2025, 1, 1)), []),
    (date(2024, 2, 1), date(2024, 2, 29), (date(2024, 2, 1), date(2024, 2, 1)), []),  # leap year
    (date(2024, 12, 31), date(2025, 1, 1), None, [(date(2024, 12, 31), date(2025, 1, 1))]),
    (None, date(2025, 3, 30), (None, date(2025, 2, 1)), [(date(2025, 3, 1), date(2025, 3, 30))]),
    (date(2025, 3, 2), None, (date(2025, 4, 1), None), [(date(2025, 3, 2), date(2025, 3, 31))]),
])
def test_split_range(low, high, months, edges) -> None:
    assert cells.split_range(low, high) == (months, edges)
