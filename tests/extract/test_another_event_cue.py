"""One cue class, ``another_event`` (extract/data/cues.yaml), says that an account is another event than
the one told beside it; it replaced six regexes of ``extract.merging`` and ``extract.events`` (dup7,
issue 8). An Arabic «آخر/أخرى/ثان» says so only after an event word («في حادث آخر», «عبوة ناسفة أخرى»):
«وإصابة 7 آخرين» (seven others wounded) counts victims and no longer keeps a lead's attack apart from the
body's account of it. Phrasings written for this table from general Arabic and English news usage."""

from __future__ import annotations

from datetime import date

import pytest

from extract.events import says_another
from tests.extract.probe import incidents

DAY = date(2024, 5, 3)


@pytest.mark.parametrize("text", [
    "وفي حادث آخر، انفجرت عبوة ناسفة في بعقوبة",
    "انفجرت عبوة ناسفة أخرى قرب دورية للجيش",
    "وفي حادث منفصل، قتل شرطي",
    "وفي سياق آخر، اعتقلت القوات الأمنية مطلوبين",
    "وتعرضت القاعدة لهجوم ثان بعد ساعات",
    "In a separate attack, gunmen killed a shepherd",
    "Another roadside bomb struck a patrol",
    "Elsewhere, a mortar shell hit a market",
])
def test_words_saying_another_event(text: str) -> None:
    assert says_another(text)


@pytest.mark.parametrize("text", [
    "قتل مدني وأصيب 7 آخرون بهجوم مسلح",
    "مقتل مدني وإصابة 7 آخرين خلال هجوم",
    "قتل اثنان من عناصر الشرطة",
    "سقطت قذيفة قرب مدرسة ثانوية",
    "One civilian was killed and two others were wounded",
    "The other soldiers were unhurt",
])
def test_counted_others_are_not_another_event(text: str) -> None:
    assert not says_another(text)


def _incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return incidents(text, "sub_event_type", "admin1", "fatalities", day=DAY)


def test_a_lead_counting_others_wounded_is_the_bodys_attack() -> None:
    text = ("أعلن مصدر أمني عراقي، مقتل مدني وإصابة 7 آخرين، خلال هجوم شنه تنظيم داعش على قرية في محافظة ديالى. "
            "وأوضح المصدر أن عناصر داعش شنوا هجوما مزدوجا على ناحية العظيم بمنطقة الخالص، مما أسفر عن مقتل مدني "
            "وجرح 7 مدنيين آخرين.")
    assert _incidents(text) == [("Attack", "Diyala", 1)]


@pytest.mark.parametrize("text", [
    "أعلن مصدر أمني مقتل مدني خلال هجوم شنه داعش على قرية في محافظة ديالى. وفي حادث آخر، شن عناصر داعش "
    "هجوما على ناحية العظيم بقضاء الخالص، مما أسفر عن مقتل شرطي.",
    "A civilian was killed in an ISIS attack on a village in Diyala province. In a separate attack, militants "
    "launched an assault on the al-Udhaim subdistrict of Khalis district, killing a policeman.",
])
def test_an_attack_told_as_another_stays_apart(text: str) -> None:
    assert len(_incidents(text)) == 2
