"""Tallies and spans of UN statements, rights reports and encyclopaedic articles are no event (issue 8,
arlong7 audit, docs/arabic_audit.md "UN and encyclopedia long-form, fresh corpus (arlong7, session 7)").

The audit's work half read as single incidents: cases counted over a period («312 حالة وفاة»), a toll of
the whole country («في جميع أنحاء البلاد»), killings "in most cases" of a report, a country's toll of last
month, «الأعمال ... الأخيرة» (recent acts summed up), the UN's "terrorism and violence" formula of its
monthly figures, and a battle that lasted from one month to another (cues.yaml aggregate rows). Every
phrasing below was written for this table, not copied from a report; each row runs through
``parse_article``. Added from both halves after the check half was judged: violence over protests
«التي استمرت حتى 9 تشرين الأول», «مقتل 269 وإصابة 8 آلاف شخص في العراق», and an envoy's «يجب وقف ...»
(a policy cue). The near misses keep their single event: a clash from morning to evening, one
explosion last month, «3 حالات وفاة» of one blast, «في حالة هي الأولى», violence in one city yesterday.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2019, 11, 8)


def found(text: str) -> list[tuple[str, str]]:
    return [(i.event_type, i.sub_event_type)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text", [
    # cases counted over a period, across the whole country
    "ووثّق المكتب بين الأول من الشهر وأمس 312 حالة وفاة في سياق الاحتجاجات في جميع أنحاء البلاد.",
    # a report's killings "in most cases"
    "تمت عمليات القتل، في معظم الحالات، على أيدي مسلحين مجهولين في بغداد.",
    # a country's toll of last month
    "الأمم المتحدة: مقتل وإصابة 420 عراقيا الشهر الماضي.",
    # the recent acts a council condemns, summed up
    "أدان المجلس الأعمال الانتحارية الأخيرة بالسيارات المفخخة في بغداد.",
    # the UN's formula of its monthly figures
    "قتل 96 مدنيا عراقيا وجرح 150 آخرون في أعمال إرهابية وعنف ونزاعات مسلحة في تشرين الأول 2019.",
    # a battle that lasted from one month to another
    "استمرت معركة بيجي من شهر حزيران 2014 حتى تشرين الأول 2015 وشهدت اشتباكات عنيفة.",
    # violence over protests that lasted until a day of another month
    "تسبب العنف خلال المظاهرات، التي استمرت حتى 9 تشرين الأول، في مقتل 157 شخصا على الأقل في بغداد.",
    # hundreds counted over the whole country
    "المفوضية: مقتل 269 وإصابة 8 آلاف شخص في العراق",
    # what an envoy says must stop is a call, not an event
    "بلاسخارت: يجب وقف عمليات الاغتيال بشكل فوري في العراق",
])
def test_tally_or_span_is_no_event(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kind", [
    ("استمرت الاشتباكات من الصباح حتى المساء في قضاء الطارمية أمس.", ("Battles", "Armed clash")),
    ("قتل 5 أشخاص الشهر الماضي في انفجار عبوة ناسفة بالموصل.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("سجلت 3 حالات وفاة في انفجار عبوة ناسفة في كركوك أمس.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("انفجرت عبوة ناسفة في بغداد أمس وأسفرت عن مقتل 3، في حالة هي الأولى منذ أسابيع.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("قتل شخصان في أعمال عنف شهدتها مدينة الناصرية أمس.", ("Violence against civilians", "Attack")),
    ("استمرت الاشتباكات حتى صباح اليوم في قضاء الطارمية.", ("Battles", "Armed clash")),
    ("قتل 120 شخصا في تفجير انتحاري بسوق في بغداد أمس.", ("Explosions/Remote violence", "Suicide bomb")),
    ("يجب على الحكومة حماية المتظاهرين، بعد أن قتل مسلحون 3 محتجين في الناصرية أمس.",
     ("Violence against civilians", "Attack")),
])
def test_single_event_near_a_tally_word_stays(text, kind):
    assert kind in found(text)
