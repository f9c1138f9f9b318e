"""The README stays in sync with the code (datasette's habit): every page and every CLI
sub-command it ships is named there, and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py") if not p.name.startswith("_"))


def test_there_are_pages() -> None:
    assert len(PAGES) >= 7


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_named_in_readme(page: str) -> None:
    assert f"pages/{page}" in README


@pytest.mark.parametrize("command", ["parse", "ingest", "watch", "export", "evaluate", "seed"])
def test_every_cli_command_is_documented(command: str) -> None:
    assert re.search(rf"python -m extract {command}\b", README)


def test_ci_runs_the_readme_test_command() -> None:
    test_command = re.search(r"## Test it\s+```bash\n(.+?)\n```", README, re.S).group(1).strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
