"""Each day of a protest wave is its own event (issue 8, lead, session 7).

ACLED codes demonstrations per day and place. A protest on Sunday and a riot at the same city on Monday,
each told with its own day, were merged into one riot dated Sunday (one day apart is within the merge's
tolerance for violent events told twice); a riot told "in a separate incident" was merged into the protest
before it. Self-written phrasings; the article date is Tuesday 2020-03-03.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2020, 3, 3)


def _incidents(text: str) -> list[tuple[str, date | None]]:
    return sorted(incidents(text, "event_type", "event_date", day=TUE))


@pytest.mark.parametrize("text, expected", [
    ("Thousands protested in Basra on Sunday against power cuts and unemployment.\n\n"
     "Oil workers joined the rallies, which have spread across the south.\n\n"
     "On Monday, protesters stormed the provincial council building in Basra and set it on fire.\n",
     [("Protests", date(2020, 3, 1)), ("Riots", date(2020, 3, 2))]),
    ("تظاهر المئات في البصرة يوم الأحد احتجاجاً على انقطاع الكهرباء.\n\n"
     "وفي يوم الاثنين، اقتحم محتجون مبنى مجلس المحافظة في البصرة وأضرموا النار فيه.\n",
     [("Protests", date(2020, 3, 1)), ("Riots", date(2020, 3, 2))]),
])
def test_two_days_two_events(text: str, expected: list[tuple[str, date]]) -> None:
    assert _incidents(text) == expected


def test_a_separate_incident_is_another_event() -> None:
    text = ("Hundreds of people demonstrated in Nasiriyah on Monday demanding jobs.\n\n"
            "Later, in a separate incident, protesters torched the headquarters of a political party in Nasiriyah.\n")
    assert [kind for kind, _ in _incidents(text)] == ["Protests", "Riots"]


@pytest.mark.parametrize("text", [
    "Protesters set fire to the provincial council building in Basra on Monday. Police fired tear gas to "
    "disperse the demonstrators in Basra.",
    "أحرق محتجون مبنى مجلس محافظة البصرة يوم الاثنين، وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.",
    "Thousands protested in Basra on Monday against power cuts. The protest turned violent when demonstrators "
    "stormed the provincial council building in Basra and set it on fire.",
])
def test_one_day_one_event(text: str) -> None:
    assert _incidents(text) == [("Riots", date(2020, 3, 2))]
