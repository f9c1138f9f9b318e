"""«الهجوم استهدف قاعدة عين الأسد», 'the attack targeted the Ain al-Asad air base': a back reference naming what
the event just told struck places it, as "the attack took place in ..." does (issue 8, dup7 audit: a lead
placed only at the country and the body's base told apart). Phrasings written for this table from general
Arabic and English wire usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
SHELLING, IED = "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(i.sub_event_type, i.location, i.fatalities)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("A single rocket struck near an air base in western Iraq on Monday, causing no casualties. A coalition "
     "spokesman said the attack Monday afternoon targeted the Ain al-Asad air base.",
     [(SHELLING, "Ain al-Asad Air Base", 0)]),
    ("سقط صاروخ قرب قاعدة جوية غربي العراق مساء الاثنين دون وقوع إصابات. وقال متحدث باسم التحالف إن الهجوم استهدف "
     "قاعدة عين الأسد الجوية.", [(SHELLING, "Ain al-Asad Air Base", 0)]),
    # the near miss: what the attack targeted has no place of its own
    ("A roadside bomb struck an army patrol in Tarmiyah on Monday, killing two soldiers. The attack targeted a "
     "patrol of the 17th division.", [(IED, "Tarmiyah", 2)]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية اليوم ما أسفر عن مقتل جنديين. وقال مصدر إن الهجوم استهدف دورية "
     "تابعة للفرقة السابعة عشرة.", [(IED, "Tarmiyah", 2)]),
])
def test_what_the_attack_targeted_places_it(text: str, expected: list) -> None:
    assert incidents(text) == expected
