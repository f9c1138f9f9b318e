"""«على إثر الهجوم الصاروخي», 'after the rocket attack': the attack just told named again by a weapon adjective,
with no date of its own, is that attack even when its word names another weapon than the report's (issue 8,
dup7 audit follow-up: a drone attack on Erbil airport told again as "the rocket attack"). Phrasings written for
this table from general Arabic and English news usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
DRONE, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


def test_the_attack_named_again_by_a_weapon_is_the_attack() -> None:
    text = ("استهدف هجوم بطائرات مسيرة مسلحة مطار أربيل الدولي ليلة الأحد. وقالت السلطات إن الهجوم لم يسفر عن أضرار. "
            "وتوقفت الرحلات الجوية من مطار أربيل على إثر الهجوم الصاروخي.")
    assert kinds(text) == [DRONE]


def test_english_regression() -> None:
    text = ("Armed drones attacked Erbil international airport on Sunday night. Officials said the attack caused no "
            "damage. Flights were halted after the rocket attack.")
    assert kinds(text) == [DRONE]


@pytest.mark.parametrize("text", [
    "استهدف هجوم بطائرات مسيرة مسلحة مطار أربيل الدولي ليلة الأحد. وكان المطار قد تعرض الشهر الماضي لقصف صاروخي.",
    "Armed drones attacked Erbil international airport on Sunday night. Last month, rockets struck the airport.",
])
def test_a_rocket_attack_of_another_time_stays_apart(text: str) -> None:
    assert kinds(text) == [DRONE, SHELLING]
