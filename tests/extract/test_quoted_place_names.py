"""A place name in quotes is still where the event happened (issue 8, lead, session 7).

Arabic news often quotes a place's name («في قضاء "الطارمية"», «في «الطارمية»»). The quote before the name
hid the preposition or designator that ties it to the trigger, and counted as a quotation opening between
the trigger and the place, so the bomb got no place and was dropped (Arabic) or fell back to the reference
city of the direction phrase (English). Found by probing review7's note; self-written phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.model import Article
from extract.pipeline import parse_article

TUE = date(2020, 3, 3)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(i.event_type, i.admin2) for i in parse_article(Article(text=text), article_date=TUE).incidents]


@pytest.mark.parametrize("text", [
    'انفجرت عبوة ناسفة على دورية للجيش في قضاء "الطارمية" شمالي بغداد.',
    'انفجرت عبوة ناسفة على دورية للجيش في «الطارمية» شمالي بغداد.',
    'An IED hit an army patrol in the "Tarmiyah" district north of Baghdad.',
    # the same without quotes, as before
    'انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية شمالي بغداد.',
    'An IED hit an army patrol in the Tarmiyah district north of Baghdad.',
])
def test_quoted_name_places_the_event(text: str) -> None:
    assert _places(text) == [("Explosions/Remote violence", "Tarmiyah")]


def test_a_quotation_still_does_not_place_the_event() -> None:
    text = 'The minister defended the airstrike, claiming the commander "was planning attacks in Baghdad".'
    assert all(admin2 != "Baghdad" for _, admin2 in _places(text))
