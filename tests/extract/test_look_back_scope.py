"""A look-back date dates only the event it names (issue 8, lead, session 7).

"two years after Iraq declared victory", «بعد مرور عامين على إعلان النصر», «مرت خمس سنوات على تفجير …» date
the event named right after them (``ResolvedDate.looks_back``). The report's own event told before the phrase,
or in another clause after it, happens on its own day: it was dated years back and flagged historical, so
today's attack left the timeline. Found by probing commit 1b90fde's 'N years after' dates with these
self-written phrasings; the article date is Tuesday 2020-03-03.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2020, 3, 3)


def _incidents(text: str) -> list[tuple[str, date | None, bool]]:
    return incidents(text, "event_type", "event_date", "historical", day=TUE)


@pytest.mark.parametrize("text, event_type", [
    ("A roadside bomb killed three soldiers near Tarmiyah, two years after Iraq declared victory over Islamic State.",
     "Explosions/Remote violence"),
    ("Two years after Islamic State was driven out of Mosul, hundreds of residents protested in the city against "
     "the lack of services.", "Protests"),
    ("Gunmen killed a journalist in Basra, a year after he reported on corruption in the port.",
     "Violence against civilians"),
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة قرب الطارمية، بعد مرور عامين على إعلان النصر على داعش.",
     "Explosions/Remote violence"),
])
def test_the_reports_own_event_keeps_its_day(text: str, event_type: str) -> None:
    found = [i for i in _incidents(text) if i[0] == event_type]
    assert found and all(not historical and when is not None and when.year == 2020
                         for _, when, historical in found), _incidents(text)


@pytest.mark.parametrize("text, event_type, year", [
    ("A year after IS overran Sinjar, Yazidi survivors returned to the town.", "Battles", 2019),
    ("Two years after the bombing that killed 30 people in Karrada, families gathered in Baghdad.",
     "Explosions/Remote violence", 2018),
])
def test_the_event_named_after_the_phrase_is_dated_back(text: str, event_type: str, year: int) -> None:
    assert (event_type, date(year, 3, 1), True) in _incidents(text)
