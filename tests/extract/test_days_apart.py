"""merge_days._days_apart: the one guard that keeps accounts of different days apart (both dated, the dates
more than a day apart), with which dates count: any, each one's own text's, or also an announcement's."""

from __future__ import annotations

from datetime import date

import pytest

from extract.drafts import _Draft
from extract.merge_days import _days_apart
from extract.model import Incident

MAY_3, MAY_4, MAY_9 = date(2025, 5, 3), date(2025, 5, 4), date(2025, 5, 9)


def _draft(day: date | None, how: str, index: int) -> _Draft:
    """A draft dated ``day``: ``how`` is "text" (its own text's date), "weak" (an announcement's beside it)
    or "article" (the article's day only)."""
    incident = Incident("Violence against civilians", "Attack", "gunmen killed a shepherd", event_date=day,
                        time_precision=1 if day else None)
    return _Draft(incident, index, placed=True, dated=how == "text", role="", weak_dated=how == "weak")


@pytest.mark.parametrize("a, b, own, expected", [
    ((MAY_3, "text"), (MAY_9, "text"), "", True),
    ((MAY_3, "text"), (MAY_9, "text"), "text", True),
    ((MAY_3, "text"), (MAY_9, "text"), "told", True),
    ((MAY_3, "text"), (MAY_4, "text"), "", False),        # a day apart is not apart (a night's event told next day)
    ((MAY_3, "text"), (None, "article"), "", False),      # one has no date at all
    ((MAY_3, "article"), (MAY_9, "text"), "", True),      # any date counts, the article's day included
    ((MAY_3, "article"), (MAY_9, "text"), "text", False),  # only dates of their own text count
    ((MAY_3, "weak"), (MAY_9, "text"), "text", False),
    ((MAY_3, "weak"), (MAY_9, "text"), "told", True),     # an announcement's date counts as told
    ((MAY_3, "article"), (MAY_9, "weak"), "told", False),
])
def test_days_apart(a: tuple, b: tuple, own: str, expected: bool) -> None:
    first, second = _draft(*a, 0), _draft(*b, 2)
    assert _days_apart(first, second, own=own) is expected
    assert _days_apart(second, first, own=own) is expected
