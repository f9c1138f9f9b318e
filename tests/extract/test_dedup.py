"""Dedup: the same real event reported by several outlets is one incident."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dedup import DedupIndex, dates_compatible, event_family, haversine_km, same_event
from extract.model import Incident

SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
CLASH = ("Battles", "Armed clash")
ARREST = ("Strategic developments", "Arrests")
SEIZED = ("Strategic developments", "Disrupted weapons use")
DRONE = ("Explosions/Remote violence", "Air/drone strike")

AIRPORT = (33.2625, 44.2344)  # Baghdad International Airport
AIRPORT_ROAD = (33.285, 44.300)  # ~6.6 km away
BAGHDAD = (33.3406, 44.4009)  # ~18 km away
ERBIL_AIRPORT = (36.2376, 43.9632)


def incident(kind, evidence="x", day=None, precision=1, point=None, admin1=None, place_id=None,
             country="IQ") -> Incident:
    lat, lon = point or (None, None)
    return Incident(kind[0], kind[1], evidence, event_date=day, time_precision=precision if day else None,
                    latitude=lat, longitude=lon, admin1=admin1, place_id=place_id, country=country)


MAY2, MAY3, MAY5 = date(2021, 5, 2), date(2021, 5, 3), date(2021, 5, 5)


@pytest.mark.parametrize("a, b, expected", [
    # The seed pair: rockets on Baghdad airport, one report says the evening, the other "yesterday".
    (incident(SHELL, "سقوط صاروخي كاتيوشا على مطار بغداد الدولي", MAY2, point=AIRPORT),
     incident(SHELL, "Two rockets struck near Baghdad airport", MAY3, point=AIRPORT), True),
    # An interception reported as disrupted weapons use is the same rocket attack.
    (incident(SHELL, "rockets hit the airport", MAY2, point=AIRPORT),
     incident(SEIZED, "واعترضت منظومة سي رام صاروخاً قرب المطار", MAY2, point=AIRPORT_ROAD), True),
    # A weapons cache found nearby is not the rocket attack.
    (incident(SHELL, "rockets hit the airport", MAY2, point=AIRPORT),
     incident(SEIZED, "ضبط أكداس من العتاد", MAY2, point=AIRPORT), False),
    # IED vs suicide bomb: one explosion, coded differently by two outlets.
    (incident(IED, day=MAY2, point=BAGHDAD), incident(SUICIDE, day=MAY2, point=BAGHDAD), True),
    (incident(SHELL, day=MAY2, point=AIRPORT), incident(CLASH, day=MAY2, point=AIRPORT), False),
    (incident(ARREST, day=MAY2, point=BAGHDAD), incident(CLASH, day=MAY2, point=BAGHDAD), False),
    # Distance: 6.6 km merges, 18 km does not, Erbil certainly not.
    (incident(SHELL, day=MAY2, point=AIRPORT), incident(SHELL, day=MAY2, point=AIRPORT_ROAD), True),
    (incident(SHELL, day=MAY2, point=AIRPORT), incident(SHELL, day=MAY2, point=BAGHDAD), False),
    (incident(DRONE, day=MAY2, point=AIRPORT), incident(DRONE, day=MAY2, point=ERBIL_AIRPORT), False),
    # Dates: three days apart at day precision are two events.
    (incident(SHELL, day=MAY2, point=AIRPORT), incident(SHELL, day=MAY5, point=AIRPORT), False),
    (incident(SHELL, day=MAY2, point=AIRPORT), incident(SHELL, day=None, point=AIRPORT), True),
    # Without coordinates: the same governorate and place.
    (incident(CLASH, day=MAY2, admin1="Diyala", place_id="iq.khanaqin"),
     incident(CLASH, day=MAY2, point=(34.3482, 45.3907), admin1="Diyala", place_id="iq.khanaqin"), True),
    (incident(CLASH, day=MAY2, admin1="Diyala", place_id="iq.khanaqin"),
     incident(CLASH, day=MAY2, admin1="Diyala", place_id="iq.muqdadiya"), False),
    (incident(CLASH, day=MAY2, admin1=None), incident(CLASH, day=MAY2, admin1=None), False),
    # Another country is another event even at the same point.
    (incident(SHELL, day=MAY2, point=AIRPORT, country="IQ"),
     incident(SHELL, day=MAY2, point=AIRPORT, country="SY"), False),
])
def test_same_event(a: Incident, b: Incident, expected: bool) -> None:
    assert same_event(a, b) is expected
    assert same_event(b, a) is expected  # symmetric


@pytest.mark.parametrize("a, pa, b, pb, expected", [
    (date(2021, 5, 2), 1, date(2021, 5, 3), 1, True),
    (date(2021, 5, 2), 1, date(2021, 5, 4), 1, False),
    (date(2021, 4, 15), 2, date(2021, 4, 20), 1, True),  # "mid-April" (week) vs a day
    (date(2021, 4, 15), 2, date(2021, 4, 25), 1, False),
    (date(2021, 1, 1), 3, date(2021, 1, 28), 1, True),  # "January 2021" (month) vs a day in it
    (date(2021, 1, 1), 3, date(2021, 2, 3), 1, False),
    (None, None, date(2021, 2, 3), 1, True),
])
def test_dates_compatible(a, pa, b, pb, expected) -> None:
    assert dates_compatible(a, pa, b, pb) is expected


def test_haversine_known_distance() -> None:
    # Baghdad to Erbil city is about 320 km.
    assert 310 < haversine_km(33.3406, 44.4009, 36.1926, 44.0106) < 330


@pytest.mark.parametrize("evidence, family", [
    ("اعترضت منظومة سي رام صاروخ كاتيوشا", "projectile"),
    ("Air defences shot down a drone over the airport", "air_drone"),
    ("ضبط أكداس من العتاد في الأنبار", "weapons_seized"),
])
def test_family_of_disrupted_weapons_use(evidence: str, family: str) -> None:
    assert event_family(incident(SEIZED, evidence)) == family


def test_index_finds_the_matching_incident_only() -> None:
    index = DedupIndex()
    index.add(1, incident(SHELL, day=MAY2, point=AIRPORT))
    index.add(2, incident(SHELL, day=MAY2, point=ERBIL_AIRPORT))
    index.add(3, incident(CLASH, day=MAY2, point=AIRPORT))
    assert index.find(incident(SHELL, day=MAY3, point=AIRPORT_ROAD)) == 1
    assert index.find(incident(SHELL, day=MAY2, point=(35.5650, 45.4329))) is None  # Sulaymaniyah
    index.rekey({1: 10})
    assert index.find(incident(SHELL, day=MAY2, point=AIRPORT)) == 10


def test_index_agrees_with_same_event() -> None:
    """The fast index and the plain pairwise rule find the same matches."""
    points = [AIRPORT, AIRPORT_ROAD, BAGHDAD, ERBIL_AIRPORT, (33.30, 44.32), (33.2625, 44.30)]
    days = [(MAY2, 1), (MAY3, 1), (MAY5, 1), (None, None), (date(2021, 5, 1), 3), (date(2021, 4, 28), 2),
            (date(2021, 5, 31), 1), (date(2021, 6, 1), 3)]
    stored = [incident(kind, day=d, precision=pr, point=p) for kind in (SHELL, IED) for d, pr in days
              for p in points]
    index = DedupIndex()
    for key, inc in enumerate(stored):
        index.add(key, inc)
    probes = [incident(kind, day=d, precision=pr, point=p) for kind in (SHELL, CLASH)
              for d, pr in [*days, (date(2021, 5, 4), 1), (date(2021, 5, 9), 2), (date(2021, 7, 1), 3)]
              for p in (*points, (35.5650, 45.4329))]
    for probe in probes:
        matches = {k for k, s in enumerate(stored) if same_event(probe, s)}  # brute force
        found = index.find(probe)
        assert (found in matches) if matches else found is None
