"""One event told twice keeps the finer of its two places (issue 8, arrec11 audit: Arabic events placed wrong).

Two accounts of one event that merge keep one place. Two shapes kept the coarser one:

* a lead at the governorate («هجوم … في محافظة كركوك») and the body at the outskirts of a town of it («في أطراف
  داقوق»): the town's outskirts are precision 2 and so "vague", and only a body place that was not vague replaced
  the lead's; now a body place finer than the lead's governorate does (`merge_places._finer`).
* a toll update that opens the report («ارتفعت حصيلة الانفجار الذي شهدته العاصمة … إلى 51») joins the account it
  counts; the account kept its kind, and when it had no place of its own (a claim «أعلن داعش مسؤوليته عن هجوم
  الخميس» told with the car bomb's details) the event lost the neighbourhood the update's sentence had named
  («في منطقة البياع») and stood at the capital, unplaced. The update's place now stays when the account has none.

Near misses: two places of equal precision keep the lead's; a body place in another governorate is another event.
Every phrasing is written for this table; the article date is Friday 2023-12-08.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2023, 12, 8)


def places(text: str) -> list[str | None]:
    return sorted(i.location or "" for i in parse_article(Article(text=text), article_date=FRI).incidents)


@pytest.mark.parametrize("text, expected", [
    # the governorate lead and the body's «أطراف داقوق» (finer than the governorate): Daquq
    ("أفاد مصدر أمني، اليوم الجمعة، بوقوع هجوم لعناصر داعش على القطعات الأمنية في محافظة كركوك.\n"
     "وقال المصدر إن قطعات الجيش في أطراف داقوق تعرضت لهجوم، واشتبكت مع المهاجمين، ما أدى إلى إصابة جنديين.",
     ["Daquq"]),
    ("أفاد مصدر في الشرطة، اليوم الجمعة، بوقوع اشتباك مسلح في محافظة ديالى.\n"
     "وأوضح المصدر أن مسلحين هاجموا نقطة للشرطة في أطراف المقدادية، ما أسفر عن إصابة شرطي.",
     ["Muqdadiya"]),
    # a toll update naming the neighbourhood, then a claim told with the car bomb: the neighbourhood stays
    ("ارتفعت حصيلة الانفجار الذي شهدته العاصمة العراقية الخميس إلى 40 قتيلا، وهو ثاني انفجار يقع في بغداد خلال "
     "يومين.\nفقد انفجرت سيارة مفخخة قرب سوق للخضار في منطقة البياع جنوب غربي بغداد.\n"
     "وأعلن تنظيم داعش مسؤوليته عن هجوم الخميس.\n"
     "وتقول مصادر أمنية إن السيارة المفخخة كانت متوقفة في شارع مزدحم.",
     ["Bayaa"]),
    ("ارتفعت حصيلة التفجير الذي وقع في بغداد أمس الخميس إلى 30 قتيلا.\n"
     "وكانت سيارة مفخخة قد انفجرت في سوق شعبي بمنطقة البياع.\n"
     "وتبنى تنظيم داعش الهجوم في بيان.\n"
     "وقالت الشرطة إن السيارة المفخخة كانت مركونة قرب السوق.",
     ["Bayaa"]),
])
def test_the_finer_place_stays(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same precision on both sides: the lead's place is not replaced by an equal one
    ("أفاد مصدر أمني، اليوم الجمعة، بوقوع هجوم لعناصر داعش في أطراف الحويجة.\n"
     "وقال المصدر إن القطعات الأمنية في أطراف الحويجة اشتبكت مع المهاجمين، ما أدى إلى إصابة جنديين.",
     ["Hawija"]),
    # a place of another governorate in the body is not the lead's event placed finer
    ("أفاد مصدر أمني، اليوم الجمعة، بوقوع هجوم لعناصر داعش في محافظة كركوك أسفر عن إصابة جندي.\n"
     "وفي محافظة ديالى، اشتبكت قوة أمنية مع مسلحين في أطراف المقدادية، ما أدى إلى مقتل شرطي.",
     ["Kirkuk Governorate", "Muqdadiya"]),
])
def test_near_misses_keep_their_places(text: str, expected: list) -> None:
    assert places(text) == expected
