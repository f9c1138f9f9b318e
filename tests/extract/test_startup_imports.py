"""A ``parse`` loads nothing it does not need (issue 11: start-up): NumPy, Shapely, PyYAML, pandas and
SQLAlchemy stay out, also for a report of an event abroad (its country read from the text: the
gazetteer loader's NumPy and Shapely, 0.17 s, and the rules' YAML, 0.03 s, came with it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "shapely", "yaml", "pandas", "sqlalchemy", "streamlit")

CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from extract.cli import main
main(["parse", sys.argv[2], "--json"])
sys.stderr.write(json.dumps({"heavy": [m for m in sys.argv[3:] if m in sys.modules]}))
"""


@pytest.mark.parametrize("text", [
    "قصفت طائرة مسيرة سيارة في بلدة صرين السورية، ما أسفر عن مقتل شخصين.",
    "A drone strike killed two people in the village of Sarrin, Syria, on Monday.",
])
def test_a_parse_loads_no_heavy_library(tmp_path: Path, text: str) -> None:
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(article), *HEAVY], capture_output=True,
                          text=True, env={**os.environ, "IIM_CACHE_DIR": str(ROOT / "data" / "cache")}, check=True)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["heavy"] == []
