"""The launch site named by its district is not where the rockets fell (issue 8, trec12: a pool report's rockets
on Balad air base were also placed at al-Khalis, where they were launched from).

«انطلقت من منطقة (دوجمة) التابعة لقضاء الخالص»: the origin rule (a place after «انطلقت من») read the area's own name
but not the district it is told to belong to, which then placed the attack. The district after «منطقة (X) التابعة لـ»
is the launch site's too. Rockets falling on an area of the district are placed there.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)


@pytest.mark.parametrize("text, expected", [
    ("أعلنت خلية الإعلام الأمني أن استهداف قاعدة بلد الجوية جرى بواسطة \"ثلاثة صواريخ\" انطلقت من منطقة (البو حسان) "
     "التابعة لقضاء الخالص مساء الأحد.", ["Balad Air Base"]),
    ("سقطت ثلاثة صواريخ على منطقة تابعة لقضاء الخالص مساء الأحد.", ["Khalis District"]),
])
def test_launch_site_and_impact(text: str, expected: list) -> None:
    assert incidents(text, "location", day=DAY) == expected
