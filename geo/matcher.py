"""Find the places a news text names: ``find_places(text) -> list[PlaceMention]``.

One pass: the text is normalised once (:mod:`geo.normalize`), the Aho-Corasick automaton of the
gazetteer's names (:mod:`geo.index`) reports every name occurrence, and each hit is judged
locally: proclitics before it (و ف ب ل ك, ال, لل), a word boundary or a glued direction word after
it (so nisba adjectives such as العراقي and surnames such as التكريتي never match), and the
context rules of ``geo/data/context_rules.yaml`` (false friends such as القائم بأعمال, عنه, بلد).
Names that are often ordinary words need context of their own (a designator, a locative word, a
facility head, a direction after) or a list of places around them: small GeoNames settlements
(لجأوا is not ل + Jawa), short variant spellings, and common-word names — a bare proclitic ب/ل is
not context (للشعب "for the people"). A designator glued to the name counts (ومحافظةنينوى).
Long words that matched nothing get a fuzzy chance in context (:mod:`geo.fuzzy`). Overlaps are settled
longest-first, so a site beats its city (مطار بغداد, شارع فلسطين). Ambiguous names are resolved by
designators (محافظة كركوك), places named nearby, feature type and population
(:mod:`geo.resolve`).

The surface of a mention includes its proclitics (والموصل, للعراق) but not a designator
(محافظة) nor a glued word (مخمورشمال → مخمور).
"""

from __future__ import annotations

import re

from geo.candidate import Candidate
from geo.fuzzy import fuzzy_candidates
from geo.gazetteer import Gazetteer
from geo.index import NameIndex, NameKey, get_index
from geo.model import Place, PlaceMention
from geo.normalize import Normalized, light_normalize, normalize_for_matching, proclitic_variants
from geo.resolve import resolve
from geo.rules import Rules, norm

#: Proclitic sequences allowed before a name without / with the article, and before a لل form.
_PLAIN_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_ARTICLE_CLITICS = frozenset({"", "و", "ف", "ب", "ك", "وب", "وك", "فب", "فك"})
_LIL_CLITICS = frozenset({"", "و", "ف"})
_WORD_RE = re.compile(r"[^\W\d_]+")


#: Settlements: the kind of place GeoNames lists under many short transliterated spellings.
_SETTLEMENTS = frozenset({"city", "town", "village", "neighborhood", "subdistrict", "district"})


def _important(place: Place) -> bool:
    return place.feature_type not in _SETTLEMENTS or place.population >= 50_000


def _minor(places: tuple[Place, ...]) -> bool:
    """Only small GeoNames settlements: their names are often ordinary words (لجأوا = ل + Jawa)."""
    return all(p.place_id.startswith("gn.") and not _important(p) for p in places)


def _capitalised(n: Normalized, key: NameKey, start: int) -> bool:
    """English names are taken only capitalised (al-Qaim, Al Qaim: the letter after the article)."""
    offset = 3 if key.key[:3] in ("al-", "al ", "el-", "as-", "ar-", "ad-", "an-", "at-", "az-") else 0
    return n.original[n.original_start(start + offset)].isupper()


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j]


def _word_after(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    k = j
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[j:k]


#: A quotation mark or bracket opening an outlet's quoted name, or a dash after one that opens the text.
_OPENING_QUOTE = re.compile(r"[\"“”«(\[]\s*(?:ل\s*ـ?\s*)?$")
_DASH_AFTER = re.compile(r"\s*[-ـ–—/:|]")


def _outlet_name(text: str, token_start: int, tail: int) -> bool:
    """Whether the name and the word after it stand as an outlet's name: in quotes or brackets
    («لـ"بغداد اليوم"», «(بغداد اليوم)»), or opening the text before a dash («بغداد اليوم - ديالى»,
    «بغداد اليوم ـ خاص»), where a report names its source."""
    j = tail
    while j < len(text) and text[j] == " ":
        j += 1
    while j < len(text) and text[j].isalpha():
        j += 1
    if _OPENING_QUOTE.search(text, max(0, token_start - 4), token_start) and text[j:j + 1] in "\"“”»)]":
        return True
    return not text[:token_start].strip() and _DASH_AFTER.match(text, j) is not None


def _in(word: str, words: frozenset[str]) -> bool:
    return any(w in words for w in proclitic_variants(word))


#: A country or region in an outlet's name («تلفزيون سوريا», «شبكة كوردستان 24») stays a mention (the gold counts it
#: ``in_name``): it places no event finer than itself; a town or area in one («تلفزيون الأهوار») would.
_WIDE = frozenset({"country", "region"})


def _in_outlet_name(text: str, rules: Rules, token_start: int, tail: int, prev: str, following: str,
                    local: bool = True) -> bool:
    """Whether the name is part of a medium's name: after «قناة/تلفزيون/إذاعة/صحيفة/وكالة …»
    («لتلفزيون الأهوار», «قناة كركوك الفضائية»), before an Arabic loanword of the press («ديالى نيوز») or
    before "TV" ("Mosul TV"), unless a site word
    makes it the station's building («مقر قناة …», "Mosul TV headquarters")."""
    if prev and _in(prev, rules.outlet_heads_ar):
        head_start = text.rfind(prev, 0, token_start)
        before = _word_before(text, head_start)
        if norm(prev) in rules.waterway_heads and _in(norm(before), rules.waterway_before):
            return False  # «قرب قناة الصقلاوية», «في قناة الجيش»: the canal, where the event happened
        return not _in(before, rules.outlet_sites)
    if following and following in rules.outlet_tails_ar:
        return local  # «لـ"ديالى نيوز"», «موقع بغداد بوست»: a local outlet's name («نيويورك تايمز» stays in_name)
    if following and following in rules.outlet_heads_en:
        return _word_after(text, text.find(following, tail) + len(following)) not in rules.outlet_sites
    return False


def _designated_types(rules: Rules, key: NameKey, prev: str, following: str) -> tuple[str, ...]:
    if key.lang == "en":
        return rules.designators_en.get(following, ())
    for w in proclitic_variants(prev):
        if w in rules.designators_ar:
            return rules.designators_ar[w]
    return ()


def _judge(n: Normalized, key: NameKey, start: int, end: int, rules: Rules,
           names: frozenset[str]) -> Candidate | None:
    """Accept or reject one automaton hit ``[start, end)`` of ``key``."""
    text = n.text
    glued = False
    glued_types: tuple[str, ...] = ()
    tail = end
    if end < len(text) and text[end].isalpha():
        if key.lang == "en" or key.letters < rules.glue_min_letters:
            return None
        while tail < len(text) and text[tail].isalpha():
            tail += 1
        if text[end:tail] not in rules.glue_after:
            return None
        glued = True
    token_start = start
    while token_start > 0 and text[token_start - 1].isalpha():
        token_start -= 1
    prefix = text[token_start:start]
    if prefix:
        allowed = _LIL_CLITICS if key.lil else _ARTICLE_CLITICS if key.has_article else _PLAIN_CLITICS
        if key.lang == "en":
            return None
        if prefix not in allowed:
            glue = prefix[1:] if prefix[0] in "وف" else prefix
            designator = next((w for w in proclitic_variants(prefix) if len(w) > 3 and w in rules.designators_ar), "")
            designated = key.letters >= rules.glue_min_letters and bool(designator)
            if not (designated or (key.has_article and key.letters >= rules.glue_min_letters
                    and glue in rules.glue_before)):
                return None
            glued, token_start, prefix = True, start, ""
            if designated:  # ومحافظةنينوى: a designator glued to the name
                glued_types = rules.designators_ar[designator]
    if key.lang == "en" and not _capitalised(n, key, start) and (key.name, "en") not in rules.senses:
        return None  # a lowercase English name only when a sense rule reads it ("the capital")
    if key.lang == "en" and text[tail:tail + 1] == "-" and _word_after(text, tail + 1) in rules.compound_adjectives:
        return None  # Iran-backed militias, the U.S.-led coalition: an actor, not a place
    span = n.span(token_start, tail)
    if n.original[span[0] - 1:span[0]] == "#" and n.original[span[1]:span[1] + 1] == "_":
        return None  # #بغداد_الاخبارية, #Baghdad_Today: an outlet's hashtag, not a place
    prev = _word_before(text, token_start)
    following = _word_after(text, tail)
    if not all(p.feature_type in _WIDE for p in key.places) and _in_outlet_name(
            text, rules, token_start, tail, prev, following, all(p.country == "IQ" for p in key.places)):
        return None  # «وقال مصدر لتلفزيون الأهوار», "Mosul TV reported": the outlet, not the event's place
    if (key.guard is not None and key.guard.reject_prev.search(prev) and prev not in key.guard.allow_prev
            and not any(w in names or "ال" + w in names for w in proclitic_variants(prev))):
        return None  # a definite adjective (المملكة الأردنية الهاشمية), unless a list of places
    places = key.places
    country = rules.country_adjectives.get(following)
    if country is not None:  # «مدينة الإسكندرية المصرية»: the adjective says the place's country
        places = tuple(p for p in places if p.country == country)
        if not places:
            return None
    types = glued_types or _designated_types(rules, key, prev, following)
    confidence = 0.95 if key.letters >= 5 else 0.9 if key.letters == 4 else 0.8
    pending = False
    if key.rule is None and _minor(key.places) and not (
            types or _in(prev, rules.locatives) or _in(prev, rules.facility_heads)
            or following in rules.directions_after):
        pending = True  # a small GeoNames place with no context of its own: only in a list of places
    if key.lang == "en" and key.letters <= 4:
        confidence = 0.8
    if prefix and not key.primary and key.letters <= 3 and "ال" + key.name in names:
        return None  # clitic + a short article-less variant is a word: فرقة, ورقة ≠ ف/و + رقة (الرقة)
    if not key.primary and key.letters <= 4 and not any(_important(p) for p in key.places):
        # Short spellings known only as variants (often GeoNames transliterations) need context.
        context = types or _in(prev, rules.locatives) or _in(prev, rules.facility_heads) \
            or prev in rules.variant_locatives \
            or following in rules.directions_after or prefix[-1:] in ("ب", "ل") or key.lil
        confidence = 0.75 if context else 0.45
    rule = key.rule
    if rule is not None:
        a, b = n.span(start, end)
        if rule.reject_written and light_normalize(n.original[a:b]) in rule.reject_written:
            return None
        sited = bool(types) or _in(prev, rules.facility_heads)  # قضاء القائم على الحدود: the place
        if not sited and _in(prev, rule.reject_prev):
            return None
        if following in rule.outlet_next and _outlet_name(n.original, *n.span(token_start, tail)):
            return None  # «بغداد اليوم - ديالى», «قال لـ"بغداد اليوم"»: the outlet Baghdad Today, not the city
        if not types and following in rule.reject_next:
            return None  # «أطراف الحي العسكري»: the adjective after it, whatever stands before (not قضاء)
        if rule.reject_prev_regex is not None and prev and rule.reject_prev_regex.search(prev):
            return None
        if rule.reject_window and not sited and any(
                _in(w, rule.reject_window) for w in _WORD_RE.findall(text, max(0, token_start - 60),
                                                                     token_start)[-4:]):
            return None
        if rule.needs_context:
            # a locative word before; a proclitic ب/ل is not enough (للشعب "for the people",
            # بالجزيرة "on Al Jazeera", أصيب بالصدر "hit in the chest")
            locative = rule.locative_enough and _in(prev, rules.locatives) and not (
                following.startswith("ال") and following not in rules.directions_after)
            if not (types or locative or glued or _in(prev, rule.accept_prev)
                    or following in rule.accept_next or _in(prev, rules.facility_heads)
                    or following in rules.directions_after):
                if not rule.locative_enough:
                    return None
                pending = True
            confidence = min(confidence, 0.85)
        elif _in(prev, rule.accept_prev):
            confidence = max(confidence, 0.9)
        if rule.accept_types and not types and (_in(prev, rule.accept_prev) or following in rule.accept_next):
            types = rule.accept_types  # قيادة عمليات الجزيرة: the Jazira area, not a town
    if glued:
        confidence -= 0.1
    clitic = "ل" + prefix if key.lil else prefix
    return Candidate(token_start, end, start + (1 if key.lil else 0), key.name, key.lang, places,
                     min(confidence, 0.75) if pending else confidence, types, clitic, pending)


def exact_candidates(n: Normalized, index: NameIndex) -> list[Candidate]:
    """Every accepted exact occurrence of an indexed name (overlaps included)."""
    keys, rules, text = index.keys, index.rules, n.text
    made, size, glue_min = keys.made, len(text), rules.glue_min_letters
    found = []
    for last, kid in index.automaton.iter(text):
        key = made[kid] or keys[kid]  # (made when first hit: see NameKeys)
        # fast rejections of hits inside longer words (the common case), before the full judgement
        if last + 1 < size and text[last + 1].isalpha() and (key.lang == "en" or key.letters < glue_min):
            continue
        start = last + 1 - len(key.key)
        if key.lang == "en" and start > 0 and text[start - 1].isalpha():
            continue
        cand = _judge(n, key, start, last + 1, rules, index.exact_names)
        if cand is not None:
            found.append(cand)
    return found


def _in_list(text: str, cand: Candidate, taken: list[Candidate]) -> bool:
    """Whether ``cand`` is coordinated with a taken mention (X وY, X، Y)."""
    before = max((t for t in taken if t.end <= cand.start), key=lambda t: t.end, default=None)
    after = min((t for t in taken if t.start >= cand.end), key=lambda t: t.start, default=None)
    if before is not None:
        gap = text[before.end:cand.start]
        if gap.strip(" ,") == "" and ("," in gap or cand.clitic.startswith("و")):
            return True
    if after is not None:
        gap = text[cand.end:after.start]
        if gap.strip(" ,") == "" and ("," in gap or after.clitic.startswith("و")):
            return True
    return False


def select(candidates: list[Candidate], text: str = "") -> list[Candidate]:
    """Non-overlapping candidates, longest name first (a site beats its city), sorted by start.

    Pending candidates (names that need context) are added last, and only inside a list of
    places taken already.

    Examples
    --------
    >>> a = Candidate(0, 10, 0, "مطار بغداد", "ar", (), 0.9)
    >>> b = Candidate(5, 10, 5, "بغداد", "ar", (), 0.9)
    >>> [c.name for c in select([b, a])]
    ['مطار بغداد']
    """
    ranked = sorted(candidates, key=lambda c: (c.pending, -len(c.name), -c.confidence, c.start))
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for cand in ranked:
        span = range(cand.start, cand.end)
        if any(i in occupied for i in span):
            continue
        if cand.pending and not _in_list(text, cand, taken):
            continue
        occupied.update(span)
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def find_places(text: str, gazetteer: Gazetteer | None = None, *,
                min_confidence: float = 0.5) -> list[PlaceMention]:
    """Place mentions in an Arabic or English text, sorted by start, never overlapping.

    ``text[m.start:m.end] == m.surface`` for every mention; the surface keeps proclitics
    (بالأنبار) but not designators (محافظة) or glued words (مخمورشمال → مخمور).

    Parameters
    ----------
    text : the article text.
    gazetteer : the places to look for; ``None`` means :func:`geo.loader.default_gazetteer`.
    min_confidence : mentions below this confidence (fuzzy, short or ambiguous names) are dropped.

    Examples
    --------
    >>> from geo.model import Place
    >>> g = Gazetteer([Place("iq.anbar", "Anbar", "الأنبار", "governorate", "IQ", "Anbar", None,
    ...                      33.42, 43.31)])
    >>> [(m.surface, m.place.name_en) for m in find_places("انفجار وبالأنبار والعراقي", g)]
    [('وبالأنبار', 'Anbar')]
    """
    if gazetteer is None:
        from geo.loader import default_gazetteer

        gazetteer = default_gazetteer()
    index = get_index(gazetteer)
    n = normalize_for_matching(text)
    candidates = exact_candidates(n, index)
    candidates += fuzzy_candidates(n, index, candidates)
    chosen = select(candidates, n.text)
    mentions = []
    for cand, place, confidence in resolve(n.text, chosen):
        if confidence < min_confidence:
            continue
        a, b = n.span(cand.start, cand.end)
        if index.rules.senses:
            place = _reading(index.rules, gazetteer, n.text, text[a:b], cand.start, cand.end, place)
            if place is None:
                continue  # "the capital" with no country's words around: no place
        mentions.append(PlaceMention(text[a:b], a, b, place, round(confidence, 3)))
    return mentions


def _reading(rules: Rules, gazetteer: Gazetteer, text: str, written: str, start: int, end: int,
             place: Place) -> Place | None:
    """The place a shared name stands for here (``senses``): marks on the written name, then the
    word before it, then the words around it; the resolver's choice when none of them speaks, or
    None (no place) when the sense needs its context to speak.

    Examples
    --------
    >>> from geo.loader import default_gazetteer
    >>> [m.place.name_en for m in find_places("اتفقت إيران مع عمان على حصص مياه مضيق هرمز.")]
    ['Iran', 'Oman']
    >>> [m.place.name_en for m in find_places("وصل الوزير إلى عمان والتقى نظيره الأردني.")]
    ['Amman']
    """
    name = text[start:end]
    sense = rules.senses.get((name, "en")) or next(
        (found for cut in range(3) if (found := rules.senses.get((name[cut:], "ar"))) is not None
         and (cut == 0 or name[:cut] in _PROCLITIC_PREFIXES)), None)
    if sense is None:
        return place
    marks = set(written)
    prev = text[:start].split()[-1:] or [""]
    around = text[max(0, start - sense.window):end + sense.window]
    decided = next((r for r in sense.readings if r.marks & marks), None) or next(
        (r for r in sense.readings if prev[0] in r.prev), None)
    if decided is None:
        hits = [(sum(w in around for w in r.context), r) for r in sense.readings]
        best = max(h for h, _r in hits)
        winners = [r for h, r in hits if h == best]
        decided = winners[0] if best and len(winners) == 1 else None
    if decided is None and sense.needs_context:
        return None
    chosen = gazetteer.get(decided.place_id) if decided else None
    return chosen if chosen is not None and chosen.name_en != place.name_en else place


_PROCLITIC_PREFIXES = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك"})
