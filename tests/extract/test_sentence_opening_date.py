"""A sentence that opens on a date years back tells its other events then too: "In January 2020, Iran fired
missiles at Ain al-Asad in retaliation for the US drone strike that killed Soleimani near Baghdad airport" — the
drone strike, told in the cause clause with no date of its own, was dated the report's day (lead, session 12;
self-written wire-style phrasings)."""

from __future__ import annotations

from datetime import date

from tests.extract.probe import incidents

DAY = date(2025, 3, 11)
REPORT = ("At least three rockets struck Ain al-Asad air base in Anbar province on Tuesday, officials said.\n"
          "In January 2020, Iran fired more than a dozen ballistic missiles at Ain al-Asad in retaliation for the US "
          "drone strike that killed an Iranian general near Baghdad airport.")


def test_no_event_of_a_sentence_dated_years_back_is_todays() -> None:
    found = incidents(REPORT, "sub_event_type", "event_date", "historical", day=DAY)
    assert [f for f in found if f[1] == DAY] == [("Shelling/artillery/missile attack", DAY, False)]
    assert all(f[2] for f in found if f[1] != DAY)


def test_a_sentence_opening_on_this_week_tells_no_background() -> None:
    # the near miss: the sentence opens on a recent day, so nothing in it is years back
    text = ("On Monday, rockets hit Ain al-Asad air base in retaliation for the drone strike that killed two men near "
            "Baghdad airport.")
    found = incidents(text, "event_date", "historical", day=DAY)
    assert found and not any(historical for _, historical in found)
    assert date(2025, 3, 10) in [day for day, _ in found]
