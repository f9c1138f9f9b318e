"""«قرب منطقة الباب الشرقي وتحديداً عند ساحة الطيران», 'near Bab al-Sharqi, specifically at Tayaran Square': one
place told more exactly, not a list of two (issue 8, dup7 audit: one bombing told as two events); and a bombing
told at its city and at a facility of it (a square, a market) is one event at the facility, as at a
neighbourhood. Phrasings written for this table from general Arabic and English news usage; each row runs end to
end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
SHELLING = "Shelling/artillery/missile attack"


def incidents(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


def test_the_place_told_more_exactly_is_the_one_place() -> None:
    text = ("وقع تفجيران انتحاريان استهدفا سوقاً شعبية وسط بغداد. ونُفذ التفجيران قرب منطقة الباب الشرقي وتحديداً عند "
            "ساحة الطيران التي تضم سوقاً لبيع الملابس.")
    assert incidents(text) == [("Suicide bomb", "Tayaran Square")]


def test_specifically_keeps_the_exact_place_only() -> None:
    text = ("Two suicide bombers struck a market in central Baghdad. The bombings hit near Bab al-Sharqi, specifically "
            "at Tayaran Square, where second-hand clothes are sold.")
    places = [place for _kind, place in incidents(text)]
    assert "Tayaran Square" in places and "Bab al-Sharqi" not in places


@pytest.mark.parametrize("text", [
    "سقطت قذائف هاون على منطقة الباب الشرقي وساحة الطيران.",
    "Mortar shells hit Bab al-Sharqi and Tayaran Square.",
])
def test_two_places_joined_by_and_stay_two(text: str) -> None:
    assert incidents(text) == [(SHELLING, "Bab al-Sharqi"), (SHELLING, "Tayaran Square")]
