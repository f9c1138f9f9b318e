"""Print, per devset2 article, the gold incidents next to the extractor's (a dev tool, not a test).

Usage: ``PYTHONPATH=. .venv/bin/python tests/golden/devset2/diag_devset2.py [id ...]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.evaluate import _day, match
from extract.model import Article
from extract.pipeline import parse_article

GOLD = Path(__file__).resolve().parent / "gold"


def show(path: Path) -> None:
    g = json.loads(path.read_text(encoding="utf-8"))
    text = (GOLD.parent / f"{g['id']}.txt").read_text(encoding="utf-8")
    parsed = parse_article(Article(text=text, id=g["id"], source=g["id"]), None,
                           article_date=_day(g["article_date_inferred"]))
    preds, golds = list(parsed.incidents), g["incidents"]
    pairs = match(preds, golds, article_date_given=True)
    by_gold = {v: k for k, v in pairs.items()}
    print(f"=== {g['id']} ({g['article_date']})")
    for j, x in enumerate(golds):
        hit = f"P{by_gold[j]}" if j in by_gold else "MISSED"
        print(f"  G {x['incident_id']} {x['tier']}{' hist' if x['historical'] else ''} {x['sub_event_type']}"
              f" @ {x['location']} {x['date']} fat={x['fatalities']} -> {hit}")
    for i, p in enumerate(preds):
        tag = f"=G{pairs[i] + 1}" if i in pairs else "FP"
        print(f"  P{i} {tag} {p.sub_event_type} @ {p.location} ({p.admin1}) {p.event_date} fat={p.fatalities}"
              f" «{p.trigger}» | {text[p.evidence_start:p.evidence_end][:140]}")


if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    for gold_path in sorted(GOLD.glob("*.json")):
        if not wanted or gold_path.stem in wanted:
            show(gold_path)
