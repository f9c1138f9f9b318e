"""Shared fixtures: where the shared seed set is, and how a missing real part is handled.

Locally, a test that needs a part this machine lacks (the seeds beside the project, a PostgreSQL
server, Debian's Chromium) skips with the reason. In CI (``CI=true``) the same absence fails:
CI installs every part, so a skip there would hide a broken set-up.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


@pytest.fixture(autouse=True)
def _keep_main_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put ``__main__`` back after each test. Streamlit's AppTest runs its script as ``__main__`` and
    leaves it there; a later process started with "spawn" (Dask's workers) would run that script
    again, and a script made by ``AppTest.from_function`` fails outside AppTest (the worker dies)."""
    import sys

    monkeypatch.setitem(sys.modules, "__main__", sys.modules["__main__"])


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


@contextmanager
def postgres_schema(base_url: str, prefix: str = "test") -> Iterator[str]:
    """URL of a new, empty PostgreSQL schema (through ``search_path``), dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from storage.store import normalise_url

    base = normalise_url(base_url)
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
