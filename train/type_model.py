"""Train the event-type model (``train/data/type_model.json``) from the dev sets' gold incidents.

Usage: ``python train/type_model.py [--check]`` (``--check``: retrain and compare with the shipped
file, exit 1 when they differ; the file is rewritten otherwise).

Training data: every gold incident of ``tests/golden/real/*/gold`` and ``tests/golden/devset*/gold``
(its ``evidence`` and ``evidence_more`` joined, labelled with its ``event_type``), except the check
halves of the halved sets (``bench/eval_halves.HALVED_SETS``), which stay held out. Never the sealed
sets, never the seeds. Features: ``train.type_scorer.features``, binary, kept when at least
``MIN_DF`` incidents have them. Model: scikit-learn's multinomial logistic regression (L2, ``C``),
whose lbfgs solver has no randomness; weights are rounded to ``DIGITS`` decimals, and the file is
written with sorted keys, so a rerun gives the same bytes. scikit-learn is a development requirement
only (requirements-dev.txt): ``train.type_scorer`` scores with the file in pure Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

# One BLAS thread: the same sums in the same order on every machine.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_halves import HALVED_SETS, half  # noqa: E402
from train.type_scorer import MODEL_PATH, features  # noqa: E402

C = 1.0
MIN_DF = 2
DIGITS = 3
#: A feature whose every weight is below this (in absolute value) is left out of the file: 4,600 of 17,000
#: features stay (a file of 270 KB, not 1 MB), and the training reports' predicted types change for 11 of 387.
MIN_WEIGHT = 0.03
SKLEARN = "1.9.1"


def gold_dirs(root: Path = ROOT) -> list[Path]:
    """The dev sets' gold folders (real reports and the project-written dev sets), sorted."""
    golden = root / "tests" / "golden"
    return sorted(d for d in [*golden.glob("real/*/gold"), *golden.glob("devset*/gold")] if d.is_dir())


def held_out(set_name: str, report_id: str) -> bool:
    """Whether a report is in the check half of a halved set (never trained on)."""
    return set_name in HALVED_SETS and half(report_id, HALVED_SETS[set_name]) == "check"


def evidence_text(incident: dict) -> str:
    """The evidence of a gold incident: its ``evidence`` and ``evidence_more`` joined."""
    return " ".join([incident.get("evidence") or "", *(incident.get("evidence_more") or [])]).strip()


def examples(dirs: list[Path] | None = None) -> list[tuple[str, str, str]]:
    """``(report id, evidence, event type)`` of every gold incident trained on, in file order."""
    out = []
    for d in dirs if dirs is not None else gold_dirs():
        for path in sorted(d.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if held_out(d.parent.name, gold["id"]):
                continue
            for incident in gold.get("incidents", []):
                text = evidence_text(incident)
                if text:
                    out.append((gold["id"], text, incident["event_type"]))
    return out


def rows_digest(rows: list[tuple[str, str]]) -> str:
    """SHA-256 of the training rows: the file says which gold it was trained on (a later gold change shows)."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def fit(rows: list[tuple[str, str]], *, c: float = C, min_df: int = MIN_DF) -> dict:
    """The model file's object from ``(evidence, event type)`` rows."""
    return fit_classifier(rows, c=c, min_df=min_df)[0]


def fit_classifier(rows: list[tuple[str, str]], *, c: float = C, min_df: int = MIN_DF):
    """The model file's object, the fitted ``DictVectorizer`` and ``LogisticRegression`` (for tests that
    compare the pure-Python scorer with scikit-learn's own predictions)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    sets = [set(features(text)) for text, _ in rows]
    df = Counter(f for s in sets for f in s)
    vec = DictVectorizer(sort=True)
    matrix = vec.fit_transform([{f: 1.0 for f in s if df[f] >= min_df} for s in sets])
    matrix.indices = matrix.indices.astype("int32")  # scikit-learn checks for 32-bit sparse indices
    matrix.indptr = matrix.indptr.astype("int32")
    # One BLAS thread even where numpy was imported before this module set the variables (under pytest).
    with threadpool_limits(limits=1):
        clf = LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(matrix, [label for _, label in rows])
    weights = {}
    for name, row in zip(vec.get_feature_names_out(), clf.coef_.T, strict=True):
        rounded = [round(float(v), DIGITS) + 0.0 for v in row]
        if max(abs(v) for v in rounded) >= MIN_WEIGHT:
            weights[str(name)] = rounded
    model = {
        "about": {
            "what": "event type of an evidence sentence: multinomial logistic regression over train.type_scorer.features",
            "trained_by": "python train/type_model.py",
            "training_data": "gold incidents of tests/golden/real/*/gold and tests/golden/devset*/gold, "
                             "check halves of bench/eval_halves.HALVED_SETS left out",
            "examples": len(rows),
            "examples_sha256": rows_digest(rows),
            "C": c,
            "min_df": min_df,
            "scikit_learn": SKLEARN,
        },
        "classes": [str(c) for c in clf.classes_],
        "bias": [round(float(b), DIGITS) + 0.0 for b in clf.intercept_],
        "weights": weights,
    }
    return model, vec, clf


def vectorise(vec, sentences: list[str]):
    """scikit-learn's input for ``sentences`` (binary features, as in training)."""
    return vec.transform([dict.fromkeys(features(s), 1.0) for s in sentences])


def dumps(model: dict) -> str:
    """The file's text: sorted keys, one feature per line (diffs stay readable)."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": {']
    items = sorted(model["weights"].items())
    lines += [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" + ("," if i < len(items) - 1 else "")
              for i, (f, w) in enumerate(items)]
    return "\n".join(lines) + "\n}}\n"


def build() -> str:
    """Train on the dev sets and return the file's text."""
    return dumps(fit([(text, label) for _, text, label in examples()]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = MODEL_PATH.is_file() and MODEL_PATH.read_text(encoding="utf-8") == text
        print(f"{MODEL_PATH.relative_to(ROOT)}: {'reproduced byte for byte' if same else 'DIFFERS from a retrain'}")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
