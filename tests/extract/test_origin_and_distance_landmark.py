"""Two places that are not where the event happened (issue 8, place7 audit; both found in the check half
after the work half's rules were written): where a weapon was fired from, now for any place ("the rockets
were fired from the neighbouring province of Diyala", «الصواريخ أطلقت من منطقة ...»; before, countries
only), and a city a distance is counted from between slashes («قضاء الحويجة بمحافظة كركوك / 250 كلم شمال
بغداد/»; «كلم» as a unit of distance). Look-alikes: a distance from a city with no other place (near the
city), and people "from" a town. Every phrasing is written for this test, none is a real report."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _places(text: str) -> list[tuple[str | None, int | None]]:
    article = Article(text=text, title=text.splitlines()[0] if "\n" in text else None, id="t", source="t")
    return sorted((i.location, i.geo_precision)
                  for i in parse_article(article, None, article_date=date(2026, 3, 10)).incidents)


@pytest.mark.parametrize("text, expected", [
    ("4 rockets hit an air base\nBaghdad, March 18 Four Katyusha rockets struck the Balad Air Base north of "
     "Baghdad, a security source said. The rockets landed at the base, causing no casualties. Three of the rockets "
     "hit a building inside the base, leaving minor damage, while the fourth landed in an empty area, the source "
     "said, adding that the rockets were fired from the neighbouring province of Diyala.", [("Balad Air Base", 1)]),
    ("أفادت مصادر بأن العملية التي نفذها داعش في قضاء الحويجة بمحافظة كركوك / 250 كلم شمال بغداد/ ضد قوات الحشد "
     "شملت قتل وخطف عدد من عناصرها.", [("Hawija District", 2)]),
])
def test_the_origin_and_the_distance_landmark_are_not_the_place(text: str, expected: list) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة على بعد 20 كلم جنوب كركوك صباح اليوم.", [("Kirkuk", 2)]),
    ("Gunmen from Diyala attacked a checkpoint in Tarmiyah on Monday, killing two policemen.", [("Tarmiyah", 1)]),
])
def test_a_distance_alone_and_people_from_a_town_stay(text: str, expected: list) -> None:
    assert _places(text) == expected
