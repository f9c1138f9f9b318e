"""«ووقع الحادث في منطقة الطارمية», "the incident happened in the town of Tarmiya": the event just told,
placed (issue 8, place7 audit; found in the check half after the work half's rules were written). The
word is only ever a back reference: after a road accident, or with no event before it, it gives no
incident. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return [i.location for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents]


@pytest.mark.parametrize("text", [
    "A roadside bomb exploded near an army patrol north of Baghdad on Tuesday, killing four soldiers. A statement "
    "says the incident happened in the town of Tarmiya.",
    "انفجرت عبوة ناسفة على دورية للجيش شمالي بغداد اليوم الثلاثاء ما أسفر عن مقتل أربعة جنود. ووقع الحادث في "
    "منطقة الطارمية.",
])
def test_the_incident_told_again_places_the_event(text: str) -> None:
    assert _places(text) == ["Tarmiyah"]


@pytest.mark.parametrize("text", [
    "انقلبت سيارة على طريق بغداد كركوك. ووقع الحادث قرب ناحية تازة.",
    "The incident happened in Mosul on Tuesday.",
])
def test_the_word_alone_is_no_event(text: str) -> None:
    assert _places(text) == []
