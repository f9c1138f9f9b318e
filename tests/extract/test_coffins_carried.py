"""Coffins carried name a killing, they do not tell it (issue 8, tspur12; annotation guide: funerals are
no incident): a wire photo caption 'Mourners carry the coffins of fighters who were killed in the
attack, during their funeral in Najaf' is no attack in Najaf. The coffins of men killed on a day told
after it, and a killing told first, stay events. Self-written phrasings."""

import pytest

from tests.extract.probe import incidents

NOT_EVENTS = [
    "Relatives lifted the coffins of three border guards who were killed in an ambush onto a truck outside the hospital in Rutba.",
    "Relatives carried the coffin of a policeman killed in the roadside bombing through the streets of Baqubah.",
    "Villagers carried the caskets of two shepherds killed by a landmine to the cemetery in Sinjar.",
]

EVENTS = [
    ("Relatives carried the coffins of two policemen who were killed in a bombing in Kirkuk on Monday.",
     ["Remote explosive/landmine/IED"]),
    ("Gunmen killed two policemen in Kirkuk on Monday, and relatives carried their coffins through the city.",
     ["Armed clash"]),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_coffins_carried_tell_no_killing(text: str) -> None:
    assert incidents(text, "sub_event_type") == []


@pytest.mark.parametrize(("text", "types"), EVENTS)
def test_a_killing_with_its_own_day_stays(text: str, types: list[str]) -> None:
    assert incidents(text, "sub_event_type") == types
