"""A condemnation of an event the report tells as news is talk about that event, not a second one (issue 8,
prec11 audit, docs/english_audit.md): "X condemned the terror attack on Erbil airport" and, sentences on, "a
drone struck Erbil airport on Monday evening" are one drone strike, however the condemnation's generic word was
typed and though the statement is dated the day after the strike. An event told apart ("a week ago",
"Separately") or at another place stays apart. Phrasings written for this table; each row runs end to end
through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2021, 6, 22)  # a Tuesday


def incidents(text: str) -> list[tuple[str, str | None, str | None]]:
    """(event date, sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    article = parse_article(Article(text=text), article_date=REPORT_DAY)
    return [(str(x.event_date), x.sub_event_type, x.location) for x in article.incidents]


@pytest.mark.parametrize("text, expected", [
    # the condemnation in the lead and in a quote, the strike told by the ministry (same day)
    ("The regional prime minister condemned on Wednesday the terrorist attacks that targeted Erbil airport. "
     "\"I condemn in the strongest terms tonight's terror attacks on Erbil airport,\" he said on Twitter. "
     "\"Armed groups must be withdrawn from the border,\" he added. The interior ministry said a drone carrying "
     "explosives struck near the coalition base at Erbil airport on Wednesday evening.",
     [("2021-06-16", "Air/drone strike", "Erbil International Airport")]),
    ("The regional prime minister condemned on Wednesday the terrorist attack on Erbil airport. \"I condemn in "
     "the strongest terms tonight's terror attack on Erbil airport,\" he said. The interior ministry said a drone "
     "carrying explosives struck the coalition base at Erbil airport on Wednesday evening.",
     [("2021-06-16", "Air/drone strike", "Erbil International Airport")]),
    # the statement a day after the strike: the strike's day stays
    ("The president condemned on Tuesday the terror attack on Erbil airport. \"We strongly condemn the terror "
     "attack on Erbil airport,\" he said. A drone laden with explosives struck Erbil airport on Monday evening, "
     "officials said.",
     [("2021-06-21", "Air/drone strike", "Erbil International Airport")]),
    # Arabic: one event already (kept so)
    ("أدان رئيس الجمهورية، اليوم الثلاثاء، الاعتداء الإرهابي على مطار أربيل. وقال في بيان: \"ندين بشدة الاعتداء "
     "الإرهابي على مطار أربيل\". ودعا إلى محاسبة الجناة. وكانت طائرة مسيرة مفخخة قد استهدفت مطار أربيل مساء أمس "
     "الاثنين.",
     [("2021-06-21", "Air/drone strike", "Erbil International Airport")]),
    ("أدان رئيس حكومة الإقليم، اليوم الأربعاء، الهجوم الإرهابي الذي استهدف مطار أربيل. وقال في تغريدة: \"أدين "
     "بأشد العبارات الهجوم الإرهابي على مطار أربيل الليلة\". وأضاف أن على الجماعات المسلحة الانسحاب من حدود "
     "الإقليم. وأعلنت وزارة الداخلية أن طائرة مسيرة مفخخة ضربت قرب قاعدة التحالف في مطار أربيل مساء الأربعاء.",
     [("2021-06-16", "Air/drone strike", "Erbil International Airport")]),
])
def test_a_condemnation_is_the_event_it_names(text, expected):
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the strike a week before the statement: an earlier event, not the one condemned
    ("The president condemned on Tuesday the terror attack on Erbil airport. \"We strongly condemn the terror "
     "attack on Erbil airport,\" he said. A drone laden with explosives struck Erbil airport a week ago, officials "
     "said.",
     [("2021-06-22", "Attack", "Erbil International Airport"),
      ("2021-06-15", "Air/drone strike", "Erbil International Airport")]),
    # told apart by the report ("Separately")
    ("The governor condemned the terror attack on a wedding in Sinjar. \"We strongly condemn the terror attack on "
     "civilians in Sinjar,\" he said. Separately, a drone struck a car in Sinjar on Tuesday, killing two PKK "
     "members.",
     [("2021-06-22", "Attack", "Sinjar"), ("2021-06-22", "Air/drone strike", "Sinjar")]),
    # another place: the condemned killing and a bombing elsewhere
    ("The governor condemned the killing of a shepherd in Makhmour on Sunday. A roadside bomb exploded on Sunday "
     "near a police patrol in Kirkuk, wounding two policemen.",
     [("2021-06-20", "Attack", "Makhmour"), ("2021-06-20", "Remote explosive/landmine/IED", "Kirkuk")]),
])
def test_an_event_told_apart_from_the_condemnation_stays(text, expected):
    assert incidents(text) == expected
