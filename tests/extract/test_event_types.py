"""Event type and sub-type of real-style phrasings (Arabic Telegram flashes, wire copy and
Wikipedia current-events entries, which are written in the present tense), end to end through
``parse_article``: one row per phrasing, ACLED's coding per the annotation guide."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

SD, BAT, ERV, VAC, PRO, RIO = ("Strategic developments", "Battles", "Explosions/Remote violence",
                               "Violence against civilians", "Protests", "Riots")
DAY = date(2026, 8, 18)


def types_of(text: str, day: date = DAY) -> list[tuple[str, str]]:
    """(event type, sub-type) of every incident ``parse_article`` finds in ``text`` dated ``day``."""
    return [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # Strategic developments: interceptions, finds, defusals, handovers, movements, arrests
    ("إسقاط طائرة مسيرة في سماء محافظة السليمانية بواسطة الدفاعات الجوية.", (SD, "Disrupted weapons use")),
    ("تمكنت الدفاعات الجوية من إسقاط طائرة مسيرة حاولت استهداف مطار أربيل الدولي فجر اليوم.",
     (SD, "Disrupted weapons use")),
    ("Iraqi air defenses shot down a drone near Erbil airport on Tuesday.", (SD, "Disrupted weapons use")),
    ("ضبط أكداس من العتاد والصواريخ في صحراء الأنبار.", (SD, "Disrupted weapons use")),
    ("تفكيك عبوة ناسفة في منطقة الطارمية شمالي بغداد.", (SD, "Disrupted weapons use")),
    ("تسلمت قيادة العمليات المشتركة قاعدة الحرير في أربيل من قوات التحالف الدولي اليوم.",
     (SD, "Non-violent transfer of territory")),
    ("القوات الأمريكية تسلم قاعدة عين الأسد إلى الجيش العراقي.", (SD, "Non-violent transfer of territory")),
    ("الجيش التركي يسيطر على قمة جبل متين في دهوك بعد انسحاب مسلحي الحزب منها وتسليمها سلميا.",
     (SD, "Non-violent transfer of territory")),
    ("The United States military withdraw from Camp Taji and hand it over to the Iraqi military.",
     (SD, "Non-violent transfer of territory")),
    ("The coalition held a ceremony with Iraqi forces to transfer the coalition area of K1 Air Base in Kirkuk.",
     (SD, "Non-violent transfer of territory")),
    ("هبوط طائرتين مروحيتين أمريكيتين في قاعدة عين الأسد غربي الأنبار.", (SD, "Other")),
    ("خروج رتل عسكري للجيش العراقي من معسكر التاجي باتجاه مجهول.", (SD, "Other")),
    ("مسلحون تابعون لعشيرة ينتشرون في محيط مصفاة بيجي.", (SD, "Other")),
    ("تجمع العشرات من مقاتلي العشيرة أمام منزل شيخها في قضاء الحويجة.", (SD, "Other")),
    ("Iraqi security forces arrested five suspected ISIS members in Kirkuk on Monday.", (SD, "Arrests")),
    ("The Interior Ministry announces the arrest of six alleged Islamic State fighters in Mosul.", (SD, "Arrests")),
    # Battles: two armed sides; the territory regained; a manned aircraft shot down
    ("اللواء السابع بالحشد الشعبي يشتبك مع مفرزة لعصابات داعش في حوض الثرثار.", (BAT, "Armed clash")),
    ("An Iraqi Air Force helicopter is shot down by ISIL near Amiriyah Fallujah.", (BAT, "Armed clash")),
    ("The head of the counter terrorism forces says that the city of Fallujah has been fully liberated.",
     (BAT, "Government regains territory")),
    # Explosions/Remote violence: the method decides
    ("هجوم جديد دك مقرات المعارضة الكردية في قضاء كويسنجق.", (ERV, "Shelling/artillery/missile attack")),
    # Violence against civilians
    ("Unknown assailants assassinate a prominent historian near his home in Zayouna, Baghdad.", (VAC, "Attack")),
    # Riots against protests
    ("Protestors storm the Iranian consulate in Karbala and set fires around the building.",
     (RIO, "Violent demonstration")),
    ("Dozens of people storm the compound of the Swedish embassy in Baghdad.", (RIO, "Violent demonstration")),
    ("رجل أمن ينهال بالضرب على أحد المتظاهرين في ساحة التحرير ببغداد.", (PRO, "Protest with intervention")),
])
def test_type_and_sub_type(text: str, expected: tuple[str, str]) -> None:
    assert types_of(text) == [expected]


@pytest.mark.parametrize("text", [
    "Eleven people are killed as angry villagers attack residents of a village in Muqdadiyah, Diyala.",
    "هاجم أهالي غاضبون مركز شرطة في قضاء المقدادية مساء أمس.",
])
def test_a_mob_attacking_is_mob_violence(text: str) -> None:
    assert (RIO, "Mob violence") in types_of(text)
