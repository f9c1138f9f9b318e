"""Funerals, mourning and pledges of allegiance are not protests (issue 8 class 7; ACLED codes no funeral
or mourning gathering as a protest unless it turns into a demonstration). A crowd word beside them
(احتشد، تجمع، gathered, rallied, vigil) is no protest; a solidarity stand, a protest named or demands keep
it. Phrasings written for this table from general Arabic and English news usage."""

from __future__ import annotations

import pytest

from tests.extract.test_photo_captions import kinds as types


@pytest.mark.parametrize("text", [
    "احتشد المئات في الناصرية لتشييع جثمان الناشط اليوم.",
    "تجمع المئات في ساحة الحبوبي بالناصرية لإقامة مجلس عزاء على روح الناشط.",
    "تجمع العشرات في كربلاء وأوقدوا الشموع حداداً على أرواح الضحايا.",
    "احتشد الآلاف في النجف للمشاركة في تشييع ضحايا التفجير.",
    "Hundreds gathered in Nasiriyah for the funeral of the slain activist.",
    "Thousands of mourners gathered in Najaf on Monday.",
    "Residents of Najaf held a vigil for the victims of the bombing.",
    "Hundreds rallied in Ramadi to pledge allegiance to the new governor.",
])
def test_funerals_mourning_and_pledges_are_not_protests(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize("text", [
    # a solidarity stand, a protest named, demands: a protest still
    "نظم ناشطون وقفة تضامنية مع المعتقلين أمام محكمة الناصرية اليوم.",
    "احتشد المئات في الناصرية تنديداً باغتيال الناشط اليوم.",
    "تحول تشييع الناشط في الناصرية إلى تظاهرة غاضبة ضد الحكومة اليوم.",
    "احتشد المشيعون في الناصرية وهتفوا بشعارات ضد الحكومة.",
    "Activists held a solidarity vigil in Baghdad on Monday.",
    "Hundreds of protesters gathered in Baghdad on Monday to mourn the victims and demand the resignation of the government.",
])
def test_a_funeral_that_turns_into_a_demonstration_stays_a_protest(text: str) -> None:
    assert types(text) == ["Peaceful protest"]
