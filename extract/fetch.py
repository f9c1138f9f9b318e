"""The one safe way this project fetches a URL (URL ingest, feeds, article pages behind feed items).

A server reading URLs that users type must not become a way into the newsroom's own network
(server-side request forgery). So, unless private addresses are explicitly allowed:

- only ``http`` and ``https``;
- the host is resolved once and every address it resolves to must be public: loopback, private,
  link-local, multicast, reserved, unspecified and shared (CGNAT) addresses are refused, IPv4 and
  IPv6, whatever numeric spelling was used (``2130706433``, ``0x7f.1``, ``::ffff:127.0.0.1``,
  ``64:ff9b::7f00:1``, 6to4) because the check is on the resolved address, not on the text;
- the connection goes to the address that was checked (pinned: a second DNS answer cannot swap
  it), and the address actually connected to is checked again;
- every redirect is a new URL checked the same way;
- one total deadline covers resolving, connecting, redirects and reading (a server that drips one
  byte a second cannot hold a fetch), and the body is counted while it streams (a size cap).

Every refused URL gets the same answer (:data:`REFUSED`), and network failures of allowed hosts get
one answer too, so error messages tell nothing about which internal hosts or ports exist.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

__all__ = ["ALLOW_PRIVATE_ENV", "REFUSED", "FetchError", "Response", "allow_private_from_env", "fetch",
           "is_public_address"]

#: Environment setting that allows private addresses (``1``/``true``/``yes``), for people who mean it.
ALLOW_PRIVATE_ENV = "IIM_ALLOW_PRIVATE_URLS"
#: The one answer for every refused URL (scheme, unresolvable host, non-public address, redirect there).
REFUSED = "this address cannot be fetched: it must be a public http:// or https:// address whose name resolves"
UNREACHABLE = "could not reach the site"
TOO_SLOW = "the site did not answer in time"
USER_AGENT = "iraq-incident-map/0.1 (+reading news about Iraq)"
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A fetch that did not give a usable answer; ``str(error)`` is safe to show to anyone."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Response:
    """A fetched answer: final URL (after redirects), status (200, or 304), headers, body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def allow_private_from_env(environ: dict[str, str] | None = None) -> bool:
    """Whether :data:`ALLOW_PRIVATE_ENV` allows private addresses.

    Examples
    --------
    >>> allow_private_from_env({}), allow_private_from_env({"IIM_ALLOW_PRIVATE_URLS": "yes"})
    (False, True)
    """
    value = (os.environ if environ is None else environ).get(ALLOW_PRIVATE_ENV, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


def is_public_address(address: str) -> bool:
    """Whether an IP address (text, IPv4 or IPv6) is a public unicast address.

    IPv6 forms that carry an IPv4 address (mapped, 6to4, NAT64) are judged by that address.

    Examples
    --------
    >>> [is_public_address(a) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "169.254.169.254")]
    [True, False, False, False]
    >>> [is_public_address(a) for a in ("::1", "::ffff:127.0.0.1", "fe80::1%eth0", "2002:7f00:1::", "ff02::1")]
    [False, False, False, False, False]
    >>> is_public_address("2606:4700:4700::1111"), is_public_address("224.0.0.1"), is_public_address("100.64.0.1")
    (True, False, False)
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(str(embedded))
        if ip.teredo is not None:
            return False
    elif ip in _SHARED:
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_private or ip.is_reserved or ip.is_loopback
                                 or ip.is_link_local or ip.is_unspecified)


class _Deadline:
    """Seconds left of one total budget; :meth:`left` raises :class:`FetchError` when it is spent."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise FetchError(TOO_SLOW)
        return remaining


_RESOLVER = ThreadPoolExecutor(max_workers=4, thread_name_prefix="resolve")


def _resolve(host: str, port: int, deadline: _Deadline) -> list[str]:
    """The addresses of ``host`` (getaddrinfo has no timeout: it runs in a thread we stop waiting for)."""
    future = _RESOLVER.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=deadline.left())
    except FutureTimeout:
        raise FetchError(TOO_SLOW) from None
    except (OSError, UnicodeError):
        raise FetchError(REFUSED) from None  # unknown host: the same answer as a refused one
    return list(dict.fromkeys(info[4][0] for info in infos))


def _target(url: str, allow_private: bool, deadline: _Deadline) -> tuple[urllib.parse.SplitResult, str, int]:
    """Check ``url``; return its parts, the (checked) address to connect to, and the port."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise FetchError(REFUSED) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(REFUSED)
    addresses = _resolve(parts.hostname, port, deadline)
    if not addresses or not (allow_private or all(is_public_address(a) for a in addresses)):
        raise FetchError(REFUSED)  # every answer must be public: a mixed answer is a rebinding trick
    return parts, addresses[0], port


def _connection(parts: urllib.parse.SplitResult, address: str, port: int,
                timeout: float) -> http.client.HTTPConnection:
    """A connection to ``address`` (pinned) that still speaks to the URL's host name (Host, TLS SNI
    and certificate check)."""
    host = parts.hostname or ""
    if parts.scheme.lower() == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def connect_pinned(_address, timeout=None, source_address=None):
        return socket.create_connection((address, port), timeout, source_address)

    conn._create_connection = connect_pinned  # the checked address, not a second DNS answer
    return conn


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: _Deadline) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"the page is too large (over {max_bytes / 1e6:.0f} MB)")
    chunks, size = [], 0
    while True:
        deadline.left()
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the page is too large (over {max_bytes / 1e6:.0f} MB)")
        chunks.append(chunk)


def _exchange(url: str, headers: dict[str, str], *, allow_private: bool, deadline: _Deadline,
              max_bytes: int) -> tuple[int, dict[str, str], bytes]:
    """One request and its answer (no redirects followed), within the deadline."""
    parts, address, port = _target(url, allow_private, deadline)
    conn = _connection(parts, address, port, deadline.left())
    # The watchdog closes the socket when the total deadline passes, whatever the server drips.
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(deadline.left(), expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        conn.connect()
        if not allow_private and not is_public_address(conn.sock.getpeername()[0]):
            raise FetchError(REFUSED)  # the address actually connected to
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity",
                                           "Connection": "close", **headers})
        response = conn.getresponse()
        answer = {k.lower(): v for k, v in response.getheaders()}
        body = b"" if response.status in _REDIRECTS or response.status == 304 else (
            _read_body(response, max_bytes, deadline))
        return response.status, answer, body
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as error:
        if expired.is_set() or isinstance(error, TimeoutError):
            raise FetchError(TOO_SLOW) from None
        raise FetchError(UNREACHABLE) from None  # no errno: it would tell open ports from closed
    finally:
        watchdog.cancel()
        conn.close()
        if expired.is_set():
            raise FetchError(TOO_SLOW)


def fetch(url: str, *, allow_private: bool = False, timeout: float = 20, max_bytes: int = 50_000_000,
          headers: dict[str, str] | None = None, max_redirects: int = 5) -> Response:
    """GET ``url`` safely (see the module doc); raises :class:`FetchError` with a message for people.

    ``timeout`` is the total deadline in seconds (redirects and slow bodies included); ``headers``
    are extra request headers (e.g. ``If-None-Match``). A 304 answer is returned (status 304, empty
    body); any other status than 200-299 raises :class:`FetchError` with ``status`` set.

    Examples
    --------
    >>> for url in ("ftp://example.org/", "http://127.0.0.1/", "http://2130706433/", "http://[::1]/"):
    ...     try:
    ...         fetch(url)
    ...     except FetchError as error:
    ...         print(error)
    this address cannot be fetched: it must be a public http:// or https:// address whose name resolves
    this address cannot be fetched: it must be a public http:// or https:// address whose name resolves
    this address cannot be fetched: it must be a public http:// or https:// address whose name resolves
    this address cannot be fetched: it must be a public http:// or https:// address whose name resolves
    """
    deadline = _Deadline(timeout)
    current = url.strip()
    for _ in range(max_redirects + 1):
        status, answer, body = _exchange(current, headers or {}, allow_private=allow_private,
                                         deadline=deadline, max_bytes=max_bytes)
        if status in _REDIRECTS and answer.get("location"):
            current = urllib.parse.urljoin(current, answer["location"].strip())
            continue
        if status == 304 or 200 <= status < 300:
            return Response(current, status, answer, body)
        raise FetchError(f"the site answered {status}", status=status)
    raise FetchError("too many redirects")
