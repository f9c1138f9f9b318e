"""A toll told with no place of its own right after a bombing that has none either, both on the report's one
leading place ('... victims of attack in Diyala province. A police officer said 15 people were killed ... The army
confirmed it was a female suicide bomber'), is that bombing's toll: one incident, a suicide bombing with its dead,
not a second incident typed by the bare killing (issue 8, dup8 audit, both halves open: e05's officer's toll).
Near miss: another attack placed in another governorate stays its own. Phrasings written for this table; each row
runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 5, 5)
SUICIDE = "Suicide bomb"
LEAD = ("Suicide bomber kills Iraqi police\nTwo women and a child among 15 victims of attack in Diyala province.\n")


@pytest.mark.parametrize("body", [
    "A police officer, who spoke on condition of anonymity because he was not allowed to talk to reporters, said 15 "
    "people were killed, including seven policemen.\nThe army confirmed it was a female suicide bomber but gave a "
    "slightly lower death toll of 14.\nThe blast also wounded 40 people.",
    "A police officer said 15 people were killed, including seven policemen.\nThe army confirmed it was a female "
    "suicide bombing but gave a lower toll of 14.\nThe blast also wounded 40 people.",
])
def test_the_toll_is_the_bombings(body: str) -> None:
    assert incidents(LEAD + body, "sub_event_type", "location", "fatalities", day=DAY) == [
        (SUICIDE, "Diyala Governorate", 15)]


def test_another_attack_elsewhere_stays_apart() -> None:
    body = ("A police officer said 15 people were killed, including seven policemen.\nIn another attack on Sunday, "
            "a roadside bomb killed four people on a road west of Kirkuk, police said.")
    assert sorted(incidents(LEAD + body, "location", "fatalities", day=DAY)) == [
        ("Diyala Governorate", 15), ("Kirkuk", 4)]


def test_two_bare_tolls_are_no_event_of_their_own() -> None:
    text = ("Bomber kills police recruits in Iraq\nA bomber strapped with explosives killed at least 11 people waiting "
            "outside a police recruiting centre in Iraq's capital, a spokesman said.\nThe bomber was dressed in a police "
            "uniform, officials said.\nThere were conflicting reports on the death toll.\nA ministry source said 20 "
            "people had been killed.\nLocal police and hospital officials reported 17 dead and 21 wounded.\nThe bomber "
            "wore an explosive vest when he approached the recruiting centre in the Mansour district of western Baghdad.")
    assert 20 not in incidents(text, "fatalities", day=DAY)
