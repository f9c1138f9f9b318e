"""Flash wordings of fresh Iraqi channels (issue 8, tg7 audit, docs/arabic_audit.md "Flash items, fresh
channels (tg7, session 7)"): a court sentence spelled with the accusative «أحكاماً بالإعدام», two road
accidents told in the dual «بحادثي سير», a place named by who is deployed there («نقطة انتشار»), and a bomb
planted or detonated («قنبلة كانت موضوعة», «قنبلة مزروعة», «تفجير بقنبلة») rather than thrown. Look-alikes that must keep
their event: a bombing told after a court sentence in its own sentence, a deployment told as news, a hand
grenade thrown. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text", [
    # a court sentence for a past bombing, the accusative plural of «حكم»
    "أصدر القضاء أحكاماً بالإعدام على خمسة مجرمين بعد اشتراكهم مع مجموعة مسلحة بتفجير سيارة مفخخة في مدينة الصدر.",
    "وذكر بيان أن المحكمة الجنائية المركزية أصدرت أحكاماً بالسجن المؤبد بحق أربعة مجرمين من عصابات داعش الإرهابية "
    "بعد اشتراكهم مع مجموعة مسلحة في تفجير عبوة ناسفة بسوق في الحلة.",
    # two road accidents, the dual construct
    "مصرع شاب وإصابة تسعة آخرين بحادثي سير على الطريق السريع غربي الناصرية",
    "سجلت مفارز المرور حادثي دهس في قضاء الزبير أسفرا عن مصرع طفل وإصابة امرأة.",
    # a ticking bomb is a figure of speech, not a planted bomb
    "وصف المسؤول ملف المحتجزين في مخيم الهول بأنه قنبلة موقوتة تهدد أمن محافظة نينوى.",
])
def test_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    # a place named by who is deployed there: the attack only, no deployment beside it
    ("هاجم مسلحون ثكنة للجيش قرب ناحية قره هنجير، في منطقة قريبة من نقطة انتشار قوات البشمركة.",
     [("Armed clash", "Kirkuk")]),
    ("أصيب جنديان بانفجار عبوة ناسفة على طريق زراعي قرب نقطة انتشار الجيش في قضاء الطارمية.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
    # a bomb planted, stuck or set off is an IED, not a thrown grenade
    ("انفجرت قنبلة كانت موضوعة على جانب الطريق قرب قضاء الشرقاط، ما أدى إلى إصابة جنديين.",
     [("Remote explosive/landmine/IED", "Salah al-Din")]),
    ("انفجرت قنبلة مزروعة قرب منزل موظف في حي الجامعة ببغداد.", [("Remote explosive/landmine/IED", "Baghdad")]),
    ("تعرضت دورية للشرطة إلى تفجير بقنبلة في ناحية الرشاد جنوب غرب كركوك.", [("Remote explosive/landmine/IED", "Kirkuk")]),
])
def test_fresh_wordings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bombing told in a sentence of its own after the sentence stays an event
    ("أصدرت المحكمة أحكاماً بالإعدام بحق ثلاثة مدانين. وفي سياق آخر، انفجرت عبوة ناسفة في منطقة التاجي شمال بغداد.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
    # a single accident beside a bombing does not hide the bombing
    ("انفجرت عبوة ناسفة على دورية للجيش في قضاء الدبس، ما أدى إلى إصابة جنديين.",
     [("Remote explosive/landmine/IED", "Kirkuk")]),
    # a deployment told as news stays one
    ("انتشار أمني مكثف في مدينة كركوك بعد التفجير.", [("Other", "Kirkuk")]),
    # a thrown or hand grenade stays a grenade
    ("رمى مجهولون قنبلة على منزل في مدينة الناصرية.", [("Grenade", "Dhi Qar")]),
    ("فجر مجهولون قنبلة يدوية قرب منزل في قضاء الزبير.", [("Grenade", "Basra")]),
])
def test_look_alikes_keep_their_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
