"""The cheap word gates in front of two costly rules give the answer the rules give alone (lead, session 12):
events._prevented_before asks _PREVENTED only when its window holds a word every match needs, and
placing._partner_told lets _PARTNER's windows be read only when the article holds «بالتنسيق»/«بالتعاون»."""

from __future__ import annotations

import pytest

from extract import events, placing

WINDOWS = [
    "إجراءات مشددة لحماية المتظاهرين ومنع حدوث أعمال ",
    "انتشرت القوات تفادياً لوقوع ",
    "منعت القوات المحتجين من ",
    "Troops were deployed to prevent further ",
    "Police moved in to head off ",
    "Security forces were heading off ",
    "قتل جنديان في هجوم على ",
    "Gunmen attacked a checkpoint near ",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_the_gated_prevention_equals_the_pattern(window: str) -> None:
    direct = events._PREVENTED.search(window, 0, len(window))
    gated = events._prevented_before(window, 0, len(window))
    assert (direct and direct.span()) == (gated and gated.span())


@pytest.mark.parametrize("text, told", [
    ("نفذت قوة بالتنسيق مع أسايش أربيل عملية في قضاء مخمور", True),
    ("اعتقلت القوات بالتعاون مع الحشد ثلاثة متهمين في الطارمية", True),
    ("اعتقلت القوات ثلاثة متهمين في الطارمية", False),
])
def test_a_partner_word_opens_the_partner_rule(text: str, told: bool) -> None:
    assert placing._partner_told(text) is told
