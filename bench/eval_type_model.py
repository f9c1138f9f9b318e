"""Does the event-type model help the rules? Grouped cross-validation by report over the dev sets.

Usage: ``python bench/eval_type_model.py [--folds 5] [--thresholds 0.6,0.7,0.8,0.9]``

Every dev report (``train/type_model.gold_dirs``) is parsed once by the rules. The reports trained on
(all but the halved sets' check halves) are cut into folds by a sha1 of the report id; for each fold a
model is trained (``train/type_model.fit``) on the gold incidents of the other folds only, so no
report is ever scored by a model that saw it. The model may act on an incident only where it
disagrees with the rules' type with a probability of at least the threshold; it then replaces the
event type (and the sub-event type by the one the training data gives that type most often).
Printed for each threshold: the incident scores (``extract.evaluate``, core tier), the type accuracy
on incidents matched to a gold one by place and date, and how many types the model changed (right /
wrong by the gold's acceptable types). The check halves are scored last by a model trained on every
fold: a held-out figure no rule was tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.evaluate import _day, _text_for, match, score_article  # noqa: E402
from extract.evaluate_report import IncidentReport  # noqa: E402
from extract.model import Article, Incident  # noqa: E402
from extract.pipeline import parse_article  # noqa: E402
from train.type_model import evidence_text, fit, gold_dirs, held_out  # noqa: E402
from train.type_scorer import model_from_dict  # noqa: E402


@dataclass
class Report:
    set_name: str
    gold: dict
    text: str
    given: bool
    preds: list[Incident]

    @property
    def id(self) -> str:
        return self.gold["id"]


def parsed_reports() -> list[Report]:
    """Every dev report with its gold and the rules' incidents."""
    out = []
    for d in gold_dirs():
        for path in sorted(d.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = _text_for(d, gold["id"])
            if text is None:
                continue
            inferred = gold.get("article_date_inferred")
            given = gold.get("article_date_inferred_precision") == "day" and bool(inferred)
            when = _day(inferred) if given else _day(gold.get("article_date"))
            parsed = parse_article(Article(text=text, id=gold["id"], source=gold["id"]), None, article_date=when)
            out.append(Report(d.parent.name, gold, text, given, list(parsed.incidents)))
    return out


def fold(report_id: str, folds: int) -> int:
    return int(hashlib.sha1(report_id.encode("utf-8")).hexdigest()[:8], 16) % folds


def train_on(reports: list[Report]) -> tuple[object, dict[str, str]]:
    """A model trained on the reports' gold incidents, and each type's most frequent sub-event type."""
    rows, subs = [], Counter()
    for r in reports:
        for g in r.gold.get("incidents", []):
            if text := evidence_text(g):
                rows.append((text, g["event_type"]))
                subs[g["event_type"], g["sub_event_type"]] += 1
    common = {}
    for (kind, sub), _ in sorted(subs.items(), key=lambda kv: (-kv[1], kv[0])):
        common.setdefault(kind, sub)
    return model_from_dict(fit(rows)), common


#: The rules' known confusions (README, issue 8): with ``--pairs`` the model may only move a type inside one of them.
PAIRS = frozenset({frozenset({"Protests", "Riots"}), frozenset({"Strategic developments", "Battles"}),
                   frozenset({"Violence against civilians", "Battles"})})


def retype(model, common: dict[str, str], preds: list[Incident], threshold: float, *,
           pairs: frozenset | None = None) -> list[Incident]:
    """The rules' incidents, the model's type where it disagrees with probability >= threshold
    (and, given ``pairs``, the two types are one of them)."""
    out = []
    for p in preds:
        best, prob = model.predict(p.evidence)
        if best != p.event_type and prob >= threshold and (pairs is None or frozenset({best, p.event_type}) in pairs):
            p = replace(p, event_type=best, sub_event_type=common.get(best, p.sub_event_type))
        out.append(p)
    return out


def scores(reports: list[Report], predsets: list[list[Incident]]) -> tuple[IncidentReport, int, int]:
    """The incident report, and right types / incidents matched by place and date."""
    report, right, matched = IncidentReport(), 0, 0
    for r, preds in zip(reports, predsets, strict=True):
        score_article(report, r.gold, r.text, preds, article_date_given=r.given)
        golds = r.gold.get("incidents", [])
        for p, g in match(preds, golds, article_date_given=r.given, typed=False).items():
            matched += 1
            right += preds[p].event_type in (golds[g].get("acceptable_event_types") or [golds[g]["event_type"]])
    return report, right, matched


def changes(reports: list[Report], before: list[list[Incident]], after: list[list[Incident]]) -> str:
    """How many types the model changed, judged by the matched gold incident (else 'unmatched')."""
    right = wrong = unmatched = 0
    for r, old, new in zip(reports, before, after, strict=True):
        golds = r.gold.get("incidents", [])
        pairs = match(old, golds, article_date_given=r.given, typed=False)
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a.event_type == b.event_type:
                continue
            if i not in pairs:
                unmatched += 1
                continue
            ok = golds[pairs[i]].get("acceptable_event_types") or [golds[pairs[i]]["event_type"]]
            right += b.event_type in ok and a.event_type not in ok
            wrong += a.event_type in ok and b.event_type not in ok
    return f"changed to right {right}, to wrong {wrong}, on unmatched incidents {unmatched}"


def line(label: str, result: tuple[IncidentReport, int, int]) -> str:
    report, right, matched = result
    return f"  {label:22} {report.counts.line()}  type right {right}/{matched} = {right / max(matched, 1):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.6,0.7,0.8,0.9")
    parser.add_argument("--pairs", action="store_true", help="let the model act only inside the known confusion pairs")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    pairs = PAIRS if args.pairs else None
    reports = parsed_reports()
    pool = [r for r in reports if not held_out(r.set_name, r.id)]
    check = [r for r in reports if held_out(r.set_name, r.id)]
    order, models = [], []
    for k in range(args.folds):
        test = [r for r in pool if fold(r.id, args.folds) == k]
        model = train_on([r for r in pool if fold(r.id, args.folds) != k])
        order += test
        models += [model] * len(test)
    # The model alone on the gold evidence of unseen reports.
    alone = Counter()
    for r, (model, _) in zip(order, models, strict=True):
        for g in r.gold.get("incidents", []):
            if text := evidence_text(g):
                alone[model.predict(text)[0] in (g.get("acceptable_event_types") or [g["event_type"]])] += 1
    print(f"cross-validation, {args.folds} folds by report, {len(order)} reports")
    print(f"  model alone on gold evidence: {alone[True]}/{sum(alone.values())} = {alone[True] / sum(alone.values()):.3f}")
    base = [r.preds for r in order]
    print(line("rules", scores(order, base)))
    for t in thresholds:
        new = [retype(m, common, r.preds, t, pairs=pairs) for r, (m, common) in zip(order, models, strict=True)]
        print(line(f"rules + model p>={t}", scores(order, new)) + f"  ({changes(order, base, new)})")
    model, common = train_on(pool)
    print(f"check halves of {', '.join(sorted({r.set_name for r in check}))} ({len(check)} reports), "
          "model trained on every fold")
    base = [r.preds for r in check]
    print(line("rules", scores(check, base)))
    for t in thresholds:
        new = [retype(model, common, r.preds, t, pairs=pairs) for r in check]
        print(line(f"rules + model p>={t}", scores(check, new)) + f"  ({changes(check, base, new)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
