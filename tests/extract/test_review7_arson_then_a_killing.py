"""Unknown men who burn an activist's house and then shoot his brother dead commit an attack, not property
destruction: fb725a3's row (masked or unknown men burning a house, office or car, with no one hurt) does not fire
when the sentence goes on with a killing or shooting («وأطلقوا النار …», «ما أدى إلى مقتل …») (review7 probes of
fb725a3, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[str]:
    return incidents(text, "sub_event_type", day=date(2024, 3, 14))


@pytest.mark.parametrize("text, expected", [
    # the killing is the event (property destruction on main)
    ("مجهولون أحرقوا منزل ناشط في الناصرية فجر اليوم وأطلقوا النار على شقيقه ما أدى إلى مقتله.", ["Attack"]),
    # near misses: the burning with no one hurt stays property destruction
    ("ملثمون أحرقوا منزل ناشط في الناصرية فجر اليوم دون وقوع إصابات.", ["Looting/property destruction"]),
    ("مجهولون يضرمون النار في سيارة صحفي في البصرة ولا إصابات.", ["Looting/property destruction"]),
])
def test_arson_then_a_killing(text: str, expected: list[str]) -> None:
    assert _kinds(text) == expected
