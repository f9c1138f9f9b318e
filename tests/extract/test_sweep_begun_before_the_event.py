"""A sweep «لملاحقة فلول داعش», "to hunt down remnants", told after an event is read as that event's follow-up (no
place or day of its own) — unless its own words date it more than a day before the event told just before it
(«والأحد، أطلقت القوات عملية عسكرية ...» after Tuesday's clash): a search that began before an event is no search
after it, but an operation of its own, on its own day (tplace12, issue 8). Phrasings written for this table; each
row runs end to end through ``parse_article``.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

REPORT_DAY = date(2023, 3, 14)  # a Tuesday
CLASH = "قتل جنديان اليوم الثلاثاء في اشتباكات مع مسلحي داعش في جبال حمرين بمحافظة ديالى.\n\n"


def operations(text: str) -> list[tuple[str | None, str]]:
    """(location, day) of every 'Other' operation ``text`` yields on ``REPORT_DAY``."""
    return [(x.location, str(x.event_date)) for x in parse_article(Article(text=text), article_date=REPORT_DAY).incidents
            if x.sub_event_type == "Other"]


@pytest.mark.parametrize("text, expected", [
    (CLASH + "والأحد، أطلقت القوات الأمنية عملية عسكرية واسعة لملاحقة فلول التنظيم في جبال مكحول.",
     [("Makhoul mountains", "2023-03-12")]),
    ("Two soldiers were killed on Tuesday in clashes with Islamic State militants in the Hamrin mountains in Diyala.\n\n"
     "On Sunday, security forces launched a large military operation to hunt down remnants of the group in the "
     "Makhoul mountains.", [("Makhoul mountains", "2023-03-12")]),
])
def test_a_sweep_dated_before_the_event_is_an_operation_of_its_own(text, expected):
    assert operations(text) == expected


@pytest.mark.parametrize("text", [
    # near misses: the sweep after the event, or with no day of its own, is its follow-up
    CLASH + "وأطلقت القوات الأمنية عقب الاشتباك عملية عسكرية لملاحقة المهاجمين.",
    "انفجرت عبوة ناسفة مساء الأحد على دورية للجيش في قضاء الطارمية.\n\n"
    "والاثنين، باشرت القوات عمليات تفتيش بحثاً عن المنفذين في المنطقة.",
])
def test_a_sweep_after_the_event_is_its_follow_up(text):
    assert operations(text) == []
