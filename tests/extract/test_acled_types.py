"""ACLED's event types defined once (``extract/data/acled_types.yaml``): the loader and its users."""

from __future__ import annotations

import pytest

from extract.acled_types import (
    AcledTypesError,
    acled_types,
    event_type_of,
    event_types,
    load_acled_types,
    short_label,
)

GOOD = {"event_type": "Battles", "code": "BAT", "short": "Battles", "ar": "معارك", "colour": "#d62728",
        "definition": "x", "sub_event_types": [{"name": "Armed clash", "ar": "اشتباك مسلح"}]}


def test_the_shipped_table_has_acleds_six_types_and_twenty_five_sub_types() -> None:
    table = event_types()
    assert list(table) == ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                           "Riots", "Strategic developments"]
    assert sum(len(subs) for subs in table.values()) == 25
    assert len({t.colour for t in acled_types()}) == 6 and len({t.code for t in acled_types()}) == 6


@pytest.mark.parametrize("sub, kind", [
    ("Air/drone strike", "Explosions/Remote violence"), ("Disrupted weapons use", "Strategic developments"),
    ("Non-violent transfer of territory", "Strategic developments"), ("Mob violence", "Riots"),
    ("Excessive force against protesters", "Protests"), ("Attack", "Violence against civilians"),
    ("Drone strike", None),
])
def test_event_type_of(sub: str, kind: str | None) -> None:
    assert event_type_of(sub) == kind


@pytest.mark.parametrize("entry, message", [
    (GOOD | {"colour": "red"}, "colour"),
    ({k: v for k, v in GOOD.items() if k != "ar"}, "missing ['ar']"),
    (GOOD | {"sub_event_types": []}, "no sub-event types"),
    (GOOD | {"sub_event_types": [{"name": "Armed clash"}]}, "Arabic label"),
])
def test_loader_fails_loudly_naming_the_entry(entry: dict, message: str) -> None:
    with pytest.raises(AcledTypesError, match="entry 1 \\(Battles\\).*" + message.replace("[", "\\[")):
        load_acled_types([entry], "t.yaml")


def test_a_name_defined_twice_is_rejected() -> None:
    with pytest.raises(AcledTypesError, match="defined twice"):
        load_acled_types([GOOD, GOOD | {"event_type": "Other battles"}])


def test_users_read_the_table() -> None:
    from dashboard.maps import EVENT_COLOURS
    from extract.lexicon import EVENT_TYPES
    from storage.corrections import ACLED_TYPES

    assert event_types() == ACLED_TYPES
    assert {k: set(v) for k, v in EVENT_TYPES.items()} == {k: set(v) for k, v in event_types().items()}
    assert {t.event_type: t.colour for t in acled_types()} == EVENT_COLOURS
    assert short_label("Remote explosive/landmine/IED") == "IED" and short_label("Armed clash") == "Armed clash"
