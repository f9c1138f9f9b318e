"""A loopback HTTP server for the tests that fetch (URL ingest, feeds, SSRF, the browser's watcher).

Tests never reach the internet: each serves its own pages from 127.0.0.1 (or another loopback
address) with a handler class derived from :class:`Handler`, started by :func:`serve`::

    class _Pages(Handler):
        def get(self):
            self.answer(200, b"<p>text</p>", content_type="text/html; charset=utf-8")

    @pytest.fixture(scope="module")
    def server():
        with serve(_Pages) as base:
            yield base  # "http://127.0.0.1:PORT"
"""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["Handler", "files", "serve"]

_TYPES = {".xml": "application/xml", ".rdf": "application/xml", ".html": "text/html; charset=utf-8",
          ".json": "application/json"}


class Handler(http.server.BaseHTTPRequestHandler):
    """A quiet request handler (no log lines in the test output) with a one-call answer; a subclass
    answers GET requests in :meth:`get`."""

    def do_GET(self) -> None:
        self.get()

    def get(self) -> None:
        """Answer a GET request (``self.path``, ``self.headers``); by default: 404."""
        self.answer(404, b"not found")

    def answer(self, status: int, body: bytes = b"", *, content_type: str = "text/plain",
               location: str | None = None, **headers: str) -> None:
        """Send a whole response: status, ``Content-Type``, ``Content-Length``, ``Location`` when
        given, the extra ``headers`` (``ETag="..."`` etc.), then the body."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if location is not None:
            self.send_header("Location", location)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def files(root: Path) -> type[Handler]:
    """A handler serving the files under ``root`` by path (the query string ignored), 404 otherwise."""
    top = root.resolve()

    class Files(Handler):
        def get(self) -> None:
            file = (top / self.path.split("?", 1)[0].lstrip("/")).resolve()
            if top in file.parents and file.is_file():
                self.answer(200, file.read_bytes(), content_type=_TYPES.get(file.suffix, "text/plain"))
            else:
                self.answer(404, b"not found")

    return Files


@contextmanager
def serve(handler: type[http.server.BaseHTTPRequestHandler], address: str = "127.0.0.1", *,
          tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Serve ``handler`` on ``address`` (a free port) in a background thread; yields the base URL
    (``https://`` when a server-side ``tls`` context is given).

    Examples
    --------
    >>> import urllib.request
    >>> class Hello(Handler):
    ...     def get(self):
    ...         self.answer(200, b"hello")
    >>> with serve(Hello) as base:
    ...     urllib.request.urlopen(f"{base}/any", timeout=5).read()
    b'hello'
    """
    httpd = http.server.ThreadingHTTPServer((address, 0), handler)
    httpd.daemon_threads = True  # a slow answer still being written never holds the test run
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"{'https' if tls else 'http'}://{address}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
