"""A place named for the event and then described (issue 8, docs/arabic_audit.md "Long wire and TV-site
reports (arwire6, session 6)"): «ووقع الهجوم في قضاء مخمور، وهو منطقة جبلية تشهد هجمات متكررة» tells
where the attack just reported happened; the clause opened by «، وهو/وهي» describes the place (its
habitual attacks), so the habit no longer takes the locating words with it and the attack is placed
in Makhmour, not in the Kurdistan Region of the lead. Phrasings written for this table from general
Arabic news usage; one event told with «، وهو ما أكده ...» or «، وهي الثانية ...» stays one event.
"""

from __future__ import annotations

from datetime import date

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2022, 3, 9)

#: report -> the places of its incidents
PLACED = {
    "هاجم مسلحون من داعش قرية في إقليم كردستان ليل أمس، ما أسفر عن مقتل ثلاثة من سكانها.\n"
    "ووقع الهجوم في قضاء مخمور، وهو منطقة جبلية تشهد هجمات متكررة على قوات البيشمركة.": ["Makhmour District"],
    "قتل جندي وأصيب آخر بهجوم مسلح على نقطة للجيش في قضاء الطارمية، وهو ما أكده مصدر أمني.": ["Tarmiyah District"],
    "انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية، وهي الثانية خلال يومين.": ["Tarmiyah District"],
}


def test_a_place_described_after_it_is_named_still_places_the_event() -> None:
    found = {text: [i.location for i in parse_article(Article(text=text), article_date=DAY).incidents]
             for text in PLACED}
    assert found == PLACED
