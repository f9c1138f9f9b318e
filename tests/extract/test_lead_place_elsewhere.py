"""An account with no place of its own falls back on the report's leading place; when that place lies in another
governorate than a placed account told beside it, the two are two events, and a title is never the body's
account that says it is another event ('In another attack on Sunday, ... a roadside bomb west of Kirkuk' under
'Suicide bomber kills police in Diyala province'): issue 8, dup8 audit, the lead-fallback shape (the Diyala
suicide bombing and its toll were merged into the Kirkuk roadside bomb, typed a suicide bombing at Kirkuk).
Near misses: a town of the lead's governorate and a dateline elsewhere still hold the one event. Phrasings
written for this table from general Arabic and English wire usage; each row runs through ``parse_article``."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents as probe

DAY = date(2024, 5, 5)  # a Sunday
SUICIDE, IED = "Suicide bomb", "Remote explosive/landmine/IED"


def incidents(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(probe(text, "sub_event_type", "location", "fatalities", day=DAY), key=str)


@pytest.mark.parametrize("text", [
    "Suicide bomber kills police in Diyala province\nA female suicide bomber killed 15 people, including seven "
    "policemen, outside the government compound on Sunday, a police officer said.\nThe blast also wounded 40 people, "
    "some of them seriously.\nIn another attack on Sunday, four people were killed when their car struck a roadside "
    "bomb on a road west of Kirkuk, police said.",
    "انتحارية تقتل 15 شخصاً بينهم سبعة من الشرطة في محافظة ديالى\nفجرت انتحارية نفسها قرب مبنى الحكومة المحلية اليوم "
    "الأحد، ما أسفر عن مقتل 15 شخصاً بينهم سبعة من الشرطة، بحسب ضابط في الشرطة.\nوأضاف أن التفجير أدى أيضاً إلى إصابة "
    "40 شخصاً.\nوفي هجوم آخر اليوم، قتل أربعة أشخاص بانفجار عبوة ناسفة استهدفت سيارتهم على طريق غرب كركوك.",
])
def test_the_leads_event_and_the_other_governorates_event(text: str) -> None:
    assert incidents(text) == [(IED, "Kirkuk", 4), (SUICIDE, "Diyala Governorate", 15)]


def test_a_town_of_the_leads_governorate_is_the_event() -> None:
    text = ("Suicide bomber kills police in Diyala province\nA female suicide bomber killed 15 people outside the "
            "government compound in Baquba on Sunday, a police officer said.\nThe blast also wounded 40 people.")
    assert incidents(text) == [(SUICIDE, "Baqubah", 15)]


def test_a_dateline_elsewhere_is_no_event_of_its_own() -> None:
    text = ("BAGHDAD (Reuters) - A roadside bomb killed four people west of Kirkuk on Sunday, police said.\nThe bomb "
            "struck their car as it drove to the city, a police officer said.")
    assert incidents(text) == [(IED, "Kirkuk", 4)]
