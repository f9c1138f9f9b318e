"""An ambush on civilians is an attack on civilians (issue 8, docs/arabic_audit.md, left by semfix:
'gunmen ambushed a minibus carrying pilgrims' stayed a clash). ACLED: the target decides; an
ambush typed Armed clash by its trigger whose clause names civilians ambushed, or a vehicle carrying
them, and no armed side, is Violence against civilians / Attack; an ambush on a patrol or a convoy of
forces stays an Armed clash. Phrasings written for this table; each row runs through ``parse_article``."""

from __future__ import annotations

import pytest

from tests.extract.test_wire_reports_2003_2018 import incidents

ATTACK, CLASH = "Attack", "Armed clash"


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a minibus carrying pilgrims near Balad, killing five of them.",
    "Militants ambushed a bus carrying Shiite pilgrims on the road to Samarra, wounding seven.",
    "نصب مسلحون كميناً لحافلة تقل زواراً قرب قضاء بلد، ما أسفر عن مقتل خمسة منهم.",
    "Gunmen ambushed a group of shepherds near Rutba, killing two.",
    "نصب مسلحون كميناً لسيارة تقل عائلة على طريق بعقوبة، ما أدى إلى إصابة ثلاثة أشخاص.",
    "نصب مسلحون مجهولون كميناً لمدنيين كانوا في طريقهم إلى قضاء الطارمية، ما أسفر عن مقتل اثنين.",
])
def test_an_ambush_on_civilians_is_an_attack(text: str) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == [ATTACK]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army patrol near Balad, killing two soldiers.",
    "نصب مسلحون كميناً لدورية للجيش قرب قضاء بلد، ما أسفر عن مقتل جنديين.",
    # civilians ride with the forces ambushed: the forces were the target
    "Insurgents ambushed a convoy of troops escorting a bus carrying workers near Baiji, killing a soldier.",
    "نصب مسلحون كميناً لرتل عسكري يرافق حافلة تقل زواراً قرب سامراء، ما أسفر عن مقتل جندي.",
])
def test_an_ambush_on_forces_stays_a_clash(text: str) -> None:
    assert [sub for sub, _place, _day in incidents(text)] == [CLASH]
