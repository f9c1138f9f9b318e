"""Bases handed over, as long Arabic wire reports tell them (issue 8, docs/arabic_audit.md "Long wire
and TV-site reports (arwire6, session 6)"). Every phrasing was written for this table from general
Arabic news usage, not copied from a report; each row runs end to end through ``parse_article``.

A base named first and handed over by a pronoun («مغادرة قاعدة X وتسليمها إلى القوات»), troops
withdrawn from a base («سحب جنودها من قاعدة X», as «انسحبت القوات من القاعدة» already was) and a
force's facilities handed to the army («سلمت منشآتها للجيش») are a non-violent transfer of territory
(ACLED §Strategic developments). Withdrawing a bill, tents, or handing a stolen car back is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2023, 6, 6)
TRANSFER = "Non-violent transfer of territory"


def incidents(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, place) of every incident found in ``text`` published on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("أعلنت قيادة التحالف الدولي اليوم مغادرة قاعدة الحرير الجوية وتسليمها إلى قوات البيشمركة.",
     [(TRANSFER, "Harir Air Base")]),
    ("قررت القوات الأمريكية سحب جنودها من قاعدة عين الأسد الجوية في الأنبار اليوم.",
     [(TRANSFER, "Ain al-Asad Air Base")]),
    ("انسحبت القوات الأمريكية اليوم من ناحية الرمانة وسلمت منشآتها للقوات العراقية.",
     [(TRANSFER, "Rummana")]),
    ("The coalition left Habbaniyah air base on Saturday and handed it over to Iraqi forces.",
     [(TRANSFER, "Habbaniyah Air Base")]),
])
def test_a_base_handed_over_or_left(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, transfers", [
    ("قررت وزارة الدفاع سحب مشروع القانون من البرلمان اليوم.", 0),
    ("أعلنت الشرطة ضبط سيارة مسروقة وتسليمها إلى صاحبها في الموصل اليوم.", 0),
    ("سحب المتظاهرون خيامهم من ساحة التحرير في بغداد اليوم.", 0),
])
def test_other_withdrawals_and_handovers_are_no_transfer(text: str, transfers: int) -> None:
    assert [sub for sub, _place in incidents(text)].count(TRANSFER) == transfers
