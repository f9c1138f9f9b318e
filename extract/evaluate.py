"""Score incident extraction against gold annotations (``seeds/gold/*.json``).

Follows the gold README's scoring recommendations: the primary set is the ``core`` tier; a
borderline gold incident that is predicted is neither a true nor a false positive, and one that
is missed is not a false negative. A prediction matches a gold incident when its event type is
acceptable, its place is within 50 km (or in the same governorate / country when the gold is
governorate-level or has no point), and its date fits (±1 day of ``date_inferred`` when the
article date is supplied, else of ``date``; ``date_range`` for week/month precision and for
undated gold). Matching is one-to-one and maximal (augmenting paths), core incidents first.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extract.model import Article, Incident

PLACE_KM = 50.0


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and len(value) == 10 else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def place_matches(pred: Incident, gold: dict) -> bool:
    """Within 50 km of the gold point, or the same governorate (country) for coarse gold."""
    if gold.get("lat") is not None and pred.latitude is not None and pred.longitude is not None and \
            _km(pred.latitude, pred.longitude, gold["lat"], gold["lon"]) <= PLACE_KM:
        return True
    if gold.get("geo_precision") == 3 or gold.get("lat") is None:
        if gold.get("governorate"):
            return pred.admin1 in {gold["governorate"], gold.get("governorate_alt")}
        return pred.country == gold.get("country")
    return False


def date_matches(pred: Incident, gold: dict, *, article_date_given: bool) -> bool:
    """±1 day of the gold date; the date range for week/month precision or an undated gold."""
    chosen = gold.get("date_inferred") if article_date_given else gold.get("date")
    rng = gold.get("date_range") or {}
    lo, hi = _day(rng.get("from")), _day(rng.get("to"))
    value = pred.event_date

    def in_range() -> bool:
        return value is not None and (lo is None or value >= lo) and (hi is None or value <= hi)

    if chosen is None:
        return value is None or in_range()
    if value is None:
        return False
    if gold.get("date_precision") in {"week", "month"} or len(chosen) != 10:
        return in_range()
    return abs((value - date.fromisoformat(chosen)).days) <= 1


def incident_matches(pred: Incident, gold: dict, *, article_date_given: bool) -> bool:
    """Type, place and date all fit (the README's primary criterion)."""
    types = gold.get("acceptable_event_types") or [gold["event_type"]]
    return (pred.event_type in types and place_matches(pred, gold)
            and date_matches(pred, gold, article_date_given=article_date_given))


def match(preds: list[Incident], golds: list[dict], *, article_date_given: bool) -> dict[int, int]:
    """Maximum one-to-one matching {pred index: gold index}.

    Core golds are matched first (so a borderline gold never takes a core one's prediction), and
    within that, pairs that also agree on the sub-event type are tried first.
    """
    ok = [[incident_matches(p, g, article_date_given=article_date_given) for g in golds] for p in preds]
    exact = [[ok[i][j] and p.sub_event_type in (g.get("acceptable_sub_event_types") or [g["sub_event_type"]])
              for j, g in enumerate(golds)] for i, p in enumerate(preds)]
    owner: dict[int, int] = {}  # gold -> pred

    def augment(p: int, allowed: list[int], edges: list[list[bool]], seen: set[int]) -> bool:
        for g in allowed:
            if edges[p][g] and g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], allowed, edges, seen):
                    owner[g] = p
                    return True
        return False

    core = [i for i, g in enumerate(golds) if g.get("tier") == "core"]
    rest = [i for i in range(len(golds)) if i not in core]
    for allowed in (core, rest):
        for edges in (exact, ok):
            for p in range(len(preds)):
                if p not in owner.values():
                    augment(p, allowed, edges, set())
    return {p: g for g, p in owner.items()}


@dataclass
class IncidentReport:
    """Scores over a gold directory."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    subtype_correct: int = 0
    borderline_predicted: int = 0
    policy_talk: int = 0
    historical_tp: int = 0
    historical_total: int = 0
    clusters: int = 0
    clusters_found: int = 0
    clusters_merged: int = 0
    dedup_available: bool = False
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    subtype_misses: list[str] = field(default_factory=list)
    missing_texts: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def format(self, *, verbose: bool = False) -> str:
        """A short human-readable report; ``verbose`` adds each missed core incident and why."""
        lines = [
            f"incidents (core): P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(TP {self.tp}, FP {self.fp}, FN {self.fn})",
            f"sub-event type accuracy on matches: {self.subtype_correct}/{self.tp}",
            f"borderline gold predicted (not scored): {self.borderline_predicted}",
            f"historical core incidents found: {self.historical_tp}/{self.historical_total}",
            f"incidents produced from policy talk: {self.policy_talk}",
            f"dedup clusters ('same'): {self.clusters}, all members found: {self.clusters_found}, "
            + (f"merged by extract.dedup.same_event: {self.clusters_merged}" if self.dedup_available
               else "extract.dedup.same_event not available"),
            "per article (id: TP FP FN):",
            *[f"  {a}: {tp} {fp} {fn}" for a, tp, fp, fn in self.per_article],
        ]
        if self.missing_texts:
            lines.append(f"gold files without their article text (not scored): {', '.join(self.missing_texts)}")
        if self.false_positives:
            lines += ["false positives:", *[f"  {x}" for x in self.false_positives]]
        if self.subtype_misses:
            lines += ["sub-event type misses:", *[f"  {x}" for x in self.subtype_misses]]
        if verbose and self.false_negatives:
            lines += ["missed core incidents (gold | nearest prediction: what failed):",
                      *[f"  {x}" for x in self.false_negatives]]
        return "\n".join(lines)


def _why_missed(preds: list[Incident], gold: dict, *, article_date_given: bool) -> str:
    """The gold incident and the prediction closest to matching it, with the criteria it fails."""
    def failed(p: Incident) -> list[str]:
        types = gold.get("acceptable_event_types") or [gold["event_type"]]
        return [name for name, ok in (("type", p.event_type in types), ("place", place_matches(p, gold)),
                                      ("date", date_matches(p, gold, article_date_given=article_date_given)))
                if not ok]

    where = f"{gold.get('location')} ({gold.get('governorate') or gold.get('country')}, geo {gold.get('geo_precision')})"
    head = (f"{gold['incident_id']}: {gold['sub_event_type']} @ {where} "
            f"{gold.get('date_inferred') or gold.get('date')}")
    if not preds:
        return f"{head} | no prediction"
    best = min(preds, key=lambda p: len(failed(p)))
    return (f"{head} | {best.sub_event_type} @ {best.location} ({best.admin1 or best.country}, "
            f"geo {best.geo_precision}) {best.event_date}: {', '.join(failed(best))} «{best.trigger}»")


def _excluded_spans(text: str, gold: dict) -> list[tuple[int, int]]:
    spans = []
    for cand in gold.get("excluded_candidates", []):
        for piece in cand["text"].replace("…", "...").replace(" / ", "...").split("..."):
            piece = piece.strip(" .")
            if len(piece) >= 10 and (i := text.find(piece)) >= 0:
                spans.append((i, i + len(piece)))
    return spans


def _text_for(gold_dir: Path, stem: str) -> str | None:
    for candidate in (gold_dir / f"{stem}.txt", gold_dir.parent / f"{stem}.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def evaluate_dir(gold_dir: Path, *, gazetteer=None) -> IncidentReport:
    """Parse every gold article (texts beside or above ``gold_dir``) and score the incidents."""
    from extract.pipeline import parse_article

    try:
        from extract.dedup import same_event
    except ImportError:  # dedup is optional for scoring
        same_event = None
    report = IncidentReport(dedup_available=same_event is not None)
    matched_by_gold: dict[str, Incident] = {}
    clusters: list[set[str]] = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = _text_for(Path(gold_dir), gold["id"])
        if text is None:
            report.missing_texts.append(gold["id"])
            continue
        inferred = gold.get("article_date_inferred")
        given = gold.get("article_date_inferred_precision") == "day" and bool(inferred)
        when = _day(inferred) if given else _day(gold.get("article_date"))
        parsed = parse_article(Article(text=text, id=gold["id"], source=gold["id"]), gazetteer, article_date=when)
        preds, golds = list(parsed.incidents), gold.get("incidents", [])
        pairs = match(preds, golds, article_date_given=given)
        excluded = _excluded_spans(text, gold)
        tp = fp = 0
        for p, pred in enumerate(preds):
            if p in pairs:
                g = golds[pairs[p]]
                matched_by_gold[g["incident_id"]] = pred
                if g.get("tier") != "core":
                    report.borderline_predicted += 1
                    continue
                tp += 1
                if pred.sub_event_type in (g.get("acceptable_sub_event_types") or [g["sub_event_type"]]):
                    report.subtype_correct += 1
                else:
                    report.subtype_misses.append(f"{g['incident_id']}: {pred.sub_event_type} "
                                                 f"(gold {g['sub_event_type']})")
                report.historical_tp += bool(g.get("historical"))
                continue
            fp += 1
            report.false_positives.append(f"{gold['id']}: {pred.sub_event_type} @ {pred.location} "
                                          f"{pred.event_date} «{pred.trigger}»")
            if not golds or any(a < pred.evidence_end and pred.evidence_start < b for a, b in excluded):
                report.policy_talk += 1
        core = [g for g in golds if g.get("tier") == "core"]
        fn = len(core) - tp
        report.false_negatives += [f"{gold['id']} " + _why_missed(preds, g, article_date_given=given)
                                   for j, g in enumerate(golds) if g.get("tier") == "core" and j not in pairs.values()]
        report.historical_total += sum(bool(g.get("historical")) for g in core)
        report.tp, report.fp, report.fn = report.tp + tp, report.fp + fp, report.fn + fn
        report.per_article.append((gold["id"], tp, fp, fn))
        for link in gold.get("same_event_as", []):
            if link.get("relation") == "same":
                members = {link["incident_id"], *link["same_as"]}
                if not any(members <= c for c in clusters):
                    clusters = [c for c in clusters if not c <= members] + [members]
    report.clusters = len(clusters)
    for members in clusters:
        found = [matched_by_gold[m] for m in sorted(members) if m in matched_by_gold]
        if len(found) == len(members):
            report.clusters_found += 1
            if same_event is not None and all(same_event(a, b) for a in found for b in found if a is not b):
                report.clusters_merged += 1
    return report
