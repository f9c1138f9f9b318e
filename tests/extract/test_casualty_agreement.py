"""The agreement of fatalities and injuries on matched core incidents (extract.evaluate), counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from extract.evaluate import score_article
from extract.evaluate_report import Agreement, IncidentReport
from extract.model import Incident


def gold_incident(iid: str, lat: float, lon: float, **kw) -> dict:
    base = {"incident_id": iid, "tier": "core", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED", "governorate": "Baghdad", "country": "IQ",
            "lat": lat, "lon": lon, "geo_precision": 1, "date": "2021-05-02", "date_inferred": "2021-05-02",
            "date_precision": "day", "fatalities": None, "injuries": None}
    return base | kw


def pred(lat: float, lon: float, **kw) -> Incident:
    base = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "evidence": "x", "event_date": date(2021, 5, 2), "latitude": lat, "longitude": lon,
            "admin1": "Baghdad", "country": "IQ"}
    return Incident(**base | kw)


# Four places more than 50 km apart, so each prediction matches only the gold at its place.
PLACES = [(33.3, 44.4), (36.3, 43.1), (30.5, 47.8), (32.0, 45.0)]


def test_agreement_counted_by_hand() -> None:
    golds = [
        gold_incident("a-I1", *PLACES[0], fatalities=3, injuries=5),   # fat exact, inj different (4)
        gold_incident("a-I2", *PLACES[1], fatalities=2, injuries=None),  # fat gold only, inj exact (both silent)
        gold_incident("a-I3", *PLACES[2], fatalities=None, injuries=1),  # fat pred only, inj exact
        gold_incident("a-I4", *PLACES[3], fatalities=4, injuries=None, tier="borderline"),  # not scored
    ]
    preds = [pred(*PLACES[0], fatalities=3, injuries=4), pred(*PLACES[1]),
             pred(*PLACES[2], fatalities=1, injuries=1), pred(*PLACES[3], fatalities=9)]
    report = IncidentReport()
    score_article(report, {"id": "a", "language": "en", "incidents": golds}, "", preds, article_date_given=True)
    assert report.tp == 3 and report.borderline_predicted == 1
    assert (report.fatalities.exact, report.fatalities.gold_only, report.fatalities.pred_only,
            report.fatalities.different) == (1, 1, 1, 0)
    assert (report.injuries.exact, report.injuries.gold_only, report.injuries.pred_only,
            report.injuries.different) == (2, 0, 0, 1)
    text = report.format()
    assert "fatalities on matched core incidents: exact 1/3 (0.333); gold a number, prediction none 1; " \
           "prediction a number, gold none 1; both, different 0" in text
    assert "injuries on matched core incidents: exact 2/3 (0.667)" in text
    assert report.casualty_misses == ["a-I1: injuries 4 (gold 5) «»", "a-I2: fatalities None (gold 2) «»",
                                      "a-I3: fatalities 1 (gold None) «»"]


def test_unmatched_prediction_not_scored() -> None:
    report = IncidentReport()
    score_article(report, {"id": "b", "incidents": [gold_incident("b-I1", *PLACES[0], fatalities=2)]}, "",
                  [pred(*PLACES[1], fatalities=2)], article_date_given=True)
    assert report.fatalities.total == 0 and report.fatalities.rate == 0.0


@pytest.mark.parametrize("gold, predicted, field", [
    (0, 0, "exact"), (None, None, "exact"), (0, None, "gold_only"), (None, 0, "pred_only"), (0, 2, "different"),
])
def test_agreement_add(gold: int | None, predicted: int | None, field: str) -> None:
    a = Agreement()
    a.add(gold, predicted)
    assert getattr(a, field) == 1 and a.total == 1
