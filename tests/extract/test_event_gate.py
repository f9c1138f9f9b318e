"""Is this a report of an event that happened? Pairs of sentences, phrased as Arabic and English news
writes them: a statement, call, threat, denial, aim, habit or recap that reports no new event next to
a look-alike that does (issue 8). The whole parse is run, so a cue, a relative clause or a background
date deciding wrongly anywhere shows here.

The sentences are written for these tests; none is copied from a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 12)  # a Sunday


def incidents(text: str) -> list:
    return list(parse_article(Article(text=text), article_date=DAY).incidents)


@pytest.mark.parametrize("text", [
    # calls, appeals, necessity
    "The governor called on protesters in Basra to remain peaceful.",
    "ودعت منظمة العفو الدولية السلطات العراقية إلى وقف اعتقال الناشطين في البصرة.",
    "وشدد على ضرورة حماية المتظاهرين السلميين في ساحة التحرير.",
    # aims
    "وتسعى القوات الأمنية إلى اعتقال المتورطين في الهجوم في الطارمية.",
    "Police in Basra are seeking to arrest the gunmen who fired on the convoy.",
    # denials and no evidence
    "Police dismissed as false reports that rockets hit Erbil airport.",
    "US officials said there was no evidence that a drone struck the base in Erbil.",
    "نفت قيادة العمليات المشتركة وقوع اشتباكات في قضاء الطارمية.",
    "The Iraqi army denied that clashes took place in Tarmiyah on Monday.",
    # habits
    "Iranian-backed militias in Iraq have periodically shelled bases near Baghdad airport.",
    "وعادة ما تستهدف خلايا داعش نقاط الجيش في جبال حمرين.",
    "Turkey has conducted regular air strikes against PKK positions in the Qandil mountains.",
    "وتشن الطائرات التركية غارات متكررة على مواقع حزب العمال في جبال قنديل.",
    "Rocket attacks on the Green Zone in Baghdad are common and rarely cause casualties.",
    "وتتكرر الهجمات على أبراج الطاقة في قضاء الحويجة.",
    # tallies and statistics
    "At least 35 people have been killed in attacks in Diyala this year so far, police said.",
    "Police recorded 12 IED blasts in Baghdad in April, down from 20 in March.",
    "وسجلت بغداد 12 انفجاراً لعبوات ناسفة خلال نيسان.",
    "The number of rocket attacks on US bases in Iraq fell sharply in 2023.",
    # no arrest made
    "No one was arrested in connection with the killing of the activist in Basra.",
    "ولم يتم اعتقال أي من المتورطين في اغتيال الناشط في البصرة.",
    # a future verb as the event noun's predicate
    "وأوضح أن عمليات التفتيش ستستمر حتى تطهير المنطقة بالكامل في الطارمية.",
    "The offensive will begin in Tal Afar next week, the army said.",
    # threats and reserved rights
    "The ministry said security forces remain on alert in Kirkuk after threats of attacks.",
    "The Pentagon said it reserves the right to respond to attacks on its troops at Ain al-Asad.",
    "وقالت الفصائل إنها تحتفظ بحق الرد على استهداف مقراتها في جرف الصخر.",
])
def test_no_event_reported(text: str) -> None:
    assert incidents(text) == [], [(i.sub_event_type, i.location) for i in incidents(text)]


@pytest.mark.parametrize("text, fatalities", [
    # a denial of responsibility presupposes the attack
    ("ISIS denied responsibility for the attack that killed five soldiers in Tarmiyah on Monday.", 5),
    ("نفت الفصائل مسؤوليتها عن الهجوم الذي استهدف قاعدة عين الأسد فجر اليوم.", None),
    # a denial of casualties: the attack happened
    ("نفت خلية الإعلام الأمني وقوع خسائر بشرية جراء سقوط صاروخ كاتيوشا على المنطقة الخضراء.", 0),
    ("Two rockets hit Ain al-Asad air base on Sunday; officials denied there were casualties.", 0),
    # a denial about the cause of a blast the relative clause tells happened
    ("Police denied that the blast that hit a market in Baquba on Friday was caused by a gas cylinder.", None),
    # a future or policy word before a clause telling what already happened
    ("The army said it will continue operations after troops killed four militants in the Hamrin mountains "
     "on Saturday.", 4),
    # "no casualties": an event with none
    ("No casualties were reported after two rockets landed near Baghdad airport on Tuesday.", 0),
    ("سقط صاروخان قرب مطار بغداد الدولي مساء أمس، ولم يسفر عن وقوع خسائر بشرية.", 0),
    # a call after the event does not reach back to it
    ("اغتال مسلحون مجهولون ناشطاً في الناصرية مساء الاثنين، فيما دعا المحافظ إلى كشف الجناة.", None),
    # a future verb further on, about what follows the event, leaves it reported
    ("Security forces arrested three suspects in Mosul who will be referred to the courts.", None),
    ("اعتقال ثلاثة متهمين في الموصل سيتم إحالتهم إلى القضاء.", None),
    # a toll of one event, and "no one was hurt" after an arrest raid
    ("A car bomb killed 12 people in Baghdad's Sadr City on Sunday.", 12),
    ("Police arrested two ISIS suspects in a raid in Basra on Sunday; no one was hurt.", None),
    # a call, vow or demand in a relative clause describes the actor, not the event
    ("The militia, which has called for the withdrawal of US troops, fired rockets at Ain al-Asad air base on Sunday.",
     None),
    ("The group, which vowed to avenge its leader, attacked an army post in Tarmiyah on Sunday.", None),
    ("كتائب حزب الله، التي طالبت بانسحاب القوات الأمريكية، قصفت قاعدة عين الأسد بالصواريخ مساء أمس.", None),
    # continuous shelling today is an event, not a habit
    ("تعرضت قرى ناحية سيدكان لقصف متواصل منذ صباح اليوم.", None),
    # "often" in another clause does not make the event a habit
    ("Two rockets hit the Green Zone in Baghdad on Sunday, an area often targeted by militias.", None),
])
def test_event_reported(text: str, fatalities: int | None) -> None:
    found = incidents(text)
    assert found, "no incident"
    if fatalities is not None:
        assert fatalities in {i.fatalities for i in found}, [(i.sub_event_type, i.fatalities) for i in found]


@pytest.mark.parametrize("text, expected", [
    # last year: undated (never the report's day), not flagged: it may be less than a year old
    ("وكانت مدينة الصدر قد شهدت العام الماضي تفجيراً انتحارياً أودى بحياة 30 شخصاً.", (None, False)),
    # years ago: undated, historical
    ("Five years ago, ISIS militants massacred hundreds of Yazidis in Kocho.", (None, True)),
    ("قبل ثلاث سنوات اغتال مسلحون مجهولون ناشطاً في مدينة العمارة.", (None, True)),
    # a dated old event keeps its own day
    ("On June 10, 2014, the militants seized Mosul after the army collapsed.", ("2014-06-10", True)),
    # news of the day
    ("A roadside bomb struck an army patrol in Tarmiyah on Saturday.", ("2024-05-11", False)),
])
def test_recalled_events_keep_their_own_time(text: str, expected: tuple[str | None, bool]) -> None:
    found = [(i.event_date.isoformat() if i.event_date else None, i.historical) for i in incidents(text)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    # a recap with no place of its own is dropped, not dated today
    "Last year's attacks killed dozens of people, officials said.",
    "وقتل العام الماضي عشرات الأشخاص في هجمات مماثلة.",
])
def test_recap_with_nothing_to_map_is_dropped(text: str) -> None:
    assert all(i.event_date != DAY for i in incidents(text))


def test_the_base_recalled_after_another_event_is_the_reports_base() -> None:
    # "The base, which ..." points back to the report's base, not to the airport of the event told
    # just before; "weeks after" opens another, earlier event, and the intercepted drone of Saturday
    # does not absorb the old barrage.
    text = ("Three rockets hit Balad air base in Salahuddin province on Sunday, causing no casualties, security "
            "officials said.\nAir defences shot down a drone near Erbil airport on Saturday night, the Kurdistan "
            "counter-terrorism service said.\nThe base, which hosts US contractors, was hit by a rocket barrage "
            "on March 3, 2021, weeks after a drone attack on Erbil airport.")
    found = {(i.sub_event_type, i.location, i.event_date.isoformat(), i.historical) for i in incidents(text)}
    assert ("Shelling/artillery/missile attack", "Balad Air Base", "2021-03-03", True) in found
    assert ("Disrupted weapons use", "Erbil International Airport", "2024-05-11", False) in found
    assert ("Shelling/artillery/missile attack", "Balad Air Base", "2024-05-12", False) in found


@pytest.mark.parametrize("text, expected", [
    # the news ranked against an older event: both kept, the older one with its own month, historical
    ("قتل 12 شخصاً بتفجير انتحاري استهدف سوقاً شعبياً في بغداد اليوم، وهو الأعنف منذ تفجيرات الكرادة التي وقعت "
     "في شهر تموز 2016.", {("Baghdad", "2024-05-12", False), ("Karrada", "2016-07-01", True)}),
    ("A car bomb killed five people in Sadr City on Sunday, the deadliest attack since the bombing of a market in "
     "the district in July 2021.", {("Sadr City", "2024-05-12", False), ("Sadr City", "2021-07-01", True)}),
    # a reference point with no date of its own is not an incident (the gathering may be)
    ("وتجمع العشرات في الناصرية اليوم لإحياء ذكرى مقتل المحتجين على جسر الزيتون.", set()),
])
def test_reference_points_keep_only_their_own_old_date(text: str, expected: set) -> None:
    found = {(i.location, i.event_date.isoformat(), i.historical) for i in incidents(text)
             if i.event_type != "Protests"}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # criticism and confessions name events, they do not report them
    ("وتنتقد الأحزاب الكردية المعارضة قمع التظاهرات في مدينة مهاباد.", []),
    ("Rights groups criticized the arrest of activists in Basra.", []),
    ("وكشفت اعترافات متهم تم إلقاء القبض عليه في الموصل عن تفاصيل تفجيرات سابقة.", []),
    ("The suspect confessed to planting a bomb in Kirkuk.", []),
    # a condemnation of the attack just told (بالهجوم) is no second attack
    ("قتل ثلاثة جنود بتفجير عبوة ناسفة في الطارمية مساء أمس. وندد المحافظ بالهجوم ووصفه بالجبان.",
     [("Remote explosive/landmine/IED", "2024-05-11")]),
])
def test_statements_about_events(text: str, expected: list) -> None:
    assert [(i.sub_event_type, i.event_date.isoformat()) for i in incidents(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "a similar attack" is of the kind just told, on its own date
    ("سقطت ثلاث قذائف هاون على قرية أبو صيدا مساء أمس. وتعرضت القرية ذاتها في التاسع من الشهر الماضي لهجوم مماثل.",
     [("Shelling/artillery/missile attack", "2024-05-11"), ("Shelling/artillery/missile attack", "2024-04-09")]),
    # recent strikes summed up in a statement, the dead of a mass grave: no event of their own
    ("وأشار إلى أن الضربات الجوية الأخيرة في وادي حوران أثبتت فاعلية العمل الاستخباري.", []),
    ("Officials said the recent airstrikes in the Hamrin mountains had weakened ISIS.", []),
    ("فتح مقبرة جماعية قرب قرية كوجو تضم رفات الإيزيديين الذين قتلهم تنظيم داعش.", []),
    # "yesterday's bombing of ... in Baghdad" names its own target: the bombing is reported
    ("The UN mission condemned yesterday's bombing of a party office in Baghdad.",
     [("Remote explosive/landmine/IED", "2024-05-11")]),
])
def test_series_summaries_and_possessives(text: str, expected: list) -> None:
    assert [(i.sub_event_type, i.event_date.isoformat()) for i in incidents(text)] == expected
