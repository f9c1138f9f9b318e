"""extract.drafts.DraftFacts: what the merge rules read of one account alone (its sentence, its event word), one record
per account text shared by the drafts that tell it, each fact read once. The rows are the facts the pairwise rules
read, each with a self-written positive and the near miss that must not read as it. Phrasings written for this file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from extract import drafts, merging
from extract.merging import _Draft
from extract.model import Incident


def _draft(evidence: str, trigger: str, index: int = 0) -> _Draft:
    incident = Incident(event_date=date(2021, 5, 3), time_precision=1, event_type="Explosions/Remote violence",
                        sub_event_type="Remote explosive/landmine/IED", country="IQ", admin1="Baghdad",
                        location="Baghdad", latitude=33.3, longitude=44.4, geo_precision=1, place_id="iq.baghdad",
                        evidence=evidence, trigger=trigger)
    return _Draft(incident, index, placed=True, dated=True, role="")


FACTS = [
    # fact, evidence, trigger, expected
    ("another", "In a separate attack, gunmen killed a policeman in Mosul.", "killed", True),
    ("another", "وفي هجوم آخر، قتل شرطي في الموصل.", "قتل", True),
    ("another", "وأسفر الانفجار عن مقتل جنديين وإصابة سبعة آخرين.", "الانفجار", False),  # seven others wounded
    ("toll_rose", "وارتفعت حصيلة ضحايا التفجير إلى 12 قتيلاً.", "التفجير", True),
    ("toll_rose", "The death toll from the Karrada bombing rose to 25.", "bombing", True),
    ("toll_rose", "ارتفعت أسعار النفط إلى 70 دولاراً بعد الانفجار.", "الانفجار", False),  # the verb without a toll
    ("toll_rose", "The tolls on the highway rose after the bombing.", "bombing", False),  # "tolls" is another word
    ("of_wounds", "A third soldier died of his wounds on Monday.", "died", True),
    ("of_wounds", "وتوفي جندي متأثراً بجروحه.", "توفي", True),
    ("of_wounds", "A soldier died in the blast on Monday.", "blast", False),
    ("claimed", "Islamic State claimed responsibility for the attack in Kirkuk.", "attack", True),
    ("claimed", "Police said the attack in Kirkuk killed two soldiers.", "attack", False),
    ("another_of_kind", "Another roadside bomb detonated near a patrol east of Baquba.", "roadside bomb", True),
    ("another_of_kind", "A roadside bomb detonated near a patrol east of Baquba.", "roadside bomb", False),
    ("bare_strike", "واستهدف القصف التركي قرى في قضاء العمادية.", "القصف", True),
    ("bare_strike", "واستهدف قصف مدفعي قرى في قضاء العمادية.", "قصف مدفعي", False),
    ("named_again", "الصاروخ أطلق من ساحة خالية قرب المطار.", "الصاروخ", True),
    ("named_again", "سماع دوي انفجار في وسط بغداد.", "انفجار", True),  # a blast heard
    ("named_again", "انفجار عبوة ناسفة في وسط بغداد.", "انفجار", False),  # a blast of its own
    ("indefinite_dual", "تفجيران في أبو دشير جنوبي بغداد.", "تفجيران", True),
    ("indefinite_dual", "التفجير في أبو دشير جنوبي بغداد.", "التفجير", False),
    ("massacre", "ارتفاع حصيلة مجزرة الناصرية إلى 32 قتيلاً.", "مجزرة", True),
    ("massacre", "ارتفاع حصيلة هجوم الناصرية إلى 32 قتيلاً.", "هجوم", False),
    ("killing_word", "مقتل صحفية في الموصل.", "مقتل", True),
    ("killing_word", "انفجار عبوة في الموصل.", "انفجار", False),
    ("definite_means", "ومساء الأحد، انفجرت العبوة على الدورية.", "انفجرت", True),
    ("definite_means", "ومساء الأحد، انفجرت عبوة على دورية للجيش.", "انفجرت", False),
    ("told_as_past", "واستهدفت القاعدة نفسها بثلاثة صواريخ في شهر تموز الماضي.", "صواريخ", True),
    ("told_as_past", "واستهدفت القاعدة بثلاثة صواريخ في تموز 2016.", "صواريخ", False),
    ("recap", "ويذكر أن مسلحين كانوا قد هاجموا القرية بقذائف الهاون.", "هاجموا", True),
    ("recap", "وهاجم مسلحون القرية بقذائف الهاون.", "هاجم", False),
    ("struck", "A rocket hit the base, damaging a hangar.", "rocket", True),
    ("struck", "Two drones targeted the base but were shot down.", "drones", False),
    ("struck", "وسقطت الصواريخ على القاعدة.", "الصواريخ", True),
    ("struck", "وأسقطت الدفاعات الجوية الطائرتين المسيرتين.", "الطائرتين", False),  # downed: nothing struck    ("arabic_struck", "وسقطت الصواريخ على القاعدة.", "الصواريخ", True),
    ("arabic_struck", "Rockets fell on the base.", "Rockets", False),  # English: read by its own words
    ("protesters_held", "Police announced the arrest of about 31 protesters in the city.", "arrest", True),
    ("protesters_held", "Police announced the arrest of three IS suspects in the city.", "arrest", False),
    ("bare_blast", "تفجير استهدف سيارة قرب السوق.", "تفجير", True),
    ("bare_blast", "تفجير عبوة ناسفة استهدف سيارة قرب السوق.", "تفجير عبوة ناسفة", False),  # the device told
]


@pytest.mark.parametrize("fact, evidence, trigger, expected", FACTS)
def test_fact_of_an_account(fact, evidence, trigger, expected):
    assert getattr(_draft(evidence, trigger).facts, fact) is expected


def test_drafts_of_one_text_share_one_record_read_once(monkeypatch):
    asked = []
    says_another = drafts.says_another
    monkeypatch.setattr(drafts, "says_another", lambda *a: asked.append(a) or says_another(*a))
    text = "In a separate attack on Tuesday, gunmen killed a shepherd near Tarmiyah."  # (no other test's text)
    first = _draft(text, "killed")
    later = replace(first, placed=False, sentence_index=3)  # a draft made from it (a merge, a replace)
    assert later.facts is first.facts
    assert first.facts.another and later.facts.another
    assert len(asked) == 1  # read once for both drafts
    # another event word of the same sentence is another account: a record of its own
    assert _draft(text, "gunmen").facts is not first.facts


def test_records_are_per_article():
    first = _draft("In a separate attack, gunmen killed a policeman in Mosul.", "killed")
    merging.merge_drafts([first])  # the article's merge done: its records are let go
    again = _draft("In a separate attack, gunmen killed a policeman in Mosul.", "killed")
    assert again.facts is not first.facts
    assert (again.facts.evidence, again.facts.trigger) == (first.facts.evidence, first.facts.trigger)
    assert again.facts.another is True
