"""Ballistic missiles and artillery are shelling/artillery/missile attacks, not air or drone strikes
(ACLED codebook: long-range artillery, missile and rocket systems; an air/drone strike comes from an
aircraft or a drone). Issue 8, enfix6 follow-up of the enwire6 audit of 105 English wire reports
(docs/english_audit.md round 4: an IRGC ballistic-missile attack on Erbil typed as a drone strike,
Turkish "artillery bombing" of a resort typed as a bombing; "a bomb in a parked car detonated" typed as an
attack on civilians). Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 1, 10)
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def types(text: str) -> list[str]:
    return sorted(i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Revolutionary Guards launched a ballistic missile attack on Monday night on what they called a spy "
     "centre in Erbil.", [SHELLING]),
    ("Iran fired several ballistic missiles at a headquarters near Koya on Wednesday, killing two fighters.",
     [SHELLING]),
    ("A cruise missile strike hit an airbase near Erbil on Tuesday, officials said.", [SHELLING]),
    ("The fierce artillery bombing hit a resort in Zakho on Wednesday, killing eight tourists.", [SHELLING]),
    ("Turkish howitzers pounded a village near Zakho on Wednesday, residents said.", [SHELLING]),
    # Arabic (held on main too: صواريخ and قصف مدفعي are shelling words)
    ("أطلق الحرس الثوري صواريخ باليستية على مقر في أربيل مساء الاثنين.", [SHELLING]),
    ("استهدف قصف مدفعي تركي منتجعاً سياحياً في زاخو اليوم الأربعاء ما أسفر عن مقتل ثمانية سياح.", [SHELLING]),
    # negatives: aircraft and drones stay air strikes
    ("A US drone fired a missile at a car in Baghdad on Tuesday, killing two commanders.", [AIR]),
    ("Iran fired ballistic missiles and drones at Koya on Wednesday, killing 13 people.", [AIR]),
    ("Turkish warplanes carried out a missile strike on a village near Amadiya on Monday.", [AIR]),
    ("An aerial bombardment hit a hideout in the Hamrin mountains on Sunday, the army said.", [AIR]),
])
def test_ballistic_missiles_and_artillery_are_shelling(text: str, expected: list[str]) -> None:
    assert types(text) == expected


IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "expected"), [
    # a bomb in a parked car is a car bomb (ACLED: a VBIED is a remote explosive), the dead its toll
    ("Sixteen people died Thursday when a bomb in a parked car detonated at a market in Baghdad.", [IED]),
    ("A bomb inside a parked minibus exploded near a checkpoint in Kirkuk on Tuesday, wounding four people.",
     [IED]),
    # a suicide driver makes it a suicide bombing
    ("A suicide bomber drove a car packed with explosives into a checkpoint in Tikrit on Tuesday, killing "
     "five soldiers.", ["Suicide bomb"]),
    ("انفجرت سيارة مفخخة مركونة في سوق شعبي ببغداد اليوم الخميس ما أسفر عن مقتل 16 شخصاً.", [IED]),
    # negative: a car park is no car
    ("Police found a bomb in a car park near the stadium in Basra and defused it.", ["Disrupted weapons use"]),
])
def test_a_bomb_in_a_car_is_a_car_bomb(text: str, expected: list[str]) -> None:
    assert types(text) == expected
