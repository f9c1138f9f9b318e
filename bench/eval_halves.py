"""Incident scores of one real dev set split into a tune half and a check half.

Usage: ``python bench/eval_halves.py [SET_DIR] [-v]`` (default ``tests/golden/real/ar3``).

A report goes to the ``tune`` half when ``int(sha1(id)[:8], 16) % 2 == 0``, else to ``check``
(fixed before any extractor output on the set was read; see the set's README). Rules are written
from the tune half's misses only; the check half is only ever scored, so ``-v`` lists the tune
half's missed and spurious incidents and never the check half's.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.evaluate import evaluate_dirs  # noqa: E402
from extract.evaluate_report import Counts, IncidentReport  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "golden" / "real" / "ar3"


def half(article_id: str) -> str:
    """``tune`` or ``check``: the half ``article_id`` belongs to."""
    return "tune" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "check"


def half_counts(report: IncidentReport, which: str) -> Counts:
    """The core incident counts over the reports of one half."""
    total = Counts()
    for article, tp, fp, fn in report.per_article:
        if half(article) == which:
            total.add(Counts(tp, fp, fn))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune half's misses")
    args = parser.parse_args(argv)
    report = evaluate_dirs([args.set_dir / "gold"])
    sizes = {w: sum(half(a) == w for a, *_ in report.per_article) for w in ("tune", "check")}
    print(f"{args.set_dir.name + ' (whole)':20} {report.counts.line()}  {len(report.per_article)} reports")
    for which in ("tune", "check"):
        print(f"{args.set_dir.name + ' ' + which:20} {half_counts(report, which).line()}  {sizes[which]} reports")
    if args.verbose:
        print("tune half, missed and spurious incidents:")
        print("\n".join(e.format() for e in report.errors if half(e.article) == "tune") or "  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
