"""The documented multi-process setup (deploy/nginx.conf): two real Streamlit processes on one database
behind a real nginx; every session reaches the app through the proxy, a browser (its cookie) always
lands on the same process, and both processes serve sessions. Loopback only."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str, timeout: float = 240) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} not healthy")


def load_page(url: str, cookie: str, page: str = "") -> None:
    """One session through the proxy, as a browser with this XSRF cookie: run a page to the end."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    host = url.removeprefix("http://")
    with connect(f"ws://{host}/_stcore/stream", subprotocols=["streamlit"], origin=url, max_size=None,
                 additional_headers={"Cookie": f"_streamlit_xsrf={cookie}"}, open_timeout=60) as ws:
        msg = BackMsg()
        msg.rerun_script.page_name = page
        ws.send(msg.SerializeToString())
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(ws.recv(timeout=120))
            if reply.WhichOneof("type") == "script_finished":
                return


def test_two_processes_behind_nginx_are_sticky_per_browser(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file() else None)
    require(nginx is not None, "nginx not installed (Debian: apt-get install nginx-light)")
    from storage.store import get_engine
    from tests.storage.test_queries import populate

    db = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    populate(get_engine(db))  # filled before the processes start: none of them seeds the sample corpus
    ports = [free_port(), free_port()]
    proxy_port = free_port()
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    conf = (conf.replace("127.0.0.1:8501", f"127.0.0.1:{ports[0]}").replace("127.0.0.1:8502", f"127.0.0.1:{ports[1]}")
            .replace("listen 127.0.0.1:8080", f"listen 127.0.0.1:{proxy_port}"))
    prefix = tmp_path / "nginx"
    for sub in ("logs", "tmp"):
        (prefix / sub).mkdir(parents=True)
    (prefix / "nginx.conf").write_text(conf)
    env = {**os.environ, "DATABASE_URL": db, "IIM_DATA_DIR": str(tmp_path / "data"),
           "STREAMLIT_SERVER_COOKIE_SECRET": "the-same-secret-in-both"}
    procs = [subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
                               "true", "--server.address", "127.0.0.1", "--server.port", str(port),
                               "--browser.gatherUsageStats", "false"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True) for port in ports]
    procs.append(subprocess.Popen([nginx, "-p", str(prefix), "-c", "nginx.conf", "-g", "daemon off;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
    try:
        for port in ports:
            healthy(f"http://127.0.0.1:{port}")
        url = f"http://127.0.0.1:{proxy_port}"
        healthy(url)
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
