"""A car bomb driven by a suicide bomber is a suicide bomb (annotation guide; issue 8, tgaudit6 audit),
whichever attack word the trigger matcher took first: «انفجار سيارة مفخخة يقودها انتحاري», «هاجم انتحاري
يقود عجلة مفخخة مقراً». A parked car bomb stays an IED. Every phrasing is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return incidents(text, "sub_event_type", "admin1", day=date(2026, 3, 10))


@pytest.mark.parametrize("text, admin1", [
    ("ذكرت مصادر محلية أن سيارة مفخخة يقودها انتحاري استهدفت مقرا لشرطة قضاء حديثة.", "Anbar"),
    ("انفجار سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في مدخل قضاء الخالص.", "Diyala"),
    ("هاجم انتحاري يقود عجلة مفخخة مقرا للجيش في قضاء بيجي.", "Salah al-Din"),
])
def test_a_car_bomb_driven_by_a_suicide_bomber_is_a_suicide_bomb(text: str, admin1: str) -> None:
    assert _incidents(text) == [("Suicide bomb", admin1)]


def test_a_parked_car_bomb_stays_an_ied() -> None:
    assert _incidents("انفجار سيارة مفخخة مركونة قرب سوق شعبي في مدينة الصدر.") == [
        ("Remote explosive/landmine/IED", "Baghdad")]
