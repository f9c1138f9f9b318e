"""SSRF: URL ingest and the feed watcher fetch only public addresses unless told otherwise.

A loopback HTTP server started here stands for the newsroom's internal services: every spelling of
its address is refused without ``--allow-private`` (with one answer for all), and fetched with it.
A second loopback address (127.0.0.2) plays a public site where a test needs one.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import fetch as fetch_module
from extract.cli import main
from extract.fetch import REFUSED, FetchError, fetch, is_public_address
from extract.read import read_url
from tests.loopback import Handler, serve

PAGE = (b"<html><head><title>Internal admin</title></head><body><article><p>"
        + b"Security forces arrested two suspects in Kirkuk on Monday, police said. " * 5
        + b"</p></article></body></html>")


class _Handler(Handler):
    protocol_version = "HTTP/1.1"
    internal = ""  # the internal server's base URL, for redirects into it

    def get(self) -> None:
        if self.path == "/page.html":
            self.answer(200, PAGE, content_type="text/html; charset=utf-8")
        elif self.path == "/host":
            self.answer(200, self.headers.get("Host", "").encode())
        elif self.path == "/to-internal":
            self.answer(302, location=f"{self.internal}/page.html")
        elif self.path == "/to-ftp":
            self.answer(302, location="ftp://127.0.0.1/secret")
        elif self.path == "/loop":
            self.answer(302, location="/loop")
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self._drip(b"x" * 100)
        elif self.path == "/drip-headers":
            self.wfile.flush()
            self._drip(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 100)
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"z" * 65536
            try:
                for _ in range(64):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass
        else:
            self.answer(404, b"not found")

    def _drip(self, data: bytes) -> None:
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass


@pytest.fixture(scope="module")
def internal() -> Iterator[str]:
    with serve(_Handler) as base:
        _Handler.internal = base
        yield base


@pytest.fixture(scope="module")
def public_site(internal: str) -> Iterator[str]:
    """A server on 127.0.0.2 that the tests treat as a public site."""
    with serve(_Handler, "127.0.0.2") as base:
        yield base


@pytest.fixture
def public_127_0_0_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.2 counts as public; everything else is judged as in production."""
    real = fetch_module.is_public_address
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.2" or real(a))


def _spellings(port: int) -> list[str]:
    return [f"http://{host}:{port}/page.html" for host in (
        "127.0.0.1", "localhost", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "0x7f000001",
        "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "LOCALHOST")]


def test_every_spelling_of_loopback_is_refused_with_one_answer(internal: str) -> None:
    port = int(internal.rsplit(":", 1)[1])
    closed = _closed_port()
    urls = _spellings(port) + _spellings(closed) + [
        f"ftp://127.0.0.1:{port}/", "file:///etc/passwd", "gopher://127.0.0.1:70/", "http://no-such-host.invalid/",
        f"http://0.0.0.0:{port}/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
        "http://192.168.1.1/", "http://[fe80::1]/", "http://224.0.0.1/", "http://[::]/", "not a url",
        f"http://127.0.0.1.:{port}/",
    ]
    answers = {}
    for url in urls:
        with pytest.raises(FetchError) as caught:
            fetch(url, timeout=5)
        answers[url] = str(caught.value)
    assert set(answers.values()) == {REFUSED}, answers  # open and closed ports alike: no oracle


def test_the_same_addresses_are_fetched_with_allow_private(internal: str) -> None:
    port = int(internal.rsplit(":", 1)[1])
    for url in _spellings(port):
        if "::" in url and not socket.has_ipv6:
            continue
        try:
            response = fetch(url, allow_private=True, timeout=5)
        except FetchError as error:  # [::1] etc. when the server listens on IPv4 only
            assert "[" in url, (url, error)
            continue
        assert response.status == 200 and b"Internal admin" in response.body, url


def test_redirect_into_the_internal_network_is_refused(internal, public_site, public_127_0_0_2) -> None:
    assert fetch(f"{public_site}/page.html").status == 200  # the "public" site itself is fine
    for path in ("/to-internal", "/to-ftp"):
        with pytest.raises(FetchError) as caught:
            fetch(public_site + path, timeout=5)
        assert str(caught.value) == REFUSED
    assert fetch(f"{public_site}/to-internal", allow_private=True, timeout=5).body == PAGE


def test_redirect_loop_ends(internal: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"{internal}/loop", allow_private=True, timeout=5)


def test_a_mixed_dns_answer_is_refused(monkeypatch, public_site, public_127_0_0_2) -> None:
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port, deadline: ["127.0.0.2", "127.0.0.1"])
    with pytest.raises(FetchError, match="cannot be fetched"):
        fetch(f"http://news.example:{public_site.rsplit(':', 1)[1]}/page.html")


def test_connection_is_pinned_to_the_checked_address(monkeypatch, public_site, public_127_0_0_2) -> None:
    """The host name is resolved once; the socket goes to that address and the Host header stays."""
    calls = []

    def resolve(host, port, deadline):
        calls.append(host)
        return ["127.0.0.2"]

    monkeypatch.setattr(fetch_module, "_resolve", resolve)
    port = public_site.rsplit(":", 1)[1]
    response = fetch(f"http://news.example:{port}/host")
    assert response.body == f"news.example:{port}".encode() and calls == ["news.example"]


def test_connected_address_is_checked_again(monkeypatch, internal, public_127_0_0_2) -> None:
    """Even if resolution were fooled into a public answer, a socket that lands on loopback is refused."""
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port, deadline: ["127.0.0.2"])
    real_create = socket.create_connection
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: real_create(("127.0.0.1", address[1]), *a, **k))
    with pytest.raises(FetchError) as caught:
        fetch(f"http://news.example:{internal.rsplit(':', 1)[1]}/page.html")
    assert str(caught.value) == REFUSED


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_slow_drip_is_cut_at_the_total_deadline(internal: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not answer in time"):
        fetch(internal + path, allow_private=True, timeout=1)
    assert time.monotonic() - started < 3


def test_size_cap_while_streaming(internal: str) -> None:
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{internal}/huge", allow_private=True, max_bytes=200_000, timeout=10)
    assert len(fetch(f"{internal}/huge", allow_private=True, timeout=10).body) == 64 * 65536


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True), ("2001:4860:4860::8888", True), ("127.0.0.1", False), ("10.1.1.1", False),
    ("172.16.0.1", False), ("192.168.0.1", False), ("169.254.169.254", False), ("100.64.1.1", False),
    ("0.0.0.0", False), ("255.255.255.255", False), ("240.0.0.1", False), ("224.0.0.251", False),
    ("::1", False), ("::", False), ("fc00::1", False), ("fe80::1", False), ("ff02::1", False),
    ("::ffff:10.0.0.1", False), ("::ffff:8.8.8.8", True), ("64:ff9b::a00:1", False),
    ("2002:c0a8:101::", False), ("2001:db8::1", False), ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),
    ("::127.0.0.1", False), ("not an address", False),
])
def test_public_address_table(address: str, public: bool) -> None:
    assert is_public_address(address) is public


# --- the two users of the fetcher: URL ingest (CLI, Ingest page) ---------------------------------


def test_read_url_refuses_then_reads_with_allow_private(internal: str) -> None:
    refused = read_url(f"{internal}/page.html")
    assert refused.articles == () and [r.reason for r in refused.rejections] == [REFUSED]
    [article] = read_url(f"{internal}/page.html", allow_private=True).articles
    assert "Kirkuk" in article.text


def test_cli_ingest_url_needs_allow_private(internal, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("IIM_ALLOW_PRIVATE_URLS", raising=False)
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["ingest", f"{internal}/page.html", "--db", db, "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert REFUSED in err and "Internal admin" not in err
    assert main(["ingest", f"{internal}/page.html", "--db", db, "--workers", "1", "--allow-private"]) == 0
    assert "added 1 article" in capsys.readouterr().err


def test_environment_setting_allows_private(internal, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("IIM_ALLOW_PRIVATE_URLS", "1")
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["ingest", f"{internal}/page.html", "--db", db, "--workers", "1"]) == 0


def test_ingest_page_reader_uses_the_safe_fetcher(internal, monkeypatch) -> None:
    from dashboard.edit import read_inputs

    monkeypatch.delenv("IIM_ALLOW_PRIVATE_URLS", raising=False)
    refused = read_inputs([], "", "", None, f"{internal}/page.html")
    assert refused.articles == () and refused.rejections[0].reason == REFUSED
    monkeypatch.setenv("IIM_ALLOW_PRIVATE_URLS", "true")
    assert len(read_inputs([], "", "", None, f"{internal}/page.html").articles) == 1


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- HTTPS: the pinned connection still checks the certificate against the URL's host name ------


@pytest.fixture(scope="module")
def https_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate for the name "localhost"."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with serve(_Handler, tls=context) as base:
        yield base.rsplit(":", 1)[1], cert


def test_https_is_pinned_and_verified(https_site, monkeypatch) -> None:
    import ssl

    port, cert = https_site
    real = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda: real(cafile=cert))
    response = fetch(f"https://localhost:{port}/host", allow_private=True, timeout=5)
    assert response.body == f"localhost:{port}".encode()  # SNI and Host name the URL's host
    with pytest.raises(FetchError, match="could not reach the site"):  # the certificate names localhost only
        fetch(f"https://127.0.0.1:{port}/host", allow_private=True, timeout=5)
    with pytest.raises(FetchError) as caught:
        fetch(f"https://localhost:{port}/host", timeout=5)
    assert str(caught.value) == REFUSED
