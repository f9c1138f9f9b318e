"""Solar hijri (Persian) dates, as Telegram exports made in Iran print them, to Gregorian dates.

``24 Mordad 1405`` is the 24th day of the 5th month of the year 1405, counted from Nowruz
(1 Farvardin). Months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year). Nowruz falls
on 20 or 21 March; the years the real-report sets need are listed in ``NOWRUZ`` (from the
astronomical new year: the equinox before noon, Tehran time, makes that day 1 Farvardin).

Usage: ``python tests/golden/solar_hijri.py "24 Mordad 1405"`` prints ``2026-08-15``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

MONTHS = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar",
          "mehr", "aban", "azar", "dey", "bahman", "esfand"]
NOWRUZ = {1402: dt.date(2023, 3, 21), 1403: dt.date(2024, 3, 20), 1404: dt.date(2025, 3, 21),
          1405: dt.date(2026, 3, 21), 1406: dt.date(2027, 3, 21)}


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of ``day`` ``month`` ``year`` (solar hijri, months 1-12)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no such solar hijri date: {year}-{month}-{day}")
    before = sum(31 if m <= 6 else 30 for m in range(1, month))
    return NOWRUZ[year] + dt.timedelta(days=before + day - 1)


def parse(text: str) -> dt.date:
    """``"24 Mordad 1405"`` (as in the exports' footers) to a Gregorian date.

    Checked against dates the posts themselves state: the PMF statement posted on 19 Mordad 1405 is
    signed "10 آب 2026"; the Speicher memorial was posted on 22 Khordad 1405, the massacre's
    anniversary (12 June); Esfand 1404 has 29 days, so Nowruz 1405 is 21 March 2026.

    >>> parse("19 Mordad 1405"), parse("22 Khordad 1405")
    (datetime.date(2026, 8, 10), datetime.date(2026, 6, 12))
    >>> parse("1 Farvardin 1405") - dt.timedelta(days=1) == to_gregorian(1404, 12, 29)
    True
    >>> parse("24 Mordad 1405").isoformat()
    '2026-08-15'
    """
    m = re.fullmatch(r"\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*", text)
    if not m or m[2].lower() not in MONTHS:
        raise ValueError(f"not a solar hijri date: {text!r}")
    return to_gregorian(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1]))


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(parse(arg).isoformat())
