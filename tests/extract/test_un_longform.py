"""Encyclopaedic and UN long-form wording (issue 8, docs/arabic_audit.md "Encyclopaedic and UN
long-form texts (arency, session 6)"). Every phrasing was written for this table from general
Arabic and English usage of UN statements and encyclopedia articles, not copied from a report; each
row runs end to end through ``parse_article``.

- Protesters named as the dead, with the protest as the setting just before the protest word
  («بعد مقتل 8 محتجين ... من جراء تجدد التظاهرات»): the deaths happened at the protest, excessive
  force, even where the sentence opens with a statement that came «بعد مقتل» them.
- A year between the verb and the event noun («شنت مجموعة مسلحة مساء 5 آذار 2013 هجوما») is the
  event's date, not a tally of 2013 attacks (cues.yaml aggregate counts skip 19xx/20xx).
- «هجمات بالقنابل» (encyclopaedic "bomb attacks") is a bombing and «القنابل البرميلية», «براميل متفجرة»
  are air strikes, not grenades (triggers.yaml).
- «ضاحية X» (a suburb) designates a neighbourhood like «حي X» (geo designators).
- The toll of «هذه الحوادث» (UN: «ستة حوادث ... أسفرت هذه الحوادث عن مقتل ثلاثة») is a sum of incidents.
- «الدور» before «والشقق السكنية», «المجاورة», «الأول» … is houses or a floor, not Daur (geo context rule).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 10, 6)
ATTACK = ("Violence against civilians", "Attack")
EXCESSIVE = ("Protests", "Excessive force against protesters")
PEACEFUL = ("Protests", "Peaceful protest")


def types(text: str, day: date = DAY) -> list[tuple[str, str]]:
    """(event type, sub-event type) of every incident found in ``text`` published on ``day``."""
    return [(i.event_type, i.sub_event_type) for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # the statement came after protesters died in the protests: excessive force
    ("وصدر البيان بعد مقتل خمسة محتجين وإصابة العشرات من جراء تجدد التظاهرات في الكوت.", [EXCESSIVE]),
    ("جاءت تصريحات الممثلة الأممية بعد سقوط ثلاثة متظاهرين قتلى خلال الاحتجاجات في مدينة العمارة.", [EXCESSIVE]),
    ("The envoy spoke after four protesters were killed during the demonstrations in Kut.", [EXCESSIVE]),
    # gunmen killed them: still an attack on civilians
    ("صدر البيان بعد مقتل متظاهرين اثنين برصاص مسلحين مجهولين خلال الاحتجاجات في الديوانية.", [ATTACK]),
    # the protest answers the killing of an activist: a protest, the activist's killing apart
    ("خرجت تظاهرات حاشدة في الكوت بعد مقتل ناشط مدني أمس.", [PEACEFUL]),
    # a protest with no one killed stays peaceful
    ("جاء البيان بعد تجدد التظاهرات السلمية في الكوت للمطالبة بفرص العمل.", [PEACEFUL]),
])
def test_protesters_killed_at_the_protest(text: str, expected: list[tuple[str, str]]) -> None:
    assert types(text) == expected


def places(text: str, day: date = DAY) -> list[str | None]:
    """The location of every incident found in ``text`` published on ``day``."""
    return [i.location for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, place", [
    # الدور = houses or a floor near the blast, not Daur
    ("تعرضت الوزارة لهجوم بسيارة مفخخة أدى إلى سقوط قتلى من الساكنين في الدور والشقق السكنية القريبة منها.", None),
    ("انفجرت عبوة ناسفة قرب سوق شعبي فتضررت عشرات الدور المجاورة ولم تسجل إصابات.", None),
    # Daur the town, after a locative word or its designator
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة في الدور جنوب تكريت.", "Daur"),
    ("انفجرت عبوة ناسفة في قضاء الدور شمال سامراء.", "Daur District"),
])
def test_houses_are_not_daur(text: str, place: str | None) -> None:
    daur = [p for p in places(text, date(2009, 8, 19)) if p and p.startswith("Daur")]
    assert daur == ([place] if place else [])


def dated(text: str, day: date = date(2023, 3, 5)) -> list[tuple[str | None, str]]:
    """(event date, sub-event type) of every incident found in ``text`` published on ``day``."""
    return [(i.event_date.isoformat() if i.event_date else None, i.sub_event_type)
            for i in parse_article(Article(text=text), article_date=day).incidents]


@pytest.mark.parametrize("text, expected", [
    # a year between the verb and the event noun dates the event; it is not a count of attacks
    ("شنت مجموعة مسلحة مساء 5 آذار 2013 هجوما مسلحا على سوق الكرامة في بعقوبة.", [("2013-03-05", "Attack")]),
    ("نفذ مسلحو التنظيم في 14 آب 2007 هجمات بشاحنات مفخخة على مجمعين سكنيين قرب سنجار.",
     [("2007-08-14", "Remote explosive/landmine/IED")]),
    ("فجر انتحاري في 9 أيار 2015 سيارة مفخخة في سوق الخضار ببعقوبة.", [("2015-05-09", "Suicide bomb")]),
    # a real count stays a tally
    ("شن التنظيم 30 هجوما في محافظة ديالى خلال الشهر الماضي.", []),
    ("Militants carried out 12 attacks in Anbar last month.", []),
])
def test_a_year_is_not_a_count(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bombings told as «هجمات بالقنابل» and barrel bombs are not grenades
    ("في 3 تموز 2016 نفذ مسلحو التنظيم هجمات بالقنابل المنسقة في بغداد أسفرت عن مقتل العشرات.",
     [("2016-07-03", "Remote explosive/landmine/IED")]),
    ("ألقت مروحيات الجيش قنابل برميلية على أحياء سكنية في الفلوجة يوم 4 تموز 2016.", [("2016-07-04", "Air/drone strike")]),
    ("ألقت الطائرات المروحية براميل متفجرة على بلدة الكرمة في 4 تموز 2016.", [("2016-07-04", "Air/drone strike")]),
    # a grenade thrown stays a grenade
    ("رمى مجهولون قنبلة يدوية على منزل في البصرة في 4 تموز 2016.", [("2016-07-04", "Grenade")]),
    ("ألقى مسلحون قنابل على منزل ضابط في الديوانية في 4 تموز 2016.", [("2016-07-04", "Grenade")]),
])
def test_bombs_are_not_grenades(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert dated(text, date(2016, 7, 5)) == expected


@pytest.mark.parametrize("text, place", [
    # «ضاحية X» (a suburb, encyclopaedic translation) designates a neighbourhood like «حي X»
    ("وانفجرت عبوة ناسفة ثانية على جانب طريق في ضاحية الشعب مما أدى إلى مقتل خمسة على الأقل.", "Shaab"),
    ("انفجرت عبوة ناسفة في حي الشعب شمالي بغداد.", "Shaab"),
    # the bare common word stays no place
    ("انفجرت عبوة ناسفة قرب تجمع لأبناء الشعب في الساحة.", None),
])
def test_a_suburb_designates_its_neighbourhood(text: str, place: str | None) -> None:
    assert places(text, date(2016, 7, 3)) == ([place] if place else [])


@pytest.mark.parametrize("text, expected", [
    # the toll of «these incidents»: several incidents summed up, not one event
    ("وأشارت المفوضية إلى أنه وفق شهود عيان أسفرت هذه الحوادث التي ارتكبتها المليشيات عن مقتل ثلاثة أشخاص في بغداد.", []),
    ("وقالت البعثة إن تلك الحوادث أسفرت عن مقتل خمسة مدنيين في محافظة ديالى.", []),
    ("Witnesses said these incidents killed three people in Baghdad.", []),
    ("A bomb exploded in a Baghdad market yesterday, police said, after similar incidents last year.",
     [("2014-05-26", "Remote explosive/landmine/IED")]),
    # one event told with a remark about similar incidents stays an event
    ("وقع انفجار في سوق الشورجة ببغداد أمس، وتكررت هذه الحوادث في المنطقة.",
     [("2014-05-26", "Remote explosive/landmine/IED")]),
])
def test_the_toll_of_these_incidents(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert dated(text, date(2014, 5, 27)) == expected
