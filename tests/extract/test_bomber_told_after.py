"""The bomber told in the next sentence, with no place of his own, is the bomber of the bombing just told (issue 8,
arlong10 audit of long Arabic reports).

«أدانت الدول … التفجيرين اللذين وقعا، صباح الخميس، في سوق … بساحة الطيران … وأوضح بيان لوزارة الداخلية أن
انتحاريا أول فجر نفسه في السوق»: the placed bombing (a generic «التفجيرين», typed as a roadside bomb) and the bomber
(a suicide bombing on the article's leading place) are one event, a suicide bombing. `merging._mergeable` joined
the two kinds of bombing only when both accounts were placed; `_bomber_told_after` now joins the unplaced account told
one or two sentences after the placed one at its place, unless it says it is another attack.

Every phrasing is written for this table; the article date is Tuesday 2023-03-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2023, 3, 14)


def incidents(text: str) -> list[tuple[str, str | None]]:
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أدانت دول عربية وغربية التفجيرين اللذين وقعا، صباح الأحد، في سوق البالة بساحة الطيران، وأوقعا 20 قتيلاً.\n"
     "وأوضح بيان لوزارة الداخلية أن انتحاريا أول فجر نفسه في السوق، وفجر الثاني نفسه بعد تجمع الناس.",
     [("Suicide bomb", "Tayaran Square")]),
    ("استنكرت دول عدة التفجير الذي ضرب سوقا شعبيا في ساحة الطيران صباح الأحد.\n"
     "وقال مصدر أمني إن انتحاريا فجر نفسه وسط المتسوقين.", [("Suicide bomb", "Tayaran Square")]),
    ("Several countries condemned the twin blasts that hit a market in Tayaran Square on Sunday, killing 20 people.\n"
     "The interior ministry said a first suicide bomber blew himself up in the market.",
     [("Suicide bomb", "Tayaran Square")]),
])
def test_the_bomber_is_the_bombings(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another attack: not the bombing's bomber (the bombing keeps its kind)
    ("أدانت دول عربية وغربية التفجيرين اللذين وقعا، صباح الأحد، في سوق البالة بساحة الطيران، وأوقعا 20 قتيلاً.\n"
     "وفي هجوم آخر، فجر انتحاري نفسه عند نقطة تفتيش.", [("Remote explosive/landmine/IED", "Tayaran Square")]),
])
def test_another_attack_is_not_the_bomber(text: str, expected: list) -> None:
    assert incidents(text) == expected
