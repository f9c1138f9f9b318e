"""A dateline opening the body after a headline that names a place of its own ("Turkish drone kills
three in Sinjar" / "ERBIL (Kurdistan 24) – ..."): the dateline's city is where the report was filed,
as when the headline names no place (tests/extract/test_rudaw_dateline.py), so the lead told under it
joins the body's placed account instead of adding an event at the filing city (issue 8, enwire6 audit
of a fresh English corpus, work half; docs/english_audit.md round 4). Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)


def placed(text: str) -> list[str | None]:
    return sorted(i.location for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish drone kills two fighters in Sinjar\nERBIL (Kurdistan 24) – A Turkish drone struck a vehicle on "
     "Tuesday, killing two fighters, the counter-terrorism directorate said.\nThe drone hit the car in the "
     "Khanasor area west of the town, the statement added.", ["Khanasor"]),
    ("Gunmen kill policeman in Tuz Khurmatu\nKIRKUK (Reuters) - Gunmen attacked a police checkpoint on Monday, "
     "killing one policeman, officials said.\nThe checkpoint lies on the outskirts of Tuz Khurmatu, police said.",
     ["Tuz Khurmatu"]),
    ("ISIS suspects detained in Mosul\nERBIL, Kurdistan Region – Iraqi forces arrested four ISIS suspects on "
     "Tuesday, a statement said.\nThe suspects were detained in raids in Mosul, it added.", ["Mosul"]),
    # an Arabic dateline after a placed headline (held before too: the lead joins Daquq in Kirkuk's governorate)
    ("مقتل جندي بهجوم في داقوق\nكركوك/ نايا - قتل جندي بهجوم مسلح استهدف نقطة عسكرية فجر اليوم.\n"
     "ووقع الهجوم في قضاء داقوق جنوبي المدينة، بحسب مصدر أمني.", ["Daquq"]),
    # the dateline's city is also the event's place: kept there
    ("Rocket lands near Erbil airport\nERBIL (Kurdistan 24) – A rocket landed near Erbil International Airport "
     "late on Tuesday, causing no casualties.", ["Erbil International Airport"]),
])
def test_a_dateline_after_a_placed_headline_is_where_the_report_was_filed(text: str, expected: list[str]) -> None:
    assert placed(text) == expected
