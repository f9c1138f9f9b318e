"""merging.merge_drafts: two accounts of one report that come out as one ACLED record (type, place and day; the
sub-types may differ, as "rockets" in a headline and "a drone was destroyed in the attack" further on do) are one
incident. Another place or day, a recalled old event, or an account that says it is another attack stays apart."""

from __future__ import annotations

from datetime import date

import pytest

from extract.merging import _Draft, merge_drafts
from extract.model import Incident

SUNDAY, TUESDAY = date(2025, 5, 4), date(2025, 5, 6)
IED, SHELLING, DRONE = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike"
HEADLINE = "Rockets hit the US base at Erbil airport"


def _draft(index: int, evidence: str, *, sub: str, place: str = "Erbil International Airport", day: date = SUNDAY,
           historical: bool = False) -> _Draft:
    incident = Incident("Explosions/Remote violence", sub, evidence, event_date=day, time_precision=1,
                        country="Iraq", admin1="Erbil", location=place, place_id="iq.er." + place.lower()[:12],
                        evidence_start=index * 100, historical=historical)
    return _Draft(incident, index, placed=True, dated=True, role="", feature="airport")


@pytest.mark.parametrize("evidence, second, merged", [
    ("A transport plane and a military drone were destroyed in the attack, an official said.", {"sub": DRONE}, True),
    ("وأفاد مصدر أمني بأن عبوة ناسفة انفجرت داخل القاعدة.", {"sub": IED}, True),
    ("A drone struck the airport of Sulaymaniyah.", {"sub": DRONE, "place": "Sulaymaniyah Airport"}, False),
    ("A drone struck the airport on Tuesday.", {"sub": DRONE, "day": TUESDAY}, False),
    ("A drone struck the airport in 2021.", {"sub": DRONE, "historical": True}, False),
    ("In a separate attack, a drone struck the airport.", {"sub": DRONE}, False),
])
def test_same_record_is_one_incident(evidence: str, second: dict, merged: bool) -> None:
    out = merge_drafts([_draft(0, HEADLINE, sub=SHELLING), _draft(4, evidence, **second)])
    assert len(out) == (1 if merged else 2)


def _placed(index: int, evidence: str, place: str, admin1: str, precision: int) -> _Draft:
    incident = Incident("Explosions/Remote violence", IED, evidence, event_date=SUNDAY, time_precision=1,
                        country="Iraq", admin1=admin1, location=place, place_id="iq." + place.lower()[:12],
                        geo_precision=precision, evidence_start=index * 100)
    return _Draft(incident, index, placed=True, dated=True, role="", feature="governorate" if precision == 3 else "town")


LEAD = "أعلنت خلية الإعلام الأمني مقتل ثلاثة مقاتلين بانفجار عبوة ناسفة في محافظة ديالى."


@pytest.mark.parametrize("evidence, place, admin1, precision, merged", [
    ("وأوضحت أن العبوة انفجرت على رتل للحشد غربي بحيرة حمرين.", "Lake Hamrin", "Diyala", 1, True),
    ("The bomb struck a patrol near Muqdadiya, a police source said.", "Muqdadiya", "Diyala", 1, True),
    ("وانفجرت عبوة ناسفة على دورية في قضاء الطارمية.", "Tarmiyah", "Baghdad", 1, False),  # another governorate
    ("وفي هجوم آخر، انفجرت عبوة ناسفة قرب المقدادية.", "Muqdadiya", "Diyala", 1, False),  # told as another
])
def test_governorate_lead_joins_the_placed_account(evidence: str, place: str, admin1: str, precision: int,
                                                   merged: bool) -> None:
    out = merge_drafts([_placed(0, LEAD, "Diyala Governorate", "Diyala", 3), _placed(3, evidence, place, admin1, precision)])
    assert len(out) == (1 if merged else 2)


def test_two_placed_towns_stay_two() -> None:
    out = merge_drafts([_placed(0, "Two bombs exploded in Baquba.", "Baquba", "Diyala", 1),
                        _placed(3, "A bomb exploded in Khalis.", "Khalis", "Diyala", 1)])
    assert len(out) == 2
