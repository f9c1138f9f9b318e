"""ACLED's actor type codes come from storage/data/acled_inter.csv, through a validator that fails loudly."""

from __future__ import annotations

import pytest

from storage import acled
from storage.acled import AcledDataError, validate_inter

HEAD = "inter,actor_type,match,value,source\n"
NAMES = "".join(f"{code},{name},,,ACLED codebook\n" for code, name in enumerate(
    ["State forces", "Rebel groups", "Political militias", "Identity militias", "Rioters", "Protesters",
     "Civilians", "External/Other forces"], start=1))


def test_the_shipped_file_names_acleds_eight_actor_types():
    codes = acled.inter_codes()
    assert codes.names == {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
                           5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}


@pytest.mark.parametrize("actor, code", [
    ("Military Forces of Iraq", 1),           # kind state
    ("Popular Mobilization Forces", 1),
    ("Islamic State (Iraq)", 2),              # named: kind nonstate would say 3
    ("PKK: Kurdistan Workers Party", 2),
    ("Unidentified Armed Group (Iraq)", 3),
    ("Rioters (Iraq)", 5),
])
def test_actor_codes_by_kind_and_by_name(actor, code):
    assert acled.actor_types()[actor] == code


def test_civilian_targeting_follows_the_civilians_code():
    assert acled.civilian_targeting("Battles", 7) == "Civilian targeting"
    assert acled.civilian_targeting("Battles", 1) == ""


@pytest.mark.parametrize("rows, problem", [
    ("0,Nobody,,,x\n", "line 10: inter must be one of 1-8, not '0'"),
    ("1,Army,,,x\n", "line 10: code 1 is named 'State forces' above, not 'Army'"),
    ("1,State forces,kind,soldiers,x\n", "line 10: kind 'soldiers' is not one of"),
    ("2,Rebel groups,name,Nobody Brigade,x\n", "line 10: 'Nobody Brigade' is not an actor"),
    ("1,State forces,kind,state,x\n3,Political militias,kind,state,x\n", "line 11: kind 'state' is coded twice"),
    ("1,State forces,kind,,x\n", "line 10: match and value go together"),
    ("1,State forces,group,state,x\n", "line 10: match must be"),
    ("1,State forces,kind,state,\n", "line 10: actor_type and source must not be empty"),
])
def test_a_malformed_file_fails_naming_the_line(rows, problem):
    with pytest.raises(AcledDataError, match="acled_inter.csv, " + problem.replace("(", r"\(").replace(")", r"\)")):
        validate_inter(HEAD + NAMES + rows)


def test_every_code_must_be_named_and_columns_are_checked():
    with pytest.raises(AcledDataError, match=r"codes \[8\] are not named"):
        validate_inter(HEAD + "".join(NAMES.splitlines(keepends=True)[:7]))
    with pytest.raises(AcledDataError, match="line 1: columns must be"):
        validate_inter("inter,name,source\n1,State forces,x\n")
