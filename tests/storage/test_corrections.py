"""Corrections: editors fix fields, every change is logged, the extracted original stays."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sqlalchemy import Engine, select

from extract.model import Article, Incident, ParsedArticle
from geo.gazetteer import Gazetteer
from geo.model import Place
from storage.corrections import correct_incident, list_corrections
from storage.ingest import ingest_articles
from storage.store import incidents

KHANAQIN = Place("iq.khanaqin", "Khanaqin", "خانقين", "city", "IQ", "Diyala", "Khanaqin", 34.3482, 45.3907)
DIYALA = Place("iq.gov.diyala", "Diyala", "ديالى", "governorate", "IQ", "Diyala", None, 33.7466, 44.6437)
MAKHMOUR = Place("iq.makhmour_district", "Makhmour District", "قضاء مخمور", "district", "IQ", "Nineveh",
                 "Makhmour", 35.7762, 43.5797)
GAZETTEER = Gazetteer([KHANAQIN, DIYALA, MAKHMOUR])

EVIDENCE = "انفجرت عبوة ناسفة على دورية للجيش في بعقوبة"


@pytest.fixture
def incident_id(engine: Engine) -> int:
    extracted = Incident("Explosions/Remote violence", "Remote explosive/landmine/IED", EVIDENCE,
                         event_date=date(2025, 1, 10), time_precision=1, country="IQ", admin1="Diyala",
                         location="Baqubah", latitude=33.7466, longitude=44.6437, geo_precision=1,
                         place_id="iq.baqubah", fatalities=3)

    def parse(article, gazetteer=None, *, article_date=None) -> ParsedArticle:
        return ParsedArticle(article, "ar", None, (), (extracted,))

    ingest_articles(engine, [Article(EVIDENCE, source="Shafaq News", id="s1")], parse=parse)
    with engine.connect() as conn:
        return conn.execute(select(incidents.c.id)).scalar_one()


def row(engine: Engine, incident_id: int) -> dict:
    with engine.connect() as conn:
        return dict(conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().one())


@pytest.mark.parametrize("field, value, expected", [
    ("place_id", "iq.khanaqin", {"place_id": "iq.khanaqin", "location": "Khanaqin", "admin1": "Diyala",
                                 "admin2": "Khanaqin", "latitude": 34.3482, "longitude": 45.3907,
                                 "geo_precision": 1, "country": "IQ"}),
    ("place_id", "iq.gov.diyala", {"location": "Diyala", "admin2": None, "geo_precision": 3}),
    ("place_id", "iq.makhmour_district", {"admin1": "Nineveh", "geo_precision": 2}),
    ("sub_event_type", "Suicide bomb", {"sub_event_type": "Suicide bomb",
                                        "event_type": "Explosions/Remote violence"}),
    ("sub_event_type", "Armed clash", {"sub_event_type": "Armed clash", "event_type": "Battles"}),
    ("event_date", "2025-01-09", {"event_date": date(2025, 1, 9)}),
    ("event_date", date(2025, 1, 8), {"event_date": date(2025, 1, 8)}),
    ("time_precision", 2, {"time_precision": 2}),
    ("status", "rejected", {"status": "rejected"}),
])
def test_correction_changes_fields_and_keeps_the_original(engine: Engine, incident_id: int, field: str,
                                                          value, expected: dict) -> None:
    before = row(engine, incident_id)
    correct_incident(engine, incident_id, field=field, value=value, editor="Lina", note="checked",
                     gazetteer=GAZETTEER)
    after = row(engine, incident_id)
    for name, wanted in expected.items():
        assert after[name] == wanted, name
    assert after["original"] == before["original"]  # never modified
    assert after["original"]["location"] == "Baqubah"
    log = list_corrections(engine, incident_id)
    really_changed = {k for k in after if after[k] != before[k]}
    assert set(log["field"]) == really_changed  # one log row per changed column, no more
    assert {k for k, v in expected.items() if before[k] != v} <= really_changed
    assert set(log["editor"]) == {"Lina"} and set(log["note"]) == {"checked"}
    first = log.iloc[0]
    assert first["before"] == (None if before[first["field"]] is None else str(before[first["field"]]))
    assert pd.notna(first["at"])


@pytest.mark.parametrize("field, value, message", [
    ("event_type", "Explosion", "not an ACLED event type"),
    ("event_type", "Battles", "correct sub_event_type instead"),
    ("sub_event_type", "Rocket attack", "not an ACLED sub-event type"),
    ("place_id", "iq.nowhere", "unknown place_id"),
    ("status", "deleted", "status must be"),
    ("time_precision", 4, "time_precision must be"),
    ("fatalities", 5, "cannot be corrected"),
    ("original", "{}", "cannot be corrected"),
])
def test_invalid_corrections_are_refused(engine: Engine, incident_id: int, field: str, value,
                                         message: str) -> None:
    before = row(engine, incident_id)
    with pytest.raises(ValueError, match=message):
        correct_incident(engine, incident_id, field=field, value=value, editor="Lina", gazetteer=GAZETTEER)
    assert row(engine, incident_id) == before
    assert list_corrections(engine).empty


def test_editor_and_incident_are_required(engine: Engine, incident_id: int) -> None:
    with pytest.raises(ValueError, match="editor"):
        correct_incident(engine, incident_id, field="status", value="rejected", editor=" ")
    with pytest.raises(ValueError, match="no incident"):
        correct_incident(engine, incident_id + 1000, field="status", value="rejected", editor="Lina")


def test_successive_corrections_are_all_logged(engine: Engine, incident_id: int) -> None:
    correct_incident(engine, incident_id, field="event_date", value="2025-01-09", editor="Lina")
    correct_incident(engine, incident_id, field="event_date", value="2025-01-09", editor="Omar")  # no change
    correct_incident(engine, incident_id, field="event_date", value="2025-01-11", editor="Omar")
    log = list_corrections(engine)
    assert list(zip(log["before"], log["after"], log["editor"], strict=True)) == [
        ("2025-01-10", "2025-01-09", "Lina"), ("2025-01-09", "2025-01-11", "Omar")]
    assert list(log.columns) == ["id", "incident_id", "field", "before", "after", "editor", "at", "note"]
    assert row(engine, incident_id)["original"]["event_date"] == "2025-01-10"
