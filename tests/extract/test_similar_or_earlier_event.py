"""An account that says it is a similar or earlier event than the one told before stays apart (issue 8,
miss8 audit, session 8, work half, stage MERGE).

Wire and flash reports tell today's event, then one before it: "On July 5, a child was injured in a
similar incident where a rocket hit a home near the Green Zone", «ويأتي الهجوم بعد يوم من شن طائرات
تركية غارتين جويتين على وادي ...», "Last week, several rockets were fired at Camp Taji", "Also, on
Tuesday, a Turkish strike killed a local commander". The cue class ``another_event`` did not know these
words, so the earlier event was merged into today's (the lead even took its day). New rows of
``another_event`` (cues.yaml): a sentence opened by "Also, on ..." / "Last week" / "The previous day";
"a similar incident/attack/strike", «هجوم مماثل»; "came two days after", «ويأتي ... بعد يوم من»,
«غداة». Near misses: "Also killed in the blast was ...", "the blast came after midnight", «وجاء الانفجار
بعد منتصف الليل», "similar to" — the same event.

With the strike told after as another event, "The commander and his guard were killed when their car was
struck" no longer rode on it: `merge_rules._toll_of_strike` makes a death told one or two sentences after an
air or drone strike at the same place, whose sentence says the victims were struck, that strike's toll.
Deaths in clashes after a strike, and a strike told after a killing (a response), stay apart.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "location", "event_date")
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, expected", [
    ("At least four rockets were fired at the Green Zone in Baghdad, the military said.\n"
     "On September 2, a child was wounded in a similar incident when a rocket hit a house near the Green Zone.",
     [(SHELLING, "Green Zone", WED), (SHELLING, "Green Zone", date(2022, 9, 2))]),
    ("سقطت أربعة صواريخ على المنطقة الخضراء في بغداد بحسب بيان عسكري.\n"
     "وفي الثاني من أيلول أصيب طفل بهجوم مماثل عندما سقط صاروخ على منزل قرب المنطقة الخضراء.",
     [(SHELLING, "Green Zone", WED), (SHELLING, "Green Zone", date(2022, 9, 2))]),
    ("قصفت طائرات تركية سيارة في مجمع باكيرا بمحافظة دهوك.\n"
     "ويأتي القصف بعد يوم من شن طائرات تركية غارتين على وادي شكفتكي قرب دهوك أسفرتا عن مقتل شخص.",
     [(AIR, "Dohuk Governorate", WED), (AIR, "Dohuk", date(2022, 9, 27))]),
    ("Turkish jets struck a car in a village of Dohuk province.\n"
     "The strike came a day after Turkish jets struck a valley near Dohuk, killing one man.",
     [(AIR, "Dohuk Governorate", WED), (AIR, "Dohuk", date(2022, 9, 27))]),
    ("Rockets landed near the Green Zone in Baghdad, the military said.\n"
     "Last week, several rockets were fired at Camp Taji.",
     [(SHELLING, "Green Zone", WED), (SHELLING, "Camp Taji", date(2022, 9, 21))]),
    ("A Turkish strike hit a building in Khanasor village.\n"
     "Also, on Monday, a Turkish strike killed a local commander in Sinjar.",
     [(AIR, "Khanasor", WED), (AIR, "Sinjar", date(2022, 9, 26))]),
])
def test_similar_or_earlier_event_stays_apart(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    # the victims of the strike told before, struck in their car: its toll, not a clash
    ("A Turkish drone strike hit Sinjar on Wednesday, killing two fighters.\n"
     "A commander and his guard were killed when their car was struck in the town.\n"
     "The strike came two days after a similar strike killed three fighters in Sinjar.",
     # the similar strike two days before is a strike of that kind (type10 step 7), no longer a clash by 'killed'
     [(AIR, "Sinjar", WED), (AIR, "Sinjar", date(2022, 9, 26))]),
    # near misses: more of the event told, its hour, a comparison
    ("A roadside bomb exploded in Tarmiyah on Sunday.\nAlso killed in the blast was a police officer.",
     [(IED, "Tarmiyah", date(2022, 9, 25))]),
    ("A roadside bomb killed two soldiers in Tarmiyah on Sunday.\nThe blast came after midnight, police said.",
     [(IED, "Tarmiyah", date(2022, 9, 25))]),
    ("انفجرت عبوة ناسفة على دورية للجيش في الطارمية.\nوجاء الانفجار بعد منتصف الليل بحسب الشرطة.",
     [(IED, "Tarmiyah", WED)]),
    ("A roadside bomb killed two soldiers in Tarmiyah on Sunday.\n"
     "The attack was similar to one last year, police said.",
     [(IED, "Tarmiyah", date(2022, 9, 25))]),
    # a strike told after a killing answers it; deaths in clashes after a strike are not its toll
    ("Gunmen killed two soldiers in Tarmiyah on Sunday.\nAircraft then struck the gunmen's hideout in Tarmiyah.",
     [("Armed clash", "Tarmiyah", date(2022, 9, 25)), (AIR, "Tarmiyah", date(2022, 9, 25))]),
    ("A Turkish drone strike hit a car in Sinjar on Wednesday.\n"
     "Two fighters were killed in clashes with the army in Sinjar.",
     [(AIR, "Sinjar", WED), ("Armed clash", "Sinjar", WED)]),
])
def test_same_event_still_joins(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
