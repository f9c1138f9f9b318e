"""One sentence, several places, one event at each (issue 8, arrec11 audit: Arabic events merged into another).

A round-up tells the dead of a day by governorate in one sentence, each place with its own count («8 متظاهرين
قتلوا في بغداد، و9 بمحافظة ذي قار، و9 في محافظة ميسان»), or a pair of attacks as «الأول … والثاني …» («استهدفا
رتلين، الأول قرب محافظة الديوانية، والثاني قرب مدينة السماوة»). `placing._chain` read such a list only in English
("four were killed in Nassiriya, one killed in Najaf"); in Arabic the comma, the count and the designator before the
next place broke the chain, and every place after the first was lost to the first one's incident. Now a gap made of
«و» + a count (a number, a number word, «قتيل واحد») + «في/ب» (+ a designator), or «و» + an ordinal
(«والثاني», «والأخرى») + a preposition, coordinates the next place (`placing._counted_ar`, `_ORDINAL_AR`), and
each item's own count is its toll.

Near misses: a comma clause that goes on with no count («، وقوات الأمن في محافظة البصرة …»), and «وهو الثاني في»
(an event numbered among its kind) keep one place. Every phrasing is written for this table; the article date is
Friday 2019-10-25.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

FRI = date(2019, 10, 25)


def incidents(text: str) -> list[tuple[str | None, int | None]]:
    return sorted((i.location or "", i.fatalities) for i in parse_article(Article(text=text), article_date=FRI).incidents)


@pytest.mark.parametrize("text, expected", [
    ("وأعلنت المفوضية اليوم أن 6 متظاهرين قتلوا في بغداد، و4 بمحافظة ذي قار، و3 في محافظة ميسان.",
     [("Baghdad", 6), ("Dhi Qar Governorate", 4), ("Maysan Governorate", 3)]),
    ("قتل اليوم خمسة محتجين في الناصرية، واثنان في مدينة العمارة، وقتيل واحد في كربلاء.",
     [("Amarah", 2), ("Karbala", 1), ("Nasiriyah", 5)]),
    ("وانفجرت اليوم عبوتان ناسفتان استهدفتا رتلين للتحالف الدولي، الأول قرب محافظة الديوانية، والثاني قرب مدينة "
     "السماوة.", [("Al-Qadisiyah Governorate", None), ("Samawah", None)]),
])
def test_each_place_of_the_list_is_an_event(text: str, expected: list) -> None:
    assert [(p, f if f else None) for p, f in incidents(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the comma clause goes on with no count: not an item of a list of the dead
    ("قتل اليوم 6 متظاهرين في بغداد، وقوات الأمن في محافظة البصرة تفرض حظر التجوال.", ["Baghdad"]),
    # «وهو الثاني في …»: the event numbered among its kind in the governorate, not a second place
    ("قتل جندي اليوم بانفجار عبوة ناسفة في قضاء بلد، وهو الثاني في محافظة صلاح الدين خلال أسبوع.",
     ["Balad District"]),
])
def test_near_misses_keep_one_place(text: str, expected: list) -> None:
    assert [p for p, _f in incidents(text)] == expected
