"""Two places the place7 audit (issue 8) found lost or too exact: a place told in the circumstance clause
of the event («انفجرت العبوة بينما كانت الحافلة تسير ... مقابل منطقة زيونة»: «بينما/فيما كان» is "while
... was", not a turn to another topic), and a direction from a city named with "the city of" ("a village
west of the city of Kirkuk": near Kirkuk, geo_precision 2). Look-alikes: «بينما» turning to another
event, and "the city of Kirkuk" with no direction. Every phrasing is written for this test, none is a
real report."""

from __future__ import annotations

from datetime import date

from tests.extract.probe import incidents


def _incidents(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(incidents(text, "location", "sub_event_type", "geo_precision", day=date(2026, 3, 10)))


def test_a_place_in_the_while_clause_places_the_event() -> None:
    text = ("لقي شخص مصرعه بانفجار عبوة ناسفة لاصقة بحافلة شرقي بغداد اليوم. وذكر مصدر أن العبوة انفجرت بينما كانت "
            "الحافلة تسير في شارع مقابل منطقة زيونة.")
    assert [place for place, _, _ in _incidents(text)] == ["Zayouna"]


def test_a_direction_from_the_city_of_is_near_the_city() -> None:
    text = "Militants attacked a village west of the city of Kirkuk on Monday, killing two farmers."
    assert _incidents(text) == [("Kirkuk", "Attack", 2)]


def test_while_turning_to_another_event_still_ends_the_clause() -> None:
    text = "انفجرت عبوة ناسفة في منطقة زيونة صباح اليوم، بينما اعتقلت القوات الأمنية ثلاثة مطلوبين في الكرادة."
    assert [place for place, _, _ in _incidents(text)] == ["Karrada", "Zayouna"]


def test_the_city_of_without_a_direction_is_the_city() -> None:
    text = "Militants attacked a police station in the city of Kirkuk on Monday, killing two policemen."
    assert [(place, precision) for place, _, precision in _incidents(text)] == [("Kirkuk", 1)]


def test_the_province_of_a_city_is_the_governorate() -> None:
    # "the southern province of Basra" names the governorate, as "Basra province" does (place7 audit, both halves)
    text = "Gunmen shot dead an activist in the southern province of Basra on Wednesday."
    assert [precision for _, _, precision in _incidents(text)] == [3]


def test_the_city_of_stays_the_city() -> None:
    text = "Gunmen shot dead an activist in the southern city of Basra on Wednesday."
    assert [precision for _, _, precision in _incidents(text)] == [1]


def test_the_district_of_a_governorate_is_the_district() -> None:
    # "the nearby Tarimiya district of Salahuddin": the district is the place, its governorate a reference
    text = "Islamic State members ambushed soldiers in the nearby Tarimiya district of Salahuddin, killing six."
    assert [place for place, _, _ in _incidents(text)] == ["Tarmiyah"]


def test_the_district_of_a_city_without_a_name_before_stays() -> None:
    text = "A bomb exploded in the district of Kirkuk on Monday, killing two people."
    assert [place for place, _, _ in _incidents(text)] == ["Kirkuk"]
