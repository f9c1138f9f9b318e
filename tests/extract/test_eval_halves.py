"""The tune/check split of a real dev set (bench/eval_halves.py) agrees with the set's README."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AR3 = ROOT / "tests" / "golden" / "real" / "ar3"


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
