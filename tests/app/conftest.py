"""Fixtures for the dashboard tests: a temporary database (never the user's data dir) filled with
hand-made incidents, and the app pointed at it through ``DATABASE_URL`` / ``IIM_DATA_DIR``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
XSS_EVIDENCE = "Gunmen <script>alert(1)</script> attacked a checkpoint <img src=x onerror=alert(1)> near Baquba."


_INCIDENT_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                     "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                     "place_id", "fatalities", "injuries", "evidence", "confidence", "status")


def fill_database(engine, rows: list[dict]) -> None:
    """One article, one incident and one source link per hand-made row, via the store's tables."""
    from sqlalchemy import insert

    from storage.store import articles, incident_sources, incidents

    now = datetime.now(UTC)
    with engine.begin() as conn:
        for row in rows:
            article_id = conn.execute(insert(articles).values(
                content_hash=f"fixture-{row['evidence']}", text=row["evidence"], published=row["event_date"],
                source=row["source"], url=row["url"], language="en", ingested_at=now)).inserted_primary_key[0]
            values = {c: row[c] for c in _INCIDENT_COLUMNS}
            incident_id = conn.execute(insert(incidents).values(
                **values, original={**values, "event_date": row["event_date"].isoformat()}, created_at=now,
                sources=row["source"], source_urls=row["url"], n_sources=1)).inserted_primary_key[0]
            conn.execute(insert(incident_sources).values(
                incident_id=incident_id, article_id=article_id, evidence=row["evidence"], source=row["source"],
                url=row["url"], published=row["event_date"]))


def _row(day, kind, sub, gov, place, lat, lon, killed, evidence, source, url, precision=1, actor="ISIS"):
    return {"event_date": day, "time_precision": 1, "event_type": kind, "sub_event_type": sub, "actor1": actor,
            "actor2": None, "country": "IQ", "admin1": gov, "admin2": None, "location": place, "latitude": lat,
            "longitude": lon, "geo_precision": precision, "place_id": None, "fatalities": killed,
            "injuries": None, "evidence": evidence, "confidence": 0.9, "status": "active", "source": source,
            "url": url, "title": None}


#: Six incidents: three in Diyala (one with hostile markup), two in Basra, one in Nineveh.
ROWS = [
    _row(date(2025, 3, 1), "Explosions/Remote violence", "Remote explosive/landmine/IED", "Diyala", "Baquba",
         33.75, 44.64, 2, "انفجرت عبوة ناسفة على طريق في بعقوبة وأسفرت عن مقتل شخصين", "INA",
         "https://www.ina.iq/1"),
    _row(date(2025, 3, 5), "Battles", "Armed clash", "Diyala", "Khanaqin", 34.35, 45.39, 0,
         "Clashes broke out between security forces and ISIS remnants near Khanaqin.", "Shafaq News",
         "https://shafaq.com/en/2"),
    _row(date(2025, 3, 9), "Violence against civilians", "Attack", "Diyala", "Muqdadiyah", 33.98, 44.94, 1,
         XSS_EVIDENCE, "<b>Evil source</b>", "javascript:alert(1)"),
    _row(date(2025, 2, 10), "Protests", "Peaceful protest", "Basra", "Basra", 30.51, 47.78, 0,
         "تظاهر العشرات أمام مبنى المحافظة في البصرة للمطالبة بالخدمات", "Alsumaria",
         "https://www.alsumaria.tv/4", 2, None),
    _row(date(2025, 2, 20), "Strategic developments", "Arrests", "Basra", "Zubair", 30.39, 47.7, 0,
         "Police arrested three suspects in Zubair district.", "INA", "https://www.ina.iq/5", 1, "Federal Police"),
    _row(date(2025, 1, 15), "Explosions/Remote violence", "Air/drone strike", "Nineveh", "Nineveh", 36.34,
         43.13, 4, "An airstrike hit a hideout in Nineveh governorate, killing four militants.", "Rudaw",
         "https://www.rudaw.net/6", 3),
]


@pytest.fixture
def db_env(tmp_path, monkeypatch):
    """An empty temporary database; the app is pointed at it. Returns its SQLAlchemy URL."""
    import streamlit as st

    url = f"sqlite:///{tmp_path / 'incidents.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("IIM_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("IIM_EDITOR_PASSWORD", raising=False)
    st.cache_data.clear()
    return url


@pytest.fixture
def empty_db(db_env):
    """An empty database that stays empty: seeding is bypassed by one placeholder article."""
    from sqlalchemy import insert

    from storage.store import articles, get_engine

    engine = get_engine(db_env)
    with engine.begin() as conn:
        conn.execute(insert(articles), [{"content_hash": "placeholder", "text": "placeholder",
                                         "ingested_at": pd.Timestamp("2025-01-01", tz="UTC")}])
    return db_env


@pytest.fixture
def full_db(db_env):
    """The six hand-made incidents of :data:`ROWS`."""
    from storage.store import get_engine

    fill_database(get_engine(db_env), ROWS)
    return db_env


@pytest.fixture(autouse=True)
def _navigation_mode(monkeypatch):
    """Start every AppTest run in st.navigation mode.

    AppTest resets ``PagesManager.uses_pages_directory`` before each run, so with a ``pages/``
    directory every run would begin in Streamlit's multipage-v1 mode and ``dashboard.filters._leave_mpa_v1`` would
    rerun it — losing a button click. In a real server this happens only on a process's first run,
    which the browser test covers (it opens /map?gov=... first).
    """
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)
