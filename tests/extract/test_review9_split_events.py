"""review9 Part B: one event told twice as wire copy does is one incident; two events told side by side stay two.

Self-written two- and three-sentence reports (issue 8, class DUPLICATE: one event split into two incidents at two
places). The table of one-event reports holds the ways the same event is told again (the city then its district,
"north of Baghdad" then Tarmiyah, the province then the town, a dateline city then the place, a toll told again with
other numbers, a headline and its lead, a lead and a source's account, an attempt on someone after the bomb that made
it); the two-event table holds the neighbours that must stay apart (two attacks in two towns, another incident told
apart, another day). An assassination attempt survived gives no one dead.
"""

from __future__ import annotations

import pytest

from tests.extract.probe import incidents

ONE_EVENT = [
    "قتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في بغداد اليوم. وقال مصدر أمني إن العبوة انفجرت في منطقة الدورة جنوبي العاصمة.",
    "قتل ثلاثة جنود في هجوم شنه مسلحو داعش شمال بغداد اليوم. وأوضح مصدر أن الهجوم استهدف نقطة للجيش في قضاء الطارمية.",
    "أصيب ثلاثة مدنيين بسقوط قذيفة هاون في محافظة ديالى، اليوم. وقال مصدر محلي إن القذيفة سقطت على منزل في قضاء المقدادية.",
    "بغداد - قتل شرطي وأصيب آخر بهجوم مسلح على نقطة تفتيش اليوم. وأفاد مصدر في الشرطة بأن الهجوم وقع في منطقة الحسينية شمال شرقي بغداد.",
    "قتل خمسة أشخاص بانفجار سيارة مفخخة في سوق بمدينة الصدر اليوم. وقال مصدر طبي إن حصيلة الانفجار ارتفعت إلى سبعة قتلى و12 جريحاً.",
    "A roadside bomb killed two soldiers in Baghdad on Sunday. Police said the bomb went off in the Dora district in the south of the capital.",
    "Islamic State militants killed three soldiers north of Baghdad on Sunday. The attack targeted an army post in Tarmiyah, a security source said.",
    "BAGHDAD (AP) — Gunmen killed a police officer at a checkpoint on Sunday. The attack took place in the Husseiniya area northeast of Baghdad, police said.",
    "Drone strike hits PMF position near Qaim\nA drone struck a position of the Popular Mobilization Forces near al-Qaim in western "
    "Anbar on Sunday, killing two fighters.",
    "مقتل جنديين بهجوم في ديالى\nقتل جنديان بانفجار عبوة ناسفة استهدفت دورية للجيش في ناحية أبي صيدا بمحافظة ديالى، اليوم.",
    "Two Iraqi soldiers were killed in an Islamic State attack in northern Iraq on Sunday. The militants attacked an army post in the "
    "Makhmour area, a military statement said.",
    "Three people were killed in a bomb blast in Mosul on Sunday. A police officer said four people died and six were wounded when the "
    "bomb went off near a market in the Old City.",
    "Gunmen attacked a checkpoint in Tarmiyah north of Baghdad on Sunday, killing two policemen. The attackers fired on the checkpoint at "
    "the entrance of the town from a nearby orchard. \"The gunmen fled toward the orchards of Tarmiyah,\" a police officer told reporters.",
    "قصفت المدفعية التركية قرى في محافظة دهوك اليوم. وقال مسؤول محلي إن القذائف سقطت على أطراف ناحية كاني ماسي التابعة لقضاء العمادية وألحقت أضراراً مادية.",
    "Mortar rounds struck a PMF base near Baiji on Sunday, wounding three fighters. The base was hit by three rockets fired from a nearby "
    "village, a PMF statement said.",
    # the attempt on someone told after the bomb of the lead, placed roughly (review9: split before this change)
    "A roadside bomb targeted the convoy of a PMF commander in Diyala on Sunday. The commander survived the assassination attempt on "
    "the road between Baquba and Muqdadiyah.",
    "استهدفت عبوة ناسفة موكب قيادي في الحشد الشعبي في ديالى اليوم. ونجا القيادي من محاولة الاغتيال على الطريق بين بعقوبة والمقدادية.",
]

TWO_EVENTS = [
    "انفجرت عبوة ناسفة في قضاء الطارمية اليوم ما أدى إلى مقتل جندي. وفي حادث آخر، قتل مدني بهجوم مسلح في قضاء المقدادية.",
    "A roadside bomb killed a soldier in Tarmiyah on Sunday. In a separate attack, gunmen shot dead a civilian in Muqdadiyah.",
    # an attempt of its own after a bomb: gunmen, another incident, another day
    "A roadside bomb hit an army patrol in Diyala on Sunday. In a separate incident, gunmen tried to assassinate a local official in "
    "Baquba, who survived.",
    "A roadside bomb hit an army patrol in Diyala on Sunday. Gunmen opened fire on the car of a local official in Baquba in an "
    "assassination attempt he survived.",
    "انفجرت عبوة ناسفة على دورية للجيش في ديالى اليوم. وأطلق مسلحون النار على سيارة مسؤول محلي في بعقوبة في محاولة لاغتياله نجا منها.",
    "انفجرت عبوة ناسفة على دورية للجيش في ديالى اليوم. وفي حادث منفصل، نجا مسؤول محلي من محاولة اغتيال في بعقوبة.",
    "A roadside bomb wounded two soldiers in Diyala on Sunday. On Friday, a tribal leader survived an assassination attempt in Baquba.",
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_one_event_told_twice_is_one_incident(text: str) -> None:
    assert len(incidents(text, "event_type")) == 1


@pytest.mark.parametrize("text", TWO_EVENTS)
def test_two_events_told_side_by_side_stay_two(text: str) -> None:
    assert len(incidents(text, "event_type")) == 2


@pytest.mark.parametrize("text", [
    "نجا قيادي في الحشد الشعبي من محاولة اغتيال في بعقوبة اليوم.",
    "A PMF commander survived an assassination attempt in Baquba on Sunday.",
    "Gunmen tried to assassinate a local official in Baquba on Sunday, but he survived.",
])
def test_an_attempt_survived_kills_no_one(text: str) -> None:
    assert incidents(text, "fatalities") == [None]


@pytest.mark.parametrize("text", [
    "اغتال مسلحون مجهولون ناشطاً في البصرة اليوم.",
    "Gunmen assassinated an activist in Basra on Sunday.",
])
def test_an_assassination_carried_out_kills_one(text: str) -> None:
    assert incidents(text, "fatalities") == [1]
