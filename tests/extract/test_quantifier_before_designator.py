"""A quantifier between the preposition and the designator («السيطرة على كامل قضاء سنجار», «على معظم مدينة
تلعفر») leaves the place tied: the event is there, not at the town a distance is measured from (tplace12, issue 8).
Phrasings written for this table; each row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 15)


def places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت القوات الأمنية استعادة السيطرة على كامل قضاء سنجار الذي يبعد 120 كم غرب مدينة الموصل.",
     [("Government regains territory", "Sinjar District")]),
    ("أعلنت القوات الأمنية استعادة السيطرة على معظم مدينة تلعفر التي تبعد 60 كم غرب الموصل.",
     [("Government regains territory", "Tal Afar")]),
    # near miss: no quantifier, the town is tied as before
    ("أعلنت القوات الأمنية استعادة السيطرة على مدينة الفلوجة الواقعة على بعد 50 كلم غرب العاصمة بغداد.",
     [("Government regains territory", "Fallujah")]),
])
def test_a_quantifier_before_the_designator_keeps_the_place_tied(text, expected):
    assert places(text) == expected
