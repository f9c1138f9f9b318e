"""The dead of "this attack" are the attack told before (issue 8, tspur12): a later count «أن 40 شخصاً قتلوا ... في
حصيلة جديدة لهذا الاعتداء», «قتلوا في هذا التفجير», 'were killed in this bombing', names no event of its own, even
when a place was named between (a minister visiting Baghdad's hospitals). A killing told as another event
stays. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

ONE_EVENT = [
    "هز تفجير انتحاري سوقا في مدينة الصدر ببغداد مساء الخميس. وزار وزير الصحة مستشفيات بغداد اليوم الجمعة. وقال مسؤولون اليوم إن 25 شخصا قتلوا في هذا التفجير.",
    "تعرض سوق في مدينة الصدر ببغداد لتفجير بسيارة مفخخة مساء الخميس. وزار وزير الداخلية مستشفيات بغداد صباح الجمعة. وقال مسؤولون في دائرة الصحة، مساء اليوم، إن 45 شخصا قتلوا، فيما يتلقى أكثر من 70 جريحا العلاج في مستشفيات العاصمة، جراء هذا الهجوم.",
    "A car bomb tore through the Shorja market in Baghdad on Wednesday. The prime minister vowed to hunt down the perpetrators after visiting the site. Security and medical officials said on Thursday that 120 people were killed and more than 150 others were wounded, many of them critically, in this attack.",
]

TWO_EVENTS = [
    "انفجرت سيارة مفخخة في حي الكرادة ببغداد فجر الأحد. وفي حادث منفصل، قتل شخصان برصاص مسلحين في الموصل اليوم الاثنين.",
]


#: «فضلا عن ذلك» (moreover): «ذلك» is a pronoun there, not "that" before the shelling, which is an event of its own.
OWN_EVENTS = [
    ("وأوضح البيان أن الطيران نفذ فضلا عن ذلك قصف ثلاث غارات على مواقع للتنظيم قرب بيجي أمس.", ["Baiji"]),
    ("انفجرت سيارة مفخخة في الكرادة مساء الأحد. وأعلن الجيش فضلا عن ذلك قصف مواقع للتنظيم قرب بيجي اليوم.",
     ["Karrada", "Baiji"]),
]


@pytest.mark.parametrize(("text", "places"), OWN_EVENTS)
def test_a_demonstrative_pronoun_points_at_nothing(text: str, places: list[str]) -> None:
    assert incidents(text, "location") == places


@pytest.mark.parametrize("text", ONE_EVENT)
def test_the_dead_of_this_attack_are_the_attack_told_before(text: str) -> None:
    assert len(incidents(text, "sub_event_type")) == 1


@pytest.mark.parametrize("text", TWO_EVENTS)
def test_another_killing_stays(text: str) -> None:
    assert len(incidents(text, "sub_event_type")) == 2
