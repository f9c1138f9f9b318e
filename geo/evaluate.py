"""Score the matcher against gold annotations: ``python -m geo.evaluate GOLD_DIR [-v]``.

Gold files are the JSON format of ``shared/seeds/gold/`` (its README, "Scoring
recommendations"); each ``GOLD_DIR/<id>.json`` annotates ``GOLD_DIR/../<id>.txt``.

* Primary gold occurrences: the offsets of entries whose ``mention_type`` is ``proper`` or
  ``in_name``. A prediction matches a gold occurrence if the spans overlap; each gold occurrence
  is matched at most once.
* Optional occurrences (``nominal``, ``descriptive``) are neither missed nor false when predicted.
* A prediction overlapping a ``false_friends`` offset is a false positive.
* Resolution (over matched occurrences): within 25 km of gold ``lat``/``lon`` when set; else the
  same country and, for an Iraqi governorate-level gold, the gold ``governorate`` /
  ``governorate_alt`` or within 25 km of its ``representative_point``; a gold country needs a
  predicted country.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.gazetteer import Gazetteer
from geo.model import Place, PlaceMention

PRIMARY = frozenset({"proper", "in_name"})
RESOLUTION_KM = 25.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    Examples
    --------
    >>> round(distance_km(33.3406, 44.4009, 36.3350, 43.1189))  # Baghdad–Mosul
    353
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def resolved_correctly(place: Place, entry: dict[str, Any]) -> bool:
    """Whether a predicted place is a correct resolution of a gold location entry."""
    if entry.get("lat") is not None:
        return distance_km(place.latitude, place.longitude, entry["lat"], entry["lon"]) <= RESOLUTION_KM
    if place.country != entry.get("country"):
        return False
    if entry.get("feature_type") == "country":
        return place.feature_type == "country"
    governorates = {entry.get("governorate"), entry.get("governorate_alt")} - {None}
    if not governorates:
        return True
    if place.admin1 in governorates:
        return True
    point = entry.get("representative_point")
    return bool(point) and distance_km(place.latitude, place.longitude, point["lat"],
                                       point["lon"]) <= RESOLUTION_KM


@dataclass(frozen=True, slots=True)
class FileScore:
    """Counts for one gold file, and the errors for ``-v``."""

    name: str
    tp: int
    fp: int
    fn: int
    resolved: int
    false_positives: tuple[str, ...] = ()
    false_negatives: tuple[str, ...] = ()
    misresolved: tuple[str, ...] = ()


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(frozen=True, slots=True)
class MentionReport:
    """Scores over all files; ``files`` holds the per-file counts."""

    files: tuple[FileScore, ...] = field(default_factory=tuple)

    @property
    def tp(self) -> int:
        return sum(f.tp for f in self.files)

    @property
    def fp(self) -> int:
        return sum(f.fp for f in self.files)

    @property
    def fn(self) -> int:
        return sum(f.fn for f in self.files)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def resolution_accuracy(self) -> float:
        return _ratio(sum(f.resolved for f in self.files), self.tp)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_file(name: str, gold: dict[str, Any], mentions: list[PlaceMention]) -> FileScore:
    """Score the mentions predicted for one text against its gold annotation."""
    primary: list[tuple[tuple[int, int], dict[str, Any]]] = []
    optional: list[tuple[int, int]] = []
    for entry in gold.get("locations", []):
        spans = [(a, b) for a, b in entry["offsets"]]
        if entry["mention_type"] in PRIMARY:
            primary.extend((s, entry) for s in spans)
        else:
            optional.extend(spans)
    # a false friend noted without offsets (a hand annotation's "noticed, not located") marks no span
    friends = [(a, b) for f in gold.get("false_friends") or [] for a, b in f.get("offsets") or []]
    matched: set[int] = set()
    tp = resolved = 0
    fps, wrong = [], []
    for m in mentions:
        span = (m.start, m.end)
        label = f"{m.surface!r}@{m.start} -> {m.place.place_id} ({m.confidence:.2f})"
        if any(_overlaps(span, f) for f in friends):
            fps.append(label + " [false friend]")
            continue
        # the unmatched gold occurrence this prediction overlaps most
        overlapping = [(min(s[1], span[1]) - max(s[0], span[0]), -i) for i, (s, _) in enumerate(primary)
                       if i not in matched and _overlaps(span, s)]
        hit = -max(overlapping)[1] if overlapping else None
        if hit is not None:
            matched.add(hit)
            tp += 1
            entry = primary[hit][1]
            if resolved_correctly(m.place, entry):
                resolved += 1
            else:
                wrong.append(f"{label}, gold {entry['canonical_en']}")
        elif any(_overlaps(span, s) for s in optional):
            continue
        else:
            fps.append(label)
    fns = [f"{e['surface']!r}@{s[0]} ({e['canonical_en']})" for i, (s, e) in enumerate(primary)
           if i not in matched]
    return FileScore(name, tp, len(fps), len(fns), resolved, tuple(fps), tuple(fns), tuple(wrong))


def evaluate_dir(gold_dir: Path, gazetteer: Gazetteer | None = None, *,
                 min_confidence: float = 0.5) -> MentionReport:
    """Run :func:`geo.matcher.find_places` on every gold file's text and score it."""
    from geo.matcher import find_places

    scores = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent.parent / f"{gold.get('id', path.stem)}.txt").read_text(encoding="utf-8")
        mentions = find_places(text, gazetteer, min_confidence=min_confidence)
        scores.append(score_file(path.stem, gold, mentions))
    return MentionReport(tuple(scores))


def format_report(report: MentionReport, *, verbose: bool = False) -> str:
    """The report as printed by the command line."""
    lines = [f"{'file':<28} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}  res.acc"]
    for f in report.files:
        one = MentionReport((f,))
        lines.append(f"{f.name:<28} {f.tp:>4} {f.fp:>4} {f.fn:>4}  {one.precision:5.3f} {one.recall:5.3f} "
                     f"{one.f1:5.3f}  {one.resolution_accuracy:5.3f}")
        if verbose:
            lines += [f"    FP {x}" for x in f.false_positives]
            lines += [f"    FN {x}" for x in f.false_negatives]
            lines += [f"    WRONG PLACE {x}" for x in f.misresolved]
    lines.append(f"{'TOTAL':<28} {report.tp:>4} {report.fp:>4} {report.fn:>4}  {report.precision:5.3f} "
                 f"{report.recall:5.3f} {report.f1:5.3f}  {report.resolution_accuracy:5.3f}")
    lines.append(f"precision={report.precision:.3f} recall={report.recall:.3f} f1={report.f1:.3f} "
                 f"resolution_accuracy={report.resolution_accuracy:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: score every ``GOLD_DIR/*.json``; exit status 0."""
    parser = argparse.ArgumentParser(prog="python -m geo.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", type=Path, help="directory of gold *.json (texts in its parent)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list false positives/negatives")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    args = parser.parse_args(argv)
    if not args.gold_dir.is_dir():
        parser.error(f"not a directory: {args.gold_dir}")
    report = evaluate_dir(args.gold_dir, min_confidence=args.min_confidence)
    print(format_report(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
