"""Dashboard benchmark: filter change → page rendered, text search, and the full CSV, at 100,000 and
1,000,000 incidents, on SQLite (and PostgreSQL with --pg).

    .venv/bin/python bench/bench_dashboard.py                       # 100,000 incidents, SQLite
    .venv/bin/python bench/bench_dashboard.py --n 1000000           # 100,000 and 1,000,000
    .venv/bin/python bench/bench_dashboard.py --n 1000000 --pg postgresql://u:p@127.0.0.1/db
    .venv/bin/python bench/bench_dashboard.py --n 1000000 --db postgresql://u:p@127.0.0.1/db   # PostgreSQL only
    .venv/bin/python bench/bench_dashboard.py --n 1000000 --largest-only --csv-only [--csv-workers 1]  # the CSV alone

Builds (or reuses) databases of synthetic incidents (bench/gen_incidents.py): SQLite files under
bench/out/, and with ``--pg`` one schema per size in that PostgreSQL database. For every size and
database it prints the queries alone, then per page the server time of a Streamlit ``AppTest`` rerun
after each filter change (one governorate, one type, one actor, one outlet, each then back to all;
every country, one abroad, Iraq again; the Map zoomed in to zoom 11 over Baghdad; a text search: see
:data:`CHANGES`; query caches cleared before each, so every figure is a cold query), and the full CSV streamed to a file in a
child process (wall time and the child's peak RSS). The last line is one JSON object:
``{"n", "worst_page_s", "csv_s", "csv_peak_mb", ...}`` for the largest size, worst over the
databases: seconds are CPU seconds of the serving process (the machine is shared; the wall-clock
figures follow as ``*_wall_s``, and the load average is printed first and last).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen_incidents import generate, generate_sql  # noqa: E402
from storage.store import get_engine, incidents, normalise_url  # noqa: E402

#: The browser's viewport (as ``st_folium`` returns it) zoomed in to zoom 11 over central Baghdad: the Map's
#: clusters are then counted in a query window of 0.8 x 0.8 degrees (dashboard.clusters.query_window), finer
#: than the grid the basemap counts.
ZOOM_11_BAGHDAD = {"zoom": 11, "bounds": {"_southWest": {"lat": 33.2, "lng": 44.2},
                                          "_northEast": {"lat": 33.5, "lng": 44.6}}}
#: Changes measured on every page, in order (widget key, value): one governorate, back to all
#: incidents, one event type (all governorates), back to all, one actor, back to all, one outlet, back to
#: all, every country, one country abroad, back to Iraq only (the default), the Map zoomed in to zoom 11
#: (``map_view``: the Map page only, the filters unchanged), a text search.
CHANGES = (("f_gov", ["Diyala"]), ("f_gov", []), ("f_type", ["Battles"]), ("f_type", []), ("f_actor", ["ISIS"]),
           ("f_actor", []), ("f_source", ["INA"]), ("f_source", []), ("f_country", ""), ("f_country", "SY"),
           ("f_country", "IQ"), ("map_view", ZOOM_11_BAGHDAD), ("f_text", "report 1"))
PAGES = ("pages/map.py", "pages/timeline.py", "pages/incidents.py", "pages/overview.py")


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(incidents)).scalar_one()


def sqlite_db(out: Path, n: int) -> str:
    """An SQLite file holding ``n`` synthetic incidents (reused when it already does)."""
    db = out / f"dashboard_{n}.sqlite3"
    url = f"sqlite:///{db}"
    engine = get_engine(url)
    if _count(engine) != n:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        engine = get_engine(url)
        t0 = time.perf_counter()
        generate(engine, n)
        print(f"wrote {n} incidents into {db} in {time.perf_counter() - t0:.1f} s", flush=True)
    engine.dispose()
    return url


def pg_db(base: str, n: int) -> str:
    """A PostgreSQL schema ``bench_N`` in ``base`` holding ``n`` synthetic incidents (reused)."""
    base = normalise_url(base)
    schema = f"bench_{n}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    engine = get_engine(url)
    if _count(engine) != n:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine = get_engine(url)
        t0 = time.perf_counter()
        generate_sql(engine, n)  # in the server: the driver path takes ~20 min per 100,000 rows here
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        print(f"wrote {n} incidents into PostgreSQL schema {schema} in {time.perf_counter() - t0:.1f} s", flush=True)
    engine.dispose()
    admin.dispose()
    return url


_DATABASE = {"name": None}  # the PostgreSQL database whose backends' CPU is added to ours


def server_cpu() -> float:
    """CPU seconds of this process plus, when measuring PostgreSQL, of its backends serving the bench
    database (from /proc: their work is done outside this process)."""
    total = time.process_time()
    name = _DATABASE["name"]
    if not name:
        return total
    tick = os.sysconf("SC_CLK_TCK")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            title = (proc / "cmdline").read_bytes().decode(errors="replace")
            if not title.startswith("postgres:") or f" {name} " not in title:
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def time_queries(url: str) -> None:
    """The storage queries alone (no Streamlit), cold: what each page asks for."""
    from dashboard import clusters
    from dashboard.basemap import IRAQ_BOUNDS
    from dashboard.mapview import MAP_CELL
    from dashboard.render import CARD_COLUMNS, TABLE_COLUMNS, TABLE_LIMIT
    from storage import queries
    from storage.queries import Filters

    iraq_cell = clusters.cell_for_zoom(clusters.zoom_for(IRAQ_BOUNDS))
    iraq_window = clusters.query_window(IRAQ_BOUNDS, iraq_cell)
    baghdad_window = clusters.query_window((33.2, 44.2, 33.5, 44.6), clusters.cell_for_zoom(11))
    engine = get_engine(url)

    def from_rows(f):
        rows = queries.map_rows(engine, f)
        found = queries.clusters_from_grid(queries.grid_of_rows(rows, MAP_CELL), MAP_CELL,
                                           round(iraq_cell / MAP_CELL), iraq_window)
        queries.newest_of_rows(engine, rows, iraq_cell, queries.quotas_of(found, 3), iraq_window)
        queries.clusters_of_rows(rows, clusters.cell_for_zoom(11), baghdad_window)

    for label, filters in (("all", Filters()), ("Diyala", Filters(governorates=("Diyala",))),
                           ("all countries", Filters(country="")), ("Syria", Filters(country="SY")),
                           ("actor ISIS", Filters(actors=("ISIS",))), ("outlet INA", Filters(sources=("INA",))),
                           ("text 'report 1'", Filters(text="report 1"))):
        for name, action in (
            ("data_version", lambda: queries.data_version(engine)),
            ("filter_options", lambda: queries.filter_options(engine)),
            ("filter_options Iraq only", lambda: queries.filter_options(engine, "IQ")),
            ("summary_figures", lambda f=filters: queries.summary_figures(engine, f)),
            ("timeline D by type", lambda f=filters: queries.timeline(engine, f, "D", by="event_type")),
            ("count_incidents", lambda f=filters: queries.count_incidents(engine, f)),
            (f"table ({TABLE_LIMIT} newest)", lambda f=filters: queries.query_incidents(
                engine, f, columns=TABLE_COLUMNS, limit=TABLE_LIMIT)),
            ("10 latest cards", lambda f=filters: queries.query_incidents(engine, f, columns=CARD_COLUMNS, limit=10)),
            (f"grid_cells {MAP_CELL}", lambda f=filters: queries.grid_cells(engine, f, MAP_CELL)),
            # what the Map page does at zoom 6: the grid merged into 1.6-degree clusters, then their newest
            (f"clusters all Iraq ({iraq_cell:g} deg, from the grid)", lambda f=filters: queries.clusters_from_grid(
                queries.grid_cells(engine, f, MAP_CELL), MAP_CELL, round(iraq_cell / MAP_CELL), iraq_window)),
            ("newest 3 per cluster", lambda f=filters: queries.newest_in_clusters(
                engine, f, iraq_cell, queries.quotas_of(queries.clusters_from_grid(
                    queries.grid_cells(engine, f, MAP_CELL), MAP_CELL, round(iraq_cell / MAP_CELL), iraq_window), 3),
                iraq_window)),
            ("clusters zoom 11 Baghdad (counted)", lambda f=filters: queries.cluster_counts(
                engine, f, clusters.cell_for_zoom(11), baghdad_window)),
            ("newest 3 zoom 11 Baghdad", lambda f=filters: queries.newest_in_clusters(
                engine, f, clusters.cell_for_zoom(11), queries.quotas_of(queries.cluster_counts(
                    engine, f, clusters.cell_for_zoom(11), baghdad_window), 3), baghdad_window)),
            # what the Map page does on SQLite when the roll-ups cannot answer (a text search): the matching
            # incidents read once, then the grid, the clusters and their newest three from them
            ("map rows + grid + clusters + newest 3",
             lambda f=filters: from_rows(f) if queries.reads_rows(engine, f) else None),
        ):
            t0, c0 = time.perf_counter(), server_cpu()
            action()
            print(f"  query {label:<16} {name:<24} {server_cpu() - c0:6.3f} s CPU "
                  f"({time.perf_counter() - t0:.3f} wall)", flush=True)
    engine.dispose()


def time_pages(url: str) -> dict[str, dict[str, tuple[float, float]]]:
    """Server time of an AppTest rerun after each filter change, per page, with cold query caches:
    (CPU seconds, wall seconds). The app runs in this process (AppTest), so its CPU time (plus the
    PostgreSQL backends', see :func:`server_cpu`) is the server's work whatever else loads the
    machine; wall time adds the waiting."""
    import logging

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    os.environ["DATABASE_URL"] = url
    from storage.queries import filter_options

    engine = get_engine(url)
    found = set(filter_options(engine)["countries"])  # a database built before incidents abroad has none
    engine.dispose()
    changes = [(key, value) for key, value in CHANGES if key != "f_country" or value in ("", "IQ") or value in found]
    if len(changes) < len(CHANGES):
        print(f"  (no incident in {sorted({v for k, v in CHANGES if (k, v) not in changes})}: not chosen)", flush=True)
    from dashboard.mapview import KEY as MAP_KEY

    results = {}
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.run()
        at.switch_page(page).run()
        times = {}
        for key, value in changes:
            if key == "map_view" and page != "pages/map.py":
                continue
            st.cache_data.clear()  # a new filter: nothing cached for it yet
            st.cache_resource.clear()  # (the query frames are cache_resource; this drops the engine too)
            at.run()  # ...so reload the engine and gazetteer before the measured run
            if key == "map_view":  # what st_folium reports after a zoom: the page reruns with that viewport
                at.session_state[MAP_KEY] = value
                label = f"zoom {value['zoom']} Baghdad"
                t0, c0 = time.perf_counter(), server_cpu()
                at.run()
            else:
                widget = (at.sidebar.text_input(key=key) if key == "f_text" else at.sidebar.selectbox(key=key)
                          if key == "f_country" else at.sidebar.multiselect(key=key))
                label = f"{key}={value}"
                t0, c0 = time.perf_counter(), server_cpu()
                widget.set_value(value).run()
            times[label] = (server_cpu() - c0, time.perf_counter() - t0)
            assert not at.exception, at.exception
        results[page] = times
    return results


_CSV_CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from storage.export import stream_csv
from storage.queries import Filters
from storage.store import get_engine
import os, threading
engine = get_engine({url!r})
backend = {{}}  # PostgreSQL: the query runs in the ADBC connection's backend, sampled until it ends

def backend_cpu(pid):
    while True:
        try:
            fields = open(f"/proc/{{pid}}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            return
        backend[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        time.sleep(0.02)

if engine.dialect.name == "postgresql":
    import adbc_driver_postgresql.dbapi as adbc
    connect = adbc.connect

    def watched(*args, **kwargs):
        connection = connect(*args, **kwargs)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        threading.Thread(target=backend_cpu, args=(pid,), daemon=True).start()
        return connection

    adbc.connect = watched
t0, c0 = time.perf_counter(), time.process_time()
with open({out!r}, "wb") as handle:
    rows = stream_csv(engine, Filters(), handle, workers={workers!r})
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
time.sleep(0.1)
cpu += sum(backend.values())
print(rows, seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def time_csv(url: str, out: Path, workers: int | None = None) -> tuple[int, float, float, float]:
    """Every row streamed to a CSV file in a fresh process (``workers`` threads reading parts at once,
    the export's default when None): rows, CPU seconds (PostgreSQL's backends included), wall
    seconds, the process's peak RSS (MB). On an idle machine the wall time is the target's measure;
    on a shared one the CPU seconds are what runs can be compared by."""
    target = out / f"all-{os.getpid()}-{time.monotonic_ns()}.csv"  # runs side by side never share it
    code = _CSV_CHILD.format(root=str(ROOT), url=url, out=str(target), workers=workers)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rows, seconds, cpu, peak = result.stdout.split()
    size = target.stat().st_size / 1e6
    target.unlink()
    from storage.csv_sql import default_workers

    threads = workers or (default_workers() if url.startswith("sqlite") else 1)
    print(f"  CSV of every row streamed to a file ({threads} reading threads): {int(rows)} rows, {size:.0f} MB in "
          f"{float(cpu):.2f} s CPU ({float(seconds):.2f} s wall; load {os.getloadavg()[0]:.1f}), "
          f"peak RSS of the process {float(peak):.0f} MB", flush=True)
    return int(rows), float(cpu), float(seconds), float(peak)


def time_bare_read(url: str) -> float:
    """CPU seconds of reading the CSV's rows alone (the driver's cursor, no CSV work): the floor under
    the CSV figure on SQLite, where the database runs in this process."""
    from storage.csv_stream import _query
    from storage.queries import Filters

    engine = get_engine(url)
    compiled = _query(engine, Filters()).compile(engine)
    params = compiled.construct_params()
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        c0, rows = time.process_time(), 0
        cursor.execute(str(compiled), tuple(params[name] for name in compiled.positiontup))
        while chunk := cursor.fetchmany(20_000):
            rows += len(chunk)
        cpu = time.process_time() - c0
    finally:
        connection.close()
        engine.dispose()
    print(f"  the same {rows} rows read alone (sqlite3 cursor, newest first, no CSV work): {cpu:.2f} s CPU", flush=True)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="largest size (100,000 is measured too)")
    parser.add_argument("--pg", help="also measure on this PostgreSQL database (one schema per size)")
    parser.add_argument("--db", help="measure only on this PostgreSQL database (one schema per size), not SQLite")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--skip-pages", action="store_true", help="queries and CSV only")
    parser.add_argument("--largest-only", action="store_true", help="skip the 100,000-incident pass")
    parser.add_argument("--csv-only", action="store_true", help="the full CSV only (no queries, pages or bare read)")
    parser.add_argument("--csv-workers", type=int, help="threads reading the CSV's parts (default: the export's)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from streamlit.logger import set_log_level

    set_log_level("error")  # the caches warn about the missing runtime outside `streamlit run`
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} on {os.cpu_count()} cores", flush=True)
    sizes = [args.n] if args.largest_only else sorted({min(100_000, args.n), args.n})
    summary = {"n": args.n, "worst_page_s": 0.0, "csv_s": 0.0, "csv_peak_mb": 0.0, "worst_page_wall_s": 0.0,
               "csv_wall_s": 0.0}
    for n in sizes:
        urls = [] if args.db else [("SQLite", sqlite_db(args.out, n))]
        urls += [("PostgreSQL", pg_db(base, n)) for base in (args.db, args.pg) if base]
        for name, url in urls:
            print(f"== {n} incidents, {name}", flush=True)
            _DATABASE["name"] = make_url(url).database if name == "PostgreSQL" else None
            if not args.csv_only:
                time_queries(url)
            _, seconds, wall, peak = time_csv(url, args.out, args.csv_workers)
            if name == "SQLite" and not args.csv_only:
                time_bare_read(url)
            worst = worst_wall = 0.0
            if not (args.skip_pages or args.csv_only):
                for page, times in time_pages(url).items():
                    detail = ", ".join(f"{change}: {cpu:.2f} ({wall:.2f})" for change, (cpu, wall) in times.items())
                    page_worst = max(cpu for cpu, _ in times.values())
                    worst = max(worst, page_worst)
                    worst_wall = max(worst_wall, *(wall for _, wall in times.values()))
                    print(f"  filter change → {page} rendered (AppTest server CPU s, wall in brackets): "
                          f"worst {page_worst:.2f} — {detail}", flush=True)
            if n == args.n:
                summary["worst_page_s"] = round(max(summary["worst_page_s"], worst), 2)
                summary["worst_page_wall_s"] = round(max(summary["worst_page_wall_s"], worst_wall), 2)
                summary["csv_s"] = round(max(summary["csv_s"], seconds), 2)
                summary["csv_wall_s"] = round(max(summary["csv_wall_s"], wall), 2)
                summary["csv_peak_mb"] = round(max(summary["csv_peak_mb"], peak))
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f}", flush=True)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
