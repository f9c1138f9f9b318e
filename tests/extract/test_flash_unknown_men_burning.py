"""Unknown or masked men burning a house, office or car, as a headline tells it (issue 8, tg7 flash audit
follow-up): «مجهولون يضرمون النار في منزل ناشط بالناصرية», «ملثمون أحرقوا سيارة صحفي» are property destruction
(ACLED Looting/property destruction). A fire set to rubbish is no event; protesters setting fire riot. Every
phrasing is written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 8))


@pytest.mark.parametrize("text, expected", [
    ("مجهولون يضرمون النار في منزل ناشط بالناصرية", [("Looting/property destruction", "Dhi Qar")]),
    ("ملثمون أحرقوا سيارة صحفي في حي الجمهورية بالبصرة.", [("Looting/property destruction", "Basra")]),
    ("مجهولون يضرمون النار في أكوام نفايات قرب السوق في الناصرية", []),
    ("متظاهرون يضرمون النار في مقر حزب بالناصرية", [("Violent demonstration", "Dhi Qar")]),
])
def test_unknown_men_burning(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
