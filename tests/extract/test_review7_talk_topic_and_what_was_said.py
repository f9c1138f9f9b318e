"""The topic of a talk («في معرض حديثه عن», 'asked about') is no event, but what the speaker then says
happened is reported: the cue reaches only the words right after it, and in Arabic not a topic followed
by «إن» (review7 probes of 86e4e43, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location", day=date(2024, 3, 14))


@pytest.mark.parametrize("text, expected", [
    # what was said happened is told (no incident on main)
    ("وقال المتحدث باسم قيادة العمليات في حديثه عن الهجوم إن انتحاريا فجر نفسه وسط المصلين في جامع بكركوك ظهر "
     "اليوم، ما أسفر عن مقتل ثلاثة أشخاص.", [("Suicide bomb", "Kirkuk")]),
    ("Asked about the attack, the police chief said a suicide bomber blew himself up at a checkpoint in Samarra on "
     "Wednesday, killing four policemen.", [("Suicide bomb", "Samarra")]),
    ("Questioned about the violence, the governor said gunmen had stormed a house in Muqdadiya overnight and "
     "killed three brothers.", [("Attack", "Muqdadiya")]),
    # near misses: the topic alone, and an answer that tells no event
    ("Asked about the rocket attack on the base, the spokesman declined to comment.", []),
    ("وفي معرض رده على سؤال حول القصف التركي، قال المتحدث إن الحكومة ستتخذ الإجراءات اللازمة.", []),
    ("When asked about the protests in Basra, the minister said the government was studying the demands.", []),
])
def test_talk_topic_and_what_was_said(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
