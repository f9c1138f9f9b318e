"""Explosive remnants of war that go off (issue 8, tg7 flash audit follow-up): «انفجرت قذيفة من مخلفات الحرب داخل
منزل», «بانفجار مقذوف من مخلفات الحرب» are a remote explosive (ACLED §Remote explosive/landmine/IED), not a
shelling attack. A controlled detonation of remnants by forces stays a disrupted weapons use; a shell fired
stays shelling. Every phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("انفجرت قذيفة من مخلفات الحرب داخل منزل في قضاء سنجار ما أدى إلى إصابة امرأة.",
     [("Remote explosive/landmine/IED", "Nineveh")]),
    ("أصيب طفل بانفجار مقذوف من مخلفات الحرب في حي الزنجيلي بالموصل.", [("Remote explosive/landmine/IED", "Nineveh")]),
    ("فجرت قوة من الحشد مخلفات حربية وعبوات ناسفة بشكل مسيطر عليه في قضاء بيجي.",
     [("Disrupted weapons use", "Salah al-Din")]),
    ("سقطت قذيفة هاون على منزل في قضاء سنجار ما أدى إلى إصابة امرأة.", [("Shelling/artillery/missile attack", "Nineveh")]),
])
def test_war_remnants(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
