""""It was the first such attack since September, when three mortar shells landed inside the Green Zone", «وهذا أول
هجوم من نوعه منذ أيلول الماضي، حين سقطت ثلاث قذائف هاون داخل المنطقة الخضراء»: the count before «since ..., when»
frames today's event, and the when-clause tells the earlier event itself, at its own place and month — not summed up
by the count, nor the headline's news (tplace12, issue 8). Phrasings written for this table; each row runs end to
end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)
TODAY = ("Shelling/artillery/missile attack", "Baghdad International Airport", "2023-03-13")
SEPTEMBER = ("Shelling/artillery/missile attack", "Green Zone", "2022-09-01")


def events(text: str) -> list[tuple[str, str | None, str]]:
    """(sub-event type, location, day) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location, str(x.event_date))
            for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("Rocket hits near Baghdad airport\n\nA rocket struck near Baghdad airport late on Monday, security officials said. "
     "It was the first such attack since September, when three mortar shells landed in an empty lot inside the Green "
     "Zone.", [TODAY, SEPTEMBER]),
    ("سقط صاروخ كاتيوشا مساء أمس قرب مطار بغداد الدولي دون أن يسفر عن إصابات.\n"
     "وهذا أول هجوم من نوعه منذ أيلول الماضي، حين سقطت ثلاث قذائف هاون داخل المنطقة الخضراء.", [TODAY, SEPTEMBER]),
])
def test_the_when_clause_after_since_tells_the_earlier_event(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    # near misses: the span's start with no clause telling what happened then
    "A rocket struck near Baghdad airport late on Monday, security officials said. It was the first such attack "
    "since September.",
    "سقط صاروخ كاتيوشا مساء أمس قرب مطار بغداد الدولي دون أن يسفر عن إصابات.\nوهذا أول هجوم من نوعه منذ أيلول الماضي.",
])
def test_a_span_with_no_when_clause_tells_no_other_event(text):
    assert events(text) == [TODAY]
