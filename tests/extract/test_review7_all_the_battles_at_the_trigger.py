"""«جميع المعارك», «كل الهجمات» sum up the battles or attacks they name, not the blast told after them in the sentence
(«قتل آمر الفوج الذي شارك في جميع المعارك ضد داعش بانفجار عبوة ناسفة …»): the cue is looked for at the trigger
(review7 probes of cf8928e, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location", day=date(2024, 3, 14))


@pytest.mark.parametrize("text, expected", [
    # the blast is told (dropped as an aggregate on main)
    ("قتل آمر الفوج الذي شارك في جميع المعارك ضد داعش بانفجار عبوة ناسفة استهدفت عجلته في قضاء الطارمية صباح اليوم.",
     [("Remote explosive/landmine/IED", "Tarmiyah District")]),
    ("قتل ضابط كبير شارك في كل العمليات ضد التنظيم بهجوم مسلح على منزله في قضاء المقدادية مساء أمس.",
     [("Armed clash", "Muqdadiya District")]),
    # near misses: the sum alone
    ("شارك الفوج في جميع المعارك ضد داعش في محافظة صلاح الدين منذ 2014.", []),
    ("تبنى التنظيم كل الهجمات التي استهدفت القوات الأمنية في قضاء الطارمية.", []),
])
def test_all_the_battles_at_the_trigger(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
