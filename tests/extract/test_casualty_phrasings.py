"""Casualty counts of phrasings the dev casualty agreement showed missed (numbers10, issue 8).

Self-written sentences in the manner of wire copy. Each positive failed on main before the change;
each near miss is the look-alike that must keep its count (or give none).
"""

from __future__ import annotations

import pytest

from extract.number_words import parse_number
from extract.numbers import Casualties, count_casualties

POSITIVES = [
    # «أودى بحياة» / «أودت بأرواح»: it took the lives of
    ("انفجار عبوة ناسفة في سوق شعبي أودى بحياة 7 أشخاص وإصابة 12 آخرين", 7, 12),
    ("القصف أودت بأرواح ثلاثة مدنيين في القرية", 3, None),
    # a bare number before the next casualty word: «مقتل 6 وإصابة 25»
    ("هجوم مسلح أدى إلى مقتل 4 وإصابة 9 آخرين على الأقل", 4, 9),
    ("أسفر الانفجار عن استشهاد 2 وإصابة 5 من المارة", 2, 5),
    # English: "a third", "another" after the casualty word
    ("The gunmen opened fire, killing two guards and wounding a third.", 2, 1),
    ("A sniper shot one soldier dead and injured another.", 1, 1),
    ("The blast killed a farmer and injured another.", 1, 1),
    # English groups joined by "and"
    ("Police fired on the crowd, killing three protesters and one police officer.", 4, None),
    ("A mortar round hit the house, injuring a woman and a child.", None, 2),
    # one or two words between "a"/"one" and the person
    ("A roadside bomb exploded, killing a local contractor and wounding six others.", 1, 6),
    ("The drone strike killed one senior commander.", 1, None),
    # "N more injured" after a passive
    ("Nine people are killed and 14 more injured in the attack on the market.", 9, 14),
    # a passive after its auxiliary, past a longer noun phrase
    ("Three Iraqi border guards are killed in a clash near the Syrian border.", 3, None),
    ("Two Peshmerga fighters have been killed by a landmine near Makhmour.", 2, None),
    # the attacker himself counts among the dead
    ("The bomber blew up his vest at the gate, killing himself and wounding three guards.", 1, 3),
    # 'no damage or casualties'
    ("Two rockets fell near the base but caused no damage or casualties.", 0, 0),
]

NEAR_MISSES = [
    # a number of rockets, a date, a unit number, an age, a price: no casualties from them
    ("سقطت 3 صواريخ قرب المطار ومقتل جندي", 1, None),
    ("مقتل جنديين من اللواء 16 في هجوم على نقطة تفتيش", 2, None),
    ("Brigade 30 said two soldiers were killed in the ambush.", 2, None),
    ("Three days later soldiers were killed in the same village.", None, None),
    ("A 25-year-old man was killed by unknown gunmen.", 1, None),
    ("The price of fuel rose to 500 dinars after the attack killed two drivers.", 2, None),
    ("Three rockets were fired at the base on 12 March.", None, None),
    # "and" alone is no number; "kills and injures N" does not split the count
    ("A bomb kills and injures seven policemen in Mosul.", None, None),
    ("Eight villagers are killed and many more wounded.", 8, None),
    # "and 5 were injured" / "and 12 wounded" is a clause of its own, not more dead
    ("The attack killed three people and 5 were injured.", 3, 5),
    ("The attack killed three people and 12 wounded.", 3, 12),
    ("killing two and injuring five", 2, 5),
    # "a third of" is a fraction
    ("The flood killed a third of the herd.", None, None),
    # a plural "personnel" is no single person: the number before it counts
    ("Three coalition personnel were killed in the rocket attack.", 3, None),
    # «أودى بحياة» only with a count after it
    ("قرار يتعلق بحياة المواطنين في بغداد", None, None),
]


@pytest.mark.parametrize("text, killed, injured", POSITIVES + NEAR_MISSES)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert count_casualties(text) == Casualties(killed=killed, injured=injured)


@pytest.mark.parametrize("text", ["and", "و", " and "])
def test_and_is_no_number(text: str) -> None:
    assert parse_number(text) is None
