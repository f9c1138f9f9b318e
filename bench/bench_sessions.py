"""Many journalists at once: sessions speaking Streamlit's own protocol (WebSocket + protobuf, no
browser), each loading a page every few seconds; page latency percentiles and server memory.

    .venv/bin/python bench/bench_sessions.py --start                      # one Streamlit process
    .venv/bin/python bench/bench_sessions.py --two --sessions 5,10,20     # two processes behind nginx
    .venv/bin/python bench/bench_sessions.py --url http://127.0.0.1:8080 --pid 1234 --pid 1235  # a running setup

``--start`` starts ``streamlit run app.py`` (one process) on a free loopback port against ``--db``
(default: the 100,000-incident SQLite file bench/bench_dashboard.py writes; a PostgreSQL URL works
too); ``--two`` starts two processes on the same database behind a real nginx configured by
``deploy/nginx.conf`` (sticky on the ``_streamlit_xsrf`` cookie, as deployed). Each of ``--sessions``
sessions (default 20; a list such as ``5,10,20`` runs one after another on the same servers) opens
its own WebSocket with its own cookie and its own governorate filter in the URL, then every
``--interval`` seconds (default 10, first load staggered) asks for the next page (Overview, Map,
Timeline, Incidents) and waits for the server's ``script_finished``: that wait is the page latency
(server work and queueing; no browser rendering). Like a browser, a session sends back the current
values of its sidebar widgets with every page it asks for, so its filter stays applied (without
them Streamlit resets the widgets after two runs and every session fell back to all of Iraq).
After ``--duration`` seconds the sessions close; the servers' resident memory is read after the
warm-up, at the end, and after ``--idle`` seconds without sessions (default 150: Streamlit keeps a
closed session for 120 s in case the browser reconnects, ``server.disconnectedSessionTTL``). Each figure is printed with the
load average of the machine at that moment; ``--repeat N`` runs each size N times and prints the
medians. The last line is one JSON object with every run. Targets: p95 <= 3 s with 20 sessions
every 10 s at 100,000 incidents; memory back to within 20% of its post-warm-up level once the
sessions close. Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("", "map", "timeline", "incidents")  # url paths of the pages; "" is the Overview
GOVERNORATES = ("Baghdad", "Diyala", "Nineveh", "Anbar", "Kirkuk", "Basra", "Erbil", "Salah al-Din", None)
COOKIE = "_streamlit_xsrf"  # what deploy/nginx.conf hashes on to keep a browser on one process


def cpu_seconds(pids: list[int]) -> float:
    """CPU seconds (user + system) the server processes have used, from /proc."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def rss_mb(pids: list[int]) -> float:
    """Resident memory of the server processes (MB), from /proc."""
    total = 0.0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def load() -> float:
    return os.getloadavg()[0]


def widget_state(element) -> WidgetState | None:
    """The value a browser would send back for a sidebar widget the server just drew (multiselect,
    text input, checkbox/toggle): the value the server set, else the widget's default."""
    kind = element.WhichOneof("type")
    if kind not in ("multiselect", "text_input", "checkbox"):
        return None
    widget, state = getattr(element, kind), WidgetState()
    state.id = widget.id
    if kind == "multiselect":
        values = list(widget.raw_values) if widget.set_value else [widget.options[i] for i in widget.default]
        state.string_array_value.data[:] = values
    elif kind == "text_input":
        state.string_value = widget.value if widget.set_value else widget.default
    else:
        state.bool_value = widget.value if widget.set_value else widget.default
    return state


class Session(threading.Thread):
    """One journalist: a WebSocket session loading a page every ``interval`` seconds until ``stop``."""

    def __init__(self, url: str, query: str, interval: float, offset: float, stop: threading.Event,
                 results: list, lock: threading.Lock, cookie: str = "", first_page: int = 0) -> None:
        super().__init__(daemon=True)
        self.url, self.query, self.interval, self.offset = url, query, interval, offset
        self.stop, self.results, self.lock = stop, results, lock
        self.cookie, self.first_page = cookie, first_page
        self.errors = 0
        self.widgets: dict[str, WidgetState] = {}  # what the "browser" shows: sent back with every load

    def connect(self):
        parts = urlsplit(self.url)
        ws_url = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}/_stcore/stream"
        headers = {"Cookie": f"{COOKIE}={self.cookie}"} if self.cookie else None
        return connect(ws_url, subprotocols=["streamlit"], origin=f"{parts.scheme}://{parts.netloc}",
                       max_size=None, open_timeout=60, additional_headers=headers)

    def load(self, ws, page: str) -> float:
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        msg.rerun_script.page_name = page
        msg.rerun_script.widget_states.widgets.extend(self.widgets.values())
        t0 = time.perf_counter()
        ws.send(msg.SerializeToString())
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(ws.recv(timeout=300))
            kind = reply.WhichOneof("type")
            if kind == "script_finished":
                return time.perf_counter() - t0
            if kind == "delta" and reply.delta.WhichOneof("type") == "new_element":
                state = widget_state(reply.delta.new_element)
                if state is not None and (state.id not in self.widgets or _was_set(reply.delta.new_element)):
                    self.widgets[state.id] = state

    def run(self) -> None:
        if self.stop.wait(self.offset):
            return
        try:
            with self.connect() as ws:
                n = self.first_page
                while not self.stop.is_set():
                    started = time.perf_counter()
                    page = PAGES[n % len(PAGES)]
                    seconds = self.load(ws, page)
                    with self.lock:
                        self.results.append((time.time(), page or "overview", seconds))
                    n += 1
                    self.stop.wait(max(0.0, self.interval - (time.perf_counter() - started)))
        except Exception as exc:  # a refused or dropped connection is counted, not fatal
            self.errors += 1
            print(f"  session error: {exc!r}", file=sys.stderr, flush=True)


def _was_set(element) -> bool:
    return bool(getattr(getattr(element, element.WhichOneof("type")), "set_value", False))


def wait_healthy(url: str, timeout: float = 240) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not become healthy")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, env: dict | None = None) -> subprocess.Popen:
    """``streamlit run app.py`` on a loopback port against ``db`` (its own process group)."""
    env = {**os.environ, **(env or {}), "DATABASE_URL": db}
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def nginx_conf(ports: list[int], proxy_port: int) -> str:
    """``deploy/nginx.conf`` with its two upstream ports and its listening port replaced."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    return (conf.replace("127.0.0.1:8501", f"127.0.0.1:{ports[0]}").replace("127.0.0.1:8502", f"127.0.0.1:{ports[1]}")
            .replace("listen 127.0.0.1:8080", f"listen 127.0.0.1:{proxy_port}"))


def start_nginx(prefix: Path, conf: str) -> subprocess.Popen:
    """nginx (not as root: its files under ``prefix``) running ``conf`` in the foreground."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)
    if nginx is None:
        raise SystemExit("nginx not installed (Debian: apt-get install nginx-light)")
    for sub in ("logs", "tmp"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    (prefix / "nginx.conf").write_text(conf)
    return subprocess.Popen([nginx, "-p", str(prefix), "-c", "nginx.conf", "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def warm(backends: list[str]) -> list[float]:
    """One session per server process loads every page once: engine, gazetteer and caches warm."""
    seconds = []
    for url in backends:
        session = Session(url, "", 0, 0, threading.Event(), [], threading.Lock())
        with session.connect() as ws:
            seconds += [session.load(ws, page) for page in PAGES]
    return seconds


def sessions_per_upstream(access_log: Path | None, cookies: set[str]) -> dict[str, int] | None:
    """How many of these sessions (their cookies) nginx sent to each process, from its access log."""
    if access_log is None or not access_log.is_file():
        return None
    upstream_of = {}
    for line in access_log.read_text().splitlines():
        found = re.search(r"upstream=(\S+) key=(\S+)", line)
        if found and found[2] in cookies:
            upstream_of[found[2]] = found[1]
    return {upstream: list(upstream_of.values()).count(upstream) for upstream in sorted(set(upstream_of.values()))}


def run_load(url: str, pids: list[int], n_sessions: int, args: argparse.Namespace) -> dict:
    """``n_sessions`` journalists for ``args.duration`` seconds, then ``args.idle`` seconds idle."""
    stop, lock, results = threading.Event(), threading.Lock(), []
    rng = random.Random(11)
    govs = (GOVERNORATES * n_sessions)[:n_sessions]
    sessions = [Session(url, f"gov={g}" if g else "", args.interval, rng.uniform(0, args.interval), stop, results,
                        lock, cookie=f"{rng.getrandbits(96):024x}", first_page=k) for k, g in enumerate(govs)]
    load_start, t_start = load(), time.time()
    cpu_each = [cpu_seconds([pid]) for pid in pids]
    for session in sessions:
        session.start()
    time.sleep(args.warmup)
    after_warmup, cpu_start = rss_mb(pids), cpu_seconds(pids)
    peak, loads = after_warmup, []
    while time.time() - t_start < args.duration:
        time.sleep(1)
        peak, loads = max(peak, rss_mb(pids)), [*loads, load()]
    cpu_used = cpu_seconds(pids) - cpu_start
    cpu_each = [cpu_seconds([pid]) - before for pid, before in zip(pids, cpu_each, strict=True)]
    stop.set()
    for session in sessions:
        session.join(timeout=300)
    at_end = rss_mb(pids)
    time.sleep(args.idle)
    idle = rss_mb(pids)
    counted = [(page, s) for at, page, s in results if at - t_start >= args.warmup]
    latencies = [s for _, s in counted]
    span = max(1e-9, args.duration - args.warmup)
    run = {"sessions": n_sessions, "loads": len(latencies), "loads_per_s": round(len(latencies) / span, 2),
           "errors": sum(s.errors for s in sessions), "load_avg_start": round(load_start, 1),
           "load_avg_median": round(statistics.median(loads), 1) if loads else None,
           "p50": round(statistics.median(latencies), 2) if latencies else None,
           "p95": round(percentile(latencies, 0.95), 2) if latencies else None,
           "max": round(max(latencies), 2) if latencies else None,
           "pages": {page or "overview": {"p50": round(statistics.median(mine), 2), "p95": round(percentile(mine, 0.95), 2),
                                          "n": len(mine)}
                     for page in PAGES if (mine := [s for p, s in counted if p == (page or "overview")])},
           "cpu_per_load": round(cpu_used / len(latencies), 3) if latencies else None,
           "cpu_share": [round(c / max(1e-9, sum(cpu_each)), 2) for c in cpu_each],
           "rss_after_warmup_mb": round(after_warmup), "rss_peak_mb": round(peak), "rss_end_mb": round(at_end),
           "rss_idle_mb": round(idle),
           "rss_back_pct": round((idle - after_warmup) / after_warmup * 100) if after_warmup else None,
           "sessions_per_process": sessions_per_upstream(args.access_log, {s.cookie for s in sessions})}
    print(f"{n_sessions} sessions, a page every {args.interval:.0f} s each, {args.duration:.0f} s "
          f"({args.warmup:.0f} s warm-up not counted): {run['loads']} page loads ({run['loads_per_s']}/s), "
          f"errors {run['errors']}; load average {run['load_avg_start']} at the start, median "
          f"{run['load_avg_median']} during the run", flush=True)
    if latencies:
        print(f"  latency p50 {run['p50']:.2f} s, p95 {run['p95']:.2f} s, max {run['max']:.2f} s (target p95 <= 3 s)",
              flush=True)
        for page, figures in run["pages"].items():
            print(f"    {page:<10} p50 {figures['p50']:.2f} s, p95 {figures['p95']:.2f} s ({figures['n']} loads)",
                  flush=True)
        print(f"  server CPU {cpu_used:.1f} s for those loads: {run['cpu_per_load']:.3f} s per page load "
              f"(share per process {run['cpu_share']}, sessions per process {run['sessions_per_process']}); the "
              "latencies also hold the wait for a core on this shared machine", flush=True)
    print(f"  server memory: {after_warmup:.0f} MB after warm-up, peak {peak:.0f} MB, {at_end:.0f} MB at the end, "
          f"{idle:.0f} MB after {args.idle:.0f} s without sessions ({run['rss_back_pct']:+d}% vs warm-up; target "
          f"within 20%); load average {load():.1f}", flush=True)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running dashboard (loopback), e.g. http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int, action="append", default=[], help="server process(es) to watch")
    parser.add_argument("--start", action="store_true", help="start one streamlit process on --db")
    parser.add_argument("--two", action="store_true", help="start two streamlit processes on --db behind nginx")
    parser.add_argument("--db", default=f"sqlite:///{ROOT / 'bench' / 'out' / 'dashboard_100000.sqlite3'}")
    parser.add_argument("--sessions", default="20", help="sessions at once; a list (5,10,20) runs each in turn")
    parser.add_argument("--repeat", type=int, default=1, help="runs per number of sessions (medians printed)")
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--warmup", type=float, default=20.0, help="seconds of load not counted")
    parser.add_argument("--idle", type=float, default=150.0,
                        help="seconds without sessions before memory is read again (Streamlit keeps a closed "
                             "session 120 s for a reconnect: server.disconnectedSessionTTL)")
    args = parser.parse_args()
    args.access_log = None
    procs: list[subprocess.Popen] = []
    backends = [args.url] if args.url else []
    workdir = Path(tempfile.mkdtemp(prefix="bench_sessions-"))
    try:
        if args.start or args.two:
            ports = [free_port() for _ in range(2 if args.two else 1)]
            env = {"STREAMLIT_SERVER_COOKIE_SECRET": "bench-sessions-shared-secret", "IIM_DATA_DIR": str(workdir / "data")}
            servers = [start_server(args.db, port, env) for port in ports]
            procs += servers
            args.pid += [server.pid for server in servers]
            backends = [f"http://127.0.0.1:{port}" for port in ports]
            args.url = backends[0]
            if args.two:
                proxy = free_port()
                procs.append(start_nginx(workdir / "nginx", nginx_conf(ports, proxy)))
                args.access_log = workdir / "nginx" / "logs" / "access.log"
                args.url = f"http://127.0.0.1:{proxy}"
        if not args.url or urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("give --start, --two or a loopback --url")
        for url in {*backends, args.url}:
            wait_healthy(url)
        setup = ("two processes behind nginx" if args.two else "one process" if args.start else args.url)
        database = re.sub(r"//[^@/]*@", "//", args.db) if (args.start or args.two) else "(running setup)"
        print(f"{setup} on {database}; {os.cpu_count()} cores, load average {load():.1f}", flush=True)
        first = warm(backends)
        print("warm-up, one session per process, first loads: " + ", ".join(f"{s:.2f} s" for s in first)
              + f"; load average {load():.1f}", flush=True)
        runs = []
        for n_sessions in [int(n) for n in str(args.sessions).split(",")]:
            mine = [run_load(args.url, args.pid, n_sessions, args) for _ in range(args.repeat)]
            runs += mine
            if args.repeat > 1:
                def med(key, of=mine):
                    return statistics.median(r[key] for r in of if r[key] is not None)
                print(f"MEDIAN of {args.repeat} runs, {n_sessions} sessions ({setup}): p50 {med('p50'):.2f} s, "
                      f"p95 {med('p95'):.2f} s; memory back {med('rss_back_pct'):+.0f}% vs warm-up; load average "
                      f"{med('load_avg_median'):.1f}", flush=True)
        print(json.dumps({"setup": setup, "db": database.split(":")[0], "interval": args.interval,
                          "duration": args.duration, "runs": runs}), flush=True)
    finally:
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
