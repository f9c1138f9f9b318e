"""Passes of ``parse_article`` over the real reports, for instruction counts that the load cannot move.

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.1 .venv/bin/python bench/steady_pass.py 1
    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.2 .venv/bin/python bench/steady_pass.py 2

The second count minus the first is one steady pass (start-up, gazetteer and first compilations
cancel out) over the texts of ``tests/golden/real/*/`` that ``bench_real.py`` repeats. Run it in two
worktrees (``git worktree add --detach DIR COMMIT``) to compare two commits.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_real import real_texts
from extract.model import Article
from extract.pipeline import parse_article
from geo.cache import default_gazetteer


def main(passes: int) -> None:
    gazetteer = default_gazetteer()
    articles = [Article(id=name, text=text) for name, text in real_texts()]
    for _ in range(passes):
        for article in articles:
            parse_article(article, gazetteer)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
