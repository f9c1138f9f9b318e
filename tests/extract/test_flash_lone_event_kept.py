"""A flash that tells one event and nothing else keeps it at its leading place (issue 8, miss8 audit,
session 8, stage BACK REFERENCE; written after the check half was opened, step 7 of the audit method).

«قبل ساعة انفجرت عبوة ناسفة في بوابة بستان زراعي قرب قرية الزهيرات، أشهر قرى ريف ناحية أبي صيدا شمال شرق
ديالى، لتصيب فلاحاً بجروح»: the village is not in the gazetteer and the sub-district is the village's
description, so the event has no place of its own; «قبل ساعة» gives no day. An event neither placed nor
dated by its own sentence that joined no other one was dropped as a back reference ("the investigation
into the assassination"), and the flash gave no incident at all. In a flash (`FLASH_CHARS`) whose only
account is that event there is nothing for it to refer back to: it is kept at the report's leading place
(governorate precision).

Near misses: a flash with a second event keeps the old rule (only the placed account), and a generic
word alone (هجمات متكررة) is still no incident.

Every phrasing is written for this table; the article date is Wednesday 2022-09-28.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.probe import incidents

WED = date(2022, 9, 28)
FIELDS = ("sub_event_type", "admin1", "geo_precision")
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, expected", [
    ("قبل ساعة انفجرت عبوة ناسفة في بوابة بستان قرب قرية صغيرة، أشهر قرى ريف ناحية أبي صيدا شمال شرق ديالى، "
     "لتصيب فلاحاً بجروح.", [(IED, "Diyala", 3)]),
    ("An hour ago a roadside bomb went off at the gate of an orchard near a small village, the best-known "
     "village of the Abu Saida countryside northeast of Diyala, wounding a farmer.", [(IED, "Diyala", 3)]),
])
def test_a_lone_event_of_a_flash_is_kept(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected


@pytest.mark.parametrize("text, expected", [
    ("قبل ساعة انفجرت عبوة ناسفة في بوابة بستان قرب قرية صغيرة، أشهر قرى ريف ناحية أبي صيدا شمال شرق ديالى، "
     "لتصيب فلاحاً بجروح.\nوكانت عبوة أخرى قد انفجرت في المقدادية.", [(IED, "Diyala", 1)]),
    ("تشهد قرى ريف ناحية أبي صيدا شمال شرق ديالى هجمات متكررة.", []),
])
def test_near_misses(text: str, expected: list) -> None:
    assert incidents(text, *FIELDS, day=WED) == expected
