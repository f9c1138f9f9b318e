"""The independent dev set (``tests/golden/devset``): gold consistency, and score floors.

The 20 articles are project-written (invented events in the style of Iraqi news pages), annotated
by hand in the seed gold format, blind to the system's output (the gazetteer has since been
extended with the set's missing places; see the README there).
The floors below are the figures measured when the set was written (05:07 UTC: mentions F1 1.000,
resolution 1.000; incidents F1 0.686, recall 0.700, 1 policy-talk FP), minus a small margin, so that
a regression fails while ordinary noise does not. Raise them when the system improves.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from extract.acled_types import event_types

DEVSET = Path(__file__).resolve().parents[1] / "golden" / "devset"
GOLD = DEVSET / "gold"
IDS = sorted(p.stem for p in GOLD.glob("*.json"))

EVENT_TYPES = event_types()  # ACLED's table, extract/data/acled_types.yaml

# measured on the dev set when it was written (see tests/golden/devset/README.md), minus a margin
MENTION_F1_FLOOR = 0.97
MENTION_RESOLUTION_FLOOR = 0.97
INCIDENT_F1_FLOOR = 0.64
INCIDENT_RECALL_FLOOR = 0.65
POLICY_TALK_CEILING = 3


def _gold(stem: str) -> tuple[dict, str]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    return gold, (DEVSET / f"{gold['id']}.txt").read_text(encoding="utf-8")


def test_devset_has_twenty_articles_sixteen_arabic_four_english() -> None:
    languages = [_gold(stem)[0]["language"] for stem in IDS]
    assert (len(IDS), languages.count("ar"), languages.count("en")) == (20, 16, 4)


@pytest.mark.parametrize("stem", IDS)
def test_gold_offsets_and_evidence_match_the_text(stem: str) -> None:
    gold, text = _gold(stem)
    for entry in gold["locations"]:
        assert entry["count"] == len(entry["offsets"]), entry["loc_id"]
        assert all(text[a:b] == entry["surface"] for a, b in entry["offsets"]), entry["loc_id"]
    for friend in gold["false_friends"]:
        assert all(text[a:b] == friend["surface"] for a, b in friend["offsets"]), friend["surface"]
    for incident in gold["incidents"]:
        assert incident["evidence"] in text, incident["incident_id"]
        assert all(more in text for more in incident["evidence_more"]), incident["incident_id"]


@pytest.mark.parametrize("stem", IDS)
def test_gold_incidents_use_acled_names_and_known_locations(stem: str) -> None:
    gold, _ = _gold(stem)
    loc_ids = {e["loc_id"] for e in gold["locations"]}
    for incident in gold["incidents"]:
        assert incident["sub_event_type"] in EVENT_TYPES[incident["event_type"]], incident["incident_id"]
        assert incident["event_type"] in incident["acceptable_event_types"]
        assert incident["tier"] in {"core", "borderline"}
        assert set(incident["location_ids"]) <= loc_ids, incident["incident_id"]
        if incident["date_inferred"]:
            assert incident["date_range"]["from"] is None or \
                incident["date_range"]["from"][:7] <= incident["date_inferred"][:7]


def test_place_mentions_on_the_devset_stay_above_the_floor() -> None:
    from geo.evaluate import evaluate_dir

    report = evaluate_dir(GOLD)
    assert len(report.files) == 20
    assert report.f1 >= MENTION_F1_FLOOR, (report.precision, report.recall, report.f1)
    assert report.resolution_accuracy >= MENTION_RESOLUTION_FLOOR, report.resolution_accuracy


def test_incidents_on_the_devset_stay_above_the_floor() -> None:
    from extract.evaluate import evaluate_dir

    report = evaluate_dir(GOLD)
    assert len(report.per_article) == 20, "every gold file must find its text"
    assert report.tp + report.fn == 50, "core gold incidents on the dev set"
    assert report.f1 >= INCIDENT_F1_FLOOR, report.format()
    assert report.recall >= INCIDENT_RECALL_FLOOR, report.format()
    assert report.policy_talk <= POLICY_TALK_CEILING, report.format()


def _real_sets() -> list[Path]:
    golden = Path(__file__).resolve().parents[1] / "golden"
    return sorted(p for kind in ("real", "sealed") for p in (golden / kind).glob("*") if (p / "src").is_dir())


@pytest.mark.parametrize("set_dir", _real_sets(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_real_report_sets_are_up_to_date_with_their_sources(set_dir: Path) -> None:
    """Every real-report set (``tests/golden/real/*``, ``tests/golden/sealed/*``) was rebuilt after
    its ``src/`` last changed: ``python tests/golden/annotate_set.py SET_DIR`` writes it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("annotate_set", set_dir.parents[1] / "annotate_set.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build_all(set_dir)
    stale = sorted(str(p.relative_to(set_dir)) for p, content in built.items()
                   if not p.exists() or p.read_text(encoding="utf-8") != content)
    assert built and not stale, f"stale in {set_dir.name}: {stale[:5]} (run tests/golden/annotate_set.py {set_dir})"
    extra = sorted(p.name for p in (set_dir / "gold").glob("*.json") if p not in built)
    assert not extra, f"gold without a source in {set_dir.name}: {extra[:5]}"


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_no_dev_report_repeats_a_sealed_report() -> None:
    """A text in a real dev set (``tests/golden/real/*``) shares at most a fifth of its 8-word shingles
    with any sealed text (``tests/golden/sealed/*``): tuning on a dev text must never tune on a
    sealed one. Only the dev texts are named when it fails."""
    golden = Path(__file__).resolve().parents[1] / "golden"
    sealed = [_shingles(p.read_text(encoding="utf-8")) for p in sorted((golden / "sealed").glob("*/*.txt"))]
    repeated = []
    for path in sorted((golden / "real").glob("*/*.txt")):
        own = _shingles(path.read_text(encoding="utf-8"))
        if own and any(len(own & other) >= 0.2 * len(own) for other in sealed):
            repeated.append(f"{path.parent.name}/{path.name}")
    assert not repeated, f"dev texts repeating a sealed text (drop them): {repeated}"
