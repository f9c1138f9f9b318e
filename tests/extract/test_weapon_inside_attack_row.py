"""An attack row matched from its verb to its object («هاجم مسلحو داعش بقذائف الهاون نقطة») with the weapon fired
from afar told inside it as the instrument is that weapon's event, as when the weapon is a trigger of its own
(type11's events._fired_from_afar); close combat named or rocket-propelled grenades keep the clash (issue 8, lead,
session 11: the blind sets' largest type confusion is Shelling read as Armed clash). Self-written phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = ("Explosions/Remote violence", "Grenade")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def types(text: str) -> list[tuple[str, str]]:
    return [(x.event_type, x.sub_event_type) for x in parse_article(Article(text=text), article_date=date(2026, 3, 1)).incidents]


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحو داعش بقذائف الهاون نقطة للحشد الشعبي في ناحية العظيم اليوم.", [SHELLING]),
    ("هاجم عناصر التنظيم بالصواريخ مقراً للجيش في قضاء الطارمية مساء اليوم.", [SHELLING]),
    # near misses: close combat in the sentence, RPG rounds, no weapon
    ("هاجم مسلحو داعش بقذائف الهاون نقطة للحشد الشعبي في ناحية العظيم ثم اشتبكوا مع عناصرها اليوم.", [CLASH]),
    ("هاجم مسلحون بالقذائف الصاروخية نقطة للجيش في قضاء الطارمية اليوم.", [CLASH]),
    ("هاجم مسلحو داعش نقطة للحشد الشعبي في ناحية العظيم اليوم.", [CLASH]),
])
def test_weapon_inside_the_attack_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attack on civilians told with its explosive means is coded by the means
    ("هاجم مسلحون مجهولون بقنبلة يدوية منزل مواطن في حي الجهاد ببغداد فجر اليوم.", [GRENADE]),
    ("هاجم مسلحون بعبوة ناسفة منزل مختار قرية في قضاء الطارمية اليوم.", [IED]),
    # near miss: no means named, an attack on civilians
    ("هاجم مسلحون مجهولون منزل مواطن في حي الجهاد ببغداد فجر اليوم.", [ATTACK]),
])
def test_explosive_means_inside_an_attack_on_civilians(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected
