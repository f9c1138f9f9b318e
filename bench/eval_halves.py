"""Incident scores of one real dev set split into a tune half and a check half.

Usage: ``python bench/eval_halves.py [SET_DIR] [-v]`` (default ``tests/golden/real/ar3``).

A report goes to the ``tune`` half when ``int(sha1(id)[:8], 16) % 2 == 0``, else to ``check``
(``== 1`` for the sets whose ``HALVED_SETS`` entry is 1); the rule was fixed before any extractor output
on the set was read (see the set's README). Rules are written
from the tune half's misses only; the check half is only ever scored, so ``-v`` lists the tune
half's missed and spurious incidents and never the check half's.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.evaluate import TAKEN, evaluate_dirs  # noqa: E402
from extract.evaluate_report import Counts, IncidentReport, Miss  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "golden" / "real" / "ar3"
# The real dev sets with a held-back half, each with the remainder of the sha1 rule that is its tune
# half (each set's README says which). bench/eval_real.py hides the check halves' misses.
HALVED_SETS = {"ar3": 0, "ar-long3": 1}


def half(article_id: str, tune_remainder: int = 0) -> str:
    """``tune`` or ``check``: the half ``article_id`` belongs to."""
    remainder = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2
    return "tune" if remainder == tune_remainder else "check"


def half_counts(report: IncidentReport, which: str, tune_remainder: int = 0) -> Counts:
    """The core incident counts over the reports of one half."""
    total = Counts()
    for article, tp, fp, fn in report.per_article:
        if half(article, tune_remainder) == which:
            total.add(Counts(tp, fp, fn))
    return total


def check_half_ids(gold_dir: Path) -> set[str]:
    """The ids of the check half of the set whose gold is ``gold_dir`` (none for a set not halved)."""
    name = gold_dir.parent.name
    if name not in HALVED_SETS:
        return set()
    return {p.stem for p in gold_dir.glob("*.json") if half(p.stem, HALVED_SETS[name]) == "check"}


def miss_kind(miss: Miss) -> str:
    """A coarse class of one error, for a half whose misses are not read: what went wrong, not where."""
    if miss.kind.startswith("missed"):
        if "no prediction" in miss.note:
            return "missed: nothing predicted at its place and date"
        if "typed" in miss.note or ": type wrong" in miss.note:  # the nearest prediction fails the type only
            return "missed: found with another type"
        if TAKEN in miss.note:
            return "missed: its place and date's prediction matched another incident (told as fewer events)"
        return "missed: place or date off"
    return "spurious: right place and date, wrong type" if "(type)" in miss.note else "spurious: no such event"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune half's misses")
    args = parser.parse_args(argv)
    report = evaluate_dirs([args.set_dir / "gold"])
    rem = HALVED_SETS.get(args.set_dir.resolve().name, 0)
    sizes = {w: sum(half(a, rem) == w for a, *_ in report.per_article) for w in ("tune", "check")}
    print(f"{args.set_dir.name + ' (whole)':20} {report.counts.line()}  {len(report.per_article)} reports")
    for which in ("tune", "check"):
        print(f"{args.set_dir.name + ' ' + which:20} {half_counts(report, which, rem).line()}  {sizes[which]} reports")
    for which in ("tune", "check"):
        kinds = Counter(miss_kind(e) for e in report.errors if half(e.article, rem) == which)
        print(f"{which} half, error classes: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    if args.verbose:
        print("tune half, missed and spurious incidents:")
        print("\n".join(e.format() for e in report.errors if half(e.article, rem) == "tune") or "  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
