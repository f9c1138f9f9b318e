"""A car bomb at one place and a suicide bomber at another place of the same city are two attacks, not one
car bomb with its driver (review7 probes of c1b9b86, issue 8). Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "location", day=date(2024, 3, 14))


IED, SUICIDE = "Remote explosive/landmine/IED", "Suicide bomb"


@pytest.mark.parametrize("text, expected", [
    # two attacks at two places of Baghdad (merged into one suicide bomb at Kadhimiya before)
    ("A car bomb exploded in a market in Sadr City on Wednesday, killing six people. A suicide bomber blew "
     "himself up at a checkpoint in Kadhimiya, killing three.", [(IED, "Sadr City"), (SUICIDE, "Kadhimiya")]),
    ("انفجرت سيارة مفخخة في سوق مريدي بمدينة الصدر صباح اليوم ما أسفر عن مقتل ستة أشخاص. وفجر انتحاري نفسه "
     "عند نقطة تفتيش في الكاظمية ما أسفر عن مقتل ثلاثة.", [(IED, "Sadr City"), (SUICIDE, "Kadhimiya")]),
    ("انفجرت سيارة مفخخة في سوق بمدينة الصدر صباح اليوم، فيما فجر انتحاري حزاما ناسفا عند نقطة تفتيش في الكاظمية.",
     [(IED, "Sadr City"), (SUICIDE, "Kadhimiya")]),
    # near misses that stay one suicide attack: the car bomb and its driver at one place
    ("A car bomb exploded near a police station in Ramadi on Wednesday. The car was driven by a suicide "
     "bomber, police said, and five policemen were killed.", [(SUICIDE, "Ramadi")]),
    ("انفجار سيارة مفخخة في الرمادي\nانفجرت سيارة مفخخة يقودها انتحاري عند مقر للشرطة في الرمادي صباح اليوم ما أسفر "
     "عن مقتل خمسة.", [(SUICIDE, "Ramadi")]),
])
def test_car_bomb_and_suicide_bomber(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
