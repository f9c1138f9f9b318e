"""Arabic puts the verb of 'comes after' first: the event word between it and «بعد» is today's event retold
(review12, issue 8).

«وجاءت عملية الاغتيال بعد أيام من تهديدات تلقاها الناشط» retells the assassination just told; the comes_after cue
(cf2eb9e, 1cb34d0) starts at «جاءت», so the event word after the verb stood after the cue's start and was read as
another event — a second assassination of the same day. The event word before «بعد/عقب/غداة» in the cue is the
verb's subject, told again; what follows «بعد ... من» is the earlier event. Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("اغتال مسلحون مجهولون ناشطاً مدنياً أمام منزله في البصرة مساء اليوم الأربعاء. وجاءت عملية الاغتيال بعد أيام "
     "من تهديدات تلقاها الناشط عبر مواقع التواصل.", [("Basra", date(2025, 3, 12))]),
    ("قصفت طائرة مسيرة مقراً للحشد الشعبي في قضاء القائم اليوم الأربعاء. ويأتي القصف بعد يومين من قصف مماثل "
     "استهدف مقراً للحشد في قضاء البعاج.",
     [("Qaim District", date(2025, 3, 12)), ("Baaj District", date(2025, 3, 10))]),
])
def test_subject_of_comes_after_is_todays_event(text: str, expected: list) -> None:
    assert incidents(text, "location", "event_date", day=DAY) == expected
