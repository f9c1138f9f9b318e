"""Event verbs and weapon words that are also the start of unrelated common words (issue 8, ar3 round).

A weak trigger (a drone, warplanes, rockets, mines) reports an event only with an event verb in its
clause. Some verbs in the lexicon began with ال (ألقى, ألقوا, ألقت) or were short enough to start
other words (فجر, شن), and were matched as prefixes: القى took every قيادة/قيادي/قيد, القوا every
قوات (forces), القت every وقت (time), فجر the dawn of فجر اليوم, شن the name شنكال; the weapon word
الغام (mines) took غامض (mysterious). Then an overflight or a policy sentence that named the forces
or the hour became an air strike. The phrasings below were written for this table from general
Iraqi news usage; each runs end to end through ``parse_article``. The second group of look-alikes
is the other sense of the same letters: وقّع (signed), تلقّى (received), ألقى كلمة (gave a speech),
ألقى القبض (arrested), أطلق حملة (launched a campaign)."""

from __future__ import annotations

import pytest

from tests.extract.test_event_types import ERV, types_of


@pytest.mark.parametrize("text", [
    "تحليق طائرة مسيرة في سماء كركوك في وقت متأخر من الليل.",
    "طيران حربي يحلق في سماء بغداد فجر اليوم.",
    "طيران حربي يحلق على ارتفاع منخفض فوق أربيل فجر الأحد.",
    "طائرات مسيرة تحلق فوق جبل شنكال منذ الصباح.",
    "طائرة مسيرة مجهولة تحلق فوق مقر القيادة العسكرية في البصرة.",
    "تحليق مسيرات في سماء الموصل والقيادي في الحشد يتابع الموقف.",
    "المسؤول قال إن الطائرات الأمريكية تحلق في أجواء بغداد بعلم القوات العراقية.",
    "سقوط جسم غامض في حقل زراعي بقضاء الزبير دون وقوع أضرار.",
    # The same letters, another verb: signed, received, gave a speech, arrested, launched a campaign
    "وقع العراق عقدا مع كوريا الجنوبية لشراء طائرات مسيرة في بغداد.",
    "وقعت الحكومة عقدا مع شركة تركية لتجهيز الجيش بطائرات مسيرة في بغداد.",
    "تلقى الجيش العراقي دفعة جديدة من الطائرات المسيرة في قاعدة بلد الجوية.",
    "يلقي رئيس الوزراء كلمة بشأن الطائرات المسيرة في بغداد.",
    "أطلقت وزارة الداخلية حملة لجمع الأسلحة والصواريخ في البصرة.",
    "أطلقت قيادة العمليات مبادرة لإزالة مخلفات الصواريخ في قضاء الزبير.",
])
def test_a_lookalike_word_makes_no_event(text: str) -> None:
    assert types_of(text) == []


@pytest.mark.parametrize("text, sub_event_type", [
    ("ألقى مجهولون قنبلة يدوية على منزل في البصرة.", "Grenade"),
    ("ألقت طائرة مسيرة قنبلة على نقطة للجيش في قضاء الطارمية.", "Air/drone strike"),
    ("شنت طائرات مسيرة تركية هجوما على قرية في قضاء سيدكان.", "Air/drone strike"),
    ("فجر مسلحون عبوة ناسفة قرب دورية للشرطة في قضاء الخالص.", "Remote explosive/landmine/IED"),
    ("انفجار الألغام في بادية السماوة يقتل راعيا.", "Remote explosive/landmine/IED"),
    ("انفجرت ألغام أرضية بعجلة زراعية في ناحية النخيب.", "Remote explosive/landmine/IED"),
    ("أطلق مسلحون صاروخين على قاعدة عين الأسد.", "Shelling/artillery/missile attack"),
    ("وقعت صواريخ على مطار أربيل الدولي.", "Shelling/artillery/missile attack"),
    ("يطلق مجهولون قذائف هاون على ناحية يثرب كل ليلة منذ أسبوع، وآخرها فجر الأحد.", "Shelling/artillery/missile attack"),
])
def test_the_verbs_themselves_still_report_their_event(text: str, sub_event_type: str) -> None:
    assert types_of(text) == [(ERV, sub_event_type)]
