"""«وفي وقت سابق» opening a sentence says it tells another event («وفي وقت سابق، يوم الجمعة، قصفت المدفعية ...»),
except when a verb of saying follows it: «وفي وقت سابق، أعلن قائد عمليات نينوى عن سقوط 4 صواريخ قرب معسكر
القيارة» is an earlier account of the rockets the report tells, not another attack (issue 8, dup8 audit: the
base's rockets were two incidents). Near misses: an earlier event told with its own verb, and an earlier
announcement of rockets at another base, stay apart. Phrasings written for this table from general Arabic
wire usage; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.events import says_another
from tests.extract.probe import incidents

DAY = date(2024, 5, 3)  # a Friday
LEAD = ("سقوط 12 صاروخاً قرب قاعدة عسكرية في العراق\nأفادت مصادر أمنية بسقوط 12 صاروخاً اليوم الجمعة قرب قاعدة عسكرية "
        "تضم قوات أجنبية في العراق.\nوقال مصدر أمني إن الصواريخ سقطت قرب قاعدة القيارة العسكرية.\nولم تعلن أي جهة "
        "مسؤوليتها عن الهجوم.\nوذكرت وسائل إعلام محلية أن القوات الأمنية تبحث عن منفذي الهجوم.\n")


def places(text: str) -> list[str]:
    return sorted(incidents(text, "location", day=DAY))


@pytest.mark.parametrize("last", [
    "وفي وقت سابق، أعلن قائد عمليات نينوى، اليوم الجمعة، عن سقوط 4 صواريخ قرب معسكر القيارة.",
    "وفي وقت سابق من اليوم، أفاد مصدر في الشرطة بسقوط 4 صواريخ قرب معسكر القيارة.",
])
def test_an_earlier_account_is_the_same_attack(last: str) -> None:
    assert places(LEAD + last) == ["Qayyarah"]


@pytest.mark.parametrize(("last", "expected"), [
    ("وفي وقت سابق، سقطت 4 صواريخ قرب معسكر القيارة.", ["Qayyarah", "Qayyarah West Airfield"]),
    ("وفي وقت سابق، أعلنت الشرطة سقوط صاروخين قرب قاعدة بلد الجوية.", ["Balad Air Base", "Qayyarah West Airfield"]),
])
def test_an_earlier_event_stays_apart(last: str, expected: list[str]) -> None:
    assert places(LEAD + last) == expected


@pytest.mark.parametrize(("sentence", "another"), [
    ("وفي وقت سابق، يوم الجمعة، قصفت المدفعية التركية أطراف قرى", True),
    ("وفي وقت لاحق، انفجرت عبوة ناسفة ثانية", True),
    ("وفي وقت سابق، أعلن قائد العمليات سقوط 4 صواريخ", False),
    ("في وقت سابق من اليوم، أفاد مصدر في الشرطة بسقوط صاروخين", False),
])
def test_the_cue(sentence: str, another: bool) -> None:
    assert says_another(sentence) is another
