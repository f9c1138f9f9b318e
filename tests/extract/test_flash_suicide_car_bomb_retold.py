"""A car bomb told first as a blast and then as driven by a suicide bomber («انفجار سيارة مفخخة في الأنبار» over
«سيارة مفخخة يقودها انتحاري استهدفت مقراً للشرطة») is one suicide attack, not an IED (issue 8, tg7 flash audit
follow-up, check half). A car bomb and a suicide bomber at two places stay two events. Every phrasing is
written for this test, none is a real post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2025, 4, 6))


@pytest.mark.parametrize("text, expected", [
    ("انفجار سيارة مفخخة في محافظة الأنبار غربي العراق\nأعلنت وسائل إعلام محلية، اليوم الأحد، بأن سيارة مفخخة انفجرت في "
     "محافظة الأنبار. وذكرت المصادر أن سيارة مفخخة يقودها انتحاري استهدفت مقرا تابعا لشرطة المحافظة.",
     [("Suicide bomb", "Anbar")]),
    ("انفجرت سيارة مفخخة قرب سوق في الرمادي، فيما فجر انتحاري حزاما ناسفا عند نقطة تفتيش في الفلوجة.",
     [("Remote explosive/landmine/IED", "Anbar"), ("Suicide bomb", "Anbar")]),
])
def test_car_bomb_with_a_driver(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
