"""Where two accounts of an article are: one site or two, a place and a finer one inside it, two districts.

The place rules the merge asks of a pair of drafts: how far apart their places are (`_km`, `_same_site`), a city
and a neighbourhood or facility of it (`_city_and_site`), a rough place and an exact one it holds (`_finer`,
`_holds`, `_rough_and_exact`), a governorate's capital told as the governorate (`_province_by_capital`), two
sites or two districts told one by one (`_two_sites`, `_two_districts`, `_two_tolls`), the country alone
(`_country_only`). The pairwise rules of :mod:`extract.merging` and the passes of :mod:`extract.merge_pass` ask
them; a rule about the places of two accounts belongs here.
"""

from __future__ import annotations

import math

from extract import regexes as re
from extract.drafts import _VIOLENT, _Draft, _same_sentence, _sentences
from extract.merge_days import _days_apart
from extract.model import Incident

MERGE_KM = 15.0

SEAT_KM = 5.0  # a place this far from a district's namesake seat lies outside the town (ناحية سنوني، 13 km from Sinjar)

SITES_KM = 2.0  # two sites told apart this far from each other are two events (a square and its market are not)


def _km(a: Incident, b: Incident) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0 if a.place_id == b.place_id else math.inf
    dy = math.radians(b.latitude - a.latitude)
    dx = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(dx, dy)


def _same_site(a: _Draft, b: _Draft) -> bool:
    """Whether two drafts are at one place: the same place, or one of them placed by the article only."""
    return not (a.placed and b.placed) or a.incident.place_id == b.incident.place_id


CITY_SITE_KM = 30.0  # how far from a city's point a neighbourhood or village of it may lie (as UMBRELLA_KM)


def _sitelike(d: _Draft) -> bool:
    """Placed at one spot of a city: a neighbourhood, a village, or a facility (a square, a market, a base)."""
    return d.site or d.feature == "facility"


def _city_and_site(a: _Draft, b: _Draft) -> bool:
    """Whether one account is placed at a city or town and the other at a neighbourhood, village or facility
    of it (بغداد and باب الشرقي, Baghdad and Tayaran Square): one place told at two levels."""
    city, site = (a, b) if _sitelike(b) else (b, a)
    return _sitelike(site) and not _sitelike(city) and city.feature in {"city", "town"} and \
        city.incident.admin1 is not None and city.incident.admin1 == site.incident.admin1 and \
        _km(city.incident, site.incident) <= CITY_SITE_KM


def _country_only(d: _Draft) -> bool:
    """Placed at the country alone («في العراق», "in northern Iraq"): no governorate named."""
    return d.placed and d.incident.admin1 is None and d.incident.country is not None


def _province(d: _Draft) -> bool:
    return d.vague and (d.incident.place_id or "").startswith("iq.gov.")


ROUGH_KM = 100.0  # how far from a rough place ("north of Baghdad") the exact one may lie


def _finer(a: _Draft, b: _Draft) -> bool:
    """Whether ``a`` is placed more precisely than ``b`` is (precision 2, a town's outskirts, against 3, a governorate)."""
    return (a.incident.geo_precision or 3) < (b.incident.geo_precision or 3)


def _holds(rough: _Draft, exact: _Draft) -> bool:
    """Whether the rough place holds the exact one: the same governorate or within ``ROUGH_KM``."""
    x, y = rough.incident, exact.incident
    return x.place_id != y.place_id and x.country == y.country and (
        (x.admin1 is not None and x.admin1 == y.admin1) or _km(x, y) <= ROUGH_KM)


def _rough_and_exact(rough: _Draft, exact: _Draft) -> bool:
    """A headline or lead placing an event roughly ("north of Baghdad", "في محافظة ديالى") and the
    body's account of the same kind of event on the same day at a place the rough one holds."""
    x, y = rough.incident, exact.incident
    # The body's account may name the event only by its toll («اندلع نزاع داخل عشيرة ... ما أسفر عن اطلاق
    # نار، تسبب بمقتل شخص»): a generic word of a violent kind, told in the lead's next sentence, is it too.
    follows = exact.sentence_index - 1 in _sentences(rough)
    kind = (x.event_type, x.sub_event_type) == (y.event_type, y.sub_event_type) or (
        exact.generic and not rough.generic and {x.event_type, y.event_type} <= _VIOLENT and follows) or (
        # the lead's suicide bomber and the body's 'The blast killed four soldiers ...' (a blast: a roadside bomb by
        # default) told in its next sentence with no toll of the lead's to tell them apart: one bombing
        {x.sub_event_type, y.sub_event_type} == {"Remote explosive/landmine/IED", "Suicide bomb"} and follows and (x.fatalities, x.injuries) == (None, None))
    # ... and a governorate told in the sentence just before the body's place («اندلع نزاع عشائري في محافظة
    # البصرة ... . وقال مصدر إن نزاعاً اندلع في ناحية الهارثة»), after a title, is the lead too
    # (a lead dated only by the statement telling it, "the UN envoy on Wednesday condemned an attack that killed three
    # farmers in Diyala", is not kept apart by that day from the body's own "near Khanaqin on Monday": lead, session 12)
    lead = rough.headline or rough.sentence_index == 0 or (
        follows and _province(rough) and not exact.facts.another)
    announced = rough.weak_dated and not rough.dated  # dated only by the statement telling it
    # a lead placed at its governorate alone ("in western Anbar", «في محافظة ديالى») and the body's place near a town
    # or in a district of it ('near the town of Rutba', «قرب قضاء خانقين») are finer too (probe12, issue 8)
    finer = not exact.vague or (
        (announced or _province(rough)) and _finer(exact, rough) and x.admin1 is not None and x.admin1 == y.admin1)
    return rough.vague and finer and rough.placed and exact.placed and lead and \
        not exact.headline and kind and \
        not _days_apart(rough, exact, own="text" if announced else "") and \
        _holds(rough, exact) and \
        not exact.facts.another  # "four additional airstrikes near Tal Afar": more than the lead's


def _province_by_capital(capital: _Draft, other: _Draft) -> bool:
    """Whether ``capital`` is placed at a governorate's (or a district's) namesake capital (دهوك، البصرة، أربيل، كركوك) that
    names the governorate rather than the city, since the same event's other account places it in that
    governorate well outside the city («قصفت طائرات تركية قريتين في دهوك ... قريتي ... في قضاء العمادية»,
    «نزاع عشائري في البصرة ... في ناحية الهارثة»): the other place is the event's (place7 audit, issue 8)."""
    x, y = capital.incident, other.incident
    # ... and a district's namesake seat («هجوم في سنجار», "in Shengal") beside a place of that district
    # («ناحية سنوني», "the sub-district of Sinunê"): the district
    governorate = x.location is not None and x.location == x.admin1
    district = x.location is not None and x.location == x.admin2 and y.admin2 == x.admin2
    return capital.feature in {"city", "town"} and (governorate or district) and \
        other.placed and not other.vague and y.country == x.country and y.admin1 == x.admin1 and \
        y.place_id != x.place_id and (MERGE_KM if governorate else SEAT_KM) < _km(x, y) < math.inf and \
        not _told_as_town(x)


#: The town itself, not its district or governorate: «مدينة سنجار», «وسط سنجار», "the town of Sinjar", "Duhok city".
_TOWN_BEFORE = re.compile(r"(?:مدين[ةه]|بلد[ةه]|وسط|مركز)\s+(?:[وب]?ال)?$|\b(?:town|city|centre|center|central)\s+(?:of\s+)?$",
                          re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:town|city)\b", re.IGNORECASE)


def _told_as_town(x: Incident) -> bool:
    """Whether the account's own sentence names its place as the town («قصفت طائرة سيارة في مدينة سنجار»):
    then it is the town, not the district or governorate it gives its name to (review7 probes of 9d44dd5)."""
    from geo.matcher import find_places

    text = x.evidence or ""
    return any(m.place.place_id == x.place_id and (_TOWN_BEFORE.search(text, max(0, m.start - 12), m.start)
                                                   or _TOWN_AFTER.match(text, m.end))
               for m in find_places(text))


def _own_word(d: _Draft) -> bool:
    """Whether the draft's event word tells an event of its own (a specific word, or an indefinite dual)."""
    return not d.generic or d.facts.indefinite_dual


def _two_sites(a: _Draft, b: _Draft) -> bool:
    """Whether two accounts told in their own sentences, each with its own word for the event (no
    «الهجوم» pointing back) and each placed at its own neighbourhood a few kilometres from the other's,
    are two events: the one-by-one list of a day's blasts in a city. A city and a district of it
    (بغداد, then حي السيدية) stay one event retold; neighbourhoods closer than SITES_KM, or told in one
    sentence («حصيلة التفجير ... في الكرادة بلغ مقتل شخصين ... وحصيلة التفجير ... في العلاوي بلغت ثمانية
    قتلى»), are two events only when each has a toll of its own."""
    x, y = a.incident, b.incident
    own_tolls = x.fatalities is not None and y.fatalities is not None and x.fatalities != y.fatalities
    return a.placed and b.placed and _own_word(a) and _own_word(b) and not (a.headline or b.headline) and \
        (not _same_sentence(a, b) or own_tolls) and a.site and b.site and x.place_id != y.place_id and \
        (SITES_KM < _km(x, y) < math.inf or own_tolls)  # tolls of their own: two sites, however far


def _two_districts(a: _Draft, b: _Draft) -> bool:
    """Whether two accounts told in their own sentences, each with its own word for the event and each
    placed exactly (not a governorate, not a direction) in another district of the country, more than
    MERGE_KM apart, are two events: a round-up of a day's attacks tells them one by one («عبوة ناسفة
    انفجرت ... في ناحية اليوسفية»، «سيارة مفخخة انفجرت ... بقضاء المدائن»), and the lead that summed them
    up («في هجمات متفرقة ببغداد»), once it has joined the first, must not carry the second into it. A
    retelling names the event's own district again, a place in it, or points back («الانفجار»); a
    governorate named by its capital («دهوك», «البصرة») holds the other district (`_province_by_capital`)."""
    return not (a.vague or b.vague) and _told_in_two_districts(a, b)


def _two_tolls(a: _Draft, b: _Draft) -> bool:
    """Whether two accounts told in their own sentences, each with its own word for the event and its own toll, the
    two tolls different, placed in two districts more than MERGE_KM apart, are two events, though one is placed only
    by a direction from a town («... بانفجار عبوة ... جنوبي قضاء المقدادية» and «قتل عنصر من الشرطة ... جراء انفجار
    عبوة ناسفة استهدفت دورية ... في حي الرحمة غربي بعقوبة»): a round-up's two blasts in one governorate, which the
    rule for a headline without a date and the body's account joined into one (split10 audit, issue 8). Not a
    governorate, which may sum the other up (`_rough_and_exact`), nor a toll update (`_toll_update_of`)."""
    x, y = a.incident, b.incident
    return not (_province(a) or _province(b)) and \
        x.fatalities is not None and y.fatalities is not None and x.fatalities != y.fatalities and \
        _told_in_two_districts(a, b)


def _told_in_two_districts(a: _Draft, b: _Draft) -> bool:
    """What `_two_districts` and `_two_tolls` both ask: two accounts placed by their own text (no headline, no
    dateline), each in a sentence of its own with its own word for the event, in two districts of one country more
    than MERGE_KM apart, neither district a governorate named by its capital (`_province_by_capital`)."""
    x, y = a.incident, b.incident
    return a.placed and b.placed and not (a.headline or b.headline) and not (a.dateline or b.dateline) and \
        _own_word(a) and _own_word(b) and not _same_sentence(a, b) and \
        x.country == y.country and None not in (x.admin2, y.admin2) and x.admin2 != y.admin2 and \
        MERGE_KM < _km(x, y) < math.inf and not (_province_by_capital(a, b) or _province_by_capital(b, a))


def _other_governorate(a: _Draft, b: _Draft) -> bool:
    """Both accounts placed exactly (not "south of Baghdad"), in two governorates: a lead's bombs "in
    Baghdad and Diyala" placed at Baghdad and the body's bomb at a village of Diyala are two events."""
    x, y = a.incident, b.incident
    return a.placed and b.placed and not (a.vague or b.vague) and None not in (x.admin1, y.admin1) and \
        x.admin1 != y.admin1
