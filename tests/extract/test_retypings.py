"""type_rules.RETYPINGS: the whole-clause retyping rules are one ordered list of small functions with one
signature; type_rules.retype asks them in order and the first that gives a type decides, else the
trigger's own type stands. (Self-written phrasings; the expected types are ACLED's, as each rule's
docstring argues.)"""

from __future__ import annotations

import inspect

import pytest

from extract.events import find_events
from extract.type_rules import RETYPINGS, retype

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


def _event(text: str, lang: str):
    return find_events(text, [(0, len(text))], lang)[0]


@pytest.mark.parametrize("rule", RETYPINGS, ids=lambda rule: rule.__name__)
def test_every_rule_has_the_one_signature_and_says_why(rule) -> None:
    parameters = inspect.signature(rule).parameters
    assert list(parameters)[:3] == ["text", "lang", "event"]
    assert parameters["killed"].kind is inspect.Parameter.KEYWORD_ONLY
    assert parameters["injured"].kind is inspect.Parameter.KEYWORD_ONLY
    assert rule.__doc__ and rule.__doc__.startswith("ACLED's type for")


@pytest.mark.parametrize("text, lang, killed, rule_name, expected", [
    ("Soldiers foiled an attack on an army post near Tikrit, killing three attackers.", "en", 3, "foiled_clash", CLASH),
    ("Gunmen ambushed a bus carrying pilgrims on the road to Samarra.", "en", None, "ambushed_civilians", ATTACK),
    ("Unidentified men in civilian clothes detained a journalist in Kut.", "en", None, "unknown_captors", ABDUCTION),
])
def test_the_first_rule_that_gives_a_type_decides(text: str, lang: str, killed: int | None, rule_name: str,
                                                   expected: tuple[str, str]) -> None:
    event = _event(text, lang)
    deciding = next(rule for rule in RETYPINGS if rule(text, lang, event, killed=killed, injured=None))
    assert deciding.__name__ == rule_name
    assert retype(text, lang, event, killed=killed, injured=None) == expected


@pytest.mark.parametrize("text, lang", [
    ("Soldiers foiled an attack on an army post near Tikrit.", "en"),  # foiled, no dead or wounded: no clash
    ("Gunmen ambushed an army patrol on the road to Samarra.", "en"),  # the ambushed are soldiers
    ("قصفت طائرات مسيرة مواقع لداعش في وادي الشاي.", "ar"),
])
def test_no_rule_keeps_the_trigger_type(text: str, lang: str) -> None:
    event = _event(text, lang)
    assert not any(rule(text, lang, event, killed=None, injured=None) for rule in RETYPINGS)
    assert retype(text, lang, event, killed=None, injured=None) == (event.event_type, event.sub_event_type)
