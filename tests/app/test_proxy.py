"""The documented multi-process setup (deploy/nginx.conf): two real Streamlit processes on one database
behind a real nginx; every session reaches the app through the proxy, a browser (its cookie) always
lands on the same process, and both processes serve sessions. Loopback only."""

from __future__ import annotations

import os
import re
import shutil
import signal
from pathlib import Path

import pytest

from tests.conftest import require

pytestmark = pytest.mark.slow


def load_page(url: str, cookie: str, page: str = "") -> None:
    """One session through the proxy, as a browser with this XSRF cookie: run a page to the end."""
    import threading

    from bench.bench_sessions import Session

    session = Session(url, "", 0, 0, threading.Event(), [], threading.Lock(), cookie=cookie)
    with session.connect() as ws:
        session.load(ws, page)


def test_two_processes_behind_nginx_are_sticky_per_browser(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)
    require(nginx is not None, "nginx not installed (Debian: apt-get install nginx-light)")
    from bench.bench_sessions import free_port, nginx_conf, start_nginx, start_server, wait_healthy
    from storage.store import get_engine
    from tests.storage.test_queries import populate

    db = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    populate(get_engine(db))  # filled before the processes start: none of them seeds the sample corpus
    ports = [free_port(), free_port()]
    proxy_port = free_port()
    prefix = tmp_path / "nginx"
    env = {"IIM_DATA_DIR": str(tmp_path / "data"), "STREAMLIT_SERVER_COOKIE_SECRET": "the-same-secret-in-both"}
    procs = [start_server(db, port, env) for port in ports]  # the benchmark's two-process setup, as deployed
    procs.append(start_nginx(prefix, nginx_conf(ports, proxy_port)))
    try:
        for port in ports:
            wait_healthy(f"http://127.0.0.1:{port}")
        url = f"http://127.0.0.1:{proxy_port}"
        wait_healthy(url)
        browsers = [f"browser{k:02d}" for k in range(16)]
        for cookie in browsers:
            load_page(url, cookie)
        for cookie in browsers[:4]:  # come back later, on another page: the same process
            load_page(url, cookie, "timeline")
        lines = (prefix / "logs" / "access.log").read_text().splitlines()
        upstream_of: dict[str, set[str]] = {}
        for line in lines:
            found = re.search(r"upstream=(\S+) key=(\S+)", line)
            if found and found[2].startswith("browser"):
                upstream_of.setdefault(found[2], set()).add(found[1])
        assert set(upstream_of) == set(browsers)
        assert all(len(served) == 1 for served in upstream_of.values()), upstream_of  # sticky
        assert {next(iter(s)) for s in upstream_of.values()} == {f"127.0.0.1:{p}" for p in ports}  # both used
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=60)
