"""The passes over one article's drafts: `merge_drafts` and what it runs before and after the pairwise merge.

`extract.merging` says whether two drafts are one event (`_mergeable`, the pairwise rules) and joins them
(`_combine`); this module decides which drafts are asked, in what order: the repeated pass over pairs
(`_merge_pass`), a flash post's drafts (`_flash_retold`, `_flash_combine`), a summary that yields to its items
(`_itemise`), an attack placed at the scene of one told before (`_placed_at_the_scene`), accounts of one record
(`_same_record`) and a condemnation of a told event (`_condemned_record`). A new pairwise rule belongs in
`extract.merging`; a new pass, or a rule only one pass asks, here.
"""

from __future__ import annotations

from dataclasses import replace

from extract.drafts import _ACCOUNTS, _VIOLENT, DraftFacts, _Draft, _same_sentence, _sentences
from extract.merge_days import _days_apart, _told_earlier, _untold_days_apart
from extract.merge_places import _km, _own_word, _province, _province_by_capital
from extract.merge_rules import (
    _HAND_MEANS,
    _TOLL_KINDS,
    SCENE_SENTENCES,
    _attack_at_the_scene,
    _country_lead,
    _country_retold,
    _killed_by_title_strike,
    _nth_of_kind,
    _retold,
    _says_another_after,
    _separate_crowds,
)
from extract.merging import (
    _PLACE_FIELDS,
    _combine,
    _mergeable,
)
from extract.model import Incident

FLASH_CHARS = 700  # a flash post: a headline and a lead of one to four sentences (tgaudit6 audit: median 353)
FLASH_KM = 15.0  # places of one flash a few km apart (the Green Zone and al-Mansour, Sinjar and Sinuni)
#: How specific a feature type is: a governorate holds a district, a district a city, a city its sites.
_SPECIFIC = {"country": 0, "region": 0, "governorate": 0, "district": 1, "subdistrict": 2, "area": 2,
             "city": 3, "town": 4}


def _flash_kind(x: Incident, y: Incident) -> tuple[str, str] | None:
    """The kind of one event told as ``x`` and as ``y`` in a flash post, or None when the kinds are
    two events: a fight and the grenade, bomb or strike it was (the means decide), an assassination
    told as a clash, houses burned in the fight, a bare «تفجير» and the strike it was. An air strike
    beside a fight is mostly the response to it: two events."""
    kinds = {(x.event_type, x.sub_event_type), (y.event_type, y.sub_event_type)}
    if len(kinds) == 1:
        return kinds.pop()
    subs = {k[1] for k in kinds}
    means = [k for k in kinds if k[0] == "Explosions/Remote violence"]
    if "Armed clash" in subs and len(means) == 1 and means[0][1] in _HAND_MEANS:
        return means[0]  # «استهدف مسلحون منزلاً بالقنابل اليدوية»: the grenades were the attack
    if "Armed clash" in subs and len(means) == 1 and means[0][1] == "Shelling/artillery/missile attack":
        return ("Battles", "Armed clash")  # «نزاع عشائري استخدمت فيه الهاونات»: the mortars were the fight's
    if subs == {"Armed clash", "Attack"} and any(DraftFacts.of(i).tells_assassination_flash for i in (x, y)):
        return ("Violence against civilians", "Attack")
    if "Looting/property destruction" in subs:
        other = next(k for k in kinds if k[1] != "Looting/property destruction")
        return other if other[0] in _VIOLENT | {"Riots"} else None
    if subs == {"Remote explosive/landmine/IED", "Suicide bomb"}:
        # «انفجار سيارة مفخخة في الأنبار» over «سيارة مفخخة يقودها انتحاري استهدفت مقراً للشرطة»: the car
        # bomb had a driver, one suicide attack; a car bomb in Sadr City and a suicide bomber at a
        # checkpoint in Kadhimiya, each at its own place below the governorate, are two attacks
        if x.place_id != y.place_id and 3 not in (x.geo_precision, y.geo_precision):
            return None
        return ("Explosions/Remote violence", "Suicide bomb")
    blast = [i for i in (x, y) if i.sub_event_type == "Remote explosive/landmine/IED"
             and DraftFacts.of(i).bare_blast]
    if len(means) == 2 and blast:
        return next(k for k in kinds if k[1] != "Remote explosive/landmine/IED")
    return None


def _lead_province(d: _Draft) -> bool:
    """Placed only at the lead's governorate, with no place of its own («وأسفرت العملية عن اعتقال ...»)."""
    return not d.placed and not d.dateline and d.incident.geo_precision == 3


def _holds_place(a: _Draft, b: _Draft) -> bool:
    """Whether the two places are one, hold one another or lie a few km apart in one governorate."""
    x, y = a.incident, b.incident
    if x.place_id == y.place_id:
        return True
    if x.country != y.country or x.admin1 is None or x.admin1 != y.admin1:
        return False
    if _lead_province(a) or _lead_province(b):
        return True
    # A governorate named in the account's own words ("in an operation in Anbar") may be another event
    # than the one at a town of it, even at the town its point stands for: `_rough_and_exact` decides.
    return not (_province(a) or _province(b)) and _km(x, y) <= FLASH_KM


def _flash_retold(a: _Draft, b: _Draft) -> bool:
    """One event told twice in a flash post (a headline or summary sentence and the lead's account):
    compatible kinds, both placed at places that hold one another, days that do not differ (two days its
    own words name, «أمس» and «اليوم», are two), and no
    word saying the second is another event (tgaudit6 audit, issue 8)."""
    x, y = a.incident, b.incident
    if a.locates or b.locates:
        return False  # «ووقع الهجوم في ...» places the event just told, by `_mergeable`'s rule
    if (a.site and b.site and x.place_id != y.place_id and not (
            a.headline or b.headline or a.vague or b.vague)) or (
            _same_sentence(a, b) and x.place_id != y.place_id and a.facts.pair):
        return False  # a city's blasts told one by one at its neighbourhoods (not "near the Green Zone"), «الأول ... والثاني»
    return (a.placed or _lead_province(a)) and (b.placed or _lead_province(b)) and (a.placed or b.placed) and \
        not (a.chain is not None and a.chain == b.chain) and \
        _flash_kind(x, y) is not None and _holds_place(a, b) and \
        not (_days_apart(a, b) or (x.event_date and y.event_date and a.dated and b.dated and x.event_date != y.event_date)) and \
        not any(d.facts.another or d.facts.nth
                for d in (a, b))


def _flash_combine(a: _Draft, b: _Draft) -> _Draft:
    """`_combine`, then the kind the means decide, the most specific place and the highest toll."""
    joined = _combine(a, b)
    x, y = a.incident, b.incident
    fields = dict(zip(("event_type", "sub_event_type"), _flash_kind(x, y), strict=True))

    def rank(d: _Draft) -> tuple:
        province = _province_by_capital(d, b if d is a else a)  # «قريتين في دهوك» beside «قضاء العمادية»
        return (not _lead_province(d), 0 if province else _SPECIFIC.get(d.feature, 5),
                -3 if province else -(d.incident.geo_precision or 3))

    best = max((a, b), key=rank)
    if rank(best) != rank(a if best is b else b):
        fields |= {k: getattr(best.incident, k) for k in _PLACE_FIELDS}
    for field in ("fatalities", "injuries"):
        counts = [c for c in (getattr(x, field), getattr(y, field)) if c is not None]
        if counts:
            fields[field] = max(counts)
    feature = best.feature if "place_id" in fields else joined.feature
    return replace(joined, incident=replace(joined.incident, **fields), feature=feature,
                   vague=joined.vague and not (best.placed and not best.vague and "place_id" in fields))


UMBRELLA_KM = 30.0  # how far from a city's point its neighbourhoods' itemised accounts may lie


def _items(summary: _Draft, drafts: list[_Draft]) -> list[int]:
    """The drafts that ``summary`` sums up at a city level («وقع عدد من التفجيرات في بغداد», "Three
    bombs hit Baghdad"): the same kind of event told after it, each with its own word, at two or more
    other places of that city (its neighbourhoods and districts; a pair told «أحدهما ... والآخر ...»
    anywhere in its governorate). Empty when there are fewer."""
    x = summary.incident
    if not summary.placed or summary.site or not summary.facts.sums_up:
        return []
    found = [k for k, d in enumerate(drafts)
             if d.placed and _own_word(d) and not d.locates and d.sentence_index > summary.sentence_index
             and d.incident.event_type == x.event_type and d.incident.place_id != x.place_id
             and d.incident.admin1 == x.admin1 and (_km(x, d.incident) <= UMBRELLA_KM or d.facts.pair)
             and not (d.dated and _days_apart(summary, d))]
    return found if len({drafts[k].incident.place_id for k in found}) >= 2 else []


def _itemise(drafts: list[_Draft]) -> list[_Draft]:
    """A city-level summary yields to the neighbourhoods' accounts told after it: ACLED codes one event
    per neighbourhood. The items are sites of the city, and those without a time of their own
    happened when the summary says."""
    drafts = list(drafts)
    for summary in list(drafts):
        items = _items(summary, drafts)
        if not items:
            continue
        x = summary.incident
        for k in items:
            d = drafts[k]
            if not (d.dated or d.weak_dated) and summary.dated and x.event_date:
                d = replace(d, incident=replace(d.incident, event_date=x.event_date, time_precision=x.time_precision),
                            dated=True)
            drafts[k] = replace(d, site=True)
        drafts = [d for d in drafts if d is not summary]
    return drafts


def _placed_at_the_scene(drafts: list[_Draft]) -> list[_Draft]:
    """An attack told at the scene of the violent event told just before it, on the force sent there ("Afterward, a
    police force arrived at the scene, but the militants opened fire on them and wounded four policemen", «وعند وصول
    قوة من الشرطة إلى مكان الحادث، اندلع اشتباك مسلح مع المهاجمين»), which joined nothing: a second event, at that
    event's place and, with no day of its own, on its day. It named no place of its own and was dropped as a back
    reference, the clash after the bombing lost (split10 audit, issue 8)."""
    out = []
    for d in drafts:
        x = d.incident
        if not (d.placed or d.merged or d.generic or d.headline) and x.event_type in _VIOLENT and d.facts.at_scene:
            def gap(p: _Draft, d: _Draft = d) -> int:  # sentences from the nearest of its accounts told before this one
                return min((d.sentence_index - i for i in _sentences(p) if i < d.sentence_index),
                           default=SCENE_SENTENCES + 1)
            told = [p for p in drafts if p.placed and not p.headline and p.incident.event_type in _VIOLENT and
                    p.incident.country == x.country and gap(p) <= SCENE_SENTENCES]
            if told:
                event = min(told, key=lambda p: (gap(p), p.incident.geo_precision or 3)).incident
                fields = {k: getattr(event, k) for k in _PLACE_FIELDS}
                if not (d.dated or d.weak_dated) and event.event_date is not None:
                    fields |= {"event_date": event.event_date, "time_precision": event.time_precision}
                d = replace(d, incident=replace(x, **fields), placed=True)
        out.append(d)
    return out


def merge_drafts(drafts: list[_Draft], *, flash: bool = False) -> list[_Draft]:
    """Merge drafts that report one event (within one article); placed ones absorb unplaced ones.
    In a ``flash`` post (a headline and a short lead) accounts of compatible kinds at places that hold
    one another on the same day are one event too (`_flash_retold`)."""
    drafts = _itemise(drafts)
    merged = _merge_pass(drafts, _mergeable)
    # A second pass for retold events: two accounts may become one only once a detail joined one of
    # them (a death typed by its means is then the same kind as the explosion told paragraphs on).
    merged = _merge_pass(merged, lambda a, b: a.incident.country == b.incident.country
                         and (_retold(a, b) or _country_retold(a, b) or _country_lead(a, b)
                              or _killed_by_title_strike(a, b) or _killed_by_title_strike(b, a))
                         and not _told_apart(a, b)
                         and not _untold_days_apart(a, b)
                         and not _separate_crowds(a, b)
                         and not (a.chain is not None and a.chain == b.chain))
    if flash:
        merged = _merge_pass(merged, lambda a, b: _flash_retold(a, b) and not _untold_days_apart(a, b)
                             and not (_attack_at_the_scene(a, b) or _attack_at_the_scene(b, a)), _flash_combine)
    merged = _placed_at_the_scene(merged)
    merged = _merge_pass(merged, _same_record)
    merged = _merge_pass(merged, _within_record)
    merged = _merge_pass(merged, _condemned_record, _combine_condemned)
    _ACCOUNTS.clear()  # (the drafts keep their records; the next article's texts are others)
    return sorted(merged, key=lambda d: (d.incident.evidence_start, d.incident.admin1 or ""))


def _told_apart(a: _Draft, b: _Draft) -> bool:
    """Whether the report tells the two accounts as two events: the later says it is another attack
    (`_says_another_after`), one is an earlier event told beside today's (`_told_earlier`), or one numbers itself
    among its kind after the other (`_nth_of_kind`)."""
    return _says_another_after(a, b) or _told_earlier(a, b) or _nth_of_kind(a, b) or _nth_of_kind(b, a)


def _one_day_of_kind(x: Incident, y: Incident) -> bool:
    """Whether two incidents are of one type on one known day in one country, neither a recalled old event."""
    return x.event_type == y.event_type and x.event_date is not None and x.event_date == y.event_date and \
        x.country == y.country and not x.historical and not y.historical


def _same_record(a: _Draft, b: _Draft) -> bool:
    """Whether two accounts that every earlier test kept apart came out as one ACLED record: the same type, place
    and day (ACLED's event unit), the sub-types possibly different for violence and crowds ("Rockets hit the
    base" in the headline, "a drone was destroyed in the attack" further on) but not for Strategic developments
    (an operation and the weapons it seized are two), nor two kinds one sentence tells («انفجرت عبوة ناسفة في
    الطارمية، فيما سقطت قذيفة هاون على العظيم»: two events). Not accounts the report tells apart (`_told_apart`),
    nor an attack at the scene of the event before it (`_placed_at_the_scene`). On 1,199 real reports of earlier
    audits it joined 26 reports' pairs, most one event told twice (a few two attacks at one city the same day,
    which ACLED would code as one row too); on the blind sets it removed three spurious incidents and lost none
    (issue 8, lead, session 10)."""
    x, y = a.incident, b.incident
    return (_one_day_of_kind(x, y) and x.location == y.location
            and (x.sub_event_type == y.sub_event_type or (x.event_type in _TOLL_KINDS and not _same_sentence(a, b)))
            and not _told_apart(a, b) and not (a.facts.at_scene or b.facts.at_scene))


def _within_record(a: _Draft, b: _Draft) -> bool:
    """Whether two accounts of one type, sub-type and day, both placed by their own text, one only at a governorate
    (or as vaguely: "north of Baghdad") and the other at a place in that governorate, are one event told at two
    precisions: a lead's «في محافظة ديالى» and the body's «غربي بحيرة حمرين». ACLED codes it once, at the most
    specific place. Not two accounts one sentence tells, nor the report's fallback or dateline place, nor accounts
    the report tells apart (`_told_apart`) or an attack at the scene of the event before it (issue 8, split
    duplicate; lead, session 10: on 1,199 real reports of earlier audits 2 reports change, each a
    governorate-level lead joining the body's placed account of the same bombing; the blind sets unchanged)."""
    x, y = a.incident, b.incident
    if not (_one_day_of_kind(x, y) and x.admin1 and x.admin1 == y.admin1 and x.sub_event_type == y.sub_event_type):
        return False
    if not (a.placed and b.placed) or a.dateline or b.dateline:  # the report's fallback or filing place: not told
        return False
    coarse = [d for d in (a, b) if (d.incident.geo_precision or 3) >= 3 or d.feature == "governorate"]
    if len(coarse) != 1:
        return False
    return not _told_apart(a, b) and not (a.facts.at_scene or b.facts.at_scene) and not _same_sentence(a, b)


CONDEMN_DAYS = 2  # how many days after the event its condemnation may be dated (the statement's day)


def _condemned_of(told: _Draft, event: _Draft) -> bool:
    """Whether ``told``, a condemnation's account, names ``event``: an account of violence, not itself a
    condemnation's, at the same place in the same country, told in a sentence of its own, dated the same day or the
    day or two before (a statement condemns an event after it), and not told apart by the report."""
    x, y = told.incident, event.incident
    if not (told.facts.condemnation and not event.facts.condemnation):
        return False
    if not (x.event_type in _VIOLENT and y.event_type in _VIOLENT and x.country == y.country) or \
            x.historical or y.historical or _same_sentence(told, event) or told.chain is not None:
        return False
    if not (x.place_id is not None and x.place_id == y.place_id):
        return False
    if x.event_date is not None and y.event_date is not None and \
            not 0 <= (x.event_date - y.event_date).days <= CONDEMN_DAYS:
        return False
    return not _told_apart(told, event)


def _condemned_record(a: _Draft, b: _Draft) -> bool:
    """Whether one of the two accounts is a condemnation of the event the other tells: «أدان رئيس الإقليم الهجوم
    الإرهابي على مطار أربيل» and, paragraphs on, «طائرة مسيرة مفخخة استهدفت مطار أربيل». ACLED codes the event
    once; a condemnation is talk about it, whatever kind its generic word ("terrorist attack") was typed
    (`_condemned_of`; prec11 audit, issue 8: the strike and its condemnation coded twice)."""
    return _condemned_of(a, b) or _condemned_of(b, a)


def _combine_condemned(a: _Draft, b: _Draft) -> _Draft:
    """The event told as news absorbs the condemnation of it: its kind, place and day stay; the condemnation may
    lend the toll it names."""
    event, told = (b, a) if _condemned_of(a, b) else (a, b)
    return _combine(event, replace(told, placed=False, dated=False, weak_dated=False, headline=True, locates=False,
                                   vague=False))


def _merge_pass(drafts: list[_Draft], mergeable, combine=_combine) -> list[_Draft]:
    merged: list[_Draft] = []
    # Placed drafts first, so that an unplaced one joins the nearest placed event of its kind.
    for draft in sorted(drafts, key=lambda d: (not d.placed, d.sentence_index)):
        # It joins the nearest event it may join (the first of the nearest): asked nearest first, the
        # first yes is that one (``mergeable`` reads and changes nothing, so the others need not be asked).
        nearest = sorted(range(len(merged)), key=lambda i: abs(merged[i].sentence_index - draft.sentence_index))
        i = next((i for i in nearest if mergeable(merged[i], draft)), None)
        if i is not None:
            merged[i] = combine(merged[i], draft)
        else:
            merged.append(draft)
    return merged
