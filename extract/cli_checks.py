"""Checks of the command line's arguments and environment: each problem is one :class:`UsageError`
(printed by :func:`extract.cli.main` as one line, exit status 2), never a traceback."""

from __future__ import annotations

from collections.abc import Sequence


class UsageError(Exception):
    """A mistake in the command line or its environment: printed as one line, exit status 2."""


def check_governorates(names: Sequence[str], known: Sequence[str]) -> None:
    """Raise :class:`UsageError` for a governorate that is not known, suggesting the close name.

    Examples
    --------
    >>> check_governorates(["Diyala"], ["Diyala", "Baghdad"])
    >>> check_governorates(["Diyal"], ["Diyala", "Baghdad"])
    Traceback (most recent call last):
    ...
    extract.cli_checks.UsageError: unknown governorate 'Diyal'; did you mean 'Diyala'?
    """
    from rapidfuzz import fuzz, process

    for name in names:
        if name in known:
            continue
        close = process.extractOne(name, known, scorer=fuzz.WRatio, score_cutoff=70)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
        raise UsageError(f"unknown governorate {name!r}; {hint}")


def open_database(url: str | None):
    """The engine for ``--db`` (or the default), upgraded; a bad URL or an unreachable server is a
    :class:`UsageError` naming it, never a traceback."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from storage.config import database_url
    from storage.migrate import SchemaError
    from storage.store import get_engine

    shown = url or database_url()
    try:
        return get_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        raise UsageError(f"bad database URL {_hide_password(shown)!r}: {str(error).splitlines()[0]}") from None
    except DBAPIError as error:
        reason = str(error.orig or error).strip().splitlines()[0] if (error.orig or error) else "unknown error"
        raise UsageError(f"cannot open the database {_hide_password(shown)}: {reason}") from None
    except SchemaError as error:
        raise UsageError(str(error)) from None


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not even a URL: show it as given
        return url
