"""geo/data/new_event_words.csv: one list of the words that begin another event's account, read by
geo.resolve (a place told after one is not framed by a governorate's place told before it) and by
extract.events (two event words joined by one are two events)."""

from __future__ import annotations

import pytest

from extract.events import _JOINER
from geo.new_events import COLUMNS, NewEventWordsError, new_event_words, read_new_event_words
from geo.resolve import _NEW_EVENT_CLAUSE


def test_the_shipped_words_load() -> None:
    rows = read_new_event_words()
    assert {kind for _, _, kind in rows} == {"joiner", "also", "opener"}
    assert "فيما" in new_event_words("ar", "joiner") and "meanwhile" in new_event_words("en", "joiner")


@pytest.mark.parametrize("lines, message", [
    (["word,lang,source", "فيما,ar,x"], "line 1: columns must be"),
    ([",".join(COLUMNS), "فيما,fr,joiner,x"], "line 2: lang must be ar or en"),
    ([",".join(COLUMNS), "فيما,ar,joiner,x", "بينما,ar,closer,x"], "line 3: kind must be one of"),
    ([",".join(COLUMNS), "فيما,ar,joiner,"], "line 2: no source"),
    ([",".join(COLUMNS), " فيما,ar,joiner,x"], "line 2: an empty word"),
    ([",".join(COLUMNS), "فيما,ar,joiner,x", "فيما,ar,also,y"], "line 3: 'فيما' is listed twice"),
])
def test_a_bad_row_fails_naming_its_line(tmp_path, lines: list[str], message: str) -> None:
    path = tmp_path / "new_event_words.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(NewEventWordsError, match=f"new_event_words.csv, {message}"):
        read_new_event_words(path)


@pytest.mark.parametrize("text, expected", [
    ("قتل مدني في حي العامل، فيما انفجرت عبوة في منطقة الكرمة", True),
    ("قتل مدني في حي العامل وفيما انفجرت عبوة", True),
    ("أصيب جندي في الطارمية، بينما سقطت قذيفة في منطقة", True),
    ("أصيب جندي في الطارمية، وفي حين سقطت قذيفة", True),
    ("وفي حادث آخر قتل شرطي في منطقة", True),
    ("وفي هجوم آخر على قرية", True),
    ("A bomb hit Tarmiyah, while rockets struck an area", True),
    ("In a separate attack gunmen killed two", True),
    # near misses: not another event's clause
    ("قتل مدني في هجوم على منطقة الكرمة", False),       # «في هجوم» without «و»: the same event's means
    ("قتل مدني في حي العامل، كما أصيب آخر في منطقة", False),  # «كما»: geo never read it (often the same scene)
    ("فيمايلي تفاصيل الهجوم", False),                    # a longer word
    ("Meanwhile, rockets struck an area", False),       # a comma right after: the edge geo has always asked
])
def test_geo_new_event_clause(text: str, expected: bool) -> None:
    assert (_NEW_EVENT_CLAUSE.search(text) is not None) == expected


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة، فيما اعتقلت القوات مطلوبا", True),
    ("سقط صاروخ على المطار، كما انفجرت عبوة", True),
    ("سقط صاروخ على المطار، وكما انفجرت عبوة", True),
    ("وفي سياق متصل انفجرت عبوة", True),
    ("mortar shells hit Tarmiyah, while rockets struck Balad", True),
    ("Meanwhile, a bomb exploded", True),
    # near misses
    ("قتل المواطن كمال في انفجار عبوة", False),          # «كمال» (a name) holds «كما»
    ("انفجرت عبوة ناسفة وفي حادث آخر", False),           # an opener: extract reads cue class another_event
    ("they waited awhile before the bomb exploded", False),  # "awhile" holds "while"
])
def test_extract_joiner(text: str, expected: bool) -> None:
    assert (_JOINER.search(text) is not None) == expected
