"""A car bomb, a vest or a belt seized, found or defused is a disrupted weapons use, not an explosion
(ACLED codebook, Disrupted weapons use; annotation guide: "IED defused, weapons cache or explosives seized").
neg10 audit (issue 8): a year's tally «وضبط 4 عجلات مفخخة» in a security statement, and any single «ضبطت
القوات الأمنية عجلة مفخخة», gave an IED explosion that never happened; «ضبطت قوة أمنية حزاماً ناسفاً» gave
nothing. A car bomb that blows up while being defused stays the explosion. Phrasings written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2025, 6, 12)


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text, expected", [
    ("ضبطت القوات الأمنية عجلة مفخخة في قضاء الطارمية اليوم.", [("Disrupted weapons use", "Tarmiyah District")]),
    ("عثرت القوات الأمنية على سيارة مفخخة مركونة قرب سوق في كركوك اليوم وفككتها.",
     [("Disrupted weapons use", "Kirkuk")]),
    ("تمكنت مفارز الجهد الهندسي من تفكيك عجلة مفخخة في قضاء الطارمية اليوم.",
     [("Disrupted weapons use", "Tarmiyah District")]),
    ("ضبطت قوة أمنية حزاماً ناسفاً في منزل بقضاء الطارمية اليوم.", [("Disrupted weapons use", "Tarmiyah District")]),
    ("Security forces seized a car bomb in Tarmiyah on Monday.", [("Disrupted weapons use", "Tarmiyah")]),
    ("انفجرت عجلة مفخخة في كركوك اليوم، فيما ضبطت القوات عجلة مفخخة ثانية في قضاء الحويجة.",
     [("Remote explosive/landmine/IED", "Kirkuk"), ("Disrupted weapons use", "Hawija District")]),
])
def test_seized_or_defused_car_bomb_is_disrupted_weapons_use(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت سيارة مفخخة قرب سوق في كركوك اليوم.", [("Remote explosive/landmine/IED", "Kirkuk")]),
    ("فجر انتحاري حزاماً ناسفاً في سوق ببغداد اليوم.", [("Suicide bomb", "Baghdad")]),
    ("قتل جنديان أثناء تفكيك عجلة مفخخة انفجرت بهم في قضاء الطارمية اليوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah District")]),
    ("Two soldiers were killed when a car bomb they were dismantling exploded in Tarmiyah on Monday.",
     [("Remote explosive/landmine/IED", "Tarmiyah")]),
])
def test_a_car_bomb_that_blew_up_stays_an_explosion(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
