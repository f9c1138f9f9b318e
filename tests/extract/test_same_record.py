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
