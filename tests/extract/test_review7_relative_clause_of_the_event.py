"""A relative clause that goes on telling the event ("…, which happened on Monday evening", «…، الذي وقع
مساء الاثنين») dates the event; a place's or a person's relative clause keeps its date to itself (review7
probes of bb10f21, issue 8). Every phrasing is written for this test; the report is of Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article


def _dates(text: str) -> dict[str, str | None]:
    article = Article(text=text, id="t", source="t")
    incidents = parse_article(article, None, article_date=date(2024, 3, 14)).incidents
    return {i.sub_event_type: i.event_date.isoformat() if i.event_date else None for i in incidents}


IED, CLASH, ARREST, RETAKEN = ("Remote explosive/landmine/IED", "Armed clash", "Arrests",
                               "Government regains territory")


@pytest.mark.parametrize("text, sub, expected", [
    # the clause tells the event: Monday is its day (the article's Thursday before)
    ("Two people were killed in a bomb blast in a market in Baquba, which happened on Monday evening, police said.",
     IED, "2024-03-11"),
    ("Police said a car bomb exploded near a market in Baquba, which killed six people on Monday.", IED, "2024-03-11"),
    ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة بسوق في بعقوبة، الذي وقع مساء الاثنين، بحسب مصدر في الشرطة.",
     IED, "2024-03-11"),
    ("أعلنت الشرطة حصيلة الهجوم على نقطة تفتيش في الطارمية، الذي أسفر مساء الاثنين عن مقتل جنديين.",
     CLASH, "2024-03-11"),
    # near misses: a place's clause, a person's clause (his other act) keep their dates to themselves
    ("Iraqi forces retook Falluja, which, in January 2014, was the first city IS seized.", RETAKEN, "2024-03-14"),
    ("Police arrested a man in Hawija, who carried out a bomb attack on Monday, officials said.", ARREST, "2024-03-14"),
])
def test_relative_clause_of_the_event(text: str, sub: str, expected: str) -> None:
    assert _dates(text)[sub] == expected
