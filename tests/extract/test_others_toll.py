"""More casualties told as "others" in their own sentence right after the event's («... مقتل مدنيين
اثنين. وأصيب 10 آخرون.», "... killing two civilians. Ten others were wounded.") are the event's too
(issue 8, docs/arabic_audit.md, left by semfix). Phrasings written for this table; each row runs
through ``parse_article``: (dead, wounded) of the one incident."""

from __future__ import annotations

import pytest

from extract.model import Article
from extract.pipeline import parse_article
from tests.extract.test_wire_reports_2003_2018 import DAY


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(i.fatalities, i.injuries) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb exploded in Tarmiyah, killing two civilians. Ten others were wounded.", (2, 10)),
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وأصيب 10 آخرون.", (2, 10)),
    ("قتل ثلاثة جنود بهجوم مسلح على نقطة للجيش في قضاء الطارمية. كما أصيب أربعة آخرون بجروح.", (3, 4)),
    ("A car bomb exploded in a market in Baqubah, killing four people. Two others died later in hospital.", (6, None)),
])
def test_others_in_the_next_sentence_add_to_the_toll(text: str, expected: tuple) -> None:
    assert tolls(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # no number: nothing to add
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. وأصيب آخرون.", (2, None)),
    # "others" arrested are no casualties
    ("انفجرت عبوة ناسفة في قضاء الطارمية ما أسفر عن مقتل مدنيين اثنين. واعتقلت القوات الأمنية 10 آخرين.", (2, None)),
    # "others" with no victims counted before them: whose others is not told
    ("سقطت قذيفة هاون على ناحية العظيم. وأصيب ثلاثة آخرون.", (None, None)),
    # not right after the event's sentence
    ("A roadside bomb exploded in Tarmiyah, killing two civilians. Police said the bomb was planted overnight. "
     "Ten others were wounded.", (2, None)),
])
def test_other_sentences_leave_the_toll(text: str, expected: tuple) -> None:
    assert tolls(text) == [expected]
