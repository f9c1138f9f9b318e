"""The mention scorer on a tiny hand-made gold, and the matcher on the seed set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate import evaluate_dir, main, resolved_correctly, score_file
from geo.gazetteer import Gazetteer
from geo.model import Place, PlaceMention

BAGHDAD = Place("iq.baghdad", "Baghdad", "بغداد", "city", "IQ", "Baghdad", None, 33.3406, 44.4009, 7_000_000)
MOSUL = Place("iq.mosul", "Mosul", "الموصل", "city", "IQ", "Nineveh", None, 36.335, 43.1189, 1_700_000)
IRAQ = Place("country.iq", "Iraq", "العراق", "country", "IQ", None, None, 33.34, 44.40)
QAIM = Place("iq.qaim", "al-Qaim", "القائم", "town", "IQ", "Anbar", None, 34.37, 41.09)
TEXT = "قصف في بغداد والموصل. القائم بأعمال العراق زار العاصمة."


def _entry(surface: str, mention_type: str, **kw: object) -> dict[str, object]:
    starts = [i for i in range(len(TEXT)) if TEXT.startswith(surface, i)]
    return {"surface": surface, "mention_type": mention_type, "canonical_en": surface,
            "offsets": [[s, s + len(surface)] for s in starts], **kw}


GOLD = {
    "id": "tiny",
    "locations": [
        _entry("بغداد", "proper", lat=33.3406, lon=44.4009, country="IQ", governorate="Baghdad"),
        _entry("والموصل", "proper", lat=36.335, lon=43.1189, country="IQ", governorate="Nineveh"),
        _entry("العراق", "proper", lat=None, lon=None, country="IQ", feature_type="country"),
        _entry("العاصمة", "nominal", lat=33.3406, lon=44.4009, country="IQ"),
    ],
    "false_friends": [{"surface": "القائم", "offsets": [[TEXT.index("القائم"), TEXT.index("القائم") + 6]]}],
}


def mention(surface: str, place: Place, nth: int = 0) -> PlaceMention:
    start = TEXT.index(surface)
    for _ in range(nth):
        start = TEXT.index(surface, start + 1)
    return PlaceMention(surface, start, start + len(surface), place, 0.9)


def test_scorer_counts_overlap_optional_and_false_friends() -> None:
    predicted = [
        mention("بغداد", BAGHDAD),  # TP, right place
        mention("الموصل", BAGHDAD),  # bare toponym inside والموصل: TP by overlap, wrong place
        mention("القائم", QAIM),  # overlaps a false friend: FP
        mention("العاصمة", BAGHDAD),  # optional (nominal): neither
    ]
    score = score_file("tiny", GOLD, predicted)
    assert (score.tp, score.fp, score.fn, score.resolved) == (2, 1, 1, 1)  # العراق missed
    assert "false friend" in score.false_positives[0]
    assert "العراق" in score.false_negatives[0]


def test_a_false_friend_noted_without_offsets_marks_no_span() -> None:
    gold = GOLD | {"false_friends": [{"surface": "القائم", "offsets": None}]}
    score = score_file("tiny", gold, [mention("بغداد", BAGHDAD), mention("القائم", QAIM)])
    assert (score.tp, score.fp) == (1, 1)
    assert "false friend" not in score.false_positives[0]


def test_each_gold_occurrence_matches_once() -> None:
    twice = [PlaceMention("بغ", TEXT.index("بغداد"), TEXT.index("بغداد") + 2, BAGHDAD, 0.9),
             PlaceMention("داد", TEXT.index("بغداد") + 2, TEXT.index("بغداد") + 5, BAGHDAD, 0.9)]
    score = score_file("tiny", GOLD, twice)
    assert (score.tp, score.fp) == (1, 1)


@pytest.mark.parametrize(
    ("place", "entry", "expected"),
    [
        (BAGHDAD, {"lat": 33.30, "lon": 44.39}, True),  # within 25 km
        (MOSUL, {"lat": 33.30, "lon": 44.39}, False),
        (IRAQ, {"lat": None, "country": "IQ", "feature_type": "country"}, True),
        (BAGHDAD, {"lat": None, "country": "IQ", "feature_type": "country"}, False),
        (MOSUL, {"lat": None, "country": "IQ", "governorate": "Erbil", "governorate_alt": "Nineveh"}, True),
        (MOSUL, {"lat": None, "country": "IQ", "governorate": "Baghdad"}, False),
        (BAGHDAD, {"lat": None, "country": "IQ", "governorate": "Kirkuk",
                   "representative_point": {"lat": 33.35, "lon": 44.41}}, True),
        (IRAQ, {"lat": None, "country": "SY", "feature_type": "country"}, False),
    ],
)
def test_resolution_rules(place: Place, entry: dict[str, object], expected: bool) -> None:
    assert resolved_correctly(place, entry) is expected


def test_evaluate_dir_on_a_tiny_gold(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (tmp_path / "tiny.txt").write_text(TEXT, encoding="utf-8")
    (gold_dir / "tiny.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    gazetteer = Gazetteer([BAGHDAD, MOSUL, IRAQ, QAIM])
    report = evaluate_dir(gold_dir, gazetteer)
    assert (report.tp, report.fp, report.fn) == (3, 0, 0)  # القائم بأعمال is rejected by its rule
    assert report.f1 == 1.0 and report.resolution_accuracy == 1.0


def test_seed_set_scores_at_least_target(seeds_dir: Path) -> None:
    report = evaluate_dir(seeds_dir / "gold")
    assert report.f1 >= 0.95, report
    assert report.resolution_accuracy >= 0.9, report


def test_command_line_prints_the_figures(seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(seeds_dir / "gold"), "-v"]) == 0
    out = capsys.readouterr().out
    assert "precision=" in out and "resolution_accuracy=" in out and "TOTAL" in out
