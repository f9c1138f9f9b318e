"""Coverage of the trigger lexicon (issue 8, recall that generalises): each ACLED sub-event type
said in the many ways news reports say it — Arabic verb forms (past, present, passive, masdar,
with proclitics), Iraqi and Maghrebi variants, English tenses and the present-tense headline
style. Phrasings are written for this table from general news usage, not copied from reports.
One row per phrasing, end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.test_event_types import BAT, ERV, PRO, RIO, SD, VAC
from tests.extract.test_event_types import types_of as types_on

DAY = date(2026, 3, 10)


def types_of(text: str) -> list[tuple[str, str]]:
    return types_on(text, DAY)


@pytest.mark.parametrize("text, expected", [
    # Shelling / artillery / missile
    ("سقوط ثلاث قذائف على ناحية العظيم شمالي ديالى.", (ERV, "Shelling/artillery/missile attack")),
    ("سقطت قذيفة قرب سيطرة للجيش في قضاء طوزخورماتو.", (ERV, "Shelling/artillery/missile attack")),
    ("Mortar rounds landed near an army post in Tarmiyah.", (ERV, "Shelling/artillery/missile attack")),
    ("Rocket fire targeted Balad air base on Monday.", (ERV, "Shelling/artillery/missile attack")),
    ("Three projectiles fell inside the Green Zone in Baghdad.", (ERV, "Shelling/artillery/missile attack")),
    # Air / drone strike
    ("مسيرة تركية تقصف عجلة في قضاء سنجار.", (ERV, "Air/drone strike")),
    ("Turkish jets pound positions in the Qandil mountains.", (ERV, "Air/drone strike")),
    ("The Turkish Air Force bombards a village in Amadiya district.", (ERV, "Air/drone strike")),
    # Remote explosive / IED
    ("انفجار عجلة مفخخة في سوق شعبي بمدينة الصدر.", (ERV, "Remote explosive/landmine/IED")),
    ("انفجرت دراجة نارية مفخخة قرب مطعم في قضاء الخالص.", (ERV, "Remote explosive/landmine/IED")),
    ("Two bombs exploded in a market in Baqubah.", (ERV, "Remote explosive/landmine/IED")),
    ("A truck bomb hits a checkpoint near Tikrit.", (ERV, "Remote explosive/landmine/IED")),
    ("A blast rocks a commercial street in Karrada, Baghdad.", (ERV, "Remote explosive/landmine/IED")),
    ("A sticky bomb attached to a car went off in Mosul.", (ERV, "Remote explosive/landmine/IED")),
    # Suicide bomb
    ("فجر انتحاري نفسه وسط تجمع للزوار في سامراء.", (ERV, "Suicide bomb")),
    ("A suicide bomber blew himself up at a funeral in Kirkuk.", (ERV, "Suicide bomb")),
    # Grenade
    ("مجهولون يرمون رمانة على منزل مواطن في البصرة.", (ERV, "Grenade")),
    ("A hand grenade was thrown at a shop in Basra.", (ERV, "Grenade")),
    # Armed clash
    ("تبادل لإطلاق النار بين قوة من الشرطة ومسلحين في قضاء الطارمية.", (BAT, "Armed clash")),
    ("Heavy fighting erupted between the army and militants in Hawija.", (BAT, "Armed clash")),
    ("Security forces exchanged fire with gunmen in Jurf al-Sakhar.", (BAT, "Armed clash")),
    # Territory
    ("القوات الأمنية تعلن تحرير ناحية القيارة جنوب الموصل.", (BAT, "Government regains territory")),
    ("Iraqi forces recapture the town of Rutba in Anbar.", (BAT, "Government regains territory")),
    ("ISIS militants seize the town of Hit in Anbar.", (BAT, "Non-state actor overtakes territory")),
    # Violence against civilians
    ("Gunmen open fire on a family's car in Tarmiyah, killing a woman.", (VAC, "Attack")),
    ("مسلحون يقتادون مواطناً إلى جهة مجهولة في قضاء المقدادية.", (VAC, "Abduction/forced disappearance")),
    ("A contractor is taken hostage by gunmen in Baiji.", (VAC, "Abduction/forced disappearance")),
    # Arrests
    ("قبضت قوة من الاستخبارات على إرهابي في قضاء الشرقاط.", (SD, "Arrests")),
    ("الإطاحة بمتهم بتفجير عبوة في قضاء الزبير.", (SD, "Arrests")),
    ("Police detain four suspects in Kirkuk.", (SD, "Arrests")),
    ("Security forces round up ISIS suspects in Fallujah.", (SD, "Arrests")),
    # Disrupted weapons use
    ("العثور على مضافة تحتوي أسلحة في وادي حوران.", (SD, "Disrupted weapons use")),
    ("تفجير عبوة ناسفة تفجيراً موقعياً في قضاء الدبس.", (SD, "Disrupted weapons use")),
    ("التصدي لطائرة مسيرة حاولت استهداف مطار أربيل.", (SD, "Disrupted weapons use")),
    ("Air defences intercept a drone over Erbil airport.", (SD, "Disrupted weapons use")),
    ("Troops find a weapons depot in the Hamrin mountains.", (SD, "Disrupted weapons use")),
    ("Army engineers defuse a roadside bomb in Tarmiyah.", (SD, "Disrupted weapons use")),
    # Transfers
    ("انسحبت القوات الأجنبية من قاعدة الحبانية في الأنبار.", (SD, "Non-violent transfer of territory")),
    # Protests and riots
    ("يتظاهر المئات أمام مبنى محافظة البصرة للمطالبة بفرص عمل.", (PRO, "Peaceful protest")),
    ("مسيرة احتجاجية لخريجين عاطلين في مدينة الناصرية.", (PRO, "Peaceful protest")),
    ("Thousands take to the streets in Nasiriyah to demand jobs.", (PRO, "Peaceful protest")),
    ("Police fire tear gas to disperse demonstrators in Basra.", (PRO, "Protest with intervention")),
    ("Protesters torch the provincial council building in Najaf.", (RIO, "Violent demonstration")),
    ("محتجون يقتحمون مبنى السفارة في بغداد.", (RIO, "Violent demonstration")),
    # Iraqi and Maghrebi usage, present tense of assassination, a cell dismantled, ramming
    ("مسلحون مجهولون يغتالون ناشطاً مدنياً وسط مدينة العمارة.", (VAC, "Attack")),
    ("انفلاق عبوة ناسفة على دورية للشرطة في قضاء أبي غريب.", (ERV, "Remote explosive/landmine/IED")),
    ("نزاعات عشائرية مسلحة في ناحية الفهود بمحافظة ذي قار.", (BAT, "Armed clash")),
    ("تفكيك خلية إرهابية في قضاء الحويجة واعتقال أفرادها.", (SD, "Arrests")),
    ("سيطر الجيش العراقي على منطقة جبلية قرب قضاء مخمور.", (BAT, "Government regains territory")),
    ("Police dismantle a militant cell in Kirkuk.", (SD, "Arrests")),
])
def test_phrasing_reports_its_event(text: str, expected: tuple[str, str]) -> None:
    assert expected in types_of(text)


@pytest.mark.parametrize("text", [
    # Look-alikes that stay no incident: tolls and statistics, recent-days summaries, stun grenades
    # at a protest are not grenade attacks, a road closed by the police is no protest.
    "وبلغ عدد القتلى 300 مدني خلال الشهر الماضي بحسب بعثة الأمم المتحدة.",
    "أدانت الوزارة التفجيرات التي شهدتها البلاد في الأيام الأخيرة.",
    "The ministry condemned the bombings of the past few days across the country.",
])
def test_look_alikes_stay_out(text: str) -> None:
    assert types_of(text) == []


def test_a_preliminary_toll_is_the_report_of_its_attack() -> None:
    text = "قال مسؤول إن 12 شخصاً قتلوا في حصيلة أولية لهجوم مسلح استهدف حافلة في قضاء بيجي اليوم."
    assert types_of(text)
