"""A long toll sentence and its massacre headline: «ارتفعت حصيلة القتلى في مدينة ... على أيدي ... إلى 9 أشخاص، في
أعنف أيام الاحتجاجات» is protesters killed by the forces (Excessive force, 9 dead), and a headline «ارتفاع حصيلة
مجزرة ... إلى 9 قتلى» over it is the same event (issue 8, flash10 audit, session 10, stage TOLL/MERGE; step 7,
both halves open).

The toll «حصيلة ... إلى N» was read only within 14 words, and a flash names the city, its governorate and the
killers between (numbers.TOLL_REACH is now 20, still stopped by a comma or a full stop), so the sentence lost
its dead and stayed a protest. And a headline's massacre with the same number of dead at the same place stayed a
second incident, an attack on civilians (merge_rules._headline_toll_of_force now joins it to the body's account,
typed by the body). A headline with another toll or another place stays apart.

Every phrasing is written for this table; the article date is Tuesday 2024-03-05.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

TUE = date(2024, 3, 5)

LONG_TOLL = ("ارتفعت حصيلة القتلى في مدينة الكوت مركز محافظة واسط جنوب شرقي العاصمة على أيدي عناصر مكافحة الشغب إلى 9 "
             "أشخاص، في أعنف أيام الاحتجاجات هذا الشهر.")
BODY = "قتل 9 متظاهرين برصاص قوات الأمن في مدينة الكوت اليوم الثلاثاء خلال تفريق الاحتجاجات."


@pytest.mark.parametrize("text, expected", [
    (LONG_TOLL, [("Excessive force against protesters", "Kut", 9)]),
    ("ارتفاع حصيلة مجزرة الكوت إلى 9 قتلى\n\n" + LONG_TOLL, [("Excessive force against protesters", "Kut", 9)]),
])
def test_the_long_toll_and_its_headline_are_one_shooting(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "fatalities", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline with another toll: another account
    ("مجزرة في الكوت: مقتل 4 بهجوم مسلح\n\n" + BODY,
     [("Attack", "Kut", 4), ("Excessive force against protesters", "Kut", 9)]),
    # a headline at another place
    ("مجزرة في الزبير\n\n" + BODY, [("Attack", "Zubair", None), ("Excessive force against protesters", "Kut", 9)]),
    # a toll with no protest and no killers named: no event
    ("ارتفعت حصيلة القتلى في مدينة الكوت إلى 9 أشخاص اليوم الثلاثاء.", []),
])
def test_other_tolls_stay(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "fatalities", day=TUE) == expected
