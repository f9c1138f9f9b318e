""""N years have passed since X", «مرت N سنوات على X», «N أعوام مرت على X»: X happened that many
years back, its month known (issue 8, docs/arabic_audit.md, left by semfix: the English retrospective
was dated to the report's week). Phrasings written for this table; dates read by ``find_dates`` and
incidents by ``parse_article`` on a report of 7 September 2018."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2018, 9, 7)


@pytest.mark.parametrize("text, expected", [
    ("أربعة أعوام مرت على تفجير الكرادة.", (date(2014, 9, 1), 3)),
    ("مرت خمس سنوات على تفجير الكرادة.", (date(2013, 9, 1), 3)),
    ("Four years have passed since the Karrada bombing.", (date(2014, 9, 1), 3)),
    ("Ten years had gone by since the attack.", (date(2008, 9, 1), 3)),
])
def test_years_passed_date_the_event_back(text: str, expected: tuple) -> None:
    assert [(d.value, d.precision) for d in find_dates(text, DAY)] == [expected]


@pytest.mark.parametrize("text", [
    # no count of years, or years still to come
    "مرت سنوات على تفجير الكرادة.",
    "Many years have passed since the war.",
])
def test_no_count_no_date(text: str) -> None:
    assert find_dates(text, DAY) == []


def test_an_english_retrospective_is_historical_not_this_week() -> None:
    found = parse_article(Article(text="Four years have passed since the Karrada bombing that killed hundreds of "
                                       "civilians."), article_date=DAY).incidents
    assert [(i.event_date, i.time_precision, i.historical) for i in found] == [(date(2014, 9, 1), 3, True)]
