"""'The incident happened hours after a separate attack in Tal Afar', «ووقع الحادث بعد ساعات من هجوم منفصل في تلعفر»
tell when, against another event, not where: the place after it is that event's, not the incident's (review7 probes
of d925de7, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _first_place(text: str) -> str | None:
    article = Article(text=text, id="t", source="t")
    return parse_article(article, None, article_date=date(2024, 3, 14)).incidents[0].location


@pytest.mark.parametrize("text, expected", [
    # the killing keeps Mosul (moved to Tal Afar on main)
    ("Two policemen were killed in Mosul on Wednesday. The incident happened hours after a separate attack in Tal "
     "Afar.", "Mosul"),
    ("قتل شرطيان في الموصل اليوم. ووقع الحادث بعد ساعات من هجوم منفصل في تلعفر.", "Mosul"),
    # near misses: the incident placed
    ("Two policemen were killed on Wednesday. The incident happened in the Yarmouk district of Baghdad, police said.",
     "Yarmouk"),
    ("Two policemen were killed on Wednesday. The incident took place on Tuesday night in Tarmiyah, police said.",
     "Tarmiyah"),
    ("قتل شرطيان اليوم. ووقع الحادث في منطقة الطارمية شمالي بغداد.", "Tarmiyah"),
])
def test_incident_happened_after(text: str, expected: str) -> None:
    assert _first_place(text) == expected
