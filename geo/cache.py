"""The shipped gazetteer with its name index, loaded from a pickle when nothing it is built from changed.

Loading and validating the gazetteer (CSV, polygons, NumPy/Shapely checks) and building the matcher's
index cost about 0.4 s CPU at every start of ``python -m extract parse``; unpickling the result costs
about 0.08 s. The pickle is keyed on a SHA-256 of everything the result depends on: every file under
``geo/`` (the code and ``geo/data/``), the Python version and the pyahocorasick library file. A changed
file gives a new key, so the old pickle is simply not used (and is removed when the new one is
written). It lives in ``IIM_CACHE_DIR`` if set, else ``<IIM_DATA_DIR or data/>/cache/``; when that
directory cannot be written the gazetteer is built every time, as before.

The pickle is only ever read from that local directory, which only this project writes (anyone able
to write there could also change the database next to it).

:func:`cached_pickle` and :func:`files_digest` are the same mechanism for any other derived data (the
extraction lexicons use them: :mod:`extract.lexicon_cache`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

GEO_DIR = Path(__file__).resolve().parent
_PREFIX = "gazetteer-"
T = TypeVar("T")


def cache_dir() -> Path:
    """Where the pickles are kept (not created here)."""
    configured = os.environ.get("IIM_CACHE_DIR", "").strip()
    if configured:
        return Path(configured).expanduser()
    data = os.environ.get("IIM_DATA_DIR", "").strip()
    return (Path(data).expanduser() if data else GEO_DIR.parent / "data") / "cache"


def files_digest(digest: hashlib._Hash, root: Path, paths: Iterable[Path]) -> None:
    """Feed ``digest`` the name (relative to ``root``) and content of each of ``paths``, sorted."""
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def fingerprint() -> str:
    """SHA-256 of what the built gazetteer and index depend on (see the module docstring)."""
    import ahocorasick  # the index's automaton; its library file stands for its version

    # (importlib.metadata's version() would cost 0.06 s of imports at every start)
    library = Path(ahocorasick.__file__).stat()
    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{library.st_size}|{library.st_mtime_ns}|{pickle.HIGHEST_PROTOCOL}".encode())
    files_digest(digest, GEO_DIR, (p for p in GEO_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts))
    return digest.hexdigest()


def cached_pickle(prefix: str, key: str, build: Callable[[], T], directory: Path | None = None) -> T:
    """``build()``'s result, read from ``<directory>/<prefix><key>.pickle`` when that file exists, else
    built and written there (older ``<prefix>*.pickle`` files removed). A broken file is rebuilt and
    overwritten; an unwritable directory means building every time. ``key`` must change whenever
    anything the result depends on changes."""
    directory = cache_dir() if directory is None else directory
    target = directory / f"{prefix}{key[:32]}.pickle"
    try:
        with target.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file: rebuild and overwrite it
        pass
    built = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        partial.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(target)  # atomic: a concurrent reader never sees half a file
        for old in directory.glob(f"{prefix}*.pickle"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only place: built every time
    return built


def _build() -> Gazetteer:
    from geo.index import get_index
    from geo.loader import load_gazetteer

    gazetteer = load_gazetteer()
    get_index(gazetteer)
    return gazetteer


def load_or_build(directory: Path | None = None) -> Gazetteer:
    """The shipped gazetteer with its index built: from the pickle when it is current, else built
    (and the pickle written for next time)."""
    return cached_pickle(_PREFIX, fingerprint(), _build, directory)


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (validated when built) with its name index, once per process.

    Examples
    --------
    >>> g = default_gazetteer()
    >>> g.get("iq.gov.kirkuk").admin1, default_gazetteer() is g
    ('Kirkuk', True)
    """
    return load_or_build()
