"""Speeches, charges, justifications and wishes name events without reporting them (issue 8,
docs/arabic_audit.md, arwire7 audit of long newspaper reports; rules chosen from both halves after the
audit was scored): «تركوا آلافا من جثثهم في ساحات المعارك» (the battlefields), «للتخطيط لجميع المعارك»
(all the battles), «يعطي المبررات ... للقيام بهذا القصف» (a justification), «نحن لا نريد لبلدنا أن
يتعرض للقصف» (a wish), «فتحت تحقيقا ضد ... بتهمة التحريض على العنف الذي أسفر عن مقتل» (an inquiry and a
charge), «بما يسمى الاحتجاجات الثورية» (a so-called kind), «6 آلاف ضربة جوية», "thousands of air strikes" (a
tally). Today's events told beside them stay.
Written for this table; each row runs end to end through ``parse_article`` (the helper of
``test_operations_and_car_bombs_destroyed``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_operations_and_car_bombs_destroyed import kinds_and_places


@pytest.mark.parametrize("text", [
    "وقال بارزاني في خطابه في الموصل: «هم تركوا آلافا من جثثهم في ساحات المعارك، ولكن هذا غير كاف بحقهم».",
    "وقال المتحدث إن «الجامعة في الرمادي تمثل معقلا مهما ومركز قيادة يستخدمه قادة التنظيم للتخطيط لجميع المعارك».",
    "وقال المستشار إن وجود الحزب يعطي المبررات للحكومة التركية للقيام بهذا القصف على قرى دهوك.",
    "وقال مسؤول العلاقات الخارجية في أربيل: «بالطبع نحن لا نريد لبلدنا أن يتعرض للقصف».",
    "وفتحت السلطات القضائية في بغداد تحقيقا ضد زعيم الحزب بتهمة التحريض على العنف الذي أسفر عن مقتل 34 شخصا.",
    "وقال إن الشباب في البصرة كانوا يعبرون عن غضبهم بما يسمى الاحتجاجات الثورية.",
])
def test_speeches_charges_and_wishes_are_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقتل ثلاثة جنود في المعارك التي اندلعت اليوم في بيجي.", [("Armed clash", "Baiji")]),
    ("اعتقلت القوات جميع المتورطين في الهجوم على قضاء الطارمية أمس.", [("Arrests", "Tarmiyah District")]),
    ("قصفت الطائرات التركية قرية في قضاء العمادية اليوم بذريعة وجود مسلحين.", [("Air/drone strike", "Amedi District")]),
    # the arrest stays; the bombing he is charged with is no event (main also gave an IED here)
    ("اعتقلت القوات الأمنية في الموصل أمس مطلوبا بتهمة تفجير سيارة مفخخة.", [("Arrests", "Mosul")]),
    ("قال مصدر إن ما يسمى بتنظيم داعش هاجم قرية في قضاء سنجار أمس وقتل ثلاثة مدنيين.", [("Attack", "Sinjar District")]),
    ("وقالت الشرطة إن مسلحين هاجموا نقطة تفتيش في الطارمية أمس، ولا تريد القيادة أن تتكرر الهجمات.",
     [("Armed clash", "Tarmiyah")]),
])
def test_events_told_beside_them_stay(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # thousands of strikes summed up (the year's tally of a campaign)
    ("ومنذ ذلك الوقت أطلقت قوات التحالف في العراق وسوريا ما يقرب من 6 آلاف ضربة جوية.", []),
    ("The coalition has carried out thousands of air strikes on militant positions in Iraq.", []),
    # thousands of people protesting, today's strike: as before
    ("وتظاهر آلاف العراقيين اليوم في ساحة التحرير ببغداد.", [("Peaceful protest", "Tahrir Square")]),
    ("قصفت طائرات التحالف مواقع للتنظيم في الموصل اليوم، ليرتفع عدد الغارات إلى آلاف.", [("Air/drone strike", "Mosul")]),
])
def test_thousands_of_strikes_are_a_tally(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people burned to death are killed; the bomb they are accused of planting («بدعوى», «بحجة») is no event
    ("قالت مصادر في محافظة ديالى إن مليشيات مسلحة أحرقت ثلاثة شبان حتى الموت بدعوى زرعهم عبوة ناسفة في قضاء "
     "المقدادية أمس.", [("Attack", "Muqdadiya District")]),
    # a building set on fire by protesters and a blast told before a pretext stay; the arrest stays (main also
    # read the bomb of the pretext as an IED)
    ("أحرق محتجون غاضبون مبنى مجلس المحافظة في البصرة أمس.", [("Violent demonstration", "Basra")]),
    ("اعتقلت القوات ثلاثة أشخاص في قضاء المقدادية أمس بحجة زرعهم عبوة ناسفة.", [("Arrests", "Muqdadiya District")]),
    ("انفجرت عبوة ناسفة في قضاء المقدادية أمس، بحجة أن المنطقة تؤوي مسلحين.",
     [("Remote explosive/landmine/IED", "Muqdadiya District")]),
])
def test_burned_to_death_and_pretexts(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
