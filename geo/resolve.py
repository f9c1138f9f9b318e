"""Choose one place for each selected name occurrence, and its confidence.

Evidence, strongest first:

1. a designator before the name (محافظة, قضاء, ناحية, مدينة …; English "… province") asks for a
   feature type; it carries over a list (محافظات بابل والديوانية والمثنى);
2. places named nearby (within ``NEAR`` characters) and anywhere in the text: an unambiguous
   mention of a governorate or country favours the candidates inside it ("which Springfield");
3. feature-type priority (country, city, governorate … village) and population.

A region followed by its own country (إقليم كردستان العراق) becomes one mention.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from functools import cache

from geo.candidate import Candidate
from geo.model import Place
from geo.new_events import alternation

#: Characters around a mention in which other mentions count as "nearby" context.
NEAR = 400
#: Prior weight of a feature type for a bare name: a city beats the same-named governorate
#: (gold accepts either for bare كركوك and the city gives a point), which beats a village.
TYPE_WEIGHT = {
    "country": 1.0, "city": 0.95, "region": 0.85, "governorate": 0.8, "airport": 0.8,
    "air_base": 0.8, "military_base": 0.8, "camp": 0.75, "border_crossing": 0.75, "district": 0.5,
    "town": 0.65, "subdistrict": 0.55, "neighborhood": 0.55, "street": 0.5, "facility": 0.6,
    "mountain": 0.5, "valley": 0.45, "lake": 0.5, "river": 0.5, "area": 0.45, "border_area": 0.45,
    "road": 0.45, "island": 0.4, "village": 0.3,
}
#: Feature types a name after «حي» (a quarter) never is.
_NOT_A_QUARTER = frozenset({"country", "governorate"})
#: Own-country bonus: the dashboard is about Iraq.
HOME_COUNTRY = "IQ"


def _propagate_designators(text: str, chosen: list[Candidate]) -> None:
    for before, cand in itertools.pairwise(chosen):
        if cand.types or not before.types:
            continue
        gap = text[before.end:cand.start]
        if gap.strip(" ,") == "" and ("," in gap or cand.clitic.startswith("و")):
            cand.types = before.types


def _anchors(chosen: list[Candidate]) -> list[tuple[int, str | None, str | None]]:
    """(position, country, governorate) of every mention whose places agree on them."""
    out = []
    for cand in chosen:
        countries = {p.country for p in cand.places}
        admin1s = {p.admin1 for p in cand.places}
        country = next(iter(countries)) if len(countries) == 1 else None
        admin1 = next(iter(admin1s)) if len(admin1s) == 1 else None
        if country or admin1:
            out.append((cand.start, country, admin1))
    return out


@cache
def _prior(feature_type: str, population: int) -> float:
    return TYPE_WEIGHT.get(feature_type, 0.4) + 0.02 * math.log10(population + 1)


def score(place: Place, types: tuple[str, ...], near: set[str | None], anywhere: set[str | None]) -> float:
    """Score of one candidate place; the highest wins.

    Examples
    --------
    >>> from geo.model import Place
    >>> city = Place("c", "Kirkuk", "كركوك", "city", "IQ", "Kirkuk", None, 35.5, 44.4, 975000)
    >>> gov = Place("g", "Kirkuk", "كركوك", "governorate", "IQ", "Kirkuk", None, 35.5, 44.4, 1600000)
    >>> score(city, (), set(), set()) > score(gov, (), set(), set())
    True
    >>> score(gov, ("governorate",), set(), set()) > score(city, ("governorate",), set(), set())
    True
    """
    value = _prior(place.feature_type, place.population)
    if place.feature_type in types:
        value += 1.0
    if place.admin1 and place.admin1 in near:
        value += 0.6
    elif place.admin1 and place.admin1 in anywhere:
        value += 0.2
    if place.country in near:
        value += 0.4
    elif place.country in anywhere:
        value += 0.15
    if place.country == HOME_COUNTRY:
        value += 0.1
    return value


def _merge_region_country(text: str, picked: list[tuple[Candidate, Place, float]]) -> None:
    i = 0
    while i + 1 < len(picked):
        (a, pa, _), (b, pb, _) = picked[i], picked[i + 1]
        if (pa.feature_type == "region" and pb.feature_type == "country" and pa.country == pb.country
                and text[a.end:b.start] == " " and not b.clitic):
            a.end = b.end
            del picked[i + 1]
        i += 1


#: What ends a sentence: a governorate named past one of these no longer frames a namesake.
_SENTENCE_END = re.compile(r"[.!?؟\n]")


#: Characters around a village in which a governorate named by the text frames it.
FRAME = 80
#: What may stand between a quarter and the city right after it that frames it («حي العامل في البصرة», «بالبصرة»).
_QUARTER_FRAME = re.compile(r"\s*(?:(?:في|فى|in)\s+|ب)?(?:(?:مدينه|مدينة|محافظه|محافظة|city\s+of)\s+)?", re.IGNORECASE)
#: A clause that tells another event («فيما قتل», «بينما», «وفي حادث آخر», "while", "meanwhile", "in a
#: separate attack"): a place told after it is not framed by a governorate's place told before it. The words
#: are :mod:`geo.new_events`' joiners (an Arabic one with or without «و») and openers.
_NEW_EVENT_CLAUSE = re.compile(r"(?:^|[\s،,؛;])(?:"
                               rf"و?(?:{alternation('ar', 'joiner')})|{alternation('ar', 'opener')}|"
                               rf"{alternation('en', 'joiner', 'opener')})(?=\s)", re.IGNORECASE)
#: Small places a namesake the gazetteer lacks may stand for, when another governorate frames them.
_FRAMED_TYPES = frozenset({"village", "neighborhood", "subdistrict", "area"})


def _stray_village(text: str, cand: Candidate, place: Place, anchors: list[tuple[int, str | None, str | None]],
                   chosen: list[Candidate]) -> bool:
    """A village known only in one governorate, named beside another governorate's place while its own
    governorate appears nowhere in the text («منطقة الزوية ضمن قاطع فوج طوارئ الأنبار»; the gazetteer
    knows a الزوية in Salah al-Din only): a namesake the gazetteer lacks, not that village."""
    if place.feature_type not in _FRAMED_TYPES or len(cand.places) != 1 or place.admin1 is None:
        return False
    # The name told again (منطقة الكرمة ... تطوق منطقة الكرمة) does not name its own governorate.
    again = {c.start for c in chosen if c.places == cand.places}
    others = [(pos, admin1) for pos, _, admin1 in anchors if pos not in again and admin1 is not None]
    if any(admin1 == place.admin1 for _, admin1 in others):
        return False
    if place.feature_type == "neighborhood":
        # A city's quarter too («مقابل منطقة حي العامل» in a Basra report: Baghdad's Amil is another one),
        # framed by a place told before it in its sentence or right after it («حي العامل في البصرة»); a
        # Baghdad report names its quarters without Baghdad, and another governorate's town told after
        # («حي العامل ...، فيما قتل شخص في قضاء بلد») is another event's place.
        # (not by a place told right before it as lying in it: «منطقة المشاهدة بالموصل القديمة» frames that place)
        inside = {c.start for c in chosen if c.end <= cand.start and _QUARTER_FRAME.fullmatch(text, c.end, cand.start)}
        return any((0 < cand.start - pos <= FRAME and pos not in inside and not _SENTENCE_END.search(text, pos, cand.start))
                   or (pos >= cand.end and _QUARTER_FRAME.fullmatch(text, cand.end, pos) is not None)
                   for pos, _ in others)
    if place.feature_type == "village":
        return any(abs(pos - cand.start) <= FRAME for pos, _ in others)
    # A subdistrict named by its own designator («ناحية العظيم», "al-Azim subdistrict") is the one the
    # gazetteer knows: a namesake the gazetteer lacks is an area or a village, not a ناحية.
    if place.feature_type == "subdistrict" and "subdistrict" in cand.types:
        return False
    # ... and one framed right after by «في/بـ» + another governorate's place («في منطقة المشاهدة بالموصل
    # القديمة»: a Mosul quarter, not Baghdad's Mishahda), as a quarter is; a compass word between («الصقلاوية
    # غرب بغداد») makes it a landmark, not a frame (arrec11, issue 8)
    if not {"subdistrict", "district"} & set(cand.types) and any(
            pos >= cand.end and _QUARTER_FRAME.fullmatch(text, cand.end, pos) is not None for pos, _ in others):
        return True  # (named ناحية or قضاء, it is the gazetteer's: «ناحية برادوست بمحافظة دهوك» keeps Bradost)
    # A subdistrict or area is framed only by a governorate told before it in its sentence («وفي البصرة
    # تجدد النزاع ... في منطقة الكرمة»): one named after it is often a landmark («الصقلاوية غرب بغداد»),
    # and one told in the clause of another event («... في قضاء الطارمية، فيما قتل مدني ... في منطقة X»)
    # is that event's place, not framed by the first. Framed once, it is the same namesake wherever the
    # report names it again.
    return any(0 < start - pos <= FRAME and not _SENTENCE_END.search(text, pos, start)
               and not _NEW_EVENT_CLAUSE.search(text, pos, start)
               for pos, _ in others for start in again)


#: What may stand between a place and the Iraqi place right after it that frames it: nothing, «في», "in",
#: and the frame's designator («في قضاء سنجار») when the frame has one.
_FRAME_GAP = re.compile(r"\s*(?:في|فى|in|on|of|at)?\s*", re.IGNORECASE)
_FRAME_GAP_DESIGNATED = re.compile(r"\s*(?:في|فى|in|on|of|at)?\s*(?:[^\s.,،]+\s+)?", re.IGNORECASE)


def _local_namesake(text: str, cand: Candidate, place: Place, chosen: list[Candidate]) -> bool:
    """A foreign town named as an area or village («منطقة سردشت») and framed right after it by an Iraqi
    place («بجبل سنجار», "in Sinjar district"): a local name the gazetteer lacks, not the town abroad
    (place7 audit, issue 8: a strike in the Sardasht area of Mount Sinjar was put in Iran)."""
    if place.country == HOME_COUNTRY or place.feature_type in {"country", "region"} or not (
            {"area", "village"} & set(cand.types)):
        return False
    after = next((c for c in chosen if c.start >= cand.end), None)
    gap = _FRAME_GAP_DESIGNATED if after is not None and after.types else _FRAME_GAP
    return after is not None and bool(after.places) and gap.fullmatch(text, cand.end, after.start) is not None \
        and all(p.country == HOME_COUNTRY and p.feature_type not in {"country", "region"} for p in after.places)


def _same_sentence_admin1(text: str, cand: Candidate, anchors: list[tuple[int, str | None, str | None]],
                          ends: list[int] | None = None) -> set[str]:
    """Governorates named in the candidate's own sentence («منطقة الرشاد ... من محافظة كركوك»): a
    namesake inside one of them is the place meant, whatever the designator or the type prior say.
    ``ends``: where ``_SENTENCE_END`` marks stand in ``text`` (`_sentence_ends`), read once for the text."""
    if ends is None:
        ends = _sentence_ends(text)
    out = set()
    for pos, _, admin1 in anchors:
        if admin1 is None or pos == cand.start:
            continue
        lo, hi = sorted((pos, cand.start))
        i = bisect_left(ends, lo)
        if not (i < len(ends) and ends[i] < hi):  # no sentence end between
            out.add(admin1)
    return out


def _sentence_ends(text: str) -> list[int]:
    """Where the one-character sentence ends (`_SENTENCE_END`) stand in ``text``, in order."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def resolve(text: str, chosen: list[Candidate]) -> list[tuple[Candidate, Place, float]]:
    """For each candidate (sorted by start), the chosen place and the mention's confidence."""
    _propagate_designators(text, chosen)
    anchors = _anchors(chosen)
    anywhere: set[str | None] = {c for _, c, _ in anchors} | {a for _, _, a in anchors}
    ends: list[int] | None = None  # the text's sentence ends, read when an ambiguous name first asks
    picked = []
    for cand in chosen:
        confidence = cand.confidence
        if len(cand.places) == 1:
            place = cand.places[0]
        else:
            near: set[str | None] = set()
            for pos, country, admin1 in anchors:
                if pos != cand.start and abs(pos - cand.start) <= NEAR:
                    near.update((country, admin1))
            ends = _sentence_ends(text) if ends is None else ends
            framed = _same_sentence_admin1(text, cand, anchors, ends)
            pool = [p for p in cand.places if p.admin1 in framed]
            if not pool or len({p.admin1 for p in cand.places}) == 1:
                pool = list(cand.places)
            ranked = sorted(pool, key=lambda p: -score(p, cand.types, near, anywhere))
            if len(ranked) == 1:
                ranked.append(next(p for p in cand.places if p is not ranked[0]))
            place = ranked[0]
            best = score(ranked[0], cand.types, near, anywhere)
            second = score(ranked[1], cand.types, near, anywhere)
            same_area = ranked[1].admin1 == place.admin1 and ranked[1].country == place.country
            if not same_area:  # a city and its own governorate are not a real ambiguity
                confidence *= 0.8 + 0.2 * min(1.0, (best - second) / 0.5)
        if place.feature_type == "village" and not cand.types:
            confidence -= 0.15
        if _stray_village(text, cand, place, anchors, chosen) or _local_namesake(text, cand, place, chosen):
            continue
        if place.feature_type in _NOT_A_QUARTER and cand.types and set(cand.types) <= {"neighborhood", "street"}:
            # حي الجزائر في الناصرية, حي القادسية في تلعفر: a neighbourhood named after a country or a
            # governorate is neither; another candidate of the name that can be a quarter, else none.
            others = [p for p in cand.places if p.feature_type not in _NOT_A_QUARTER]
            if not others:
                continue
            place = max(others, key=lambda p: score(p, cand.types, set(), anywhere))
        picked.append((cand, place, max(0.0, min(1.0, confidence))))
    _merge_region_country(text, picked)
    return picked
