"""Denials and debunked claims in Iraqi security flashes (issue 8, tgaudit6 audit): a statement that
denies a circulated report («نفت القيادة، اليوم الثلاثاء، استهداف ...»), quotes what social media
circulated («تداولت بعض المنصات خبرا مفاده ...», «ما تم تداوله عن حدوث تفجير»), reveals «the truth»
about a claim, or finds a car «غير مفخخة» reports no event. Look-alikes that stay events: a denial of
responsibility or of casualties, a flash with the same time adverbial, a circulated video of an attack.
Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2026, 3, 10))


@pytest.mark.parametrize("text", [
    # a time adverbial between commas does not shield the event from the denial verb before it
    "نفت قيادة عمليات الأنبار، اليوم الثلاثاء، استهداف معسكر للجيش بطائرة مسيرة في قضاء هيت.",
    "نفى المتحدث باسم قيادة العمليات المشتركة، مساء الأحد، سقوط صواريخ على معسكر الرشيد جنوبي بغداد.",
    # the circulated claim quoted by the statement
    "وذكر البيان أن بعض الصفحات تداولت خبرا مفاده سقوط صاروخ كاتيوشا داخل قاعدة بلد الجوية.",
    "أكدت مديرية شرطة كركوك عدم صحة ما تم تداوله عن انفجار سيارة مفخخة قرب سوق القلعة وسط كركوك.",
    "وأكدت القيادة أنه لا أساس لما تردد عن اشتباكات مسلحة في قضاء سنجار، وهو عار عن الصحة.",
    # a headline that reveals the truth about a claim
    "عمليات نينوى تكشف حقيقة انفجار عبوة ناسفة في الجانب الأيمن من الموصل",
    "ما حقيقة استهداف مطار أربيل بطائرة مسيرة؟",
    # the car searched was not rigged
    "وقامت القوة بتفتيش العجلة المشتبه بها في قضاء الخالص وتبين أنها غير مفخخة.",
])
def test_denied_or_circulated_claims_are_no_incident(text: str) -> None:
    assert _incidents(text) == []


@pytest.mark.parametrize("text, expected", [
    ("أفاد مصدر أمني، اليوم الثلاثاء، بانفجار عبوة ناسفة على دورية للجيش في قضاء الطارمية.",
     [("Remote explosive/landmine/IED", "Baghdad")]),
    ("نفت الفصائل، مساء السبت، مسؤوليتها عن القصف الصاروخي الذي استهدف قاعدة عين الأسد.",
     [("Shelling/artillery/missile attack", "Anbar")]),
    ("نفت خلية الإعلام الأمني، اليوم الاثنين، وقوع خسائر بشرية جراء سقوط صاروخ في قضاء بلد.",
     [("Shelling/artillery/missile attack", "Salah al-Din")]),
    ("تداولت مواقع التواصل مقطعا مصورا يظهر استهداف رتل بعبوة ناسفة على طريق الديوانية السريع.",
     [("Remote explosive/landmine/IED", "Al-Qadisiyah")]),
])
def test_reported_events_beside_denial_words_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _incidents(text) == expected
