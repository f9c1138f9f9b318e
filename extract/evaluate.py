"""Score incident extraction against gold annotations (``seeds/gold/*.json``).

Follows the gold README's scoring recommendations: the primary set is the ``core`` tier; a
borderline gold incident that is predicted is neither a true nor a false positive, and one that
is missed is not a false negative. A prediction matches a gold incident when its event type is
acceptable, its place is within 50 km (or in the same governorate / country when the gold is
governorate-level or has no point), and its date fits (±1 day of ``date_inferred`` when the
article date is supplied, else of ``date``; ``date_range`` for week/month precision and for
undated gold). Matching is one-to-one and maximal (augmenting paths), core incidents first.

Besides the primary score: per language and per event type, an untyped score (place and date only),
a type confusion table (a missed gold and a spurious prediction agreeing on place and date are one
event typed differently), historical incidents apart, and every miss for error analysis
(:mod:`extract.evaluate_report`) The fatalities and injuries of matched core incidents are
compared with the gold's (exact agreement, and which side lacks a number or both differ): no other score
looks at them.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

from extract.evaluate_report import MISSED, SPURIOUS, Counts, IncidentReport, Miss
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


def incident_matches(pred: Incident, gold: dict, *, article_date_given: bool, typed: bool = True) -> bool:
    """Type, place and date all fit (the README's primary criterion); ``typed=False`` leaves out the type."""
    types = gold.get("acceptable_event_types") or [gold["event_type"]]
    return ((pred.event_type in types or not typed) and place_matches(pred, gold)
            and date_matches(pred, gold, article_date_given=article_date_given))


def match(preds: list[Incident], golds: list[dict], *, article_date_given: bool, typed: bool = True) -> dict[int, int]:
    """Maximum one-to-one matching {pred index: gold index}.

    Core golds are matched first (so a borderline gold never takes a core one's prediction), and
    within that, pairs that also agree on the sub-event type are tried first.
    """
    ok = [[incident_matches(p, g, article_date_given=article_date_given, typed=typed) for g in golds] for p in preds]
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


#: A missed gold whose nearest prediction fails no criterion: that prediction was matched to another
#: gold incident (one-to-one), so the report's events there were told as fewer incidents than the gold.
TAKEN = "taken by another gold incident"


def _why_missed(preds: list[Incident], gold: dict, *, article_date_given: bool) -> str:
    """The prediction closest to matching ``gold``, with the criteria it fails (:data:`TAKEN` when none)."""
    def failed(p: Incident) -> list[str]:
        types = gold.get("acceptable_event_types") or [gold["event_type"]]
        return [name for name, ok in (("type", p.event_type in types), ("place", place_matches(p, gold)),
                                      ("date", date_matches(p, gold, article_date_given=article_date_given)))
                if not ok]

    if not preds:
        return "| no prediction"
    best = min(preds, key=lambda p: len(failed(p)))
    wrong = f"{', '.join(failed(best))} wrong" if failed(best) else TAKEN
    return (f"| nearest {best.sub_event_type} @ {best.location} ({best.admin1 or best.country}, "
            f"geo {best.geo_precision}) {best.event_date}: {wrong} «{best.trigger}»")


def _place_text(pred: Incident) -> str:
    return pred.location or pred.admin1 or pred.country or "?"


def _gold_miss(article: str, g: dict, kind: str, note: str = "") -> Miss:
    when = g.get("date_inferred") or g.get("date") or "?"
    where = f"{g.get('location') or '?'} ({g.get('governorate') or g.get('country')}, geo {g.get('geo_precision')})"
    return Miss(article, kind, g["event_type"], g["sub_event_type"], where,
                when + (" historical" if g.get("historical") else ""), g.get("evidence") or "",
                f"[{g['incident_id']}]" + (f" {note}" if note else ""))


def _pred_miss(article: str, p: Incident, kind: str = "spurious", note: str = "") -> Miss:
    when = (p.event_date.isoformat() if p.event_date else "?") + (" historical" if p.historical else "")
    return Miss(article, kind, p.event_type, p.sub_event_type, _place_text(p), when, p.evidence,
                f"«{p.trigger}»" + (f" {note}" if note else ""))


def score_article(report: IncidentReport, gold: dict, text: str, preds: list[Incident], *,
                  article_date_given: bool) -> dict[str, Incident]:
    """Add one article's scores to ``report``; returns the predictions matched to gold ids."""
    golds = gold.get("incidents", [])
    article, language = gold["id"], gold.get("language") or "?"
    pairs = match(preds, golds, article_date_given=article_date_given)
    excluded = _excluded_spans(text, gold)
    matched: dict[str, Incident] = {}
    tp = fp = 0
    by_lang = report.by_language.setdefault(language, Counts())
    for p, pred in enumerate(preds):
        if p in pairs:
            g = golds[pairs[p]]
            matched[g["incident_id"]] = pred
            if g.get("tier") != "core":
                report.borderline_predicted += 1
                continue
            tp += 1
            _score_casualties(report, g, pred)
            report.by_type.setdefault(g["event_type"], Counts()).tp += 1
            report.confusion[g["event_type"], pred.event_type] += 1
            if pred.sub_event_type in (g.get("acceptable_sub_event_types") or [g["sub_event_type"]]):
                report.subtype_correct += 1
            else:
                report.subtype_misses.append(f"{g['incident_id']}: {pred.sub_event_type} "
                                             f"(gold {g['sub_event_type']})")
            if g.get("historical"):
                report.historical_tp += 1
                report.historical_flagged += pred.historical
            else:
                report.current_flagged_historical += pred.historical
            continue
        fp += 1
        report.false_positives.append(f"{article}: {pred.sub_event_type} @ {pred.location} "
                                      f"{pred.event_date} «{pred.trigger}»")
        if not golds or any(a < pred.evidence_end and pred.evidence_start < b for a, b in excluded):
            report.policy_talk += 1
        report.by_type.setdefault(pred.event_type, Counts()).fp += 1
    core = [i for i, g in enumerate(golds) if g.get("tier") == "core"]
    missed = [i for i in core if i not in pairs.values()]
    for i in missed:
        report.by_type.setdefault(golds[i]["event_type"], Counts()).fn += 1
    # The type confusion: a missed gold and a spurious prediction that agree on place and date.
    spurious = [p for p in range(len(preds)) if p not in pairs]
    retyped = match([preds[p] for p in spurious], [golds[i] for i in missed],
                    article_date_given=article_date_given, typed=False)
    for k, j in retyped.items():
        g, pred = golds[missed[j]], preds[spurious[k]]
        report.confusion[g["event_type"], pred.event_type] += 1
        report.errors.append(_gold_miss(article, g, "missed", f"typed {pred.event_type} / {pred.sub_event_type}"))
    for j, i in enumerate(missed):
        if j not in retyped.values():
            report.confusion[golds[i]["event_type"], MISSED] += 1
            report.errors.append(_gold_miss(article, golds[i], "missed", _why_missed(
                preds, golds[i], article_date_given=article_date_given)))
    for k, p in enumerate(spurious):
        if pairs.get(p) is None and k not in retyped:
            report.confusion[SPURIOUS, preds[p].event_type] += 1
            report.errors.append(_pred_miss(article, preds[p]))
        elif k in retyped:
            report.errors.append(_pred_miss(article, preds[p], note="(type)"))
    untyped = match(preds, golds, article_date_given=article_date_given, typed=False)
    u_tp = sum(golds[g].get("tier") == "core" for g in untyped.values())
    report.untyped.add(Counts(u_tp, len(preds) - len(untyped), len(core) - u_tp))
    fn = len(missed)
    report.historical_total += sum(bool(golds[i].get("historical")) for i in core)
    report.tp, report.fp, report.fn = report.tp + tp, report.fp + fp, report.fn + fn
    by_lang.add(Counts(tp, fp, fn))
    report.per_article.append((article, tp, fp, fn))
    return matched


def _score_casualties(report: IncidentReport, gold: dict, pred: Incident) -> None:
    """Add a matched core pair's fatalities and injuries to the report's agreement counts."""
    wrong = []
    for name, agreement, value in (("fatalities", report.fatalities, pred.fatalities),
                                   ("injuries", report.injuries, pred.injuries)):
        agreement.add(gold.get(name), value)
        if gold.get(name) != value:
            wrong.append(f"{name} {value} (gold {gold.get(name)})")
    if wrong:
        report.casualty_misses.append(f"{gold['incident_id']}: {', '.join(wrong)} «{pred.trigger}»")


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


def evaluate_dir(gold_dir: Path, *, gazetteer=None, report: IncidentReport | None = None) -> IncidentReport:
    """Parse every gold article (texts beside or above ``gold_dir``) and score the incidents."""
    return evaluate_dirs([gold_dir], gazetteer=gazetteer, report=report)


def evaluate_dirs(gold_dirs: list[Path], *, gazetteer=None, report: IncidentReport | None = None) -> IncidentReport:
    """Score several gold directories into one report (per language and per type inside it)."""
    from extract.pipeline import parse_article

    try:
        from extract.dedup import same_event
    except ImportError:  # dedup is optional for scoring
        same_event = None
    report = report or IncidentReport()
    report.dedup_available = same_event is not None
    matched_by_gold: dict[str, Incident] = {}
    clusters: list[set[str]] = []
    for gold_dir in gold_dirs:
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
            matched_by_gold |= score_article(report, gold, text, list(parsed.incidents), article_date_given=given)
            for link in gold.get("same_event_as", []):
                if link.get("relation") == "same":
                    members = {link["incident_id"], *link["same_as"]}
                    if not any(members <= c for c in clusters):
                        clusters = [c for c in clusters if not c <= members] + [members]
    report.clusters += len(clusters)
    for members in clusters:
        found = [matched_by_gold[m] for m in sorted(members) if m in matched_by_gold]
        if len(found) == len(members):
            report.clusters_found += 1
            if same_event is not None and all(same_event(a, b) for a in found for b in found if a is not b):
                report.clusters_merged += 1
    return report
