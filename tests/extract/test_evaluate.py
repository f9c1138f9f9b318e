"""Incident scoring per the gold README, on a tiny hand-made gold set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.evaluate import date_matches, evaluate_dir, match, place_matches
from extract.model import Incident
from geo.gazetteer import Gazetteer
from geo.model import Place

GAZ = Gazetteer([
    Place("iq.bgw", "Baghdad International Airport", "مطار بغداد", "airport", "IQ", "Baghdad", None,
          33.2625, 44.2344),
    Place("iq.mosul", "Mosul", "الموصل", "city", "IQ", "Nineveh", "Mosul", 36.335, 43.1189),
    Place("iq.basra", "Basra", "البصرة", "city", "IQ", "Basra", "Basra", 30.5085, 47.7804),
])


def gold_incident(iid: str, **kw) -> dict:
    base = {"incident_id": iid, "tier": "core", "historical": False, "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "acceptable_event_types": ["Explosions/Remote violence"],
            "acceptable_sub_event_types": ["Shelling/artillery/missile attack"],
            "governorate": "Baghdad", "country": "IQ", "lat": 33.2625, "lon": 44.2344, "geo_precision": 1,
            "date": None, "date_precision": "day", "date_inferred": "2021-05-02",
            "date_range": {"from": "2021-05-02", "to": "2021-05-02"}}
    return base | kw


def pred(**kw) -> Incident:
    base = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
            "evidence": "x", "event_date": date(2021, 5, 2), "latitude": 33.30, "longitude": 44.30,
            "admin1": "Baghdad", "country": "IQ"}
    return Incident(**base | kw)


@pytest.mark.parametrize("incident, gold, ok", [
    (pred(), gold_incident("g"), True),
    (pred(latitude=36.3, longitude=43.1, admin1="Nineveh"), gold_incident("g"), False),  # 350 km away
    (pred(latitude=33.5, longitude=44.6), gold_incident("g", geo_precision=3, lat=33.34, lon=44.40), True),
    (pred(latitude=None, longitude=None, admin1=None), gold_incident("g", governorate=None, lat=None), True),
    (pred(latitude=None, longitude=None, admin1=None, country="SY"),
     gold_incident("g", governorate=None, lat=None), False),
])
def test_place_rule(incident: Incident, gold: dict, ok: bool) -> None:
    assert place_matches(incident, gold) is ok


@pytest.mark.parametrize("value, gold, given, ok", [
    (date(2021, 5, 3), gold_incident("g"), True, True),  # ±1 day
    (date(2021, 5, 4), gold_incident("g"), True, False),
    (date(2021, 5, 4), gold_incident("g", date=None), False, False),  # no article date: gold date null
    (None, gold_incident("g", date_inferred=None, date_range={"from": None, "to": "2021-05-03"}), True, True),
    (date(2021, 4, 30), gold_incident("g", date_inferred=None, date_range={"from": None, "to": "2021-05-03"}),
     True, True),
    (date(2021, 4, 12), gold_incident("g", date_precision="week", date_inferred="2021-04-15",
                                      date_range={"from": "2021-04-10", "to": "2021-04-20"}), True, True),
    (date(2017, 2, 1), gold_incident("g", date_precision="month", date="2017-01", date_inferred="2017-01",
                                     date_range={"from": "2017-01-01", "to": "2017-01-31"}), True, False),
])
def test_date_rule(value, gold: dict, given: bool, ok: bool) -> None:
    assert date_matches(pred(event_date=value), gold, article_date_given=given) is ok


def test_matching_is_one_to_one_and_prefers_core_and_subtype() -> None:
    golds = [gold_incident("b", tier="borderline"),
             gold_incident("c1", event_type="Strategic developments", sub_event_type="Other",
                           acceptable_event_types=["Strategic developments"], acceptable_sub_event_types=["Other"]),
             gold_incident("c2", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                           acceptable_event_types=["Strategic developments"],
                           acceptable_sub_event_types=["Disrupted weapons use"])]
    preds = [pred(event_type="Strategic developments", sub_event_type="Disrupted weapons use"),
             pred(event_type="Strategic developments", sub_event_type="Other"), pred(), pred()]
    assert match(preds, golds, article_date_given=True) == {0: 2, 1: 1, 2: 0}


def write_gold(root: Path, stem: str, text: str, incidents: list[dict], excluded: list[str], **extra) -> None:
    (root / "gold").mkdir(exist_ok=True)
    (root / f"{stem}.txt").write_text(text, encoding="utf-8")
    doc = {"id": stem, "article_date": None, "article_date_inferred": "2021-05-03",
           "article_date_inferred_precision": "day", "incidents": incidents,
           "excluded_candidates": [{"text": e, "reason": "policy"} for e in excluded], "same_event_as": []} | extra
    (root / "gold" / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_evaluate_dir_on_a_tiny_gold(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", "استهدف صاروخان ليلة أمس مطار بغداد. وانفجرت عبوة ناسفة في البصرة أمس.",
               [gold_incident("a-I1")], [])
    write_gold(tmp_path, "b", "وجه الوزير بتشديد الإجراءات. وسقط صاروخ على الموصل أمس خلال تنفيذ خطة أمنية.",
               [], ["وسقط صاروخ على الموصل أمس خلال تنفيذ خطة أمنية"])
    write_gold(tmp_path, "c", "قصف صاروخي على البصرة أمس.",
               [gold_incident("c-I1", governorate="Basra", lat=30.5085, lon=47.7804),
                gold_incident("c-I2", historical=True, date="2014-08-04", date_inferred="2014-08-04",
                              date_range={"from": "2014-08-04", "to": "2014-08-04"})], [])
    report = evaluate_dir(tmp_path / "gold", gazetteer=GAZ)
    # a: rockets TP, the Basra IED FP; b: one FP from policy talk; c: TP + a missed historical.
    assert (report.tp, report.fp, report.fn) == (2, 2, 1)
    assert report.precision == pytest.approx(0.5) and report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(4 / 7)
    assert report.policy_talk == 1
    assert (report.historical_tp, report.historical_total) == (0, 1)
    text = report.format()
    assert "F1=0.571" in text and "policy talk: 1" in text


def test_borderline_is_neither_tp_nor_fp(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", "استهدف صاروخان ليلة أمس مطار بغداد.", [gold_incident("a-I1", tier="borderline")], [])
    report = evaluate_dir(tmp_path / "gold", gazetteer=GAZ)
    assert (report.tp, report.fp, report.fn, report.borderline_predicted) == (0, 0, 0, 1)


def test_seed_scores(seeds_dir: Path) -> None:
    """The five real seed articles with the bundled gazetteer (dev set; measured F1 1.0: at most
    one miss or one false positive is tolerated, for gazetteer changes)."""
    report = evaluate_dir(seeds_dir / "gold")
    assert report.f1 >= 0.95, report.format()
    assert report.policy_talk == 0, report.format()
    assert report.subtype_correct >= report.tp - 1
    assert report.historical_tp == report.historical_total == 2
    # Seed 003 is policy and diplomacy only: nothing may come out of it.
    assert ("003_9b0c0c7560455262", 0, 0, 0) in report.per_article


def test_gold_without_its_text_is_reported_not_scored(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", "استهدف صاروخان ليلة أمس مطار بغداد.", [gold_incident("a-I1")], [])
    (tmp_path / "a.txt").unlink()
    report = evaluate_dir(tmp_path / "gold", gazetteer=GAZ)
    assert (report.tp, report.fn, report.missing_texts) == (0, 0, ["a"])
    assert "without their article text" in report.format()


def test_per_language_per_type_confusion_and_misses(tmp_path: Path) -> None:
    # a: the rockets are coded Battles by the gold: a type confusion (ERV predicted), not a place miss.
    write_gold(tmp_path, "a", "استهدف صاروخان ليلة أمس مطار بغداد.",
               [gold_incident("a-I1", event_type="Battles", sub_event_type="Armed clash",
                              acceptable_event_types=["Battles"], acceptable_sub_event_types=["Armed clash"])], [],
               language="ar")
    write_gold(tmp_path, "b", "Two rockets hit Baghdad International Airport last night.", [gold_incident("b-I1")], [], language="en")
    report = evaluate_dir(tmp_path / "gold", gazetteer=GAZ)
    assert (report.tp, report.fp, report.fn) == (1, 1, 1)
    assert (report.untyped.tp, report.untyped.fp, report.untyped.fn) == (2, 0, 0)
    assert (report.by_language["ar"].tp, report.by_language["ar"].fn, report.by_language["en"].tp) == (0, 1, 1)
    assert report.by_type["Battles"].fn == 1 and report.by_type["Explosions/Remote violence"].fp == 1
    assert report.confusion[("Battles", "Explosions/Remote violence")] == 1
    assert report.confusion[("Explosions/Remote violence", "Explosions/Remote violence")] == 1
    text = report.format(verbose=True)
    assert "type confusion" in text and "per language" in text
    assert "a missed   Battles / Armed clash @ " in text and "typed Explosions/Remote violence" in text


def test_historical_flag_is_scored_apart(tmp_path: Path) -> None:
    write_gold(tmp_path, "c", "قصف صاروخي على مطار بغداد في 4 آب 2014.",
               [gold_incident("c-I1", historical=True, date="2014-08-04", date_inferred="2014-08-04",
                              date_range={"from": "2014-08-04", "to": "2014-08-04"})], [])
    report = evaluate_dir(tmp_path / "gold", gazetteer=GAZ)
    assert (report.historical_tp, report.historical_total, report.historical_flagged) == (1, 1, 1)


@pytest.mark.parametrize("golds, preds, note", [
    # Two blasts the same day in one city, one prediction: the second gold's nearest prediction fits it
    # but went to the first gold, so the miss is a merge, not a place or date error.
    ([gold_incident("m-I1"), gold_incident("m-I2")], [pred()], "taken by another gold incident"),
    # The only prediction is a day too late and 350 km away: place and date are what failed.
    ([gold_incident("m-I1")], [pred(event_date=date(2021, 5, 5), latitude=36.3, longitude=43.1, admin1="Nineveh")],
     "place, date wrong"),
    ([gold_incident("m-I1")], [pred(event_date=date(2021, 5, 6))], "date wrong"),
])
def test_a_miss_says_why_and_a_merge_is_not_a_place_or_date_error(golds: list[dict], preds: list[Incident],
                                                                  note: str) -> None:
    from extract.evaluate import score_article
    from extract.evaluate_report import IncidentReport

    report = IncidentReport()
    score_article(report, {"id": "m", "incidents": golds}, "x", preds, article_date_given=True)
    notes = [e.note for e in report.errors if e.kind == "missed"]
    assert len(notes) == 1 and note in notes[0]
    if note != "taken by another gold incident":
        assert "taken by another gold incident" not in notes[0]
