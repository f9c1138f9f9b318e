"""A report that states there were no casualties gives fatalities 0, known — in the event's own
sentence or in the sentence after it ("No casualties were reported."); silence stays unknown, and a
number in the next sentence belongs to that sentence's own event. Texts written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.numbers import count_casualties, stated_none
from extract.pipeline import parse_article
from geo.loader import default_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def toll(text: str, gazetteer) -> list[tuple[int | None, int | None]]:
    parsed = parse_article(Article(text, published=date(2025, 4, 8)), gazetteer)
    return [(i.fatalities, i.injuries) for i in parsed.incidents]


@pytest.mark.parametrize("text, expected", [
    # English, the statement in a sentence of its own after the event's
    ("Three rockets struck Balad air base in Salah al-Din on Monday, security sources said. "
     "No casualties were reported.", [(0, 0)]),
    ("A roadside bomb exploded near an army patrol in Tarmiyah district on Sunday. No injuries were reported.",
     [(0, 0)]),
    ("A drone hit a warehouse near Erbil airport on Friday. Nobody was killed or injured, officials said.",
     [(0, 0)]),
    # Arabic, in the event's sentence and in the next one
    ("سقطت ثلاثة صواريخ على قاعدة بلد الجوية في صلاح الدين مساء الاثنين. ولم تسفر عن أي خسائر بشرية.", [(0, 0)]),
    ("انفجرت عبوة ناسفة على طريق في قضاء الخالص بمحافظة ديالى اليوم، دون وقوع خسائر بشرية.", [(0, 0)]),
    ("انفجرت عبوة ناسفة قرب دورية للجيش في قضاء الطارمية. ولم تسفر عن اصابات.", [(0, 0)]),
    # silence stays unknown
    ("A roadside bomb exploded near an army patrol in Tarmiyah district on Sunday.", [(None, None)]),
    ("انفجرت عبوة ناسفة قرب دورية للجيش في قضاء الطارمية.", [(None, None)]),
])
def test_a_stated_no_casualties_gives_zero_known(gazetteer, text, expected):
    assert toll(text, gazetteer) == expected


def test_the_next_sentence_of_another_event_keeps_its_numbers(gazetteer):
    found = toll("A roadside bomb exploded near a patrol in Tarmiyah on Sunday. "
                 "Separately, gunmen killed two farmers in Tuz Khurmatu.", gazetteer)
    assert found == [(None, None), (2, None)]


@pytest.mark.parametrize("text, killed, injured", [
    ("No casualties were reported.", 0, 0),
    ("No injuries were reported.", 0, 0),
    ("no one was killed or injured", 0, 0),
    ("No one was killed.", 0, None),
    ("ولم تسفر عن أي خسائر بشرية", 0, 0),
    ("لم تسفر عن اصابات", 0, 0),
    ("دون وقوع خسائر بشرية", 0, 0),
    ("دون وقوع ضحايا", 0, 0),
    ("Two people were killed.", None, None),  # numbers are the clause counter's, not this one's
    ("قتل شخصان", None, None),
])
def test_stated_none_reads_only_the_no_casualties_phrases(text, killed, injured):
    assert (stated_none(text).killed, stated_none(text).injured) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("ولم تسفر عن أي خسائر بشرية", 0),
    ("Two soldiers were killed; no injuries were reported.", 2),  # a stated count is kept
    ("No injuries were reported.", 0),
])
def test_the_clause_counter_reads_the_phrases_too(text, killed):
    assert count_casualties(text).killed == killed
