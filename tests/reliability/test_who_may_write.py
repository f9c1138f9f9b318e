"""Who may write: loopback by default, a 50 MB upload cap, the editor role for ingest once a password
is set, and growing delays then a lockout for wrong passwords (logged).

Before: the server listened on every interface with Streamlit's 200 MB upload default; anyone who
could open the dashboard could ingest; the password took 17 guesses a second with no lockout.
"""

from __future__ import annotations

import asyncio
import http.client
import logging
import os
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import access
from dashboard.access import LOCKOUT_SECONDS, MAX_FAILURES, Attempts, check_password

ROOT = Path(__file__).resolve().parents[2]


def test_server_config_is_loopback_with_a_50_mb_upload_cap() -> None:
    server = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]
    assert server["address"] == "127.0.0.1"
    assert server["maxUploadSize"] == 50


def test_wrong_guesses_wait_longer_each_time_then_lock_the_session(caplog: pytest.LogCaptureFixture) -> None:
    attempts, waited = Attempts(), []
    with caplog.at_level(logging.WARNING, logger="iim.access"):
        results = [check_password(f"guess{i}", "s3cret", attempts, now=i, sleep=waited.append, session="abc")
                   for i in range(MAX_FAILURES)]
    assert waited == [1.0, 2.0, 4.0, 8.0]  # growing delays, capped
    assert [key for _, key in results] == ["wrong_password"] * (MAX_FAILURES - 1) + ["locked"]
    # locked: even the right password is refused, unchecked, until the window ends
    assert check_password("s3cret", "s3cret", attempts, now=MAX_FAILURES + 60, sleep=waited.append) == (
        False, "locked")
    assert check_password("s3cret", "s3cret", attempts, now=MAX_FAILURES + LOCKOUT_SECONDS, sleep=waited.append) == (
        True, None)
    assert sum(r.message.startswith("editor password: wrong guess") for r in caplog.records) == MAX_FAILURES - 1
    assert any("locked out" in r.message and "abc" in r.message for r in caplog.records)


def test_a_rerun_with_the_same_wrong_text_is_not_a_new_guess() -> None:
    attempts, waited = Attempts(), []
    for second in range(10):
        check_password("guess", "s3cret", attempts, now=second, sleep=waited.append)
    assert attempts.failures == 1 and waited == [1.0]


def test_no_password_configured_means_read_only_review() -> None:
    assert check_password("anything", "", Attempts()) == (False, "read_only")


def _app(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def small_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite3'}")
    monkeypatch.setenv("IIM_DATA_DIR", str(tmp_path))


def test_ingest_is_open_and_says_so_without_a_password(small_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IIM_EDITOR_PASSWORD", raising=False)
    at = _app("pages/ingest.py")
    assert not at.button(key="ingest_go").disabled
    assert any(i.value.startswith("Open: no editor password is set") for i in at.info)


def test_ingest_needs_the_editor_password_once_one_is_set(small_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IIM_EDITOR_PASSWORD", "s3cret")
    monkeypatch.setattr(access.time, "sleep", lambda _s: None)
    at = _app("pages/ingest.py")
    assert at.button(key="ingest_go").disabled
    for i in range(MAX_FAILURES):
        at.text_input(key="ingest_password").set_value(f"guess{i}").run()
    assert at.button(key="ingest_go").disabled
    assert [e.value for e in at.error][-1].startswith("Too many wrong passwords")
    at.text_input(key="ingest_password").set_value("s3cret").run()  # locked: refused unchecked
    assert at.button(key="ingest_go").disabled


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.fixture(scope="module")
def dashboard_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real dashboard server started with the project's .streamlit/config.toml (XSRF off, so that
    a scripted client can upload); its port."""
    tmp = tmp_path_factory.mktemp("server")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'srv.sqlite3'}", "IIM_DATA_DIR": str(tmp)}
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                               "--server.enableXsrfProtection", "false"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                    assert answer.read() == b"ok"
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the dashboard did not start")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_the_dashboard_listens_on_loopback_only(dashboard_port: int) -> None:
    outside = _non_loopback_address()
    if outside is None:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    with pytest.raises(OSError), socket.create_connection((outside, dashboard_port), timeout=3):
        pass


async def _uploads_in_a_session(port: int, sizes: list[int]) -> list[int]:
    """Open a browser-like session over the websocket and, while it is open, upload files of these
    sizes; their HTTP statuses."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None) as ws:
        back = BackMsg()
        back.rerun_script.query_string = ""
        await ws.send(back.SerializeToString())
        while True:
            message = ForwardMsg()
            message.ParseFromString(await asyncio.wait_for(ws.recv(), 120))
            if message.WhichOneof("type") == "new_session":
                session = message.new_session.initialize.session_id
                return [await asyncio.to_thread(_upload, port, session, size) for size in sizes]


def _upload(port: int, session: str, size: int) -> int:
    """PUT a multipart upload of ``size`` bytes as the browser does; the HTTP status."""
    head = (b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n")
    tail = b"\r\n--b--\r\n"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.putrequest("PUT", f"/_stcore/upload_file/{session}/file-{size}")
    conn.putheader("Content-Type", "multipart/form-data; boundary=b")
    conn.putheader("Content-Length", str(len(head) + size + len(tail)))
    conn.endheaders()
    try:
        conn.send(head)
        chunk = b"a" * (1 << 20)
        for start in range(0, size, len(chunk)):
            conn.send(chunk[: min(len(chunk), size - start)])
        conn.send(tail)
    except OSError:  # the server may stop reading once it has refused
        pass
    status = conn.getresponse().status
    conn.close()
    return status


@pytest.mark.slow
def test_an_upload_over_50_mb_is_refused_by_the_server(dashboard_port: int) -> None:
    """Before, Streamlit's 200 MB default let three 199 MB uploads in (846 MB resident)."""
    one_mb = 1 << 20
    # 1 MB goes in; 51 MB is refused (413) from its Content-Length, before anything is buffered
    assert asyncio.run(_uploads_in_a_session(dashboard_port, [one_mb, 51 * one_mb])) == [204, 413]
