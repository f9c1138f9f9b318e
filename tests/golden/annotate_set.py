"""Build an independent dev set's texts and gold from its hand-written sources (a dev tool).

A dev set directory (``tests/golden/devset``, ``tests/golden/devset2``) keeps its annotation in
``src/``: ``places.yaml`` (the places the set's annotator coded) and ``articles_*.yaml`` (each
article's text, date, mentions and incidents, all written by hand). This script fills in the
character offsets with ``build()`` of ``tests/golden/annotate.py`` and writes

* ``<set>/<id>.txt`` and
* ``<set>/gold/<id>.json`` (gold in the seed format, see the seeds' README).

Usage: ``python tests/golden/annotate_set.py tests/golden/devset2`` to write, ``--check`` to compare only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _annotate_module():
    spec = importlib.util.spec_from_file_location("golden_annotate", HERE / "annotate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all(set_dir: Path) -> dict[Path, str]:
    """Every output file's path and content for the dev set in ``set_dir``, built in memory."""
    build = _annotate_module().build
    src = set_dir / "src"
    note = ("stated by the dateline of this project-written article (dev set: invented events, "
            f"realistic Iraqi news style; see tests/golden/{set_dir.name}/README.md)")
    places = yaml.safe_load((src / "places.yaml").read_text(encoding="utf-8"))
    articles = [a for f in sorted(src.glob("articles_*.yaml"))
                for a in yaml.safe_load(f.read_text(encoding="utf-8"))]
    out: dict[Path, str] = {}
    for a in articles:
        row, gold = build(a, places)
        gold["article_date_note"] = a.get("date_note") or note
        gold["devset"] = True
        if a.get("provenance"):
            # Real published reports (tests/golden/real*, tests/golden/sealed*): where the text was
            # found, its original URL, publisher, date and licence travel with the gold.
            gold["provenance"] = a["provenance"]
            gold["real_report"] = True
        out[set_dir / f"{a['id']}.txt"] = row["text"]
        out[set_dir / "gold" / f"{a['id']}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    return out


def main(argv: list[str]) -> int:
    dirs = [Path(a).resolve() for a in argv if not a.startswith("--")]
    if len(dirs) != 1:
        print("usage: annotate_set.py SET_DIR [--check]", file=sys.stderr)
        return 2
    return _annotate_module().write_or_check(build_all(dirs[0]), check="--check" in argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
