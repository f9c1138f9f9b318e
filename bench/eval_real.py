"""Incident and place-mention scores on real published reports: the dev sets, the sealed sets and the seeds.

Usage: ``python bench/eval_real.py [--no-sealed] [-v]``

* ``tests/golden/real/<set>/gold`` — real-report dev sets (tuned on): one line per set, then all
  together with per-language and per-type tables and the type confusion table.
* ``tests/golden/sealed/<set>/gold`` — sealed real reports, scored once per change and never tuned
  on: only the figures are printed (``--no-sealed`` skips them; ``-v`` never lists their misses).
  They are scored twice: all of them, and "never seen": without the reports listed in
  ``bench/sealed_seen.txt`` (sealed texts an engineer who tunes extraction has read).
* ``../shared/seeds/gold`` — the five real seed articles, skipped when absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_halves import check_half_ids  # noqa: E402
from extract.evaluate import evaluate_dirs  # noqa: E402
from extract.evaluate_report import Counts, IncidentReport  # noqa: E402
from geo.evaluate import MentionReport  # noqa: E402
from geo.evaluate import evaluate_dir as evaluate_mentions  # noqa: E402

# Beside the project, or beside the worktrees' folder for a git worktree.
SEEDS = next((d / "shared" / "seeds" / "gold" for d in ROOT.parents[:2] if (d / "shared" / "seeds").is_dir()),
             ROOT.parent / "shared" / "seeds" / "gold")


SEALED_SEEN = ROOT / "bench" / "sealed_seen.txt"


def seen_sealed_ids(path: Path = SEALED_SEEN) -> set[str]:
    """The sealed article ids listed in ``path`` (comments and blank lines skipped)."""
    if not path.is_file():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def counts_without(report: IncidentReport, left_out: set[str]) -> Counts:
    """The report's incident counts over its articles minus ``left_out``."""
    total = Counts()
    for article, tp, fp, fn in report.per_article:
        if article not in left_out:
            total.add(Counts(tp, fp, fn))
    return total


def gold_dirs(kind: str) -> list[Path]:
    """The gold directories of ``tests/golden/<kind>/*`` (``real`` or ``sealed``)."""
    return sorted(p / "gold" for p in (ROOT / "tests" / "golden" / kind).glob("*") if (p / "gold").is_dir())


def place_summary(label: str, dirs: list[Path]) -> str:
    """Place mentions (geo.evaluate's scoring) over ``dirs`` together."""
    files = tuple(f for d in dirs for f in evaluate_mentions(d).files)
    report = MentionReport(files)
    return (f"{label:28} places P={report.precision:.3f} R={report.recall:.3f} F1={report.f1:.3f} "
            f"(TP {report.tp}, FP {report.fp}, FN {report.fn})  resolution {report.resolution_accuracy:.3f}")


def without_reports(text: str, hidden: set[str]) -> str:
    """``text`` without the lines about the reports ``hidden`` (``  <id>: ...``, ``  <id>-I3: ...``)."""
    kept, dropped = [], 0
    for line in text.split("\n"):
        head = line.strip().split(":", 1)[0] if line.startswith("  ") else ""
        if head and re.sub(r"-I\d+$", "", head) in hidden:
            dropped += 1
        else:
            kept.append(line)
    return "\n".join(kept) + (f"\n  ({dropped} lines of check-half reports hidden)" if dropped else "")


def summary(label: str, report: IncidentReport) -> str:
    return (f"{label:28} {report.counts.line()}  untyped F1={report.untyped.f1:.3f}  "
            f"historical {report.historical_tp}/{report.historical_total}")


def casualty_summary(label: str, report: IncidentReport) -> str:
    """The exact agreement of fatalities and injuries on the matched core incidents, and the disagreements."""
    def part(name: str, a) -> str:
        return (f"{name} {a.exact}/{a.total} ({a.rate:.3f}; gold-only {a.gold_only}, pred-only {a.pred_only}, "
                f"different {a.different})")
    return f"{label:28} casualties {part('fatalities', report.fatalities)}  {part('injuries', report.injuries)}"


def score_kind(kind: str, *, verbose: bool = False, misses: bool = True) -> IncidentReport | None:
    """One line per set of ``tests/golden/<kind>/``, then all of them together with the tables;
    the misses only when ``misses`` (never for the sealed sets)."""
    dirs = gold_dirs(kind)
    if not dirs:
        print(f"{kind}: no sets under tests/golden/{kind}/")
        return None
    per_set = {}
    for d in dirs:
        per_set[d] = evaluate_dirs([d])
        print(summary(f"{kind}/{d.parent.name}", per_set[d]))
    report = evaluate_dirs(dirs)
    print(summary(f"{kind} (all)", report))
    for d in dirs:
        print(place_summary(f"{kind}/{d.parent.name}", [d]))
    print(place_summary(f"{kind} (all)", dirs))
    for d in dirs:
        print(casualty_summary(f"{kind}/{d.parent.name}", per_set[d]))
    print(casualty_summary(f"{kind} (all)", report))
    text = report.format(verbose=verbose and misses)
    hidden = set().union(*(check_half_ids(d) for d in dirs)) if kind == "real" else set()
    print(without_reports(text, hidden) if misses else text.split("\nper article")[0])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sealed", action="store_true", help="do not score the sealed sets")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the dev sets' misses")
    args = parser.parse_args(argv)
    score_kind("real", verbose=args.verbose)
    if not args.no_sealed:
        sealed = score_kind("sealed", misses=False)
        seen = seen_sealed_ids()
        if sealed is not None:
            unseen = counts_without(sealed, seen)
            articles = sum(article not in seen for article, *_ in sealed.per_article)
            print(f"{'sealed (never seen)':28} {unseen.line()}  {articles} reports, "
                  f"{unseen.tp + unseen.fn} core; {len(seen)} read by a tuner left out ({SEALED_SEEN.name})")
    if SEEDS.is_dir():
        seeds = evaluate_dirs([SEEDS])
        print(summary("seeds", seeds))
        print(place_summary("seeds", [SEEDS]))
        print(casualty_summary("seeds", seeds))
    else:
        print(f"seeds: {SEEDS} not found, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
