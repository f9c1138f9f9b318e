"""A toll told as risen later in a report («وارتفعت حصيلة ضحايا التفجير إلى 12 قتيلاً», "The death toll
rose to 25") updates the one incident it counts, with the higher toll, for every kind of event, and
never makes a second one (issue 8 class 3). Phrasings written for this table from general Arabic and
English news usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
IED, SHELLING = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"


def incidents(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    """(sub-event type, place, fatalities, injuries) of every incident of ``text`` published on DAY."""
    return [(i.sub_event_type, i.location, i.fatalities, i.injuries)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("قتل 5 أشخاص بانفجار عبوة ناسفة في سوق بعقوبة اليوم. وارتفعت حصيلة ضحايا التفجير إلى 12 قتيلا.",
     [(IED, "Baqubah", 12, None)]),
    ("سقطت قذيفة هاون على حي سكني في المقدادية اليوم مما أسفر عن مقتل شخصين. وارتفعت حصيلة ضحايا القصف إلى 4 قتلى.",
     [(SHELLING, "Muqdadiya", 4, None)]),
    ("هاجم مسلحون مجهولون قرية في قضاء الخالص اليوم وقتلوا ثلاثة مدنيين. وارتفعت حصيلة ضحايا الهجوم إلى 7 قتلى.",
     [("Attack", "Khalis District", 7, None)]),
    ("قتل جنديان في اشتباكات مع داعش في وادي الشاي اليوم. وارتفعت حصيلة قتلى الاشتباكات إلى 5 جنود.",
     [("Armed clash", "Wadi al-Shay", 5, None)]),
    ("قتل 5 أشخاص بانفجار عبوة ناسفة في بعقوبة اليوم. وارتفعت حصيلة الجرحى إلى 20.", [(IED, "Baqubah", 5, 20)]),
    ("A car bomb killed 10 people in Baghdad's Karrada district on Monday. The death toll rose to 25 later in the day.",
     [(IED, "Karrada", 25, None)]),
    ("Gunmen attacked a village near Khalis on Monday, killing three civilians. "
     "The death toll from Monday's attack near Khalis rose to seven.", [("Attack", "Khalis", 7, None)]),
    ("Militants attacked an army post near Tikrit on Monday, killing two soldiers. "
     "The death toll from the attack on the army post near Tikrit rose to five on Tuesday.",
     [("Armed clash", "Tikrit", 5, None)]),
    ("Mortar shells hit a residential area in Muqdadiya on Monday, killing two people. The death toll rose to four on Tuesday.",
     [(SHELLING, "Muqdadiya", 4, None)]),
])
def test_a_risen_toll_updates_its_event(text: str, expected: list) -> None:
    assert incidents(text) == expected


def test_a_toll_naming_another_governorate_is_not_the_last_events() -> None:
    text = ("قتل 5 أشخاص بانفجار عبوة ناسفة في بعقوبة اليوم. وفي حادث آخر، قتل جندي باشتباك مع داعش في كركوك. "
            "وارتفعت حصيلة ضحايا تفجير بعقوبة إلى 12 قتيلا.")
    assert [row for row in incidents(text) if row[1] == "Kirkuk"] == [("Armed clash", "Kirkuk", 1, None)]


@pytest.mark.parametrize("text, expected", [
    # another event with its own toll stays apart
    ("قتل 5 أشخاص بانفجار عبوة ناسفة في بعقوبة اليوم. وقتل 3 جنود بهجوم لداعش في كركوك.",
     [(IED, "Baqubah", 5, None), ("Armed clash", "Kirkuk", 3, None)]),
    # a toll of arrests counts nobody
    ("قتل 5 أشخاص بانفجار عبوة ناسفة في بعقوبة اليوم. وارتفعت حصيلة المعتقلين إلى 9.", [(IED, "Baqubah", 5, None)]),
])
def test_a_toll_update_stays_with_its_own_event(text: str, expected: list) -> None:
    assert incidents(text) == expected
