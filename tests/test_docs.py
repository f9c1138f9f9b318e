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


def _readme_commands() -> list[str]:
    """Every ``python -m extract ...`` command of the README's shell blocks and systemd units."""
    blocks = re.findall(r"```(?:bash|ini)\n(.*?)```", README, re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line.split("-m extract ", 1)[1] for line in lines if "-m extract " in line]


def test_the_readme_shows_the_dashboard_and_the_watcher_together() -> None:
    assert "streamlit run app.py &\n.venv/bin/python -m extract watch feeds.yaml" in README
    units = re.findall(r"```ini\n# /etc/systemd/system/(\S+)\n(.*?)```", README, re.S)
    execs = {name: re.search(r"^ExecStart=(.+)$", body, re.M).group(1) for name, body in units}
    assert execs["iim-watch.service"].endswith("/.venv/bin/python -m extract watch feeds.yaml")
    assert execs["iim-dashboard.service"].split()[-4:-2] == ["run", "app.py"]


@pytest.mark.parametrize("command", _readme_commands())
def test_every_readme_command_line_parses(command: str) -> None:
    """Options and sub-commands as the README writes them exist (a renamed option fails here)."""
    import shlex

    from extract.cli import build_parser

    try:
        build_parser().parse_args(shlex.split(command))
    except SystemExit as exit_:
        pytest.fail(f"python -m extract {command}: exit {exit_.code}")
