"""Many journalists at once: sessions speaking Streamlit's own protocol (WebSocket + protobuf, no
browser), each loading a page every few seconds; page latency percentiles and server memory.

    .venv/bin/python bench/bench_sessions.py --start --db sqlite:///bench/out/dashboard_100000.sqlite3
    .venv/bin/python bench/bench_sessions.py --url http://127.0.0.1:8080 --pid 1234 --pid 1235  # a running setup

With ``--start`` it starts ``streamlit run app.py`` (one process) on a free loopback port against
``--db``. Each of ``--sessions`` sessions (default 20) opens its own WebSocket with its own filters in
the URL (one governorate each, or none), then every ``--interval`` seconds (default 10, first load
staggered) asks for the next page (Overview, Map, Timeline, Incidents) and waits for the server's
``script_finished``: that wait is the page latency (server work and queueing; no browser rendering).
After ``--duration`` seconds the sessions close; the server's resident memory (``--pid``, or the
started process) is read after the warm-up, at the end, and after ``--idle`` seconds without
sessions. Targets: p95 <= 3 s with 20 sessions every 10 s at 100,000 incidents; memory back to
within 20% of its post-warm-up level once the sessions close. Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("", "map", "timeline", "incidents")  # url paths of the pages; "" is the Overview
GOVERNORATES = ("Baghdad", "Diyala", "Nineveh", "Anbar", "Kirkuk", "Basra", "Erbil", "Salah al-Din", None)


from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402


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


class Session(threading.Thread):
    """One journalist: a WebSocket session loading a page every ``interval`` seconds until ``stop``."""

    def __init__(self, url: str, query: str, interval: float, offset: float, stop: threading.Event,
                 results: list, lock: threading.Lock) -> None:
        super().__init__(daemon=True)
        self.url, self.query, self.interval, self.offset = url, query, interval, offset
        self.stop, self.results, self.lock = stop, results, lock
        self.errors = 0

    def _load(self, ws, page: str) -> float:
        msg = BackMsg()
        msg.rerun_script.query_string = self.query
        msg.rerun_script.page_name = page
        t0 = time.perf_counter()
        ws.send(msg.SerializeToString())
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(ws.recv(timeout=120))
            if reply.WhichOneof("type") == "script_finished":
                return time.perf_counter() - t0

    def run(self) -> None:
        parts = urlsplit(self.url)
        ws_url = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}/_stcore/stream"
        if self.stop.wait(self.offset):
            return
        try:
            with connect(ws_url, subprotocols=["streamlit"], origin=f"{parts.scheme}://{parts.netloc}",
                         max_size=None, open_timeout=60) as ws:
                n = 0
                while not self.stop.is_set():
                    started = time.perf_counter()
                    page = PAGES[n % len(PAGES)]
                    seconds = self._load(ws, page)
                    with self.lock:
                        self.results.append((time.time(), page or "overview", seconds))
                    n += 1
                    self.stop.wait(max(0.0, self.interval - (time.perf_counter() - started)))
        except Exception as exc:  # a refused or dropped connection is counted, not fatal
            self.errors += 1
            print(f"  session error: {exc!r}", file=sys.stderr, flush=True)


def wait_healthy(url: str, timeout: float = 180) -> None:
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


def start_server(db: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": db}
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running dashboard (loopback), e.g. http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int, action="append", default=[], help="server process(es) to watch")
    parser.add_argument("--start", action="store_true", help="start one streamlit process on --db")
    parser.add_argument("--db", default=f"sqlite:///{ROOT / 'bench' / 'out' / 'dashboard_100000.sqlite3'}")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--warmup", type=float, default=20.0, help="seconds of load not counted")
    parser.add_argument("--idle", type=float, default=60.0)
    args = parser.parse_args()
    server = None
    if args.start:
        port = free_port()
        args.url = f"http://127.0.0.1:{port}"
        server = start_server(args.db, port)
        args.pid.append(server.pid)
    if not args.url or urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("give --start or a loopback --url")
    try:
        wait_healthy(args.url)
        # one session first: the engine, gazetteer and a page rendered once (the process's warm state)
        warm = Session(args.url, "", 0, 0, threading.Event(), [], threading.Lock())
        parts = urlsplit(args.url)
        with connect(f"ws://{parts.netloc}/_stcore/stream", subprotocols=["streamlit"],
                     origin=f"{parts.scheme}://{parts.netloc}", max_size=None, open_timeout=60) as ws:
            first = [warm._load(ws, page) for page in PAGES]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; one session, first loads: "
              + ", ".join(f"{p or 'overview'} {s:.2f} s" for p, s in zip(PAGES, first, strict=True)), flush=True)
        stop, lock, results = threading.Event(), threading.Lock(), []
        rng = random.Random(11)
        sessions = [Session(args.url, f"gov={g}" if g else "", args.interval, rng.uniform(0, args.interval),
                            stop, results, lock) for g in (GOVERNORATES * args.sessions)[:args.sessions]]
        t_start = time.time()
        for session in sessions:
            session.start()
        time.sleep(args.warmup)
        after_warmup, cpu_start = rss_mb(args.pid), cpu_seconds(args.pid)
        peak = after_warmup
        while time.time() - t_start < args.duration:
            time.sleep(1)
            peak = max(peak, rss_mb(args.pid))
        cpu_used = cpu_seconds(args.pid) - cpu_start
        stop.set()
        for session in sessions:
            session.join(timeout=180)
        at_end = rss_mb(args.pid)
        time.sleep(args.idle)
        idle = rss_mb(args.pid)
        counted = [(page, s) for at, page, s in results if at - t_start >= args.warmup]
        latencies = [s for _, s in counted]
        span = max(1e-9, args.duration - args.warmup)
        print(f"{args.sessions} sessions, a page every {args.interval:.0f} s each, {args.duration:.0f} s "
              f"({args.warmup:.0f} s warm-up not counted): {len(latencies)} page loads "
              f"({len(latencies) / span:.2f}/s), errors {sum(s.errors for s in sessions)}", flush=True)
        if latencies:
            print(f"  latency p50 {statistics.median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
                  f"max {max(latencies):.2f} s (target p95 <= 3 s)", flush=True)
            for page in ("overview", *PAGES[1:]):
                mine = [s for p, s in counted if p == page]
                if mine:
                    print(f"    {page:<10} p50 {statistics.median(mine):.2f} s, p95 {percentile(mine, 0.95):.2f} s "
                          f"({len(mine)} loads)", flush=True)
        if args.pid and latencies:
            per_load = cpu_used / len(latencies)
            print(f"  server CPU {cpu_used:.1f} s for those loads: {per_load:.2f} s per page load, so one process "
                  f"on a free core serves about {1 / per_load:.1f} loads/s ({args.sessions / args.interval:.1f}/s "
                  "needed); the latencies above also hold the wait for a core on this shared machine", flush=True)
        if args.pid:
            back = (idle - after_warmup) / after_warmup * 100 if after_warmup else float("nan")
            print(f"  server memory: {after_warmup:.0f} MB after warm-up, peak {peak:.0f} MB, {at_end:.0f} MB at "
                  f"the end, {idle:.0f} MB after {args.idle:.0f} s without sessions ({back:+.0f}% vs warm-up; "
                  "target within 20%)", flush=True)
        print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
