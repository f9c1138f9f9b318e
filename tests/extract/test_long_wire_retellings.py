"""One attack told again, and statements that are no event, as long Arabic wire reports write them
(issue 8, docs/arabic_audit.md "Long wire and TV-site reports (arwire6, session 6)"). Every phrasing
was written for this table from general Arabic news usage, not copied from a report; each row runs
end to end through ``parse_article``.

- A weapon named again with the article and nothing else («وأشار مصدر إلى أن الصاروخ أطلق من ...»,
  «لسقوط ضحايا في الغارة الجوية») and a blast heard («سمعوا دوي انفجار») retell the attack told beside
  them: one event, keeping the first account's kind and place (the launch site is not a second attack).
- A diplomatic protest note («مذكرة احتجاج شديدة اللهجة») is not a demonstration; the intensity of
  attacks said to rise, its noun first («وتيرة الهجمات ... تصاعدت»), is a trend.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 10, 2)
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, place) of every incident found in ``text`` published on ``DAY``."""
    return [(i.sub_event_type, i.location) for i in parse_article(Article(text=text), article_date=DAY).incidents]


#: (title, body sentences, incidents): the attack told, then named again; other attacks beside it stay apart.
REPORTS = [
    ("سقوط قذيفة هاون على المنطقة الخضراء",
     ["سقطت قذيفة هاون داخل المنطقة الخضراء وسط بغداد مساء اليوم من دون إصابات.",
      "وقال شهود عيان إنهم سمعوا دوي انفجار قوي في وسط بغداد قبل انطلاق صافرات الإنذار."],
     [(SHELLING, "Green Zone")]),
    ("قصف مدفعي تركي يقتل أربعة مدنيين في زاخو",
     ["قتل أربعة مدنيين بقصف مدفعي تركي استهدف قرية في قضاء زاخو بمحافظة دهوك اليوم.",
      "وأعربت وزارة الخارجية التركية عن أسفها لمقتل أربعة مدنيين في الغارة الجوية على دهوك."],
     [(SHELLING, "Zakho District")]),
    # the launch site named again («الصاروخ أطلق من ...») was already one event with the attack
    ("سقوط صاروخ كاتيوشا قرب قاعدة بلد الجوية",
     ["أفادت خلية الإعلام الأمني بسقوط صاروخ كاتيوشا داخل قاعدة بلد الجوية في صلاح الدين فجر اليوم دون خسائر.",
      "وأضافت الخلية أن القوات الأمنية فتحت تحقيقاً في الحادث.",
      "وأشار مصدر في الشرطة إلى أن الصاروخ أطلق من أرض زراعية في قضاء الدجيل."],
     [(SHELLING, "Balad Air Base")]),
    # a blast heard in another governorate, a bomb told as another incident: two events
    ("صاروخ على عين الأسد",
     ["سقط صاروخ كاتيوشا على قاعدة عين الأسد في الأنبار صباح اليوم.",
      "وسمع سكان في مدينة البصرة دوي انفجار قرب حقل الرميلة مساء اليوم."],
     [(SHELLING, "Ain al-Asad Air Base"), (IED, "Rumaila oil field")]),
    ("صاروخ على قاعدة بلد",
     ["سقط صاروخ كاتيوشا على قاعدة بلد الجوية صباح اليوم.",
      "وفي حادث منفصل، انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية."],
     [(SHELLING, "Balad Air Base"), (IED, "Tarmiyah District")]),
]


@pytest.mark.parametrize("title, body, expected", REPORTS)
def test_an_attack_told_again_is_one_event_and_others_stay_apart(title: str, body: list, expected: list) -> None:
    assert incidents("\n".join([title, *body])) == expected


@pytest.mark.parametrize("text, expected", [
    ("وذكرت الوزارة أن مدير الدائرة سلّم القائم بالأعمال مذكرة احتجاج أعرب فيها العراق عن إدانته "
     "واستنكاره للاعتداء الذي تعرضت له مناطق في أربيل.", []),
    ("يشار إلى أن وتيرة الهجمات على أبراج الطاقة تصاعدت في ديالى.", []),
    ("يشار إلى أن شدة التفجيرات ارتفعت في الآونة الأخيرة، سيما في العاصمة بغداد.", []),
    # a demonstration against the power cuts is still a protest
    ("تظاهر المئات أمام مبنى محافظة البصرة احتجاجاً على انقطاع الكهرباء اليوم.",
     [("Peaceful protest", "Basra Governorate")]),
])
def test_protest_notes_and_trends_are_no_new_event(text: str, expected: list) -> None:
    assert incidents(text) == expected
