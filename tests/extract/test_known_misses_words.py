"""Word-sense and event-noun rules for misses seen on real reports (issue 8, knownmiss list): each
rule a table of phrasings written for this file the way Arabic and English news word them, with
negative rows that must stay events. Run end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2025, 3, 12)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=DAY).incidents]


PROTEST = ("Protests", "Peaceful protest")
CLASH = ("Battles", "Armed clash")


# «تظاهرة» is also a festival or a fair (تظاهرة ثقافية، رياضية، سينمائية): not a protest.
@pytest.mark.parametrize("text, expected", [
    ("انطلقت في بغداد اليوم تظاهرة ثقافية بمشاركة عدد من الأدباء.", []),
    ("اختتمت في البصرة تظاهرة رياضية واسعة شارك فيها مئات الشباب.", []),
    ("تنطلق في أربيل تظاهرة سينمائية تضم عشرين فيلماً.", []),
    ("افتتحت في الموصل التظاهرة الفنية الأولى للرسامين الشباب.", []),
    ("خرجت تظاهرة في الناصرية للمطالبة بتوفير فرص العمل.", [PROTEST]),
    ("نظم العشرات تظاهرة في الكوت احتجاجاً على انقطاع الكهرباء.", [PROTEST]),
])
def test_a_cultural_tazahura_is_no_protest(text: str, expected: list) -> None:
    assert kinds(text) == expected


# A strike threatened or intended is not one; a strike that is happening is a protest.
@pytest.mark.parametrize("text, expected", [
    ("يلوح المعلمون في السليمانية بإضراب عن الدوام احتجاجاً على تأخر الرواتب.", []),
    ("لوّح موظفو الصحة في البصرة بالإضراب عن العمل إذا لم تصرف رواتبهم.", []),
    ("هدد موظفو الكهرباء في البصرة بالإضراب عن العمل إذا لم تصرف رواتبهم.", []),
    ("Teachers in Sulaymaniyah threatened to strike over unpaid salaries.", []),
    ("Oil workers in Basra threaten to strike next week unless their contracts are renewed.", []),
    ("أضرب المعلمون في السليمانية عن الدوام اليوم احتجاجاً على تأخر الرواتب.", [PROTEST]),
    ("نفذ موظفو الصحة في البصرة إضراباً عن العمل اليوم.", [PROTEST]),
    ("Teachers in Sulaymaniyah went on strike on Monday over unpaid salaries.", [PROTEST]),
])
def test_a_threatened_strike_is_no_event(text: str, expected: list) -> None:
    assert kinds(text) == expected


# Murders in a family, for honour or for gain, and family quarrels are ordinary crime (ACLED codes
# political violence only); tribal clashes are Battles / Armed clash; gunmen killing a couple stay
# an attack on civilians.
@pytest.mark.parametrize("text, expected", [
    ("قتل رجل زوجته في منطقة الحسينية شمالي بغداد اليوم.", []),
    ("أقدم شاب على قتل شقيقته في قضاء الزبير غسلاً للعار.", []),
    ("لقيت امرأة مصرعها على يد زوجها في الناصرية اليوم.", []),
    ("قتل شخصان وأصيب ثلاثة آخرون بنزاع عائلي في ناحية الكحلاء بميسان.", []),
    ("قتل شخص بشجار عائلي مسلح في قضاء الزبير اليوم.", []),
    ("A man shot dead his wife in Basra's Zubair district on Monday, police said.", []),
    ("Two brothers were killed in a family dispute in Nasiriyah on Monday.", []),
    ("A shopkeeper was killed during a robbery in Mosul on Monday.", []),
    ("قتل شخصان بنزاع عشائري في قضاء الشطرة شمالي الناصرية.", [CLASH]),
    ("اندلعت اشتباكات عشائرية في منطقة الهارثة شمالي البصرة أسفرت عن مقتل شخص.", [CLASH]),
    ("قتل شخص بشجار مسلح بين عشيرتين في قضاء الشطرة.", [CLASH]),
    ("A tribal clash in Basra's Hartha district killed two people on Monday.", [CLASH]),
    ("Gunmen killed a man and his wife in their home in Tarmiyah on Monday.",
     [("Violence against civilians", "Attack")]),
    ("اغتال مسلحون مجهولون رجلاً وزوجته في منزلهما بقضاء الطارمية.", [("Violence against civilians", "Attack")]),
])
def test_family_crime_is_not_political_violence_tribal_clashes_are(text: str, expected: list) -> None:
    assert kinds(text) == expected
