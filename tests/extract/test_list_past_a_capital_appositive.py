"""A list of places, one event each («أحدهما في الموصل ... والآخر في بغداد», "one in Mosul ... and another in
Baghdad"), goes on past an appositive between commas that says what an item is the capital of («الموصل، مركز محافظة
نينوى،», "Mosul, the capital of Nineveh province,"): the governorate inside it is the item's own description, not the
next item, and the list's next item follows the closing comma (tplace12, issue 8). Phrasings written for this table;
each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)


def places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``, sorted."""
    return sorted((x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents)


@pytest.mark.parametrize("text, expected", [
    ("Two suspects were arrested on Tuesday, one in Mosul, the capital of Nineveh province, and another in Baghdad.",
     [("Arrests", "Baghdad"), ("Arrests", "Mosul")]),
    ("اعتقلت القوات اليوم متهمين، أحدهما في الموصل، مركز محافظة نينوى، والآخر في بغداد.",
     [("Arrests", "Baghdad"), ("Arrests", "Mosul")]),
])
def test_the_list_goes_on_past_the_appositive(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: one place with its appositive; an appositive, then a speaker rather than another item
    ("Two suspects were arrested on Tuesday in Mosul, the capital of Nineveh province, police said.",
     [("Arrests", "Mosul")]),
    ("اعتقلت القوات اليوم متهمين في الموصل، مركز محافظة نينوى، بحسب مصدر أمني.", [("Arrests", "Mosul")]),
])
def test_one_place_with_its_appositive_stays_one(text, expected):
    assert places(text) == expected
