"""A bombing told at a city and a bombing of the same family at a neighbourhood of it ('a suicide bombing killed 40
in Baghdad', 'the car bomb that targeted the Karrada district also wounded more than 60') is one event at the
neighbourhood, a suicide bombing (issue 8, dup8 audit, both halves open: the Karrada bombing told twice); and
«أيضاً» after a verb of result («أدى أيضاً إلى إصابة»: more victims of the event told) does not say another
event. Near misses: a separate bombing, a second toll, and «وقتل أيضاً» (also killed) stay two. Phrasings written
for this table from general Arabic and English wire usage; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

DAY = date(2024, 5, 3)
SUICIDE, IED = "Suicide bomb", "Remote explosive/landmine/IED"


def found(text: str) -> list[tuple[str, str | None]]:
    return sorted(incidents(text, "sub_event_type", "location", day=DAY))


@pytest.mark.parametrize("text", [
    "قتل 40 شخصاً على الأقل في التفجير الانتحاري الذي تبناه داعش اليوم في بغداد. وقال مسؤولون أمنيون إن التفجير "
    "بسيارة مفخخة الذي استهدف حي الكرادة أدى أيضاً إلى إصابة أكثر من 60 شخصاً.",
    "A suicide bombing claimed by Islamic State killed 40 people in Baghdad on Friday. Security officials said the car "
    "bomb that targeted the Karrada district also wounded more than 60 people.",
])
def test_the_citys_bombing_is_the_sites(text: str) -> None:
    assert found(text) == [(SUICIDE, "Karrada")]


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص بتفجير انتحاري في بغداد اليوم. وفي حادث منفصل، انفجرت سيارة مفخخة في حي الكرادة.",
    "قتل 5 أشخاص بتفجير انتحاري في بغداد اليوم. وقتل 3 أشخاص بانفجار سيارة مفخخة في حي الكرادة.",
    "قتل 5 أشخاص بتفجير انتحاري في بغداد اليوم. وقتل أيضاً ثلاثة أشخاص بانفجار عبوة ناسفة في حي الكرادة.",
])
def test_another_bombing_stays_apart(text: str) -> None:
    assert found(text) == [(IED, "Karrada"), (SUICIDE, "Baghdad")]
