"""Drones that 'stormed' the Green Zone are the air attack, not a riot (issue 8, prec9 audit, both halves open,
class DUPLICATE / wrong type).

«تصدت منظومة الدفاع الجوي لثلاث طائرات مسيرة اقتحمت المنطقة الخضراء» read the storming row (an embassy, the
parliament or the Green Zone stormed: a violent demonstration) and gave a riot beside the drone strike it tells.
The row no longer fires with a drone or rocket word right before the verb; crowds that storm the zone are still a
riot.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2021, 11, 7)


def kinds(text: str) -> list[str]:
    return [i.sub_event_type for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    ("نجا رئيس الوزراء من محاولة اغتيال بطائرة مسيرة مفخخة استهدفت منزله في المنطقة الخضراء فجر اليوم.\n"
     "وقال مصدر أمني إن منظومة الدفاع الجوي تصدت لثلاث طائرات مسيرة اقتحمت المنطقة الخضراء وأسقطت اثنتين منها.",
     ["Air/drone strike"]),
    ("أسقطت الدفاعات الجوية طائرتين مسيرتين اقتحمتا أجواء المنطقة الخضراء في بغداد فجر اليوم.",
     ["Disrupted weapons use"]),
])
def test_drones_that_stormed_are_no_riot(text: str, expected: list) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "اقتحم متظاهرون غاضبون المنطقة الخضراء في بغداد بعد ظهر اليوم.",
    "اقتحم مئات المتظاهرين مبنى البرلمان في المنطقة الخضراء ببغداد.",
])
def test_crowds_that_storm_are_a_riot(text: str) -> None:
    assert kinds(text) == ["Violent demonstration"]
