"""Near misses of this session's extraction commits (issue 8, review8 review of the landings after 77a835a).

Each rule came with the phrasings it was written for; these rows are ordinary news sentences its words also
appear in, self-written for this review:

- f7fbf21 lets the clause after a trend's frame («مع اتساع رقعة الاحتجاجات، قتل متظاهران») tell its own event.
  A clause that tells no event but a fear of one («يعيش السكان حالة من الخوف من الاغتيالات») gave an attack;
  the fear is a cue of its own now (intent «الخوف من»). The frames a rise writes without «وتيرة» or «عدد»
  («مع تزايد الهجمات التركية», «مع تزايد عمليات الاغتيال», 'amid escalating Turkish strikes', 'amid rising
  attacks') were no trend cues: their own noun gave the incident.
- 618b7fd makes a group opened by a word of its own («وقتل في الهجوم», 'were killed in the attack') an event of
  the report's day when it joins no event told before. A toll 'in the attack' told after a sentence that only
  names the attack (an anniversary, a trial, a fear: «أحيا أهالي تكريت ذكرى مجزرة سبايكر. وقتل في الهجوم
  …», 'The court sentenced a man over the 2016 Karrada bombing. Over 300 people were killed in the attack')
  is that attack's toll: with no date of its own it stays the back reference (incidents._toll_of_a_named_event).
- ccb1916 gives an account told after a lead dated a recent day, with no time of its own, the lead's day. What
  militants 'previously attacked' is an earlier event, its day untold: a recall (merging.RECAP), no date, as
  «وكان مسلحون قد هاجموا» since 08debce. (What today's event 'came after' was made one too, by 1b31814; the
  lead's blind set showed such events are recent and dated by annotators, and d3e5063 took it back.)
- 72f1fbb keeps the private_violence row «قتل … زوجته» from taking a coordinated verb («قتل وأصيبت زوجته») as
  the word between, by refusing any word that opens with و: «أقدم رجل على قتل والد زوجته» (her father) became
  an attack on a civilian. «والد», «والدة», «وافد» are words of their own.
- 28beff0 keeps apart an account told after a lead with no day of its own in a sentence opening with a weekday
  2-7 days back («والأحد، فشلت محاولة لاغتيال …»). When that sentence names the lead's means definite («ومساء
  الأحد، انفجرت العبوة على الدورية»: the bomb, the patrol), it gives the lead its day: one event
  (drafts._DEFINITE_MEANS).

Each table of near misses is followed by one that keeps the rule's own phrasings firing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location")


@pytest.mark.parametrize("text", [
    # f7fbf21: the clause after the frame tells a fear, not an event
    "مع تصاعد وتيرة الهجمات، يعيش سكان قضاء الطارمية حالة من الخوف من الاغتيالات.",
    # frames of a rise with the event noun right after it
    "مع تزايد الهجمات التركية، نزحت عشرات العائلات من قرى قضاء العمادية.",
    "مع تزايد عمليات الاغتيال، حذر ناشطون من استهدافهم في الناصرية.",
    "Amid escalating Turkish strikes, dozens of families fled villages in Amedi.",
    "Amid rising attacks, security forces have stepped up searches in Muqdadiya.",
])
def test_near_misses_give_no_incident(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # f7fbf21's own phrasings
    ("مع اتساع رقعة الاحتجاجات، قتل متظاهران برصاص قوات الأمن في الناصرية.",
     ("Excessive force against protesters", "Nasiriyah")),
    ("Amid a surge in attacks, a roadside bomb killed two soldiers in Tarmiyah on Monday.",
     ("Remote explosive/landmine/IED", "Tarmiyah")),
    # the new frames, then the event told in the clause after them
    ("مع تزايد الهجمات، انفجرت عبوة ناسفة على رتل للجيش في قضاء المقدادية صباح اليوم.",
     ("Remote explosive/landmine/IED", "Muqdadiya District")),
    ("Amid escalating Turkish strikes, a drone hit a car near Sidakan on Monday, killing two.",
     ("Air/drone strike", "Sidakan")),
    # the rise told after the event, the fear after the shell: the event stands
    ("قتل ثلاثة جنود بهجوم في قضاء الطارمية فجر اليوم، وسط تزايد الهجمات في المنطقة.", ("Armed clash", "Tarmiyah District")),
    ("A roadside bomb killed two soldiers in Tarmiyah on Monday amid rising attacks on the army.",
     ("Remote explosive/landmine/IED", "Tarmiyah")),
    ("سقطت قذيفة هاون على منزل في قضاء الطارمية فجر اليوم ما أثار الخوف من تجدد القصف.",
     ("Shelling/artillery/missile attack", "Tarmiyah District")),
])
def test_rules_still_fire(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)


@pytest.mark.parametrize("text", [
    # 618b7fd: the toll of an attack a sentence before only names
    "أحيا أهالي تكريت ذكرى مجزرة سبايكر. وقتل في الهجوم أكثر من 1700 طالب في قاعدة سبايكر.",
    "Iraq marked the anniversary of the Speicher massacre. Some 1,700 cadets were killed in the attack at Camp "
    "Speicher near Tikrit.",
    "The court sentenced a man over the 2016 Karrada bombing. Over 300 people were killed in the attack in the "
    "Baghdad district.",
    "يخشى الأهالي تكرار الهجوم الذي تعرضت له القرية. وقتل في الهجوم السابق ثلاثة مدنيين في المقدادية.",
])
def test_a_toll_of_a_named_attack_is_no_event(text: str) -> None:
    assert kinds_and_places(text) == []


@pytest.mark.parametrize("text, expected", [
    # 618b7fd's own phrasings
    ("هاجم مسلحون قرية في قضاء المقدادية فجر اليوم، وأسفر الهجوم عن مقتل ثلاثة مدنيين.", ("Attack", "Muqdadiya District")),
    ("قتل مدنيان في الهجوم على سوق شعبي في بعقوبة.", ("Attack", "Baqubah")),
    # the bombing told before: its toll
    ("انفجرت سيارة مفخخة في سوق الطارمية صباح اليوم. وقتل خمسة أشخاص في الهجوم.",
     ("Remote explosive/landmine/IED", "Tarmiyah")),
    # a sentence with a day of its own tells its attack, whatever was named before it
    ("The army plans new operations in Anbar. Three soldiers were killed in the attack on a checkpoint in Tarmiyah "
     "on Monday.", ("Armed clash", "Tarmiyah")),
    ("أحيا أهالي تكريت ذكرى مجزرة سبايكر. وفي تطور آخر، قتل ثلاثة جنود في الهجوم على نقطة تفتيش في الطارمية فجر اليوم.",
     ("Armed clash", "Tarmiyah")),
])
def test_a_group_that_opens_its_event_still_fires(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds_and_places(text)


TUE = date(2025, 6, 10)  # the report's day; Sunday is 2025-06-08


@pytest.mark.parametrize("text, expected", [
    # ccb1916: an earlier event, its day untold
    ("Gunmen killed five people in Baquba on Sunday. Militants previously attacked a checkpoint in Muqdadiya.",
     [("Baqubah", date(2025, 6, 8)), ("Muqdadiya", None)]),
    # ccb1916's own: a separate incident told after the lead is of the lead's day
    ("Gunmen killed a shepherd near Kirkuk on Sunday. In a separate incident, a roadside bomb wounded two soldiers "
     "in Tarmiyah.", [("Kirkuk", date(2025, 6, 8)), ("Tarmiyah", date(2025, 6, 8))]),
    # a time of its own, a span counted back (4544982), a previously unknown group: dated as told
    ("سقطت صواريخ على المنطقة الخضراء أمس. وجاء ذلك بعد أن هاجم مسلحون نقطة تفتيش في الطارمية صباح اليوم.",
     [("Green Zone", date(2025, 6, 9)), ("Tarmiyah", TUE)]),
    ("A bomb killed two in Tarmiyah on Sunday. The attack came a week after gunmen killed a farmer in Dujail.",
     [("Tarmiyah", date(2025, 6, 8)), ("Dujail", date(2025, 6, 1))]),
    ("A previously unknown group attacked a checkpoint in Tarmiyah on Sunday.", [("Tarmiyah", date(2025, 6, 8))]),
])
def test_what_the_lead_comes_after_is_undated(text: str, expected: list) -> None:
    assert incidents(text, "location", "event_date", day=TUE) == expected


@pytest.mark.parametrize("text, expected", [
    # 72f1fbb: a word of its own that opens with و
    ("أقدم رجل على قتل والد زوجته في البصرة بعد خلاف بينهما.", []),
    ("طعن وافد زوجته حتى الموت في مدينة أربيل.", []),
    ("قتل رجل زوجته في قضاء الزبير.", []),
    # 72f1fbb's own: the wife wounded beside her husband in an armed attack
    ("قتل رجل وأصيبت زوجته بهجوم مسلح على منزلهما في قضاء المقدادية.", [("Attack", "Muqdadiya District")]),
])
def test_a_family_murder_and_an_attack_on_a_couple(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text", [
    # What today's event comes after is mostly an event of the last days, which annotators of real reports
    # date: not an undated recall (the lead's scoring of 1b31814: a blind set lost one such English event).
    "سقطت صواريخ على المنطقة الخضراء أمس. ويأتي ذلك بعد أن استهدف هجوم بطائرة مسيرة مطار بغداد.",
    "استهدف هجوم بطائرة مسيرة مطار أربيل الدولي مساء الأحد. ويأتي ذلك بعد أن قتل مسلحون شرطيين اثنين في كركوك.",
    "Two rockets hit the Green Zone on Sunday. The attack came after a drone was shot down near Baghdad airport.",
    "A drone attack targeted Erbil airport on Sunday, officials said. The attack came hours after gunmen killed two "
    "policemen in Kirkuk.",
])
def test_what_the_lead_comes_after_keeps_a_recent_day(text: str) -> None:
    days = [day for _place, day in incidents(text, "location", "event_date", day=TUE)]
    assert len(days) == 2 and all(day is not None and 0 <= (TUE - day).days <= 7 for day in days)


@pytest.mark.parametrize("text, expected", [
    # 28beff0: the lead's bomb given its day
    ("قتل جنديان عراقيان بانفجار عبوة ناسفة على دوريتهما في قضاء الطارمية شمالي بغداد، بحسب مصدر أمني. ومساء الأحد، "
     "انفجرت العبوة على الدورية أثناء مرورها قرب الطارمية.", [("Tarmiyah District", date(2025, 6, 8))]),
    # 28beff0's own: another event of the week, its day opening the sentence
    ("Two Iraqi soldiers were killed by a roadside bomb in Tarmiyah on Tuesday, a security source said. On Sunday, three "
     "rockets hit Balad air base.", [("Tarmiyah", TUE), ("Balad Air Base", date(2025, 6, 8))]),
])
def test_a_weekday_that_gives_the_lead_its_day(text: str, expected: list) -> None:
    assert incidents(text, "location", "event_date", day=TUE) == expected
