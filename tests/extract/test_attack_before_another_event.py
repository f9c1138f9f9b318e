"""A generic attack word told in its own clause, before a joiner of two events (فيما, بينما, كما, while, «وفي
حادث آخر») and before the specific event of the sentence, is an event of its own, not the bombing told after
the joiner; a definite one («الهجوم») still points back (issue 8, lead, session 11: an event taken by another).
Self-written phrasings."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _incidents(text: str, tmp_path) -> list[tuple[str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "extract", "parse", str(path), "--json", "--article-date", "2026-03-01"],
                         capture_output=True, text=True, check=True).stdout
    return sorted((i["event_type"], i["location"]) for i in json.loads(out.splitlines()[0])["incidents"])


@pytest.mark.parametrize("text", [
    "قالت خلية الإعلام الأمني إن هجوما شنه مسلحون على نقطة للجيش في قضاء الطارمية أسفر عن إصابة جنديين، "
    "فيما قتل مدني بانفجار عبوة ناسفة في ناحية العظيم.",
    "قالت خلية الإعلام الأمني إن هجوما شنه مسلحون على نقطة للجيش في قضاء الطارمية أسفر عن إصابة جنديين، "
    "وفي حادث آخر قتل مدني بانفجار عبوة ناسفة في ناحية العظيم.",
])
def test_two_events_joined(text: str, tmp_path) -> None:
    assert _incidents(text, tmp_path) == [("Battles", "Tarmiyah District"),
                                          ("Explosions/Remote violence", "Udhaim")]


@pytest.mark.parametrize("text", [
    # one clause: the attack was the bombing
    "أسفر هجوم بعبوة ناسفة على دورية للجيش في قضاء الطارمية عن إصابة جنديين.",
    # a definite word points back to the bombing
    "انفجرت عبوة ناسفة بدورية للجيش في قضاء الطارمية، فيما أسفر الهجوم عن إصابة جنديين.",
])
def test_one_event(text: str, tmp_path) -> None:
    assert [t for t, _ in _incidents(text, tmp_path)] == ["Explosions/Remote violence"]
