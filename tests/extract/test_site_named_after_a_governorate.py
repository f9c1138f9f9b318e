"""A site named after a governorate («مجمع القادسية» in Baghdad, «ساحة الأنبار») is a site's name when the sentence
names an Iraqi place outside that governorate: not where the event happened; and «المحاذي/المجاور ل» (next to)
ties the place after it as «قرب» does: «سقوط صاروخين قرب مجمع القادسية المحاذي للمنطقة الخضراء» is at the Green
Zone, not in al-Qadisiyah governorate 150 km away (tplace12, issue 8). Phrasings written for this table; each row
runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)
LATIFIYA = "انفجرت عبوة ناسفة اليوم في منطقة اللطيفية جنوبي بغداد.\n"


def places(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, location) of every incident ``text`` yields on ``REPORT_DAY``."""
    return [(x.sub_event_type, x.location) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    (LATIFIYA + "وتحدثت وسائل إعلام اليوم عن سقوط صاروخي كاتيوشا قرب مجمع القادسية المحاذي للمنطقة الخضراء.",
     [("Remote explosive/landmine/IED", "Latifiya"), ("Shelling/artillery/missile attack", "Green Zone")]),
    ("تعرض رتل للتحالف الدولي اليوم لهجوم بعبوة ناسفة جنوبي بغداد.\n"
     "فيما سقطت قذيفة هاون قرب مجمع القادسية المجاور للمنطقة الخضراء.",
     [("Remote explosive/landmine/IED", "Baghdad"), ("Shelling/artillery/missile attack", "Green Zone")]),
])
def test_a_site_named_after_a_governorate_is_not_that_governorate(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the governorate itself named in the sentence; a site with no other place beside it
    (LATIFIYA + "وسقطت قذيفة هاون قرب مجمع القادسية في محافظة القادسية.",
     [("Remote explosive/landmine/IED", "Latifiya"), ("Shelling/artillery/missile attack", "Al-Qadisiyah Governorate")]),
    ("انفجرت عبوة ناسفة اليوم قرب مستشفى البصرة.", [("Remote explosive/landmine/IED", "Basra")]),
])
def test_the_governorate_named_as_such_stays(text, expected):
    assert places(text) == expected
