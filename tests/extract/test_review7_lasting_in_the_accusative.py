"""«كان مختطفاً منذ شهرين», «محاصراً منذ يومين»: a state that has lasted that long, told in the accusative, is
a duration as «مختطف منذ» is, not an event two months ago (review7 probes of 10ae7a4, issue 8). Every phrasing is
written for this test; the report is of Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _dates(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    incidents = parse_article(article, None, article_date=date(2024, 3, 14)).incidents
    return [i.event_date.isoformat() if i.event_date else None for i in incidents]


@pytest.mark.parametrize("text, expected", [
    # accusative states (dated to the since-date on main)
    ("حررت قوة أمنية مواطنا كان مختطفا منذ شهرين في قضاء الطارمية صباح اليوم.", ["2024-03-14"]),
    ("حررت قوة أمنية مواطناً مختطفاً منذ شهرين في قضاء الطارمية صباح اليوم.", ["2024-03-14"]),
    ("وقال المصدر إن المسلح الذي كان محاصرا منذ يومين فجر نفسه داخل منزل في الموصل.", ["2024-03-14"]),
    # near miss: an event told «منذ يومين» is two days back
    ("قتل مسلحون شرطيا في الموصل منذ يومين.", ["2024-03-12"]),
])
def test_lasting_in_the_accusative(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
