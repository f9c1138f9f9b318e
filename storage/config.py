"""Where the data lives: the data directory and the database URL, from the environment.

``IIM_DATA_DIR`` sets the data directory (default ``<project>/data/``); ``DATABASE_URL`` selects
the database (default: an SQLite file in the data directory).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """The directory for local data (the SQLite file, exports), created on demand.

    Examples
    --------
    >>> data_dir().is_dir()
    True
    """
    configured = os.environ.get("IIM_DATA_DIR", "").strip()
    path = Path(configured).expanduser() if configured else PROJECT_ROOT / "data"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """The SQLAlchemy URL of the database: ``DATABASE_URL`` or the embedded SQLite default.

    Examples
    --------
    >>> import os
    >>> url = database_url()
    >>> url == os.environ["DATABASE_URL"] if "DATABASE_URL" in os.environ else url.startswith("sqlite:///")
    True
    """
    configured = os.environ.get("DATABASE_URL", "").strip()
    if configured:
        return configured
    return f"sqlite:///{data_dir() / 'incidents.sqlite3'}"
