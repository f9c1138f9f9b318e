"""Dashboard benchmark: 100,000 incidents, filter change → page rendered, and the CSV export.

    .venv/bin/python bench/bench_dashboard.py [--n 100000] [--db bench/out/dash.sqlite3]

Builds (or reuses) an SQLite database of synthetic incidents (bench/gen_incidents.py), then
times, per page, an AppTest rerun after a filter change (server time: query + build + render of
the page's elements), the queries and the map builder alone, and ``to_csv_bytes`` of every row.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen_incidents import generate  # noqa: E402
from storage.store import get_engine, incidents  # noqa: E402


def build(db: Path, n: int) -> Engine:
    """The benchmark database: reused when it already holds ``n`` incidents, else written afresh
    with engineer E's generator (bench/gen_incidents.py)."""
    engine = get_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
    if have != n:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        engine = get_engine(f"sqlite:///{db}")
        t0 = time.perf_counter()
        generate(engine, n)
        print(f"wrote {n} incidents in {time.perf_counter() - t0:.1f} s")
    return engine


#: Filter changes measured on every page, in order (widget key, value): one governorate, back to all
#: 100,000 incidents, one event type (all governorates), a text search.
CHANGES = (("f_gov", ["Diyala"]), ("f_gov", []), ("f_type", ["Battles"]), ("f_type", []), ("f_text", "report 1"))


def time_pages(db: Path) -> dict[str, dict[str, float]]:
    """Server time of an AppTest rerun after each filter change, per page, with cold query caches."""
    import logging

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    results = {}
    for page in ("pages/map.py", "pages/timeline.py", "pages/incidents.py", "pages/overview.py"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(page).run()
        times = {}
        for key, value in CHANGES:
            st.cache_data.clear()  # a new filter: nothing cached for it yet
            st.cache_resource.clear()  # (the query frames are cache_resource; this drops the engine too)
            at.run()  # ...so reload the engine and gazetteer before the measured run
            widget = at.sidebar.text_input(key=key) if key == "f_text" else at.sidebar.multiselect(key=key)
            t0 = time.perf_counter()
            widget.set_value(value).run()
            times[f"{key}={value}"] = time.perf_counter() - t0
            assert not at.exception, at.exception
        results[page] = times
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "dashboard.sqlite3")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    engine = build(args.db, args.n)

    from streamlit.logger import set_log_level

    from storage.export import to_csv_bytes
    from storage.queries import Filters, count_incidents, grid_cells, query_incidents

    set_log_level("error")  # ui's caches warn about the missing runtime outside `streamlit run`
    from dashboard.mapview import MAP_CELL, MAP_COLUMNS
    from dashboard.render import TABLE_COLUMNS, TABLE_LIMIT

    def timed(label: str, action):
        t0 = time.perf_counter()
        result = action()
        print(f"{label}: {time.perf_counter() - t0:.2f} s")
        return result

    everything = Filters()
    frame = timed("query_incidents (all rows, all columns)", lambda: query_incidents(engine, everything))
    print(f"incidents: {len(frame)}")
    data = timed("to_csv_bytes (all rows)", lambda: to_csv_bytes(frame))
    print(f"  CSV size: {len(data) / 1e6:.1f} MB")
    timed("query + to_csv_bytes (all rows: what the download button does)",
          lambda: to_csv_bytes(query_incidents(engine, everything)))
    timed(f"query_incidents (all rows, {len(MAP_COLUMNS)} map columns)",
          lambda: query_incidents(engine, everything, columns=MAP_COLUMNS))
    timed(f"query_incidents (table: {len(TABLE_COLUMNS)} columns, limit {TABLE_LIMIT}) + count",
          lambda: (query_incidents(engine, everything, columns=TABLE_COLUMNS, limit=TABLE_LIMIT),
                   count_incidents(engine, everything)))
    timed(f"grid_cells (all rows, {MAP_CELL} degrees, in SQL)", lambda: grid_cells(engine, everything, MAP_CELL))

    from dashboard import clusters
    from storage.queries import map_clusters

    for label, bounds in (("all Iraq", clusters.IRAQ_BOUNDS), ("Baghdad", (33.2, 44.2, 33.45, 44.6))):
        zoom = clusters.zoom_for(bounds)
        cell = clusters.cell_for_zoom(zoom)
        found, rows = timed(f"map_clusters ({label}, zoom {zoom}: {cell:g}-degree cells, newest 3 each, in SQL)",
                            lambda c=cell, b=bounds: map_clusters(engine, everything, c, clusters.query_window(b, c)))
        print(f"  {len(found)} clusters, {len(rows)} incidents in their popups")
    for page, times in time_pages(args.db).items():
        detail = ", ".join(f"{change}: {seconds:.2f}" for change, seconds in times.items())
        print(f"filter change → {page} rendered (AppTest server time, s): worst {max(times.values()):.2f}"
              f" — {detail}")


if __name__ == "__main__":
    main()
