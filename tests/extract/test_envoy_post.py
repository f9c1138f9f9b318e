"""Where an envoy serves and the government that sent him are not an event's place: «استدعاء سفير أنقرة في
بغداد» after a Turkish strike is neither in Ankara nor in Baghdad (issue 8, place7 audit: the strike
retold as «القصف الجديد» was put in Baghdad). Look-alikes: an ambassador's driver killed in Baghdad, a
shell near an embassy. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[str | None]:
    article = Article(text=text, id="t", source="t")
    return sorted(i.location or "" for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents)


def test_the_envoys_post_and_government_do_not_place_the_retold_strike() -> None:
    text = ("قصفت المدفعية التركية مساء اليوم جبل خامتير في قضاء زاخو. ويأتي القصف الجديد رغم الغضب الشعبي، مما دفع "
            "الخارجية العراقية إلى استدعاء سفير أنقرة في بغداد وتسليمه مذكرة احتجاج.")
    assert _places(text) == ["Zakho District"]


@pytest.mark.parametrize("text, expected", [
    ("قتل مسلحون سائق السفير في بغداد مساء اليوم.", ["Baghdad"]),
    ("سقطت قذيفة هاون قرب السفارة التركية في بغداد مساء اليوم.", ["Baghdad"]),
])
def test_an_event_near_an_envoy_keeps_its_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
