"""A UN statement's result verb with an attribution before the toll («وأسفر وفقاً للتقارير عن مقتل»)
joins the toll to the attack word however far it stands (issue 8, arlong7 audit: the Camp Ashraf
statements of the work half typed an attack on camp residents as an armed clash, the killing told
apart from «الهجوم»). ``events._RESULT_HEDGED``, ``RESULT_GAP``. Every phrasing was written for this
table, not copied from a report; each row runs through ``parse_article``.

The joined killing types the event by its victims: civilians, an attack; soldiers, a clash. A killing
joined by «فيما» is another event and stays apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2020, 3, 2)
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def found(text: str) -> list[tuple[str, str, str | None, int | None]]:
    return [(i.event_type, i.sub_event_type, i.location, i.fatalities)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # camp residents killed, the toll after an attribution: an attack on civilians (a clash on main)
    ("أدان المكتب الهجوم على مخيم للاجئين الذي وقع يوم الأحد في محافظة ديالى، وأسفر وفقا للتقارير عن مقتل "
     "12 شخصا من سكان المخيم.", [(*ATTACK, "Diyala Governorate", 12)]),
    ("دانت البعثة الاعتداء الذي استهدف قرية في قضاء سنجار صباح أمس، وأسفر بحسب مصادر محلية عن مقتل أربعة "
     "مدنيين.", [(*ATTACK, "Sinjar District", 4)]),
    # soldiers killed: the attack on an army post stays a clash
    ("أدانت البعثة الهجوم على نقطة للجيش في قضاء الطارمية الذي وقع أمس، وأسفر وفقا لمصادر أمنية عن مقتل "
     "ثلاثة جنود.", [(*CLASH, "Tarmiyah District", 3)]),
])
def test_hedged_result_joins_the_toll_to_the_attack(text, expected):
    assert found(text) == expected


def test_a_killing_joined_by_fima_stays_another_event():
    text = "أدان المحافظ الهجوم على مخيم للنازحين الذي وقع أمس قرب مدينة الخالص، فيما قتل شرطي بنيران قناص في بعقوبة."
    assert (*CLASH, "Baqubah", 1) in found(text)
    assert not [f for f in found(text) if f[:2] == ATTACK]
