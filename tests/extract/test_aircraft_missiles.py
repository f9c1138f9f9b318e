"""The missiles an aircraft fired, named bare in the air strike's sentence («استهدفت الطائرة بثلاثة صواريخ سيارة»,
'the drone fired three missiles at an SUV'), are the strike's weapon, not a shelling of their own (issue 8, dup7
audit follow-up). Phrasings written for this table from general Arabic and English news usage; each row runs end
to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)


def kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    "قتل قياديان في فصيل مسلح جراء قصف بطائرة مسيرة استهدف سيارتهما في بغداد، حيث استهدفت الطائرة بثلاثة صواريخ "
    "سيارة دفع رباعي في منطقة المشتل.",
    "Two commanders of an armed faction were killed in a drone strike on their car in Baghdad, where the drone fired "
    "three missiles at an SUV in the Mashtal area.",
])
def test_the_aircrafts_missiles_are_its_strike(text: str) -> None:
    assert kinds(text) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "قصفت طائرة مسيرة موقعاً في قضاء سنجار، فيما سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد الجوية.",
    "A drone struck a position in Sinjar district, while three rockets hit Balad air base.",
])
def test_rockets_of_their_own_stay_a_shelling(text: str) -> None:
    assert kinds(text) == ["Air/drone strike", "Shelling/artillery/missile attack"]
