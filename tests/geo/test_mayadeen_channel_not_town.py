"""«قناة الميادين» is the TV channel quoted as a source, not the Syrian town (issue 8, prec9 audit, both halves
open, class PLACE): «وبحسب ما نقلت قناة "الميادين"، قالت الميليشيا إن قصفها طال مقراً للموساد» in a report of
the strikes on Erbil gave a second shelling at Mayadin, Syria. A context rule drops «الميادين» after a channel,
network or correspondent word and before «نت»; the town keeps its events.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 16)


def where(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.location, i.country) for i in parse_article(Article(text=text), article_date=DAY).incidents]


def test_the_channel_is_no_place() -> None:
    assert where('أعلن الحرس الثوري قصف مقرات في أربيل بالصواريخ الباليستية.\n'
                 'وبحسب ما نقلت قناة "الميادين"، قالت الميليشيا إن قصفها طال مقراً للموساد.') == [("Erbil", "IQ")]


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف مواقع قرب مدينة الميادين في ريف دير الزور الشرقي.",
    "انفجرت سيارة مفخخة في الميادين شرقي دير الزور.",
])
def test_the_town_keeps_its_events(text: str) -> None:
    assert where(text) == [("Mayadin", "SY")]
