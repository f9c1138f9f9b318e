"""Build the second independent dev set (devset2)'s texts and gold from the hand-written sources (a dev tool).

The annotation lives in ``tests/golden/devset2/src/``: ``places.yaml`` (the places the dev-set
articles name, with hand-written canonical names, types, governorates and GeoNames-like points)
and ``articles_*.yaml`` (each article's text and the annotator's decisions). The mechanical part
(finding offsets, widening evidence to its sentence, copying canonical fields) reuses ``build``
from ``tests/golden/annotate.py``; this script only points it at the dev-set sources and writes

* ``tests/golden/devset2/<id>.txt`` and
* ``tests/golden/devset2/gold/<id>.json`` (gold in the seed format, see the seeds' README).

Usage: ``python tests/golden/devset2/annotate_devset2.py`` to write, ``--check`` to compare only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
NOTE = ("stated by the dateline of this project-written article (dev set: invented events, "
        "realistic Iraqi news style; see tests/golden/devset2/README.md)")


def _annotate_module():
    spec = importlib.util.spec_from_file_location("golden_annotate", HERE.parent / "annotate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all() -> dict[Path, str]:
    """Every output file's path and content, built in memory."""
    build = _annotate_module().build
    places = yaml.safe_load((SRC / "places.yaml").read_text(encoding="utf-8"))
    articles = [a for f in sorted(SRC.glob("articles_*.yaml"))
                for a in yaml.safe_load(f.read_text(encoding="utf-8"))]
    out: dict[Path, str] = {}
    for a in articles:
        row, gold = build(a, places)
        gold["article_date_note"] = NOTE
        gold["devset"] = True
        out[HERE / f"{a['id']}.txt"] = row["text"]
        out[HERE / "gold" / f"{a['id']}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    return out


def main(argv: list[str]) -> int:
    out = build_all()
    if "--check" in argv:
        stale = [p for p, s in out.items() if not p.exists() or p.read_text(encoding="utf-8") != s]
        print("\n".join(str(p) for p in stale) or "up to date")
        return 1 if stale else 0
    for path, content in out.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    print(f"wrote {len(out)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
