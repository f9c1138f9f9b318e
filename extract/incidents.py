"""Assemble incidents from candidate events: place, geo_precision, date, actors, merge.

Place: the most specific place tied to the trigger. Places after the trigger in its scope come
first (up to a topic shift: فيما, meanwhile), then places shortly before it in the sentence; a
place is *tied* when a preposition or a direction word precedes it (في, ب, لمدينة, قرب, شمال,
in, near, north of), when it is a facility (airport, base, camp) or the trigger's object (seized
Mosul). A place after a speech verb (أُعلن في بغداد, said in Baghdad), a government (the
government in Erbil) or بين + a capital (بين بغداد وأربيل) never locates an incident. A coarse
place next to a finer one gives way to it (جرف الصخر شمالي محافظة بابل, Baghdad's Green Zone).
With no tied place the article's leading place is used at geo_precision 3; with none at all the
incident is country-level (Iraq) without coordinates, as in the gold annotations (ACLED would use
the country centroid; a map cannot place such a point honestly).

Several places chained by و after the trigger (في محافظات بابل والديوانية, بالأنبار و... في
كركوك) in different governorates give one incident each.

Date: the expression nearest the trigger in its scope, preferring the event's own date to the
date of the announcement (أعلنت الخلية، اليوم الأربعاء، ...) and never a dateline's; "the same
day" takes the date of the event before; else the article date at time_precision 2 (week).
Events dated only by an old year or month (the 2019 protests, in December 2017) are background.

Merge (within one article): a headline and the body's account of it, the sentences that add
details (the toll, the search for the attackers), an interception and its attack, a protest and
its dispersal become one incident, dated and placed by the most precise of them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from extract.actors import assign_actors, find_actors
from extract.events import EventCandidate
from extract.lexicon import fold
from extract.model import WEEK, Incident, ResolvedDate
from geo.model import PlaceMention

_POINT = frozenset({"city", "town", "village", "neighborhood", "street", "road", "camp", "air_base",
                    "military_base", "airport", "facility", "border_crossing"})
_AREA = frozenset({"district", "subdistrict", "mountain", "valley", "lake", "river", "island", "area",
                   "border_area"})
_LINEAR = frozenset({"river", "lake", "road", "valley", "mountain"})
_FACILITY = frozenset({"camp", "air_base", "military_base", "airport", "facility", "border_crossing"})
_DESIGNATOR = (r"(?:[بل]?(?:محافظ\S*|مدين\S*|ناحي\S*|قضاء|قريه|قري|منطق\S*|مناطق|حي|بلده|بلدات|مخيم|قاعده|"
               r"مطار|بساتين|بستان|صحراء|ضواحي|اطراف|مركز|مدخل|سوق|احدي|احد)|governorate|province|city|town|"
               r"district|village|area|neighbou?rhood|the|desert|outskirts of|centre of|center of)")
_NEAR = r"(?:قرب|بالقرب من|محيط|بمحيط|اطراف|باطراف|ضواحي|بضواحي|شمال\S*|جنوب\S*|شرق\S*|غرب\S*|" \
        r"near|outskirts of|around|north of|south of|east of|west of|northeast of|northwest of|" \
        r"southeast of|southwest of|outside)"
_TIED = re.compile(rf"(?:(?<![^\s\"'(])(?:في|ب|على|علي|عند|داخل|وسط|امام|مقابل|in|at|on|inside|"
                   rf"in central|in downtown|in northern|in southern|in eastern|in western)|{_NEAR})\s+"
                   rf"(?:{_DESIGNATOR}\s+){{0,2}}$", re.IGNORECASE)
#: لمدينة كربلاء, بقضاء الحويجة: a preposition glued to the designator.
_GLUED = re.compile(r"(?<!\S)[وف]?[بل](?:محافظ\S*|مدين\S*|ناحي\S*|قضاء|منطق\S*|قري\S*|بلد\S*|مخيم|حي|قاعده|مطار)"
                    r"\s+$")
_NEAR_BEFORE = re.compile(rf"{_NEAR}\s+(?:{_DESIGNATOR}\s+){{0,2}}$", re.IGNORECASE)
_METONYMY = re.compile(r"(?:(?:اعلن|أعلن|أُعلن|قال|اكد|أكد|صرح|افاد|أفاد|ذكر|said|announced|told|بيان|statement)"
                       r"\S*\s+(?:\S+\s+){0,1}|(?:حكومه|الحكومه|government|authorities)\s+)"
                       r"(?:في|من|in|from)?\s*$", re.IGNORECASE)
#: بين بغداد وأربيل: the governments, not a place; بين قضاء طوزخورماتو وناحية آمرلي: a road between places.
_BETWEEN = re.compile(rf"(?:بين|between)\s+(?:{_DESIGNATOR}\s+){{0,2}}$", re.IGNORECASE)
_CAPITALS = frozenset({"Baghdad", "Erbil", "Washington", "Tehran", "Ankara", "Damascus", "Riyadh", "Amman",
                       "Kuwait City", "Beirut", "Cairo", "Moscow", "London", "Paris", "Doha", "Abu Dhabi"})
_OBJECT_GAP = re.compile(rf"\s*(?:the\s+)?(?:{_DESIGNATOR}\s+)?$", re.IGNORECASE)
#: Killings of one person by their nature (an assassination): one dead when no count is given.
_ONE_DEAD = re.compile(r"اغتال|اغتيل|اغتيال|shot dead|gunned down|assassinat", re.IGNORECASE)
#: Demonstration sub-types, mildest first: merging keeps the most severe.
_SEVERITY = ("Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
             "Excessive force against protesters")
CHAIN_GAP = 60
ANCHOR_CHARS = 80
MERGE_KM = 15.0
MERGE_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class _Draft:
    incident: Incident
    sentence_index: int
    placed: bool  # the place is tied to this event (not the article fallback)
    dated: bool  # the date comes from the text (not the article date)
    role: str
    merged: bool = False
    generic: bool = False
    weak_dated: bool = False  # a date from the text, if only an announcement's


def _prefix_prep(m: PlaceMention) -> bool:
    """``بالأنبار``: the preposition is glued to the surface."""
    surface = fold(m.surface)
    names = [fold(m.place.name_ar)] if m.place.name_ar else []
    return surface[:1] == "ب" and not any(n.startswith("ب") for n in names)


def _before(text: str, m: PlaceMention, width: int = 40) -> str:
    return fold(text[max(0, m.start - width):m.start])


def is_tied(text: str, m: PlaceMention) -> bool:
    """Whether the place reads as a location (after a preposition, or a facility), not metonymy.

    Examples
    --------
    >>> from geo.model import Place
    >>> p = Place("iq.bgd", "Baghdad", "بغداد", "city", "IQ", "Baghdad", None, 33.34, 44.40)
    >>> t = "انفجار في بغداد وأعلن في بغداد"
    >>> [is_tied(t, PlaceMention("بغداد", t.index(w) + 3, t.index(w) + 8, p, 1.0)) for w in ("في بغداد", "أعلن في")]
    [True, False]
    """
    return _flags(text, m.start, m)[0]


def _metonymic(text: str, m: PlaceMention) -> bool:
    return _flags(text, m.start, m)[1]


@lru_cache(maxsize=2048)
def _flags(text: str, start: int, m: PlaceMention) -> tuple[bool, bool, bool]:
    """(tied, metonymic, after "between") for a mention; cached: every event of an article asks."""
    before = _before(text, m)
    if _METONYMY.search(before):
        return False, True, False
    if _BETWEEN.search(before):
        return (m.place.feature_type not in {"country", "region", "governorate"}
                and m.place.name_en not in _CAPITALS), False, True
    tied = (m.place.feature_type in _FACILITY or _prefix_prep(m) or bool(_TIED.search(before))
            or bool(_GLUED.search(before)))
    return tied, False, False


def geo_precision(text: str, m: PlaceMention) -> int:
    """1 for a point-like place, 2 for an area or "near X", 3 for a governorate or wider."""
    kind = m.place.feature_type
    level = 1 if kind in _POINT else 2 if kind in _AREA else 3
    if level == 1 and _NEAR_BEFORE.search(_before(text, m, 30)):
        level = 2
    return level


def _chain(text: str, first: PlaceMention, following: list[PlaceMention]) -> list[PlaceMention]:
    """``first`` and the places coordinated with it by و/and, in other governorates: either a bare
    list (بابل والديوانية والمثنى) or a place with its own preposition (بالأنبار و... في كركوك)."""
    chain = [first]
    for m in following:
        gap = text[chain[-1].end:m.start]
        words = gap.strip()
        coordinated = words[:1] == "و" or (not words and m.surface[:1] == "و") or words.lower().startswith("and")
        bare = not words or _BARE_GAP.fullmatch(fold(words)) is not None
        if (len(gap) > CHAIN_GAP or len(gap.split()) > 5 or "(" in gap or not coordinated
                or _metonymic(text, m) or not (bare or is_tied(text, m))):
            break
        if m.place.admin1 and all(m.place.admin1 != c.place.admin1 for c in chain):
            chain.append(m)
    return chain


def choose_places(text: str, event: EventCandidate, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The places tied to ``event``: one, several (a chain), or none."""
    hi = event.scope[1]
    shift = _TOPIC_SHIFT.search(text, event.end, hi)
    hi = shift.start() if shift else hi  # "..., فيما أعلن محافظ البصرة": another topic
    forward = [m for m in mentions if event.start <= m.start < hi]
    # A place right after the trigger is its object (seized Mosul, استهدف مطار بغداد).
    tied_forward = [m for m in forward if is_tied(text, m) or (
        m.start - event.end <= 12 and m.place.feature_type not in {"country", "region"}
        and _OBJECT_GAP.fullmatch(fold(text[event.end:m.start])) is not None
        and not _metonymic(text, m))]
    if tied_forward:
        first = tied_forward[0]
        near_before = [m for m in mentions if event.sentence[0] <= m.start < event.start
                       and event.start - m.end <= 40 and is_tied(text, m)]
        if first.start - event.end > 100 and near_before:
            return [_refine(text, near_before[-1], mentions, event.sentence)]  # far after, close before
        if first.place.feature_type in _LINEAR and len(tied_forward) > 1 and \
                tied_forward[1].start - first.end <= 20:
            first = tied_forward[1]  # "في نهر دجلة جنوبي الموصل": the town places it better
        if _flags(text, first.start, first)[2]:  # a road between two places: one event
            return [first]
        chain = _chain(text, first, [m for m in forward if m.start > first.start])
        return [_refine(text, m, mentions, event.sentence) for m in chain] if len(chain) == 1 else chain
    backward = [m for m in mentions if event.sentence[0] <= m.start < event.start and is_tied(text, m)]
    if backward:
        # The most specific tied place shortly before the trigger, else the nearest one.
        close = [m for m in backward if event.start - m.end <= 120]
        best = min(close, key=lambda m: (_level(m), event.start - m.end)) if close else backward[-1]
        return [_refine(text, best, mentions, event.sentence)]
    return []


def _level(m: PlaceMention) -> int:
    kind = m.place.feature_type
    return 1 if kind in _POINT else 2 if kind in _AREA else 3


def _refine(text: str, chosen: PlaceMention, mentions: list[PlaceMention], sentence: tuple[int, int]) -> PlaceMention:
    """A finer place written next to a coarse one stands for it: جرف الصخر شمالي محافظة بابل,
    Syria's al-Hol camp."""
    if text.startswith("'s ", chosen.end):  # Baghdad's (fortified) Green Zone, Syria's al-Hol camp
        after = next((m for m in mentions if chosen.end < m.start <= chosen.end + 30
                      and re.fullmatch(r"'s\s+(?:\w+\s+){0,2}", text[chosen.end:m.start])), None)
        if after is not None:
            return after
    if _level(chosen) < 3:
        return chosen
    coarse = chosen.place
    finer = [m for m in mentions if sentence[0] <= m.start < sentence[1] and m is not chosen
             and _level(m) < 3 and -60 <= m.start - chosen.end <= 40 and chosen.start - m.end <= 60
             and not _metonymic(text, m)
             and (m.place.admin1 == coarse.admin1 if coarse.feature_type == "governorate"
                  else m.place.country == coarse.country)]
    return min(finer, key=lambda m: abs(m.start - chosen.start)) if finer else chosen


def leading_place(text: str, mentions: list[PlaceMention], lead_end: int) -> PlaceMention | None:
    """The first tied place of the article's lead: the fallback location."""
    return next((m for m in mentions if m.start < lead_end and is_tied(text, m)), None)


_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]+,(?: [A-Z][A-Za-z]+,)? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)"
                       r"(?:, \d{4})? (?:\([^)]{1,40}\) )?[-–—]")
_SPEECH = re.compile(r"(?:أعلن|اعلن|أفاد|افاد|قال|ذكر|أكد|اكد|صرح|كشف|أوضح|اوضح|أفادت|said|announced|told|"
                     r"reported|confirmed|stated)\S*", re.IGNORECASE)


_REPORTED = re.compile(r"(?<!\S)(?:ان|أن|إن|that)(?!\S)|[\"«“:]")


def _last(regex: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    starts = [m.start() for m in regex.finditer(text, lo, hi)]
    return starts[-1] if starts else None


def choose_date(text: str, event: EventCandidate, dates: list[ResolvedDate]) -> tuple[ResolvedDate | None, bool]:
    """The date of the event: the expression nearest the trigger within its scope, and whether it
    is the event's own (False for the date of an announcement: أعلنت الخلية، اليوم الأربعاء، ...).

    A dateline's date (BAGHDAD, Oct 3 (Agency) -) is the publication date, never the event's.
    """
    lo, hi = event.scope
    dateline = _DATELINE.match(text, event.sentence[0])
    inside = [d for d in dates if lo <= d.start < hi and not (dateline and d.start < dateline.end())]
    if not inside:
        return None, False

    def announced(d: ResolvedDate) -> bool:
        # The date of a speech verb, unless a quote or "أن/that" opens the reported event before it.
        if event.start < d.start:  # the trigger comes first: "X was killed, officials said on Monday"
            speech = _last(_SPEECH, text, max(event.end, d.start - 25), d.start)
        else:
            speech = _last(_SPEECH, text, max(lo, d.start - 50), d.start)
            if speech is None and (_SPEECH.match(text, d.end + 2) or _SPEECH.match(text, d.end + 1)):
                return True
        return speech is not None and not _REPORTED.search(text, speech, d.start)

    ranked = sorted(inside, key=lambda d: (announced(d), d.start - event.end if d.start >= event.end
                                           else event.start - d.end))
    return ranked[0], not announced(ranked[0])


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_BARE_GAP = re.compile(rf"(?:و|and)?\s*(?:{_DESIGNATOR}\s*)?", re.IGNORECASE)
_TOPIC_SHIFT = re.compile(r"[،,]?\s+(?:فيما|بينما|في حين|وفي سياق|من جهة أخرى|من جهته|meanwhile|while)\s", re.IGNORECASE)
_SAME_DAY = re.compile(r"(?:اليوم|الوقت|الليلة|اليوم) (?:ذاته|نفسه|ذاتها|نفسها)|the same (?:day|night|time)",
                       re.IGNORECASE)
_SEARCHING = re.compile(r"بحث[اً]* عن|للبحث عن|لملاحقة|in search of|searching for|to hunt|hunting for", re.IGNORECASE)


def _historical_summary(text: str, event: EventCandidate, found: ResolvedDate | None, article_date: date,
                        dates: list[ResolvedDate]) -> bool:
    """An event placed in time only by a year or a month, more than a year before the article
    (the 2019 protests; in December 2017; عام 2014): background, not a mappable incident."""
    lo, hi = event.scope
    for m in _YEAR.finditer(text, max(lo, event.start - 40), min(hi, event.end + 60)):
        inside_date = any(d.start <= m.start() < d.end for d in dates)
        if not inside_date and int(m.group(1)) < article_date.year - 1:
            return True
    return found is not None and found.precision >= 3 and (article_date - found.value).days > 365


def _anchored(event: EventCandidate, places: list[PlaceMention]) -> bool:
    """A generic trigger counts only next to a place finer than a country."""
    return any(m.place.feature_type not in {"country", "region"}
               and (event.end <= m.start <= event.end + ANCHOR_CHARS or event.start - ANCHOR_CHARS <= m.end <= event.start)
               for m in places)


def _fields(text: str, m: PlaceMention | None, precision: int | None) -> dict:
    if m is None:
        return {"country": "IQ", "geo_precision": 3}
    p = m.place
    admin1 = p.admin1 or (p.name_en if p.feature_type == "governorate" else None)
    areal = p.feature_type in {"country", "region"}
    return {"country": p.country, "admin1": admin1, "admin2": p.admin2, "location": p.name_en,
            "latitude": None if areal else p.latitude, "longitude": None if areal else p.longitude,
            "geo_precision": precision or geo_precision(text, m), "place_id": p.place_id}


def build_incidents(text: str, events: list[EventCandidate], mentions: list[PlaceMention],
                    dates: list[ResolvedDate], *, article_date: date | None, lang: str,
                    source: str | None = None, casualties=None) -> list[Incident]:
    """Turn kept candidate events into incidents, then merge those that describe one event.

    ``casualties`` counts the dead in a clause (default ``extract.numbers.count_casualties``).
    """
    if casualties is None:
        from extract.numbers import count_casualties as casualties
    lead_end = events[0].sentence[1] if events else 0
    sentence_starts = sorted({e.sentence[0] for e in events})
    lead = leading_place(text, mentions, max(lead_end, min(len(text), 600)))
    kept = [e for e in events if e.rejected is None]
    all_actors = find_actors(text, lang, kept[0].sentence[0], kept[-1].sentence[1]) if kept else []
    drafts: list[_Draft] = []
    last_date: ResolvedDate | None = None
    for event in events:
        if event.rejected:
            continue
        places = [] if event.anaphoric else choose_places(text, event, mentions)
        found_date, own_date = (None, False) if event.anaphoric else choose_date(text, event, dates)
        lo, hi = event.scope
        if found_date is not None and own_date:
            last_date = found_date
        elif found_date is None and last_date is not None and _SAME_DAY.search(text, lo, hi):
            found_date, own_date = last_date, True  # "اعتقلوا في تلعفر في اليوم ذاته"
        toll = casualties(text[lo:hi])
        killed = toll.killed
        if killed is None and _ONE_DEAD.search(event.trigger):
            killed = 1
        if event.strength == "generic" and not (found_date or killed or _anchored(event, places)):
            continue  # a generic word with no anchor: "الهجمات", "attacks"
        if article_date is not None and _historical_summary(text, event, found_date, article_date, dates):
            continue  # "سيطر داعش على الموصل عام 2014", "in December 2017": background, not an incident
        follow_up = event.sub_event_type == "Other" and bool(_SEARCHING.search(text, event.start, hi))
        if follow_up:  # "باشرت عمليات تفتيش بحثاً عن المنفذين": part of the attack just told
            places, found_date = [], None
        actors = [(a - lo, b - lo, actor) for a, b, actor in all_actors if lo <= a and b <= hi]
        actor1, actor2 = assign_actors(text[lo:hi], actors, event.start - lo, event.event_type, lang,
                                       event.sub_event_type)
        base = {"event_type": event.event_type, "sub_event_type": event.sub_event_type,
                "evidence": text[event.sentence[0]:event.sentence[1]], "actor1": actor1, "actor2": actor2,
                "fatalities": killed, "injuries": toll.injured, "source": source, "trigger": event.trigger,
                "evidence_start": event.sentence[0], "evidence_end": event.sentence[1]}
        if found_date is not None:
            base |= {"event_date": found_date.value, "time_precision": found_date.precision}
        elif article_date is not None:
            base |= {"event_date": article_date, "time_precision": WEEK}
        strength = {"strong": 0.6, "weak": 0.5, "generic": 0.4}[event.strength]
        confidence = strength + (0.2 if places else 0.0) + (0.15 if found_date else 0.0)
        index = sentence_starts.index(event.sentence[0])
        for m in places or [lead]:
            fields = _fields(text, m, None if places else 3)
            incident = Incident(**base, **fields, confidence=min(0.99, confidence))
            drafts.append(_Draft(incident, index, bool(places), found_date is not None and own_date, event.role,
                                 generic=event.strength == "generic" or follow_up,
                                 weak_dated=found_date is not None))
    # An event neither placed nor dated by its own sentence that joined no other one is a back
    # reference ("the investigation into the assassination"), not a new point on the map.
    return [d.incident for d in merge_drafts(drafts) if d.placed or d.weak_dated or d.merged]


def _km(a: Incident, b: Incident) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return 0.0 if a.place_id == b.place_id else math.inf
    dy = math.radians(b.latitude - a.latitude)
    dx = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(dx, dy)


def _mergeable(a: _Draft, b: _Draft) -> bool:
    x, y = a.incident, b.incident
    near = abs(a.sentence_index - b.sentence_index) <= MERGE_SENTENCES
    if near and ((b.role == "intercept" and x.event_type == "Explosions/Remote violence")
                 or (a.role == "intercept" and y.event_type == "Explosions/Remote violence")):
        return True  # "the second rocket was intercepted by C-RAM": part of the attack
    if a.dated and b.dated and x.event_date and y.event_date and abs((x.event_date - y.event_date).days) > 1:
        return False
    demonstration = {"Protests", "Riots"}
    if x.event_type in demonstration and y.event_type in demonstration and near and _km(x, y) <= MERGE_KM:
        return True  # protesters torched a building, police dispersed them: one event
    if x.sub_event_type != y.sub_event_type:
        # "... وأسفر الهجوم عن مقتل جنديين": a generic follow-up with no place of its own adds
        # its details to the event just told.
        return any(d.generic and not d.placed and not d.weak_dated for d in (a, b)) and \
            abs(a.sentence_index - b.sentence_index) <= 2 and (a.placed or b.placed)
    if not (a.placed and b.placed):
        # An unplaced mention of the same kind of event refers to the placed one, unless the
        # article's leading place it fell back on lies elsewhere (an arrest in Mosul, then Tal Afar).
        fallback = b if a.placed else a
        return (not fallback.weak_dated or fallback.incident.place_id is None or _km(x, y) <= MERGE_KM
                or a.placed == b.placed)
    if a.sentence_index == b.sentence_index and x.admin1 != y.admin1:
        return False  # split on purpose: caches in Anbar and in Kirkuk
    if near and 0 in (a.sentence_index, b.sentence_index) and _km(x, y) <= 100:
        return True  # the headline's summary of the body's event ("south of Baghdad")
    if near and not (a.dated and b.dated) and x.country == y.country and (
            x.admin1 == y.admin1 or None in (x.admin1, y.admin1)):
        return True  # a headline without a date and the body's dated account of it
    return near and _km(x, y) <= MERGE_KM


def _combine(a: _Draft, b: _Draft) -> _Draft:
    def rank(d: _Draft) -> tuple:
        return d.placed, d.dated, d.weak_dated, d.incident.admin1 is not None, -(d.incident.geo_precision or 3)

    keep, other = (a, b) if rank(a) >= rank(b) else (b, a)
    fields = {}
    if (keep.role == "intercept") != (other.role == "intercept"):
        # An interception joins the attack: the attack's type stays, the better place is kept.
        keep, other = (other, keep) if keep.role == "intercept" else (keep, other)
        if other.placed and not keep.placed:
            fields |= {k: getattr(other.incident, k) for k in (
                "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "place_id")}
            keep = replace(keep, placed=True)
    x, y = keep.incident, other.incident
    if x.sub_event_type in _SEVERITY and y.sub_event_type in _SEVERITY and \
            _SEVERITY.index(y.sub_event_type) > _SEVERITY.index(x.sub_event_type):
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}
    if not keep.dated and (other.dated or (other.weak_dated and not keep.weak_dated)):
        fields |= {"event_date": y.event_date, "time_precision": y.time_precision}
    if x.fatalities is None and y.fatalities is not None:
        fields["fatalities"] = y.fatalities
    if x.injuries is None and y.injuries is not None:
        fields["injuries"] = y.injuries
    fields["actor1"] = x.actor1 or y.actor1
    fields["actor2"] = x.actor2 or y.actor2
    fields["confidence"] = min(0.99, max(x.confidence, y.confidence) + 0.05)
    first = a if a.incident.evidence_start <= b.incident.evidence_start else b
    fields |= {"evidence": first.incident.evidence, "evidence_start": first.incident.evidence_start,
               "evidence_end": first.incident.evidence_end}
    return _Draft(replace(x, **fields), min(a.sentence_index, b.sentence_index), keep.placed,
                  keep.dated or (other.dated and "event_date" in fields),
                  keep.role if keep.role == other.role else "", merged=True,
                  weak_dated=keep.weak_dated or other.weak_dated)


def merge_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """Merge drafts that report one event (within one article); placed ones absorb unplaced ones."""
    merged: list[_Draft] = []
    # Placed drafts first, so that an unplaced one joins the nearest placed event of its kind.
    for draft in sorted(drafts, key=lambda d: (not d.placed, d.sentence_index)):
        candidates = [i for i, m in enumerate(merged) if _mergeable(m, draft)]
        if candidates:
            i = min(candidates, key=lambda i: abs(merged[i].sentence_index - draft.sentence_index))
            merged[i] = _combine(merged[i], draft)
        else:
            merged.append(draft)
    return sorted(merged, key=lambda d: (d.incident.evidence_start, d.incident.admin1 or ""))
