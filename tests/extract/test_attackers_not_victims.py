"""Killings and attacks by armed men: the attackers are not the victims (issue 8, docs/arabic_audit.md
"Round 3 on the open classes": «قتل شاباً بيد مسلحين» and «مسلحين هاجموا ... مركبة تقل الناشط» typed Armed
clash). Who was hit decides the type (``events._killing_type``): civilians make an attack on civilians,
soldiers, police or a checkpoint a clash. Every phrasing was written for this table from general Arabic and
English news usage; each row runs end to end through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

DAY = date(2024, 5, 3)
ATTACK, CLASH = "Attack", "Armed clash"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    """(sub-event type, place, fatalities) of every incident of ``text`` published on DAY."""
    return [(i.sub_event_type, i.location, i.fatalities)
            for i in parse_article(Article(text=text), article_date=DAY).incidents]


@pytest.mark.parametrize("text, expected", [
    # the victim before a bare passive, the killers after «بيد»: one civilian killed
    ("وقال مصدر أمني إن شاباً قتل بالرصاص بيد مسلحين مجهولين في البصرة مساء أمس.", [(ATTACK, "Basra", 1)]),
    ("قُتل شخص بيد مسلحين مجهولين في الموصل أمس.", [(ATTACK, "Mosul", 1)]),
    # the killers before an active plural verb (subject-verb-object)
    ("وأكد المصدر أن مسلحين قتلوا شخصا في كركوك.", [(ATTACK, "Kirkuk", 1)]),
    ("أفاد مصدر بأن مسلحين هاجموا سيارة تقل موظفا في بعقوبة.", [(ATTACK, "Baqubah", None)]),
    # the killers after the verb (verb-subject-object): the victim is counted after them
    ("قتل مسلحون ملثمون سائق شاحنة قرب طوزخورماتو.", [(ATTACK, "Tuz Khurmatu", 1)]),
    ("Gunmen attacked a car carrying civilians near Muqdadiya.", [(ATTACK, "Muqdadiya", None)]),
    ("Insurgents targeted a minibus carrying pilgrims near Balad.", [(ATTACK, "Balad", None)]),
])
def test_armed_men_who_hit_civilians_attack_them(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same shapes with soldiers, police or a checkpoint hit stay clashes
    ("وقال مصدر إن ثلاثة جنود قتلوا في هجوم لداعش قرب كركوك.", [(CLASH, "Kirkuk", 3)]),
    ("وقال مصدر إن مسلحين من داعش قتلوا جنديين في كركوك.", [(CLASH, "Kirkuk", 2)]),
    ("أفاد مصدر بأن مسلحين هاجموا نقطة تفتيش للجيش في بعقوبة.", [(CLASH, "Baqubah", None)]),
    ("أفاد مصدر بأن مسلحين استهدفوا دورية للشرطة في بعقوبة.", [(CLASH, "Baqubah", None)]),
    ("قتل مسلحون مجهولون جنديا في كركوك أمس.", [(CLASH, "Kirkuk", 1)]),
    ("Gunmen attacked an army checkpoint near Tarmiyah.", [(CLASH, "Tarmiyah", None)]),
    ("Militants attacked a police patrol in Kirkuk.", [(CLASH, "Kirkuk", None)]),
    ("Two soldiers were killed when militants attacked their outpost near Tikrit.", [(CLASH, "Tikrit", 2)]),
])
def test_armed_men_who_hit_forces_clash(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the victim named with a possessive (سائقها, its driver) is one dead, which anchors the attack
    ("أطلق مسلحون النار على سيارة مدنية في الموصل مما أدى إلى مقتل سائقها.", [(ATTACK, "Mosul", 1)]),
    ("Gunmen opened fire on a civilian car in Mosul, killing its driver.", [(ATTACK, "Mosul", 1)]),
    ("قتل مسلحون مجهولون شقيقه قرب بعقوبة أمس.", [(ATTACK, "Baqubah", 1)]),
])
def test_a_victim_named_with_a_possessive_is_counted(text: str, expected: list) -> None:
    assert incidents(text) == expected


# The dead told apart after a comma, "among them" («بينهم», «منهم», 'among them', 'including'), are the victims
# (ttype12, session 12): the look at the dead used to stop at the first comma ("shot dead a shop owner in Basra, police
# said"), so «قتلوا، بينهم عناصر من الشرطة» lost the police among the dead. Any other comma (an attribution) still cuts.
@pytest.mark.parametrize("text, expected", [
    # security forces among the dead: a clash (each was an attack on civilians before)
    ("قال مصدر إن 9 أشخاص قتلوا، بينهم عناصر من الشرطة، في هجوم شنه مسلحون ليلة أمس قرب بعقوبة.", [(CLASH, "Baqubah", 9)]),
    ("أفاد مصدر أمني بأن سبعة أشخاص قتلوا، بينهم جنديان، بهجوم نفذه مسلحون قرب الطارمية مساء الجمعة.",
     [(CLASH, "Tarmiyah", 7)]),
    ("Nine people were killed, among them four soldiers, in an attack near Tarmiyah on Sunday.", [(CLASH, "Tarmiyah", 9)]),
    ("Six people were killed, including three policemen, in an attack in Kirkuk on Sunday.", [(CLASH, "Kirkuk", 6)]),
])
def test_forces_among_the_dead_make_a_clash(text: str, expected: list) -> None:
    assert incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # civilians among the dead stay an attack on civilians
    ("قال مصدر إن 9 أشخاص قتلوا، بينهم امرأتان، في هجوم شنه مسلحون ليلة أمس قرب بعقوبة.", [(ATTACK, "Baqubah", 9)]),
    ("Nine people were killed, among them two children, in an attack near Tarmiyah on Sunday.", [(ATTACK, "Tarmiyah", 9)]),
    # police after the comma as who told it, not as the dead: the cut stays
    ("قال مصدر إن 9 أشخاص قتلوا، وفق الشرطة، في هجوم شنه مسلحون ليلة أمس قرب بعقوبة.", [(ATTACK, "Baqubah", 9)]),
    ("Six people were killed, police said, in an attack on a village near Kirkuk on Sunday.", [(ATTACK, "Kirkuk", 6)]),
])
def test_other_dead_and_attributions_keep_the_attack(text: str, expected: list) -> None:
    assert incidents(text) == expected


# Security men named as the dead («رجال الأمن», «رجلا أمن», «رجال الشرطة») are combatants, as policemen are; a man, a
# businessman stays a civilian (ttype12, session 12).
@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة من رجال الأمن في هجوم مسلح قرب بعقوبة اليوم الثلاثاء.", [(CLASH, "Baqubah", 3)]),
    ("قتل رجلا أمن بهجوم لمسلحين مجهولين في الموصل اليوم الثلاثاء.", [(CLASH, "Mosul", 1)]),
    ("قتل رجل برصاص مسلحين مجهولين في الموصل اليوم الثلاثاء.", [(ATTACK, "Mosul", 1)]),
    ("قتل رجل أعمال برصاص مسلحين مجهولين في الموصل اليوم الثلاثاء.", [(ATTACK, "Mosul", 1)]),
])
def test_security_men_are_combatants(text: str, expected: list) -> None:
    assert incidents(text) == expected

