"""Who may write: the editor password check, with growing delays and a lockout per session.

Pure logic (no Streamlit): :func:`check_password` takes the session's :class:`Attempts` and the
clock, so the rules are tested without a browser. A failed guess waits ``2**(n-1)`` seconds
(capped), and :data:`MAX_FAILURES` wrong guesses lock the session out for :data:`LOCKOUT_SECONDS`;
every failure and lockout is logged (logger ``iim.access``) for the newsroom's administrator.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

LOG = logging.getLogger("iim.access")
MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60
MAX_DELAY_SECONDS = 8.0


@dataclass
class Attempts:
    """One session's failed editor-password guesses."""

    failures: int = 0
    locked_until: float = 0.0
    last_failed: str = ""  # digest of the last wrong entry: a rerun with the same text is not a new guess


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def check_password(entered: str, configured: str, attempts: Attempts, *, now: float | None = None,
                   sleep: Callable[[float], None] | None = None, session: str = "?") -> tuple[bool, str | None]:
    """Whether ``entered`` unlocks editing; else the key of the message to show.

    Keys: ``"read_only"`` (no password configured), ``"enter_password"``, ``"wrong_password"``,
    ``"locked"`` (too many wrong guesses: refused without being checked until the lockout ends).

    Examples
    --------
    >>> a = Attempts()
    >>> check_password("guess", "secret", a, now=0, sleep=lambda s: None)
    (False, 'wrong_password')
    >>> check_password("secret", "secret", a, now=1, sleep=lambda s: None)
    (True, None)
    """
    now = time.monotonic() if now is None else now
    if not configured:
        return False, "read_only"
    if not entered:
        return False, "enter_password"
    if attempts.locked_until > now:
        return False, "locked"
    if hmac.compare_digest(entered.encode("utf-8", "surrogatepass"), configured.encode("utf-8")):
        attempts.failures, attempts.last_failed = 0, ""
        return True, None
    digest = _digest(entered)
    if digest == attempts.last_failed:  # the same wrong text, shown again on a rerun
        return False, "wrong_password"
    attempts.failures += 1
    attempts.last_failed = digest
    if attempts.failures >= MAX_FAILURES:
        attempts.locked_until = now + LOCKOUT_SECONDS
        attempts.failures = 0
        LOG.warning("editor password: session %s locked out for %d s after %d wrong guesses",
                    session, LOCKOUT_SECONDS, MAX_FAILURES)
        return False, "locked"
    delay = min(2.0 ** (attempts.failures - 1), MAX_DELAY_SECONDS)
    LOG.warning("editor password: wrong guess %d from session %s; waiting %.0f s", attempts.failures, session,
                delay)
    (sleep or time.sleep)(delay)
    return False, "wrong_password"
