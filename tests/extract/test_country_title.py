"""A title or lead placed only at the country ('Five killed in IS attack in northern Iraq', «سقوط 6 صواريخ قرب
قاعدة عسكرية في العراق») beside the body's placed account of the same event is one incident, at the body's
place (issue 8, dup8 audit: the title's killing at Iraq level and the body's attack at Hawija told apart; the
rockets' retelling «الصواريخ سقطت قرب قاعدة بلد» left its base to the title's Iraq). Near misses: two bombings
at two cities under one title stay two; a title dated on another day is not the body's event. Phrasings
written for this table from general Arabic and English wire usage; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents as probe

DAY = date(2024, 5, 3)  # a Friday
ATTACK, SHELLING, IED = "Attack", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((kind, place, str(day)) for kind, place, day in probe(text, "sub_event_type", "location", "event_date", day=DAY))


@pytest.mark.parametrize(("text", "expected"), [
    ("مقتل خمسة أشخاص بينهم جنديان في هجوم لداعش شمال العراق\n"
     "أعلنت قيادة العمليات المشتركة في بيان مقتل خمسة أشخاص على الأقل في هجوم نسب إلى داعش.\n"
     "وقال البيان إن مسلحين هاجموا قرية قرب قضاء الحويجة في كركوك مساء الخميس وقتلوا ثلاثة مدنيين وجنديين.",
     [(ATTACK, "Hawija District", "2024-05-02")]),
    ("Five killed in Islamic State attack in northern Iraq\n"
     "Five people, including two soldiers, were killed in an attack blamed on Islamic State, the Joint Operations "
     "Command said on Friday.\nGunmen stormed a village near Hawija in Kirkuk province on Thursday evening, killing "
     "three civilians and two soldiers, the statement said.",
     [(ATTACK, "Hawija", "2024-05-02")]),
    ("سقوط 6 صواريخ قرب قاعدة عسكرية في العراق\n"
     "أفاد مصدر أمني بسقوط ستة صواريخ، اليوم الجمعة، بالقرب من قاعدة عسكرية تضم قوات أجنبية في العراق.\n"
     "وقال المصدر إن الصواريخ سقطت قرب قاعدة بلد الجوية دون وقوع إصابات.",
     [(SHELLING, "Balad Air Base", "2024-05-03")]),
    ("Six rockets hit near military base in Iraq\nSix rockets landed near a military base hosting foreign troops "
     "in Iraq on Friday, a security source said.\nThe rockets fell near Balad air base, causing no casualties, the "
     "source added.",
     [(SHELLING, "Balad Air Base", "2024-05-03")]),
])
def test_country_title_is_the_placed_account(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text", [
    "مقتل سبعة أشخاص بتفجيرين في العراق\nقتل أربعة أشخاص بانفجار سيارة مفخخة في الموصل اليوم الجمعة.\n"
    "وفي حادث آخر، قتل ثلاثة أشخاص بانفجار عبوة ناسفة في البصرة.",
    "Seven killed in two bombings in Iraq\nA car bomb killed four people in Mosul on Friday, police said.\n"
    "In a separate attack, a roadside bomb killed three people in Basra.",
])
def test_two_cities_under_one_title_stay_two(text: str) -> None:
    assert incidents(text) == [(IED, "Basra", "2024-05-03"), (IED, "Mosul", "2024-05-03")]


def test_a_title_of_another_day_stays_apart() -> None:
    text = "مقتل ثلاثة أشخاص في هجوم مسلح في العراق يوم 12 نيسان 2024\nانفجرت عبوة ناسفة في الموصل اليوم الجمعة دون إصابات."
    assert incidents(text) == [(ATTACK, "Iraq", "2024-04-12"), (IED, "Mosul", "2024-05-03")]
