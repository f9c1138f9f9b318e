"""A university, refinery or prison freed is territory retaken (issue 8, docs/arabic_audit.md, arwire7
audit: three check-half reports of July 2015 missed «تحرير جامعة الأنبار»; rule chosen from both halves
after the audit was scored). The retaking triggers knew towns, districts, bases and compounds only.
Written for this table; each row runs end to end through ``parse_article`` (the helper of
``test_operations_and_car_bombs_destroyed``).
"""

from __future__ import annotations

import pytest

from tests.extract.test_operations_and_car_bombs_destroyed import kinds_and_places


@pytest.mark.parametrize("text, expected", [
    ("أعلن جهاز مكافحة الإرهاب، أمس، عن تحرير جامعة الأنبار في ضواحي الرمادي بالكامل.",
     [("Government regains territory", "Ramadi")]),
    ("وأعلنت القوات تحرير مصفى بيجي من قبضة التنظيم اليوم.", [("Government regains territory", "Baiji Refinery")]),
    ("Iraqi forces freed Anbar University in Ramadi on Sunday.", [("Government regains territory", "Anbar Governorate")]),
    ("Iraqi troops retook the Baiji refinery on Friday.", [("Government regains territory", "Baiji Refinery")]),  # a guard: right on main
])
def test_a_compound_freed_is_retaken(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aim, a plan or talk about it is none
    ("وتسعى القوات إلى تحرير مصفى بيجي خلال الأيام المقبلة.", []),
    ("وبحث الاجتماع تحرير جامعة الموصل من الألغام.", []),
    # a town freed, as before
    ("وأعلنت القوات تحرير مدينة الرمادي بالكامل اليوم.", [("Government regains territory", "Ramadi")]),
])
def test_aims_and_towns_as_before(text: str, expected: list) -> None:
    assert kinds_and_places(text) == expected
