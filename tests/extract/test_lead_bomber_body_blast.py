"""A lead's suicide bomber placed at its governorate and the body's blast placed near a town of it are one bombing
(issue 8, probe12).

'A suicide bomber blew himself up at a checkpoint in western Anbar on Wednesday. The blast killed four soldiers ...
near the town of Rutba' gave two incidents: the blast, a roadside bomb by default, was not of the lead's kind, and a
place near a town (precision 2) was not finer than the lead's governorate. The annotation guide: a lead placing the
event roughly (a governorate) and the body naming its place that day are one incident, at the named place; the
bomber's blast is a suicide bombing. A lead with a toll of its own and a body's other bomb ('also wounded two
soldiers near Haditha'), or a bomb on another day, stay apart.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 5, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up at a checkpoint in western Anbar on Wednesday.\n"
     "The blast killed four soldiers and wounded six others at the checkpoint near the town of Rutba, an army officer "
     "said.",
     [("Suicide bomb", "Rutba", 4, 6)]),
    ("فجر انتحاري حزاما ناسفا عند نقطة تفتيش للجيش غربي محافظة الأنبار، اليوم الأربعاء. وقتل أربعة جنود وأصيب ستة "
     "آخرون في الانفجار الذي وقع عند نقطة قرب مدينة الرطبة.",
     [("Suicide bomb", "Rutba", 4, 6)]),
])
def test_one_bombing(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", "location", "fatalities", "injuries", day=DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber killed 12 people at a checkpoint in Anbar province on Wednesday.\n"
     "A roadside bomb also wounded two soldiers near Haditha.",
     ["Suicide bomb", "Remote explosive/landmine/IED"]),
    ("A suicide bomber blew himself up at a checkpoint in western Anbar on Wednesday.\n"
     "A bomb exploded near the town of Rutba on Monday, killing a shepherd.",
     ["Suicide bomb", "Remote explosive/landmine/IED"]),
])
def test_two_bombings(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected
