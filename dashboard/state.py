"""Streamlit glue shared by app.py and the pages: start-up, cached resources and queries, interface
labels in English and Arabic, the map. The sidebar filters are in :mod:`dashboard.filters`, safe
HTML and tables in :mod:`dashboard.render`, ingest/review/gazetteer helpers in :mod:`dashboard.edit`.

The engine and gazetteer are loaded once per process (``st.cache_resource``); every query goes
through :func:`cached_query`, cached on the database URL, its arguments and ``data_version`` (read once per run) — any ingest or
correction changes the version, so pages show new data at once. Pages ask only for what they
show: the map for a few columns (or counts per grid cell when there are many incidents), the
table for its newest rows, the overview for aggregates.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.basemap import offline_assets
from dashboard.labels import LANG_PARAM, lang
from storage import queries
from storage.config import database_url
from storage.queries import Filters

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # static/ is served from the project root (Streamlit static serving)
VENDOR_DIR = ROOT / "static" / "vendor"
SEED_ERRORS: dict[str, str] = {}


# ---------------------------------------------------------------- start-up (edge effects)
def install_assets(target: Path = VENDOR_DIR) -> int:
    """Copy Leaflet/jQuery/MarkerCluster from the installed xstatic packages to ``static/vendor``.

    Idempotent: a file already there with the same size is left alone. Returns files copied.
    """
    copied = 0
    for relative, source in offline_assets().items():
        dest = target / relative
        if dest.is_file() and dest.stat().st_size == source.stat().st_size:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(f".{dest.name}.{os.getpid()}.part")
        shutil.copyfile(source, partial)
        partial.replace(dest)  # atomic: a concurrent request never gets half a file
        copied += 1
    return copied


@st.cache_resource(show_spinner=False)
def gazetteer():
    """The default gazetteer, loaded once per process."""
    from geo.loader import default_gazetteer

    return default_gazetteer()


@st.cache_resource(show_spinner=False)
def _engine(url: str):
    from storage.store import ensure_seeded, get_engine

    engine = get_engine(url)
    try:
        ensure_seeded(engine, gazetteer())
    except Exception as exc:  # the app stays usable (empty) if the sample corpus cannot be read
        SEED_ERRORS[url] = repr(exc)
    return engine


def engine():
    """The database engine for ``DATABASE_URL`` / ``IIM_DATA_DIR``, seeded on first start."""
    return _engine(database_url())


def version() -> str:
    """Changes whenever the data changes; part of every query cache key.

    Read once per script run (app.py calls :func:`refresh_version` first), so one page render
    does not count the tables several times; an ingest or a correction is seen on the next run.
    """
    return st.session_state.get("_data_version") or refresh_version()


def refresh_version() -> str:
    """Read the data version from the database for this run."""
    st.session_state["_data_version"] = queries.data_version(engine())
    return st.session_state["_data_version"]


@st.cache_resource(show_spinner=False)
def basemap_frames():
    """Governorate and neighbour polygons, simplified once for drawing."""
    from geo.governorates import governorates_frame, neighbours_frame

    govs, neighbours = governorates_frame().copy(), neighbours_frame().copy()
    govs["geometry"] = govs.geometry.simplify(0.01, preserve_topology=True)
    neighbours["geometry"] = neighbours.geometry.simplify(0.03, preserve_topology=True)
    return govs, neighbours


@st.cache_resource(show_spinner=False)
def settle() -> bool:
    """Once per process, after start-up: load what every page needs for good (gazetteer, borders,
    the map's libraries), then move every object alive to the garbage collector's permanent
    generation (``gc.freeze``).

    Streamlit runs a full garbage collection after every script run (``runner.postScriptGC``): with
    the gazetteer and the borders loaded it walked some 200,000 long-lived objects each time, about
    0.08 s of CPU per page load, more than the rest of a cached page. Frozen objects are skipped by
    every later collection; objects made afterwards (sessions, query results) are still collected,
    so memory still comes back when sessions close.
    """
    import gc

    import dashboard.mapview  # noqa: F401  (folium, branca, jinja2: imported for good)

    gazetteer()
    basemap_frames()
    gc.collect()
    gc.freeze()
    return True


# ---------------------------------------------------------------- cached queries
def cached_query(func=None, *, resource: bool = False, max_entries: int = 32, with_engine: bool = True):
    """Cache ``func(engine, *args, **kwargs)`` per database URL and :func:`version`; the cached callable
    takes ``(*args, **kwargs)`` without the engine. Arguments must be hashable (``Filters`` is).

    ``resource=True`` caches with ``st.cache_resource``: a 100,000-row frame would otherwise be pickled
    on store and unpickled on every read (~0.7 s). Such a result is shared between sessions: nobody
    may mutate it. ``with_engine=False`` caches ``func(*args, **kwargs)`` the same way: something
    drawn from the data (a map's payload) that must be made again whenever the data change.
    The cache is the process's: every session asking with the same arguments gets the same answer.
    """
    def decorate(query):
        cache = st.cache_resource if resource else st.cache_data

        @functools.wraps(query)  # the cache key holds the wrapped function's name and source
        def keyed(url: str, ver: str, *args, **kwargs):
            return query(engine(), *args, **kwargs) if with_engine else query(*args, **kwargs)

        stored = cache(show_spinner=False, max_entries=max_entries)(keyed)

        @functools.wraps(query)
        def call(*args, **kwargs):
            return stored(database_url(), version(), *args, **kwargs)

        call.clear = stored.clear
        return call

    return decorate(func) if func is not None else decorate


def _sample_counts(engine) -> dict[str, int]:
    from storage.sample import sample_counts

    return sample_counts(engine)


_incidents = cached_query(queries.query_incidents, resource=True, max_entries=16)
#: How many incidents match the filters.
count = cached_query(queries.count_incidents)
#: Values each sidebar filter can take.
options = cached_query(queries.filter_options, max_entries=8)
#: Incidents, fatalities, governorates affected and their change vs the previous window.
headline = cached_query(queries.summary_figures)
#: Newest event date and newest ingest time (see :func:`storage.queries.freshness`).
freshness = cached_query(queries.freshness, max_entries=4)
#: Newest event date matching the filters without their dates.
latest_event_date = cached_query(queries.latest_event_date)
#: The incidents of the most recently ingested reports.
latest_reports = cached_query(queries.latest_reports, max_entries=4)
#: How many stored articles are from the sample corpus and how many are not.
sample_counts = cached_query(_sample_counts, max_entries=4)
#: One incident with all its sources and corrections.
detail = cached_query(queries.incident_detail, max_entries=64)
#: How the reports wrote the places of incidents (ids as a sorted tuple).
surfaces = cached_query(queries.place_surfaces, max_entries=64)
#: Every place the reports of incidents named, with its place id (ids as a sorted tuple).
reported_places = cached_query(queries.report_places, max_entries=64)


def incidents(filters: Filters, *, columns: Sequence[str] | None = None, limit: int | None = None) -> pd.DataFrame:
    """The filtered incidents, newest first (cached until the data changes). Do not mutate the result.

    ``columns`` and ``limit`` as in :func:`storage.queries.query_incidents`: ask only for what is shown.
    """
    return _incidents(filters, columns=tuple(columns) if columns else None, limit=limit)


def timeline_rows(filters: Filters, freq: str) -> pd.DataFrame:
    """Incidents and fatalities per period ("D" or "W") and event type: columns date, event_type,
    incidents, fatalities (cached until the data changes). Do not mutate the result."""
    return _timeline(filters, freq, by="event_type")


_timeline = cached_query(queries.timeline)


def export_later(filters: Filters, fmt: str):
    """A callable for ``st.download_button(data=...)``: the file is made only when the user clicks
    (on another thread, without Streamlit), so a filter change never pays for a 100,000-row CSV."""
    from storage import export

    db = engine()

    def make() -> bytes:
        if fmt == "csv":  # streamed from the database: only the file's bytes are held, not a frame
            with tempfile.TemporaryFile() as spool:
                export.stream_csv(db, filters, spool)
                spool.seek(0)
                return spool.read()
        return export.to_geojson_bytes(queries.query_incidents(db, filters))

    return make


def export_name(filters: Filters, fmt: str) -> str:
    from storage import export

    return export.export_filename(filters, fmt, date.today())


def page_link_params(incident_id: int) -> dict[str, str]:
    """Links to one incident: on the map (fitted to it, its popup open) and in the table (its detail)."""
    from urllib.parse import urlencode

    params = {"incident": int(incident_id), **({LANG_PARAM: "ar"} if lang() == "ar" else {})}
    return {"map": f"map?{urlencode(params)}", "table": f"incidents?{urlencode(params)}"}
