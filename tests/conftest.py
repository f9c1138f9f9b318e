"""Shared fixtures: where the shared seed set is, and how a missing real part is handled.

Locally, a test that needs a part this machine lacks (the seeds beside the project, a PostgreSQL
server, Debian's Chromium) skips with the reason. In CI (``CI=true``) the same absence fails:
CI installs every part, so a skip there would hide a broken set-up.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Beside the project; a git worktree (``wt/<name>``) one level further down finds them too.
SEEDS = next((d / "shared" / "seeds" for d in ROOT.parents[:2] if (d / "shared" / "seeds").is_dir()),
             ROOT.parent / "shared" / "seeds")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str, *, ci_required: bool = True) -> None:
    """Skip (locally) or fail (in CI) when a needed part is missing."""
    if condition:
        return
    if IN_CI and ci_required:
        pytest.fail(f"missing in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real seed articles; they live beside the project, never inside it.

    The seeds are shared material that a clean clone of the project does not hold, so their
    absence skips even in CI.
    """
    require((SEEDS / "gold").is_dir(), f"seed set not found at {SEEDS}", ci_required=False)
    return SEEDS


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of a real PostgreSQL server for database tests (CI starts one)."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    require(url.startswith("postgresql"), "TEST_DATABASE_URL not set to a PostgreSQL server")
    return url
