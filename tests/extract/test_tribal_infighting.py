"""A fight between tribes told as infighting or with words between the dispute and the tribes, and a headline's
account before '..' and a question (issue 8, trec12: «13 قتيلاً في نزاع واحد بين عشيرتي ... .. ماذا يحدث في محافظة
ميسان؟» gave no incident).

«اقتتال بين عشيرتين» (infighting) and «النزاع اندلع بين عشيرتي», «نزاع واحد بين عشيرتي» were no trigger: the row of
tribal fights read «نزاع بين عشيرتين» with nothing between. And an Arabic headline joins two clauses with '..': the
account before it is news even when a question follows («... .. فمن يحمي المواطنين؟»), as it already was after a
comma. A question about a fight, a disagreement between tribes and a question headline with no account stay none.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("اندلع اقتتال بين عشيرتين في ناحية الهارثة شمالي البصرة مساء الأحد.", [("Armed clash", "Hartha")]),
    ("قال مصدر أمني إن النزاع اندلع بين عشيرتي البو علي والفرطوس في ناحية الهارثة مساء الأحد.", [("Armed clash", "Hartha")]),
    ("مقتل شخصين بنزاع عشائري في قضاء قلعة صالح.. فمن يحمي المواطنين؟", [("Armed clash", "Qalat Salih District")]),
])
def test_tribal_fights_told_so(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", day=DAY) == expected


@pytest.mark.parametrize("text", [
    "هل يتجدد الاقتتال بين العشائر في البصرة؟",
    "نشب خلاف بين عشيرتين على قطعة أرض زراعية في قضاء المدينة.",
    "حصاد العام.. كيف تراجعت الهجمات في بغداد؟",
])
def test_questions_and_disagreements_stay_none(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == []
