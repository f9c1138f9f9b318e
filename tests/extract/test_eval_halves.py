"""The tune/check split of a real dev set (bench/eval_halves.py) agrees with the set's README."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AR3 = ROOT / "tests" / "golden" / "real" / "ar3"
AR_LONG3 = ROOT / "tests" / "golden" / "real" / "ar-long3"


def _halves_module():
    spec = importlib.util.spec_from_file_location("eval_halves", ROOT / "bench" / "eval_halves.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ar3_report_is_in_the_half_its_readme_names() -> None:
    """The README's contents table names each report's half; the script puts it in the same one,
    and every gold file of the set is in the table."""
    half = _halves_module().half
    named = dict(re.findall(r"^\| (tg_naya_\d+) \| (tune|check) \|", (AR3 / "README.md").read_text(encoding="utf-8"), re.M))
    gold = {p.stem for p in (AR3 / "gold").glob("*.json")}
    assert set(named) == gold
    assert {i: half(i) for i in named} == named
    assert sorted(named.values()).count("tune") == 24 and sorted(named.values()).count("check") == 27


def test_every_ar_long3_report_is_in_the_half_its_readme_names() -> None:
    """ar-long3 tunes on the remainder 1 of the rule (its README): the script agrees, row by row."""
    module = _halves_module()
    assert module.HALVED_SETS["ar-long3"] == 1
    named = dict(re.findall(r"^\| ([a-z0-9-]+) \| (tune|check) \|", (AR_LONG3 / "README.md").read_text(encoding="utf-8"), re.M))
    gold = {p.stem for p in (AR_LONG3 / "gold").glob("*.json")}
    assert set(named) == gold
    assert {i: module.half(i, 1) for i in named} == named
    assert sorted(named.values()).count("tune") == 13 and sorted(named.values()).count("check") == 9


def test_eval_real_never_lists_a_check_half_report() -> None:
    """bench/eval_real.py prints spurious incidents even without -v: a check-half line is hidden."""
    spec = importlib.util.spec_from_file_location("eval_real", ROOT / "bench" / "eval_real.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "false positives:\n  a-1: Attack @ X\n  b-2: Attack @ Y\nsub-event type misses:\n  a-1-I1: Attack (gold Other)\n  c-3: 1 0 0"
    shown = module.without_reports(text, {"a-1"})
    assert "a-1" not in shown and "b-2: Attack @ Y" in shown and "c-3: 1 0 0" in shown
    assert "(2 lines of check-half reports hidden)" in shown


def test_error_classes_tell_a_merge_from_a_place_or_date_error() -> None:
    from extract.evaluate_report import Miss

    kind = _halves_module().miss_kind
    cases = {
        "[x-I2] | nearest IED @ Baghdad (Baghdad, geo 1) 2013-07-02: taken by another gold incident «التفجيرات»":
            "missed: its place and date's prediction matched another incident (told as fewer events)",
        "[x-I2] | nearest IED @ Baghdad (Baghdad, geo 1) 2013-07-01: date wrong «التفجيرات»": "missed: place or date off",
        "[x-I2] | no prediction": "missed: nothing predicted at its place and date",
        "[x-I2] typed Battles / Armed clash": "missed: found with another type",
        "[x-I2] | nearest Mob violence @ Al-Rashad (Diyala, geo 1) 2021-10-27: type wrong «attack»":
            "missed: found with another type",
        "[x-I2] | nearest Mob violence @ Al-Rashad (Diyala, geo 1) 2021-10-27: type, date wrong «attack»":
            "missed: place or date off",
    }
    for note, expected in cases.items():
        assert kind(Miss("x", "missed", "E", "S", "p", "d", "e", note)) == expected
