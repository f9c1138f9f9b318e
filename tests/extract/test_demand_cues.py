"""cues.yaml's demand class: the demand verbs (طالب, يطالب …) are one list, policy cues too
(lexicon.CUE_PART_OF), and the protesters' demand rule (events._protesters_demanded) reads the same
class, not a regex of its own (self-written phrasings)."""

from __future__ import annotations

import pytest

from extract import events
from extract.lexicon import CUE_CLASSES, CUE_PART_OF, cues, validate_cues
from extract.phrases import normalise


def test_every_demand_cue_is_a_policy_cue() -> None:
    shipped = cues()
    assert CUE_PART_OF == {"demand": "policy"}
    assert shipped["demand"]["ar"]
    assert set(shipped["demand"]["ar"]) <= set(shipped["policy"]["ar"])


def test_a_part_class_is_read_into_its_whole_class() -> None:
    data: dict[str, list] = {cls: [] for cls in CUE_CLASSES}
    data["policy"] = [{"lang": "ar", "phrase": "خطة", "source": "test"}]
    data["demand"] = [{"lang": "ar", "phrase": "طالب", "whole": True, "source": "test"}]
    checked = validate_cues(data)
    assert checked["demand"]["ar"] == (("whole", "طالب"),)
    assert checked["policy"]["ar"] == (("phrase", "خطة"), ("whole", "طالب"))


def _demanded(text: str) -> str | None:
    spans = events._cue_spans(normalise(text), "ar", len(text))
    found = next(events._protesters_demanded(text, spans["demand"], 0, len(text)), None)
    return text[found[0]:found[1]] if found else None


@pytest.mark.parametrize("text, expected", [
    ("طالب المحتجون بتوفير فرص عمل", "طالب المحتجون"),
    ("وطالب مئات المتظاهرين بإقالة المحافظ", "وطالب مئات المتظاهرين"),
    ("ويطالب المعتصمون منذ أشهر بالتعيين", "ويطالب المعتصمون"),
    ("طالبت الحكومة القوات الأمنية بحماية المتظاهرين", None),  # three words between: others' demand
    ("دعا المحتجون إلى الإضراب", None),  # a call is policy, not a demand verb
    # the plural stands after its subject («المتظاهرون يطالبون»): protesters after it are its object
    ("شيوخ العشائر يطالبون المتظاهرين بفتح الطرق", None),
])
def test_the_protesters_demand_rule_reads_the_demand_class(text: str, expected: str | None) -> None:
    assert _demanded(text) == expected
