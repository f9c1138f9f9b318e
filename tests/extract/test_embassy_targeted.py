"""An embassy or consulate targeted, told only as the verbal noun of a statement, is a strike on it.

Statements relayed by news sites tell a rocket attack on a Baghdad embassy as «استهداف السفارة …» ('the
targeting of the US embassy') inside the condemnation, with no other event word: the report gave no
incident at all (zero9 audit, stage NO TRIGGER, issue 8). The word alone is the trigger, so the embassy
named after it anchors it. A threat («باستهداف»), a prevention («منع/عدم استهداف», 'prevent the
targeting') and an anniversary stay nothing. Self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 3, 10)
STRIKE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, place", [
    ("خبر\nأدانت البعثة الأممية بشدة استهداف السفارة الأميركية في بغداد ووصفته بأنه عمل غير مبرر", "US Embassy in Baghdad"),
    ("خبر\nاستنكرت وزارة الخارجية استهداف السفارة الأمريكية فجر اليوم", "US Embassy in Baghdad"),
    ("خبر\nأدانت الحكومة المحلية استهداف القنصلية التركية في الموصل والذي لم يسفر عن إصابات", "Mosul"),
    ("News\nThe UN mission strongly condemned the targeting of the US embassy in Baghdad.", "US Embassy in Baghdad"),
])
def test_an_embassy_targeted_is_a_strike_on_it(text: str, place: str) -> None:
    assert incidents(text, "event_type", "sub_event_type", "location", day=DAY) == [(*STRIKE, place)]


@pytest.mark.parametrize("text", [
    "خبر\nهددت الفصائل المسلحة باستهداف السفارة الأمريكية في بغداد إذا لم تنسحب القوات",
    "خبر\nشددت الحكومة على منع استهداف السفارات والبعثات الدبلوماسية في بغداد",
    "خبر\nدعت الحكومة الفصائل إلى عدم استهداف السفارة الأمريكية في بغداد",
    "خبر\nاستذكر العراقيون اليوم ذكرى استهداف السفارة الأردنية في بغداد عام 2003",
    "خبر\nناقش الوزير مع السفير الأمريكي في بغداد سبل حماية السفارة من أي استهداف",
    "News\nThe government vowed to prevent the targeting of embassies in Baghdad.",
])
def test_a_threat_prevention_or_anniversary_is_no_event(text: str) -> None:
    assert incidents(text, "location", day=DAY) == []
