"""«قضائي X وY» (the dual of قضاء, "the districts of X and Y") designates both names (issue 8,
docs/arabic_audit.md, left by semfix: «قضائي الطارمية والمشاهدة» placed nothing): one event per
district, as «ناحيتي X وY» and «قريتي X وY» give. Phrasings written for this table; each row runs
through ``parse_article``."""

from __future__ import annotations

import pytest

from tests.extract.test_wire_reports_2003_2018 import incidents


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوتان ناسفتان في قضائي المقدادية والخالص.", ["Muqdadiya District", "Khalis District"]),
    ("شنت طائرات التحالف غارات على قضائي الحويجة والشرقاط.", ["Hawija District", "Shirqat District"]),
    ("انفجرت عبوتان ناسفتان في قضائي الطارمية والمشاهدة.", ["Tarmiyah District"]),
])
def test_a_dual_district_designator_places_each(text: str, expected: list[str]) -> None:
    assert [place for _sub, place, _day in incidents(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one district, singular designator: as before
    ("سقطت قذائف هاون على قضاء الطارمية.", ["Tarmiyah District"]),
    # «قضايا» (cases, issues) is no designator and no event
    ("شكّلت الحكومة لجاناً لدراسة قضايا المواطنين في بغداد.", []),
])
def test_other_words_stay(text: str, expected: list[str]) -> None:
    assert [place for _sub, place, _day in incidents(text)] == expected
