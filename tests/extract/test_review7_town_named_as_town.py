"""A district's namesake seat told as the town («في مدينة سنجار», «وسط سنجار», 'the town of Sinjar') is the town,
not the district: the strike there is not moved to Sinuni, told in the same report (review7 probes of 9d44dd5,
issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return [i.location for i in parse_article(article, None, article_date=date(2024, 3, 14)).incidents]


@pytest.mark.parametrize("text", [
    # the town named as a town keeps its strike (moved to Sinuni on main)
    "قصفت طائرة مسيرة تركية سيارة في مدينة سنجار اليوم ما أسفر عن مقتل شخصين، كما قصفت موقعا في ناحية سنوني.",
    "قصفت طائرة مسيرة تركية سيارة وسط سنجار اليوم. وفي ناحية سنوني، قصفت طائرة أخرى مقرا لوحدات مقاومة سنجار.",
])
def test_town_named_as_town(text: str) -> None:
    assert "Sinjar" in _places(text)


def test_bare_seat_still_names_the_district() -> None:
    # near miss (9d44dd5's own case): «في سنجار» beside the sub-district is the district's event at Sinuni
    text = "قصفت طائرة مسيرة تركية موقعا في سنجار اليوم. واستهدف القصف مقرا في ناحية سنوني."
    assert "Sinjar" not in _places(text)
