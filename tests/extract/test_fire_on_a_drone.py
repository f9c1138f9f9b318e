"""Fire opened on a drone, or a drone driven away, is its interception (issue 8, trec12: misses with no
prediction on the tuning sets).

«فتحت قوات الأمن النار على طائرة مسيرة لمنعها من الوصول إلى الحقل» gave no incident (the shooting row read a
shooting attack with no victim, or nothing), «تمكنت الدفاعات الجوية من إبعاد طائرة مسيرة» none at all. ACLED
codes the engagement of a drone before it strikes as Strategic developments / Disrupted weapons use, whether or
not it is brought down. Fire on people stays a shooting; «أبعاد» (dimensions) and a drone that fires stay none
of this.

Every phrasing is written for this table.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2025, 6, 9)  # a Monday


@pytest.mark.parametrize("text", [
    "فتحت قوات الأمن النار على طائرة مسيرة حاولت الاقتراب من مصفى بيجي مساء الأحد.",
    "أطلقت الدفاعات الجوية النار باتجاه طائرة مسيّرة قرب مطار أربيل الدولي فجر اليوم.",
    "أفاد مصدر أمني بأن الدفاعات الجوية تمكنت من إبعاد طائرة مسيّرة حاولت الاقتراب من قاعدة عين الأسد اليوم.",
    "Security forces opened fire on a drone approaching the Baiji refinery on Sunday, two officials said.",
    "Air defences fired at two drones near Erbil International Airport late on Sunday.",
    "Guards drove away a small drone flying over Ain al-Asad Air Base on Sunday.",
])
def test_fire_on_a_drone_is_its_interception(text: str) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text, expected", [
    # fire on people: a shooting, typed by who was hit
    ("أطلق مسلحون مجهولون النار على سيارة مدنية في قضاء بيجي مساء الأحد، ما أدى إلى مقتل سائقها.", ["Attack"]),
    ("Gunmen opened fire on a car in Baiji on Sunday, killing its driver.", ["Attack"]),
    # a drone that strikes is the attack
    ("أطلقت طائرة مسيرة صاروخاً على سيارة في قضاء سنجار مساء الأحد.", ["Air/drone strike"]),
    # «أبعاد» (dimensions) of drone attacks: talk, no event
    ("ناقش الاجتماع أبعاد هجمات الطائرات المسيرة على المنشآت النفطية.", []),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected


def test_a_dash_after_the_night_keeps_its_day() -> None:
    # «ليل- الأحد الاثنين»: the night from Sunday to Monday is dated by its first day, as «ليل الأحد - الاثنين» is
    text = "أفاد مصدر أمني، ليل- الأحد الاثنين، بأن الدفاعات الجوية تمكنت من إبعاد طائرة مسيرة قرب مطار بغداد الدولي."
    assert incidents(text, "event_date", day=DAY) == [date(2025, 6, 8)]


@pytest.mark.parametrize("text, expected", [
    # the headline's participle with no auxiliary (a later commit of trec12)
    ("Drone downed near Erbil airport", ["Disrupted weapons use"]),
    # the drone that downed something is no drone downed
    ("Officials said on Sunday a drone had downed power lines near Erbil airport.", []),
])
def test_a_drone_downed_in_a_headline(text: str, expected: list) -> None:
    assert incidents(text, "sub_event_type", day=DAY) == expected
