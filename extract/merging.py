"""Merge the drafts of one article that report one event (a headline and the body's account,
the sentences adding the toll, an interception and its attack, a protest and its dispersal).

A draft (`_Draft`, :mod:`extract.drafts`) is one account of an event; `merge_drafts` (:mod:`extract.merge_pass`,
the passes over an article's drafts) asks pairs of them whether they are one event (`_mergeable` here and the
pairwise rules it asks, `_retold` ...) and joins them (`_combine`). What a rule reads of ONE account (its
sentences, whether its sentence says it is another event, tells a risen toll, opens with a day of its own ...) is
a fact of the draft, `DraftFacts` in :mod:`extract.drafts`, read at most once per draft however many pairs ask it:
a pairwise rule reads ``d.facts.<fact>``, and a new fact is one property of `DraftFacts` (with the patterns only
it reads, there). What depends on the two accounts together (their distance, their days, one sentence) stays in
the pairwise rules here.
"""

from __future__ import annotations

import math
from dataclasses import replace

from extract.drafts import _KILLINGS, _VIOLENT, _Draft, _first, _same_sentence, _sentences

#: Moved to extract.drafts with DraftFacts, and still importable from here.
from extract.drafts import CLAIM_CHARS as CLAIM_CHARS
from extract.drafts import CONDEMN_CHARS as CONDEMN_CHARS
from extract.drafts import OPENING_CHARS as OPENING_CHARS
from extract.drafts import RANGE_CHARS as RANGE_CHARS
from extract.drafts import RECAP as RECAP
from extract.drafts import DraftFacts as DraftFacts
from extract.merge_days import (
    _apart,
    _days_apart,
    _days_of_a_wave,
    _earlier_day,
    _earlier_month,
    _recalled,
    _told_earlier,
    _untold_days_apart,
)
from extract.merge_places import (
    MERGE_KM,
    _city_and_site,
    _country_only,
    _finer,
    _holds,
    _km,
    _other_governorate,
    _province,
    _province_by_capital,
    _rough_and_exact,
    _same_site,
    _sitelike,
    _two_districts,
    _two_sites,
    _two_tolls,
)
from extract.model import Incident
from extract.numbers import count_casualties

#: A den destroyed told bare («تدمير مخبأ») and as the air arm's strike: one air strike.
_DEN_FROM_AIR = frozenset({"Disrupted weapons use", "Air/drone strike"})
#: A burning told bare («إحراق مقر») and as protesters' work («أقدم محتجون على إحراق مقر»): one riot.
_BURNING = frozenset({"Looting/property destruction", "Violent demonstration"})
_SEVERITY = ("Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
             "Excessive force against protesters")
MERGE_SENTENCES = 3
RETOLD_SENTENCES = 6  # a weapon named again with the article points back this far («الصاروخ أطلق من ...»)
INTERCEPT_KM = 100.0  # an interception this far from the attack is another event
INTERCEPT_SITE_KM = 10.0  # an interception placed at another site than the attack ("another rocket at Camp Taji")
SAME_SITE_KM = 1.0  # a town and its district share a point: one site
#: A bomb and a suicide bomber told in two sentences at one site are one bombing, a suicide bombing.
_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
APART_KM = 150.0  # two placed accounts this far apart are two events, even a headline and its body
#: Places that are one site among others of a city or a district: a neighbourhood, a village (two
#: roadside bombs told one by one in two villages west and south-west of Baquba are two events).
SITE_TYPES = frozenset({"neighborhood", "village"})
_FIGHTS = frozenset({"Battles", "Riots"})  # arrests in their sentence end them


def _struck(d: _Draft) -> bool:
    """Whether any account merged into ``d`` says the attack got through (or is not English)."""
    if d.struck is not None:
        return d.struck
    evidence, x = d.incident.evidence or "", d.incident
    return not evidence or bool(x.fatalities or x.injuries) or d.facts.struck


TOLL_UPDATE_SENTENCES = 4  # how far after the event a toll update may be told


def _toll_update_of(later: _Draft, earlier: _Draft) -> bool:
    """``later`` tells the risen toll of ``earlier``, a violent event told before it: one event, whatever
    word the update names it by («حصيلة ضحايا القصف», "the death toll from the attack")."""
    x, y = later.incident, earlier.incident
    return 0 < later.sentence_index - earlier.sentence_index <= TOLL_UPDATE_SENTENCES and \
        (later.facts.toll_rose or later.facts.of_wounds) and not earlier.facts.toll_rose and \
        not earlier.facts.of_wounds and \
        {x.event_type, y.event_type} <= _VIOLENT and (not (later.placed and earlier.placed) or (
            x.admin1 == y.admin1 and (_km(x, y) <= MERGE_KM or later.vague or earlier.vague))) and \
        not _days_apart(later, earlier, own="text") and \
        not _two_sites(later, earlier)  # «حصيلة تفجير ... في الشعلة بلغت»: the toll of another site's blast
    # (a toll told for the governorate, «حصيلة التفجير في محافظة صلاح الدين ارتفعت», is placed at its point, far from
    # the town: the governorate holds the event, whatever the distance: review9 probes)


def _other_account_of(later: _Draft, earlier: _Draft) -> bool:
    """``later`` is another source's count or a first report of ``earlier``, a violent event told before it
    ('a physician at the Balad hospital provided a higher death toll', 'the security service initially said
    three rockets had hit near the airport'; cue class ``other_account``): one event, wherever the account's
    source places it (dup8 audit, issue 8) — unless it says it is another event, or tells another day."""
    x, y = later.incident, earlier.incident
    return later.sentence_index > earlier.sentence_index and _gap(later, earlier) <= TOLL_UPDATE_SENTENCES and \
        {x.event_type, y.event_type} <= _VIOLENT and x.country == y.country and \
        later.facts.other_account and not later.facts.another and \
        not _days_apart(later, earlier, own="text")


def _second_source_of(later: _Draft, earlier: _Draft) -> bool:
    """``later`` is the violent event told just before at the same site by a second or another source («كما نقلت
    الوكالة عن مصدر أمني عراقي ثانٍ أن القاعدة استُهدفت بـ3 صواريخ وطائرة مسيرة»; cue class ``second_source``):
    one event, whatever weapons each voice names (prec9 audit, issue 8) — unless it says it is another event, lies elsewhere, or tells another day."""
    x, y = later.incident, earlier.incident
    return later.sentence_index > earlier.sentence_index and _gap(later, earlier) <= TOLL_UPDATE_SENTENCES and \
        later.placed and earlier.placed and x.place_id is not None and (
            x.place_id == y.place_id or _km(x, y) <= SAME_SITE_KM) and \
        {x.event_type, y.event_type} <= _VIOLENT and \
        later.facts.second_source and not later.facts.another and \
        not _days_apart(later, earlier, own="text")


def _arrests_in_fight(x: Incident, y: Incident) -> bool:
    return {x.sub_event_type, y.sub_event_type} & {"Arrests"} != set() and bool(
        {x.event_type, y.event_type} & _FIGHTS)


def _arrest_under_fire(d: _Draft) -> bool:
    """Whether the arrest's own sentence tells fire or a wound (:data:`_UNDER_FIRE`), or dead or wounded of its own (a
    headline «مقتل جنديين بهجوم لداعش ... والقبض على "والي" الحويجة» before the body's clash): an arrest told in the
    sentence next to a fight at the same place is made in that fight only so; 'Police arrested five suspects in the
    city the same day' is a sweep of its own (review10 near miss of 2d6cc63)."""
    return bool(d.incident.fatalities or d.incident.injuries or d.facts.under_fire)


#: How many sentences apart an arrest and the fight it was made in may be told (the lead's clash "that ended with his
#: arrest", its toll and its source, then the arrest of him and his wounded brother).
ARREST_FIGHT_SENTENCES = 3


def _arrest_of_fight(a: _Draft, b: _Draft) -> bool:
    """Whether an arrest and a fight (Battles, Riots) told in sentences of their own are one event, the fight: at one
    place on one day, at most :data:`ARREST_FIGHT_SENTENCES` apart, and one of them names the other — the arrest's
    sentence tells fire or a wound (:func:`_arrest_under_fire`; type10, adjacent sentences only), or, the fight an
    armed clash (not an area retaken, where men are captured after the fight), the fight's
    sentence names the arrest it was fought over (:func:`_seeks_arrest`), or the fight already holds an arrest made in
    it (``took_arrest``: the video of the moment of that arrest, told two sentences on; type11 audit, issue 8). The
    sentences are counted from the nearest of each one's merged sentences. ACLED codes an arrest
    met by armed resistance as the armed clash. An arrest said to be another (``another_event``) stays apart, as does
    'Police arrested five suspects in the city the same day' beside a clash that names no arrest (review10)."""
    x, y = a.incident, b.incident
    if not _arrests_in_fight(x, y) or not _same_site(a, b) or _days_apart(a, b, own="text"):
        return False
    arrest, fight = (a, b) if x.sub_event_type == "Arrests" else (b, a)
    if abs(a.sentence_index - b.sentence_index) == 1 and _arrest_under_fire(arrest):
        return True
    if fight.incident.sub_event_type != "Armed clash":
        return False  # an area retaken and the men captured there are two events
    return 1 <= _gap(a, b) <= ARREST_FIGHT_SENTENCES and not arrest.facts.another and (
        fight.took_arrest or fight.facts.arrest_sought)


PROTESTERS_HELD_SENTENCES = 3  # how far from its demonstration the arrest of its protesters is told


def _protesters_arrested_at(arrests: _Draft, crowd: _Draft) -> bool:
    """Whether ``arrests`` (Strategic developments/Arrests) of protesters (its sentence names them) are the arrests of
    ``crowd``, a protest or a riot told at most :data:`PROTESTERS_HELD_SENTENCES` sentences from it at its place (or
    within :data:`MERGE_KM` in one governorate) on its day: ACLED codes arrests at a demonstration within its event (a
    protest with intervention, a riot), not as arrests of their own (type11 audit, step 7, issue 8). Not arrests told as
    another event or more than a day apart by their own texts."""
    x, y = arrests.incident, crowd.incident
    if x.sub_event_type != "Arrests" or y.event_type not in {"Protests", "Riots"} or \
            not 1 <= abs(arrests.sentence_index - crowd.sentence_index) <= PROTESTERS_HELD_SENTENCES or \
            _days_apart(arrests, crowd, own="text") or arrests.facts.another or not arrests.facts.protesters_held:
        return False
    return not (arrests.placed and crowd.placed) or x.place_id == y.place_id or (
        x.admin1 == y.admin1 and _km(x, y) <= MERGE_KM)


#: Means a killer brings to the victim; an air strike or shelling told after a killing is mostly a
#: response to it (the army's strikes on the attackers), another event.
_HAND_MEANS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _killing(d: _Draft) -> bool:
    """A death told with no means (مقتل صحفية, قتل وإصابة عشرات): how it happened may be told apart."""
    x = d.incident
    return x.event_type == "Violence against civilians" and x.sub_event_type == "Attack" and (
        d.role == "killing" or d.generic or d.facts.killing_word)


def _means_of(killing: _Draft, means: _Draft) -> bool:
    """Whether ``means`` (an explosion told a few sentences on, unplaced or at the same place, on a
    compatible day) is how the death ``killing`` reports happened: one event, typed by its means."""
    x, y = killing.incident, means.incident
    # ... and the drone an assassination was attempted with, told in its own sentence («نجا من محاولة اغتيال في
    # ساعات متأخرة من مساء السبت، بواسطة طائرة مسيرة مفخخة»): not a strike in response (prec9 audit)
    # (the attempt's word misspelt «إغتيال» too), at the site or at the city holding it («استهدفت مقر إقامته
    # بالمنطقة الخضراء في بغداد بطائرة مسيرة»)
    # ... and the attempt named back with no place or day of its own («تفاصيل محاولة اغتيال الكاظمي») after the drone
    # strike told as that attempt
    attempted = killing.facts.assassination
    flown = x.event_type == "Violence against civilians" and y.sub_event_type == "Air/drone strike" and attempted and (
        _same_sentence(killing, means) or (
            not (killing.placed or killing.dated or killing.weak_dated) and killing.sentence_index > means.sentence_index
            and means.facts.tells_assassination))
    # ... and the bomb of the lead, placed roughly (the governorate), an attempt on someone is told with after it at a
    # place that governorate holds («استهدفت عبوة ناسفة موكب قيادي في ديالى … ونجا القيادي من محاولة الاغتيال على الطريق
    # بين بعقوبة والمقدادية»: review9 probes)
    attempt = attempted and x.event_type == "Violence against civilians" and x.sub_event_type == "Attack" and \
        means.vague and means.sentence_index < killing.sentence_index and _holds(means, killing) and \
        not killing.facts.own_fire  # «أطلق مسلحون النار … في محاولة لاغتياله»: an attempt of its own
    if not (((_killing(killing) or attempt) and killing.placed) or flown) or not (y.sub_event_type in _HAND_MEANS or flown) \
            or means.generic or means.headline:
        return False
    if abs(killing.sentence_index - means.sentence_index) > MERGE_SENTENCES:
        return False
    if killing.placed and means.placed and x.place_id != y.place_id and not (flown and _city_and_site(killing, means)) \
            and not attempt:
        return False
    return not _days_apart(killing, means, own="text" if attempt else "")  # (the attempt's own day only)


#: The strikes a title may tell a killing by («مقتل مسؤول … بقصف تركي», "official killed in Turkish drone strike").
_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
TITLE_LEAD_SENTENCES = 2  # how far into the body the lead that tells the title's killing stands


def _killed_by_title_strike(killing: _Draft, strike: _Draft) -> bool:
    """Whether the lead's killing with no means of its own («قتل مسؤول كبير في جماعة مسلحة …، الأربعاء، بمنطقة سنجار»)
    is the killing the title tells by a strike («مقتل مسؤول كبير في "العمال الكردستاني" بقصف تركي»), the strike
    perhaps joined by the body's account of it: one event, typed by the strike (prec9 audit, issue 8). A strike told
    after a killing in the body alone is mostly a response to it (`_HAND_MEANS`); the title's is not."""
    x, y = killing.incident, strike.incident
    if not _killing(killing) or killing.headline or y.sub_event_type not in _STRIKES or strike.generic or strike.headline:
        return False  # (the title joined with the body's strike first: the second pass asks)
    if 0 not in _sentences(strike) or not 0 < killing.sentence_index <= TITLE_LEAD_SENTENCES:
        return False
    if not strike.facts.killing_before_word:
        return False  # the title tells the killing (before its strike word, where the strike's word is the title's)
    return (not (killing.placed and strike.placed) or x.admin1 == y.admin1) and not _days_apart(killing, strike) and \
        not killing.facts.another


def _toll_of_strike(killing: _Draft, strike: _Draft) -> bool:
    """Whether a death told one or two sentences after an air or drone strike at the same place, on a
    compatible day, whose own sentence says the victims were struck ("The official and his guard were killed
    when the car they were travelling in was struck"), is that strike's toll: one event, typed by the strike.
    A strike told *after* a killing is mostly a response to it (`_HAND_MEANS`), so only one told before."""
    x, y = killing.incident, strike.incident
    if y.sub_event_type != "Air/drone strike" or strike.generic or not killing.placed or killing.role != "killing":
        return False
    if x.event_type not in _KILLINGS or not 0 < killing.sentence_index - strike.sentence_index <= 2:
        return False
    if strike.placed and x.place_id != y.place_id and _km(x, y) > SAME_SITE_KM:
        return False
    if _days_apart(killing, strike):
        return False
    return killing.facts.struck_by


def _gap(a: _Draft, b: _Draft) -> int:
    """How many sentences lie between the nearest sentences of the two accounts: an event told in
    the lead and the three sentences after it is near the sentence that follows them."""
    return min(abs(i - j) for i in _sentences(a) for j in _sentences(b))


def _says_another_after(a: _Draft, b: _Draft) -> bool:
    """Whether the account told later (in a sentence of its own) says it is another event (`DraftFacts.another`),
    not only that it is the second of its kind (`_ORDINAL_WORD`)."""
    first_a, first_b = _first(a), _first(b)
    if first_a == first_b or _same_sentence(a, b):
        return False
    later = a if first_a > first_b else b
    return not later.headline and later.facts.another and later.facts.another_not_nth


def told_as_another(d: _Draft) -> bool:
    """Whether the account says it is another event than the ones told beside it, opening its sentence or beside its
    own event word («وفي هجوم مستقل، قتل اثنان من المارة بانفجار عبوتين ناسفتين قرب حسينية ...», 'Another bomb
    exploded outside the house of a militia leader in the town of ..., killing two'), with an event word and a toll
    of its own: a new event, not a back reference to one told, even where its sentence names no place the
    gazetteer knows and no date (split10 audit, issue 8: such accounts joined nothing and were dropped)."""
    x = d.incident
    return not d.generic and bool(x.fatalities or x.injuries) and (d.facts.opens_another or d.facts.another_of_kind) and \
        not d.facts.elsewhere


_CROWDS = frozenset({"Protests", "Riots"})
_TOLL_KINDS = _VIOLENT | _CROWDS


def _separate_crowds(a: _Draft, b: _Draft) -> bool:
    """Two crowd events told as two: on two days of a wave, or one saying it is another ("in a separate
    incident, protesters torched ...")."""
    return {a.incident.event_type, b.incident.event_type} <= _CROWDS and (
        _days_of_a_wave(a, b) or a.facts.another or b.facts.another)


def _same_toll(a: _Draft, b: _Draft) -> bool:
    """The same toll (two or more dead) at the same place, or at a city and a neighbourhood of it, told
    again later in the report ("security forces killed four protesters ... the clashes killed four",
    «تفجير انتحاري مزدوج في بغداد ... 32 قتيلاً» ... «الحصيلة النهائية لتفجيري باب الشرقي 32 قتيلاً»): one
    event, whatever word each uses, unless one account says it is another ("in a separate attack")."""
    x, y = a.incident, b.incident
    return a.placed and b.placed and x.place_id is not None and (x.place_id == y.place_id or _city_and_site(a, b)) and \
        (x.fatalities or 0) >= 2 and x.fatalities == y.fatalities and \
        {x.event_type, y.event_type} <= _TOLL_KINDS and \
        not _days_apart(a, b) and \
        not any(d.facts.another for d in (a, b))


def _country_lead(a: _Draft, b: _Draft) -> bool:
    """The title or lead placed only at the country, with no date of its own («مقتل 10 أشخاص بينهم مدنيون
    في هجوم لتنظيم داعش شمال العراق», "Three killed in attack in Iraq") and the body's account of a violent
    event at a place in it a few sentences on: one event, at the body's place — the title's killing too,
    which `_country_retold` leaves apart as a death that may be another event (dup8 audit, issue 8)."""
    rough, exact = (a, b) if a.sentence_index < b.sentence_index else (b, a)
    x, y = rough.incident, exact.incident
    # A lead with its own day («شهد العراق أمس الخميس هجوماً أدى إلى مقتل 74 شخصاً») is that account's day too
    # when the body's account tells none of its own, or the same (arlong10 audit, issue 8)
    own_day = not rough.dated or not exact.dated or x.event_date == y.event_date
    return rough.sentence_index == 0 and x.admin1 is None and own_day and \
        exact.placed and y.admin1 is not None and x.country == y.country and \
        {x.event_type, y.event_type} <= _VIOLENT and _gap(rough, exact) <= MERGE_SENTENCES and \
        not exact.facts.another


def _country_retold(a: _Draft, b: _Draft) -> bool:
    """An account placed only at the country or the governorate ("the rockets were launched ... in
    Iraq", "... from a field in Anbar province") near one of the same kind at a place in it, once the
    sentences between joined that one: one event."""
    x, y = a.incident, b.incident
    coarse = (x.admin1 is None) != (y.admin1 is None) or (
        _province(a) != _province(b) and x.admin1 == y.admin1 and x.place_id != y.place_id)
    rough = a if x.admin1 is None else b
    # «أدان الاعتداء الذي استهدف وزارة الخارجية العراقية» beside the body's suicide bombing in Baghdad: the
    # statement's generic word at the country names the placed attack (UN statements, issue 8)
    kind = (x.event_type, x.sub_event_type) == (y.event_type, y.sub_event_type) or (
        rough.generic and rough.role != "killing" and (x.admin1 is None) != (y.admin1 is None)
        and {x.event_type, y.event_type} <= _VIOLENT and x.event_date == y.event_date)
    return a.placed and b.placed and x.country == y.country and coarse and kind and _gap(a, b) <= MERGE_SENTENCES and \
        not _days_apart(a, b) and \
        not any(d.facts.another for d in (a, b))


def _retold(a: _Draft, b: _Draft) -> bool:
    """One event told again anywhere in the article: the same kind at the same place, or a generic
    word (الهجوم الذي استهدف ...) at the place of a specific account, on days that do not differ."""
    x, y = a.incident, b.incident
    if not (a.placed and b.placed) or a.headline or b.headline or x.place_id is None:
        return False
    if _days_apart(a, b, own="told"):
        return False
    if x.place_id == y.place_id and x.sub_event_type == y.sub_event_type:
        return True
    if _city_and_site(a, b) and (x.sub_event_type == y.sub_event_type or {x.sub_event_type, y.sub_event_type} <= _BOMBINGS) \
            and not (
            x.fatalities is not None and y.fatalities is not None and x.fatalities != y.fatalities) and \
            not any(d.facts.another for d in (a, b)):
        # the suicide bombing "in Baghdad" and at «باب الشرقي», no toll of its own: one, at the site; the suicide
        # bombing in Baghdad and «التفجير بسيارة مفخخة الذي استهدف حي الكرادة» too (a bombing either way, dup8 audit)
        return True
    if x.place_id == y.place_id and {x.event_type, y.event_type} <= _CROWDS:
        return True  # «احتجاجات عنيفة في البصرة» ... «وفي البصرة، أضرم المتظاهرون النار»: one demonstration, its worst
    if _same_toll(a, b):
        return True
    generic = a if a.generic else b
    # A death told apart (قتل ... بنيران قناص) may be another event at that place; "الهجوم" is not.
    # ... at the place itself, or at a neighbourhood of the city the specific account names («تفجير انتحاري مزدوج
    # في بغداد» ... «لتفجيري باب الشرقي»)
    return a.generic != b.generic and generic.role != "killing" and \
        (x.place_id == y.place_id or (_city_and_site(a, b) and _sitelike(generic) and not any(d.facts.another for d in (a, b)))) and \
        {x.event_type, y.event_type} <= _VIOLENT and x.event_date == y.event_date


_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "place_id")


def _bare_strike(d: _Draft) -> bool:
    x = d.incident
    return x.sub_event_type == "Shelling/artillery/missile attack" and d.facts.bare_strike


def _told_again(d: _Draft) -> bool:
    """Whether ``d`` names the explosive attack of its report again rather than telling one."""
    return d.incident.event_type == "Explosions/Remote violence" and d.facts.named_again


def _strike_retold(a: _Draft, b: _Draft) -> bool:
    """Whether a bare «القصف» («استهدف القصف التركي قرى ...», «القصف طال قرية ...») retells the air or
    drone strike told a few sentences away, or a weapon named again or a blast heard retells the attack
    told beside it: one event, in the same governorate on a day that does not differ."""
    if _bare_strike(a) != _bare_strike(b):
        bare, told = (a, b) if _bare_strike(a) else (b, a)
        window = MERGE_SENTENCES
        if told.incident.sub_event_type == bare.incident.sub_event_type:
            return False
    elif _told_again(a) != _told_again(b):
        bare, told = (a, b) if _told_again(a) else (b, a)
        window = RETOLD_SENTENCES
    else:
        return False
    x, y = bare.incident, told.incident
    return y.event_type == "Explosions/Remote violence" and \
        abs(a.sentence_index - b.sentence_index) <= window and x.country == y.country and \
        (not (a.placed and b.placed) or None in (x.admin1, y.admin1) or (
            x.admin1 == y.admin1 and _km(x, y) <= INTERCEPT_KM)) and \
        not _days_apart(a, b, own="told")  # a retelling with no date of its own is the day's


def _shot_protesters_dead(force: _Draft, killing: _Draft) -> bool:
    """Security forces shooting demonstrators at a place and the dead told a sentence on with no
    killers of their own ("security forces shot dozens of demonstrators. At least 29 people died in
    Nasiriya"): the toll of that shooting, one event (enwire6 audit, issue 8)."""
    x, y = force.incident, killing.incident
    return x.sub_event_type == "Excessive force against protesters" and _killing(killing) and \
        killing.placed and x.admin1 is not None and x.admin1 == y.admin1 and \
        (_km(x, y) <= MERGE_KM or not force.placed) and 0 < abs(force.sentence_index - killing.sentence_index) <= 1 and \
        not force.headline and not killing.headline and \
        not _days_apart(force, killing, own="told")


def _headline_toll_of_force(force: _Draft, killing: _Draft) -> bool:
    """A headline's toll with no killers («ارتفاع حصيلة مجزرة الناصرية إلى 32 قتيلاً») and the body's protesters shot
    by the forces at the same place with the same number of dead, the same day («ارتفعت حصيلة القتلى في مدينة
    الناصرية على يد قوات الأمن إلى 32 شخصاً، في أكثر أيام الاحتجاجات دموية»): one event, the body's type (flash10
    audit, issue 8)."""
    x, y = force.incident, killing.incident
    return x.sub_event_type == "Excessive force against protesters" and killing.headline and not force.headline and \
        (_killing(killing) or (y.sub_event_type == "Attack" and killing.facts.massacre)) and \
        x.fatalities is not None and x.fatalities == y.fatalities and \
        x.admin1 is not None and x.admin1 == y.admin1 and (_km(x, y) <= MERGE_KM or not killing.placed) and \
        not _days_apart(force, killing, own="told")


def _amid_protests(protest: _Draft, attack: _Draft) -> bool:
    """The protests told country-wide ("the third day of protests in Iraq") and people shot in them at a
    named place ("snipers shot four people dead in Baghdad amid protests"): the killing is that news."""
    x, y = protest.incident, attack.incident
    return x.event_type == "Protests" and x.admin1 is None and y.event_type == "Violence against civilians" and \
        attack.facts.protests


def _nth_of_kind(nth: _Draft, other: _Draft) -> bool:
    """Whether ``nth`` numbers itself among its kind (the second of its kind) and ``other``, told in
    another sentence with a date of its own, is an earlier one of them."""
    return nth.sentence_index != other.sentence_index and not (nth.headline or other.headline) and \
        not (nth.generic or other.generic) and other.dated and \
        nth.facts.nth and not other.facts.nth


def _shown_before(shown: _Draft, told: _Draft) -> bool:
    """Whether ``shown``, dated only by a day found beside it (a photo released on March 12), is dated
    days before the day ``told`` gives its own event at the same kind of place: a picture released
    before an attack cannot show it (released after it, it may: the same event)."""
    x, y = shown.incident, told.incident
    return shown.placed and told.placed and shown.weak_dated and not shown.dated and told.dated and \
        not (shown.headline or told.headline) and x.event_date is not None and y.event_date is not None and \
        x.time_precision == y.time_precision == 1 and (y.event_date - x.event_date).days > 1


def _foiled_fought(foiled: _Draft, clash: _Draft) -> bool:
    """An attack told foiled and, a sentence or two on, told repelled with its dead («أعلن الحشد إحباط هجوم
    شنه مسلحو داعش على مقره ... تمكنت قواته من صد الهجوم وقتل انتحاري», "foiled an attack on a base ...
    repelled the attack, killing one"): one attack stopped by fighting, an armed clash."""
    x, y = foiled.incident, clash.incident
    return foiled.role == "foiled" and x.sub_event_type == "Disrupted weapons use" and \
        not foiled.facts.aerial and \
        y.sub_event_type == "Armed clash" and abs(foiled.sentence_index - clash.sentence_index) <= 2 and \
        (not (foiled.placed and clash.placed) or x.admin1 == y.admin1) and \
        not _days_apart(foiled, clash) and \
        not any(d.facts.another for d in (foiled, clash))


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _territory_for_attack(a: _Draft, b: _Draft) -> bool:
    """Whether one account is a generic attack word and the other a change of territory: an attack
    named back ("the attack", «الهجوم») is never the retaking or the fall of an area."""
    return any(d.generic and e.incident.sub_event_type in _TERRITORY and d.incident.sub_event_type not in _TERRITORY
               for d, e in ((a, b), (b, a)))


def _claimed(claim: _Draft, attack: _Draft) -> bool:
    """A claim of responsibility's generic word («أعلن داعش مسؤوليته عن الهجوم», 'claimed responsibility for
    the attack that took place earlier today in Kirkuk') and the report's own account of an attack a few
    sentences away, in the governorate the claim names (or none): that attack, wherever the claim puts it."""
    x, y = claim.incident, attack.incident
    return claim.generic and not attack.generic and not attack.headline and \
        {x.event_type, y.event_type} <= _VIOLENT and y.sub_event_type not in _TERRITORY and \
        abs(claim.sentence_index - attack.sentence_index) <= RETOLD_SENTENCES and \
        (not (claim.placed and attack.placed) or (x.admin1 is not None and x.admin1 == y.admin1)) and \
        not _days_apart(claim, attack) and \
        claim.facts.claimed and not any(d.facts.another for d in (claim, attack))


def _placed_word_for(word: _Draft, told: _Draft) -> bool:
    """A generic word placed by its sentence ("an attempted attack on the Ain al-Asad air base on Tuesday") right
    after a specific account with no place of its own told for the same day ("two attempted drone attacks on
    U.S. forces Monday and Tuesday"): one event, the account's kind at the word's place."""
    x, y = word.incident, told.incident
    return word.generic and word.placed and not told.generic and not told.placed and not told.headline and \
        word.dated and told.dated and x.event_date is not None and x.event_date == y.event_date and \
        0 < word.sentence_index - told.sentence_index <= 1 and {x.event_type, y.event_type} <= _VIOLENT and \
        not any(d.facts.another for d in (word, told))


def _aircraft_missiles(strike: _Draft, missiles: _Draft) -> bool:
    """Whether ``missiles`` is the bare missiles an aircraft fired in the air strike told in the same sentence
    («استهدفت الطائرة بثلاثة صواريخ سيارة», "the drone fired two missiles at the car"): the strike's weapon, not a
    shelling of its own."""
    x, y = strike.incident, missiles.incident
    return x.sub_event_type == "Air/drone strike" and y.sub_event_type == "Shelling/artillery/missile attack" and \
        _same_sentence(strike, missiles) and missiles.facts.aircraft_missiles and \
        (not (strike.placed and missiles.placed) or x.admin1 == y.admin1)


_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _heard_of_strike(heard: _Draft, strike: _Draft) -> bool:
    """Whether ``heard`` tells the blasts heard («وسمع دوي انفجارات في الموقع جنوبي بغداد», 'Explosions were heard at
    the site') after a strike or a shelling told just before, at its place or a rough place holding it: the sound of
    that strike, not a bomb of its own (review9 probes, issue 8). A bomb named, another place, another incident or
    another day keep it apart."""
    x, y = heard.incident, strike.incident
    return x.sub_event_type == "Remote explosive/landmine/IED" and y.sub_event_type in _FROM_AFAR and \
        0 < heard.sentence_index - strike.sentence_index <= 2 and \
        heard.facts.blasts_heard and \
        not heard.facts.another and (not (heard.placed and strike.placed) or x.place_id == y.place_id or (
            heard.vague and _holds(heard, strike))) and not _days_apart(heard, strike, own="text")


def _raid_of_arrests(raid: _Draft, arrests: _Draft) -> bool:
    """Whether ``raid`` (Strategic developments/Other) names back, in the next sentence, the raid of the arrests just
    told ("Security forces arrested three IS suspects in Mosul on Sunday. The raid took place in eastern Mosul"):
    one operation, at one place on one day (review9 probes, issue 8) — unless it is said to be another."""
    x, y = raid.incident, arrests.incident
    return (x.sub_event_type, y.sub_event_type) == ("Other", "Arrests") and \
        raid.sentence_index - arrests.sentence_index == 1 and raid.facts.raid_named_back and not raid.facts.another and (
            not (raid.placed and arrests.placed) or x.place_id == y.place_id or _city_and_site(raid, arrests)) and \
        not _days_apart(raid, arrests, own="text")


def _tolls_agree(exact: _Draft, rough: _Draft) -> bool:
    """Whether the exact account tells no toll of its own or the rough one's: «كما أصيب جنديان بانفجار عبوة ناسفة قرب
    حديثة» after 12 killed in a suicide bombing in Anbar is another bombing (review9 probes)."""
    x, y = exact.incident, rough.incident
    return (x.fatalities, x.injuries) == (None, None) or (x.fatalities, x.injuries) == (y.fatalities, y.injuries)


def _bomber_told_after(bombing: _Draft, bomber: _Draft) -> bool:
    """A bombing placed in its sentence and, told in the next sentence or the one after with no place of its own
    (on the article's leading place, the bombing's), the bomber or the bomb of it: «أدانت الدول التفجيرين اللذين
    وقعا في سوق الشرجي بساحة الطيران ... وأوضح بيان أن انتحاريا أول فجر نفسه في السوق» (arlong10 audit, issue 8).
    One saying it is another bombing («وفي هجوم آخر») stays apart."""
    x, y = bombing.incident, bomber.incident
    return bombing.placed and not bomber.placed and x.place_id is not None and x.place_id == y.place_id and \
        0 < bomber.sentence_index - bombing.sentence_index <= 2 and not bomber.facts.another


def _kinds_retold(a: _Draft, b: _Draft) -> bool:
    """Two accounts of an attack or a clash (typed apart only by who died: `_KILLINGS`; a strike and a killing by
    gunmen beside it stay two) told in adjacent sentences in one governorate, one of them a generic word («الهجوم»,
    «هجوماً») placed only roughly (a governorate, a direction from a town) and the later one generic too (a word
    pointing back, a toll), on days their texts do not tell apart: one event told twice, whatever kind each was
    typed by («واستهدف الهجوم مطعما وحاجزا للتفتيش غرب مدينة الناصرية» … «وقال مدير عام الصحة في محافظة ذي قار إن
    "سبعة وثلاثين شخصا قتلوا" في الهجوم الذي وقع على الطريق السريع»; «شن مسلحون … هجوماً بإطلاق النار على سيارة في
    الطريق الرابط بين محافظتي صلاح الدين وكركوك» … «استشهاد مدني … على طريق العلم»; arlong10 audit, issue 8).
    One saying it is another stays apart, and so do two districts ('Gunmen attacked a car west of Hawija on Tuesday. Two
    soldiers were killed in an attack on a checkpoint in Dibis.': review10 near miss of 69b9a20)."""
    x, y = a.incident, b.incident
    return a.placed and b.placed and not (a.headline or b.headline) and \
        {x.event_type, y.event_type} <= _KILLINGS and x.sub_event_type != y.sub_event_type and \
        x.admin1 is not None and x.admin1 == y.admin1 and _gap(a, b) == 1 and \
        (x.admin2 is None or y.admin2 is None or x.admin2 == y.admin2) and \
        any(d.generic and d.vague for d in (a, b)) and (a if a.sentence_index > b.sentence_index else b).generic and \
        not _days_apart(a, b, own="text") and \
        not any(d.facts.another for d in (a, b))


def _mergeable(a: _Draft, b: _Draft) -> bool:
    x, y = a.incident, b.incident
    if a.chain is not None and a.chain == b.chain:
        return False  # split on purpose: one event per place of the list
    if _nth_of_kind(a, b) or _nth_of_kind(b, a):
        return False  # "the second drone within hours" at the base struck last night: two drones
    if (a.placed or b.placed) and x.country != y.country:
        return False  # an event abroad (the Ankara bombing) is never the Iraqi event told beside it
    if _attack_at_the_scene(a, b) or _attack_at_the_scene(b, a):
        return False  # "a police force arrived at the scene, but the militants opened fire on them": after the bomb
    if _other_account_of(a, b) or _other_account_of(b, a):
        return True  # "a physician at the Balad hospital provided a higher death toll": the bombing told before
    if _killed_by_title_strike(a, b) or _killed_by_title_strike(b, a):
        return True  # «مقتل مسؤول كبير … بقصف تركي» over «قتل مسؤول كبير …، الأربعاء، بمنطقة سنجار»: the strike's toll
    if _second_source_of(a, b) or _second_source_of(b, a):
        return True  # «عن مصدر أمني ثانٍ أن القاعدة استهدفت بثلاثة صواريخ وطائرة مسيرة»: the base's attack told before
    if a.placed and b.placed and max(x.geo_precision or 3, y.geo_precision or 3) < 3 and APART_KM < _km(x, y) < math.inf:
        return False  # Asdeira and the Syrian border: two events, whatever the headline says
    if a.placed and b.placed and a.dated and b.dated and x.place_id != y.place_id and x.event_date and y.event_date \
            and x.time_precision == y.time_precision == 1 and x.event_date != y.event_date:
        return False  # the blasts in Baghdad "yesterday" and the one in Karrada "today": two days, two sites
    if _untold_days_apart(a, b):
        return False  # the same, in a report with no publication date: «مساء الأحد» at the airport, «فجر الجمعة» in the Green Zone
    if a.locates != b.locates:  # "The attack took place in ...": the event told just before
        later, earlier = (a, b) if a.locates else (b, a)
        kinds = _VIOLENT if later.incident.event_type in _VIOLENT else {later.incident.event_type}
        return 0 < later.sentence_index - earlier.sentence_index <= 2 and not earlier.headline and \
            earlier.incident.event_type in kinds
    if _rough_and_exact(a, b) or _rough_and_exact(b, a):
        return True  # the lead's "north of Baghdad" and the body's Tarmiyah, the same kind on the same day
    if _claimed(a, b) or _claimed(b, a):
        return True  # "IS claimed responsibility for the attack ... in Kirkuk" and the roadside bomb in Riyadh
    if _toll_update_of(a, b) or _toll_update_of(b, a):
        return True  # "ارتفعت حصيلة ضحايا الهجوم إلى 7", "the death toll rose to 25": the event just told
    if _foiled_fought(a, b) or _foiled_fought(b, a):
        return True  # «إحباط هجوم ... على مقره» and «صد الهجوم وقتل انتحاري»: the attack repelled
    near = abs(a.sentence_index - b.sentence_index) <= MERGE_SENTENCES
    if near and ((b.role == "intercept" and x.event_type == "Explosions/Remote violence")
                 or (a.role == "intercept" and y.event_type == "Explosions/Remote violence")) and \
            (not (a.placed and b.placed) or _km(x, y) <= INTERCEPT_SITE_KM or (
                _km(x, y) <= INTERCEPT_KM and a.sentence_index == b.sentence_index)) and \
            not _days_apart(a, b, own="text"):
        return True  # "the second rocket was intercepted by C-RAM": part of the attack (not one of 2020 told after it)
    if _says_another_after(a, b):
        # «واعقب ذلك النزاع، اشتباك مسلح آخر بكرمة علي», «استهدفت الطائرات أيضاً موقعاً في قرية بارة»: an
        # account told after the other that says it is another event is neither its retelling, nor the
        # unplaced mention of it, nor a part of the title's summary
        return False
    if _told_earlier(a, b):
        # "اعتقلت ... متهمين بإحراق المقرات خلال تظاهرات الشهر الماضي": today's arrest, last month's riot;
        # a headline or a lead with no date of its own is today's news, not the recap told after it
        return False
    if a.headline != b.headline and (_earlier_month(a, b) or _earlier_month(b, a)):
        # "Rocket attack hits near US Embassy" is not "the first such attack since September, when three mortar shells
        # landed inside the Green Zone": a title sums up today's news, not an event its own words date months back
        return False
    if a.headline != b.headline and _territory_for_attack(a, b):
        return False  # "Death toll in Baghdad attack" is not "forces retook nearly all territory"
    if a.headline != b.headline and (b if a.headline else a).facts.opens_another:
        return False  # the title's "Suicide bomber kills Iraqi police" is not the body's "In another attack ..."
    if a.headline != b.headline and (a.generic if a.headline else b.generic) and \
            {x.event_type, y.event_type} <= _VIOLENT and (not (a.placed and b.placed) or x.admin1 == y.admin1):
        return True  # the title's "Terrorist Attack in Baghdad" and the body's suicide bombings there
    if a.headline != b.headline and (x.event_type == y.event_type or (
            {x.event_type, y.event_type} <= _KILLINGS and a.placed and b.placed and x.admin1 == y.admin1)):
        return True  # the title's summary of the body's account (its date and place are rough)
    if _recalled(a, b) or _recalled(b, a):
        return False  # "وفي وقت سابق من الشهر الجاري، قتل خمسة ... بهجوم مماثل": an earlier event
    if _strike_retold(a, b):
        # "مسيرة تركية استهدفت مقراً في سنجار ... وأسفر القصف الذي طال قرية ... عن مقتل": one strike; the
        # bare «القصف» points back like «الهجوم», so two named sites do not make it another event
        return True
    if _two_sites(a, b):
        return False  # "انفجرت سيارة مفخخة في حي الجهاد ... وانفجرت عبوة ناسفة في حي الغزالية": two blasts
    if _two_districts(a, b):
        return False  # «عبوة ناسفة ... في ناحية اليوسفية» then «سيارة مفخخة ... بقضاء المدائن»: a round-up's two blasts
    if _two_tolls(a, b):
        return False  # «... جنوبي قضاء المقدادية» (3 dead) then «... في حي الرحمة غربي بعقوبة» (1 dead): two blasts
    if _earlier_month(a, b) or _earlier_month(b, a):
        return False  # "اعتقلت ... متهمين بإحراق المقرات خلال تظاهرات الشهر الماضي": today's arrest, last month's riot
    if _days_apart(a, b, own="text"):
        return False
    if _separate_crowds(a, b):
        return False  # "protested in Basra on Sunday ... On Monday, protesters stormed the council": two days
    if a.placed and b.placed and x.place_id != y.place_id and _days_apart(a, b, own="told"):
        return False  # rockets on a base "Tuesday" and on Camp Taji "last week": two events, two sites
    if near and (x.event_type == y.event_type or {x.event_type, y.event_type} <= {"Protests", "Riots"}
                 or _amid_protests(a, b) or _amid_protests(b, a)) \
            and x.country == y.country and (x.admin1 is None) != (y.admin1 is None) \
            and (a.placed or b.placed) and not _days_apart(a, b):
        return True  # "killed at protests ... in Iraq. Protesters try to enter the Green Zone in Baghdad": one event
    if _same_sentence(a, b) and "killing" in (a.role, b.role) and len(
            {x.sub_event_type, y.sub_event_type} & _TERRITORY) == 1:
        return False  # «قتلوا في 12 حزيران 2014، بعد سيطرة داعش على تكريت»: the killing and the takeover
    if _same_sentence(a, b) and x.event_type == y.event_type and (a.generic or b.generic) and (
            not (a.placed and b.placed) or (x.admin1 == y.admin1 and _km(x, y) <= INTERCEPT_KM)):
        return True  # "استشهد جندي ... إثر هجوم شنته مفرزة ...": one event told by two words
    if _same_sentence(a, b) and "killing" in (a.role, b.role) and (a.generic or b.generic) and (
            not (a.placed and b.placed) or _km(x, y) <= INTERCEPT_KM):
        return True  # "هجوم على سجن ... أسفر عن مقتل 20": the toll of the event just told
    if _same_sentence(a, b) and "rescue" in (a.role, b.role) and {x.event_type, y.event_type} == {
            "Strategic developments", "Battles"} and (not (a.placed and b.placed) or x.admin1 == y.admin1):
        return True  # "حررت القوات طفلاً مختطفاً بعد اشتباك مع الخاطفين": the rescue was the fight
    if _same_sentence(a, b) and {x.sub_event_type, y.sub_event_type} == {"Arrests", "Other"} and (
            not (a.placed and b.placed) or x.admin1 == y.admin1):
        return True  # "the arrest of ... in a military-supported airdrop in Anbar": the operation's arrests
    if _heard_of_strike(a, b) or _heard_of_strike(b, a):
        return True  # «استهدفت طائرة مسيرة مقراً … وسمع دوي انفجارات في الموقع جنوبي بغداد»: the strike's sound
    if _raid_of_arrests(a, b) or _raid_of_arrests(b, a):
        return True  # "arrested three IS suspects in Mosul. The raid took place in eastern Mosul": the arrests' raid
    if _same_sentence(a, b) and _arrests_in_fight(x, y) and (
            not (a.placed and b.placed) or x.admin1 == y.admin1):
        return True  # "اشتباك ... أسفر عن مقتل أحد المتهمين واعتقال اثنين": the arrests end the fight
    if _protesters_arrested_at(a, b) or _protesters_arrested_at(b, a):
        # 'A security official confirmed the arrest of about 31 protesters' after the Kirkuk demonstrations' clashes:
        # the demonstration's arrests, not an event of their own
        return True
    if _arrest_of_fight(a, b):
        # "... arrested the opposition leader after hours of fierce fighting. ... his brother was shot in the leg and
        # taken into custody too": the arrests told in the next sentence at the same place end that fight (type10);
        # «القبض على رئيس حزب ...» then «اندلعت اشتباكات ... إثر محاولة قوات الأمن تنفيذ مذكرة قبض»: the fight names
        # the arrest it was fought over (type11)
        return True
    if _shot_protesters_dead(a, b) or _shot_protesters_dead(b, a):
        return True  # "shot dozens of demonstrators. At least 29 people died in Nasiriya": that shooting's toll
    if _headline_toll_of_force(a, b) or _headline_toll_of_force(b, a):
        return True  # «ارتفاع حصيلة مجزرة الناصرية إلى 32» over the body's 32 protesters shot: one event
    demonstration = {"Protests", "Riots"}
    if x.event_type in demonstration and y.event_type in demonstration and near and _km(x, y) <= MERGE_KM:
        return True  # protesters torched a building, police dispersed them: one event
    if near and {x.sub_event_type, y.sub_event_type} == _DEN_FROM_AIR and (a.generic or b.generic) and \
            "intercept" not in (a.role, b.role) and (not (a.placed and b.placed) or x.admin1 == y.admin1):
        return True  # «تدمير مخبأ لداعش قرب سامراء» over «تمكن طيران الجيش من تدمير وكر ...»: one air strike
    if _aircraft_missiles(a, b) or _aircraft_missiles(b, a):
        return True  # «قصف بطائرة مسيرة ... حيث استهدفت الطائرة بثلاثة صواريخ سيارة»: the drone's missiles, one strike
    if near and {x.sub_event_type, y.sub_event_type} == _BURNING and (not (a.placed and b.placed) or _km(x, y) <= MERGE_KM):
        return True  # «إحراق مقر للحشد في ذي قار» over «أقدم محتجون على إحراق مقر»: the protesters' burning
    if _retold(a, b):
        return True  # the main event told in the lead and retold paragraphs on (a statement, a title)
    if _toll_of_strike(a, b) or _toll_of_strike(b, a):
        return True  # "A drone strike on Sinjar ... The official and his guard were killed when their car was struck"
    if _means_of(a, b) or _means_of(b, a):
        return True  # "مقتل صحفية في الموصل ... عندما انفجرت عبوة ناسفة أودت بحياتها": the killing's means
    if near and {x.sub_event_type, y.sub_event_type} == _BOMBINGS and ((a.placed and b.placed and (
            x.place_id == y.place_id or _km(x, y) <= SAME_SITE_KM
            or (a.vague and not b.vague and _holds(a, b) and _tolls_agree(b, a))
            or (b.vague and not a.vague and _holds(b, a) and _tolls_agree(a, b)))) or
            _bomber_told_after(a, b) or _bomber_told_after(b, a)) and not (
            a.dated and b.dated and x.event_date != y.event_date):
        # "هجوم بسيارة ملغمة عند مدخل الخالص ... انتحاريا فجر نفسه عند المدخل": one bombing, its bomber told apart;
        # the lead's governorate and the body's town too ('… in Anbar province … The bomber detonated an explosives
        # vest at the entrance of the town of Hit': review9 probes)
        return True
    if _kinds_retold(a, b):
        return True  # «واستهدف الهجوم مطعما … غرب مدينة الناصرية» then «قتلوا … في الهجوم الذي وقع على الطريق السريع»
    if x.sub_event_type != y.sub_event_type:
        # "... وأسفر الهجوم عن مقتل جنديين": a generic follow-up with no place of its own adds
        # its details to the event just told.
        # The event it adds to is told before it, never after («... were killed as a result of the IS
        # attack. The Security Media Cell said 21 IS members had been captured in Anbar, Diyala ...»).
        # Neither placed, both on the report's one leading place: the toll told after the bombing is its toll
        # ("Suicide bomber kills Iraqi police" ... "a police officer said 15 people were killed", dup8 audit).
        # Two bare tolls (conflicting counts, 'a ministry source said 20 ... police reported 17') are not joined
        # so: each alone is read as a back reference and dropped.
        same_lead = not (a.placed or b.placed) and x.place_id is not None and x.place_id == y.place_id and \
            a.generic != b.generic
        return (any(d.generic and not d.placed and not d.weak_dated and 0 <= d.sentence_index - (
            b if d is a else a).sentence_index <= 2 for d in (a, b)) and (a.placed or b.placed or same_lead)) or \
            _placed_word_for(a, b) or _placed_word_for(b, a)
    if not (a.placed and b.placed):
        # An unplaced mention of the same kind of event refers to the placed one, unless the
        # article's leading place it fell back on lies elsewhere (an arrest in Mosul, then Tal Afar).
        fallback = b if a.placed else a
        placed = a if fallback is b else b
        country_wide = fallback.incident.admin1 is None and fallback.incident.country == placed.incident.country
        # A lead that is the governorate itself (صلاح الدين in the headline) holds the placed account
        # in it (مطيبيجة): the quote "اشتبكت معهم فجر اليوم" is that fight, not one elsewhere.
        province_wide = (fallback.incident.place_id or "").startswith("iq.gov.") and \
            fallback.incident.admin1 == placed.incident.admin1 and near
        # ... and a leading place in another governorate than the placed account's, not a dateline, is the
        # unplaced account's own event ("Two women and a child among 15 victims of attack in Diyala province",
        # "the Baquba blast killed seven policemen" before "In another attack ... a roadside bomb ... west of
        # Kirkuk"): two events (dup8 audit, issue 8); a detail told after a placed account is still its own
        # («... سقطت الصواريخ على منزل خلف مطار بغداد. وقتل خمسة أشخاص ...»)
        elsewhere = a.placed != b.placed and not fallback.dateline and placed.sentence_index > fallback.sentence_index \
            and None not in (
            fallback.incident.admin1, placed.incident.admin1) and fallback.incident.admin1 != placed.incident.admin1 \
            and _km(x, y) > MERGE_KM
        # ... and a placed account that its own text dates a week or more before the unplaced one's day, told after
        # it, is an earlier event recalled, not the one the mention refers to: a mention points back, never forward
        # ("The second attack was a suicide car-bomb ... in the al-Nour district" then "A triple car bombing killed
        # at least 23 people in the eastern suburb of Kokjali on December 22", split10 audit, issue 8)
        recalled_after = _first(placed) > fallback.sentence_index and (
            _earlier_day(placed, fallback) or _earlier_month(placed, fallback))
        return not elsewhere and not recalled_after and (
            not fallback.weak_dated or fallback.incident.place_id is None or _km(x, y) <= MERGE_KM
            or a.placed == b.placed or country_wide or province_wide or fallback.dateline)  # "في العراق" and "قرب الموصل": one strike
    if a.sentence_index == b.sentence_index and x.admin1 != y.admin1:
        return False  # split on purpose: caches in Anbar and in Kirkuk
    if a.sentence_index == b.sentence_index and x.place_id != y.place_id and a.facts.pair:
        return False  # split on purpose: «أحدهما بعبوة ناسفة في اليوسفية والآخر بسيارة مفخخة في مدينة الصدر»
    if _shown_before(a, b) or _shown_before(b, a):
        return False  # a photo of the rockets on a base released March 12, the attack on it "Saturday": two attacks
    if near and 0 in (a.sentence_index, b.sentence_index) and _km(x, y) <= 100 and \
            not (b if a.sentence_index == 0 else a).facts.another and \
            not _other_governorate(a, b):
        return True  # the headline's summary of the body's event ("south of Baghdad")
    if near and not (a.dated and b.dated) and x.country == y.country and (
            x.admin1 == y.admin1 or None in (x.admin1, y.admin1)) and \
            not any(d.facts.another for d in (a, b) if d.sentence_index):
        return True  # a headline without a date and the body's dated account of it
    return near and _km(x, y) <= MERGE_KM and not (x.place_id != y.place_id and (a.facts.another_of_kind or b.facts.another_of_kind))


def _weapon_named_by_other(generic: _Draft, named: _Draft) -> bool:
    """Whether the two accounts of one explosive event are a generic word («انفجار», 'an explosion', typed a roadside
    bomb by default) and a word naming the weapon ('Rocket attack hits near the embassy' … 'reporters heard an
    explosion'): the weapon named decides the kind (ACLED codes remote violence by its weapon; ttype12, session 12)."""
    return generic.generic and not named.generic and \
        generic.incident.event_type == named.incident.event_type == "Explosions/Remote violence" and \
        generic.incident.sub_event_type == "Remote explosive/landmine/IED" and \
        named.incident.sub_event_type != "Remote explosive/landmine/IED"


def _combine(a: _Draft, b: _Draft) -> _Draft:
    def rank(d: _Draft) -> tuple:
        return (not d.headline, d.placed, d.dated, d.weak_dated, d.incident.admin1 is not None,
                -(d.incident.geo_precision or 3), d.role != "killing")

    keep, other = (a, b) if rank(a) >= rank(b) else (b, a)
    claimed = _claimed(keep, other) or _claimed(other, keep)
    if _claimed(keep, other):
        keep, other = other, keep  # the claim names the attack the report tells: its kind and place stay
    if _other_account_of(keep, other) or _other_account_of(other, keep):
        # another source's count or first report: the event told keeps its kind, place and date; the
        # account's place is its source's (the hospital's town, the dateline), not the event's
        keep, other = (other, keep) if _other_account_of(keep, other) else (keep, other)
        other = replace(other, placed=False, locates=False, dated=False, weak_dated=False)
    lent = False
    if _told_again(keep) != _told_again(other) and _strike_retold(keep, other):
        # «الصاروخ أطلق من ...», «دوي انفجار»: the attack told keeps its kind and its place, the retelling
        # lends a place only to an attack told without one (the report's lead it fell back on is no place
        # of its own: «سقطت الصواريخ ... على منزل خلف مطار بغداد» places the attack told before it)
        keep, other = (other, keep) if _told_again(keep) else (keep, other)
        if keep.placed and not (_country_only(keep) and other.incident.country == keep.incident.country):
            # ... unless the attack is placed only at the country («سقوط 17 صاروخاً قرب قاعدة في العراق»):
            # the retelling's base («الصواريخ سقطت قرب قاعدة القيارة») is where it happened (dup8 audit)
            other = replace(other, placed=False, locates=False)
        lent = other.placed
    fields = {}
    if lent:
        fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
        keep = replace(keep, placed=True)
    if keep.locates or other.locates:  # the event keeps its kind and date, and takes the place
        keep, other = (other, keep) if keep.locates else (keep, other)
        fields |= {k: getattr(other.incident, k) for k in (
            "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "place_id")}
        keep = replace(keep, placed=True)
    if (keep.role == "intercept") != (other.role == "intercept"):
        # An interception joins the attack: the attack's type stays, the better place is kept.
        keep, other = (other, keep) if keep.role == "intercept" else (keep, other)
        if other.placed and not keep.placed:
            fields |= {k: getattr(other.incident, k) for k in (
                "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "place_id")}
            keep = replace(keep, placed=True)
        if keep.incident.event_type == "Explosions/Remote violence" and not _struck(keep) and \
                not other.facts.arabic_struck:
            # the drone "targeting the base" was shot down: nothing struck, the interception is the event
            fields |= {"event_type": other.incident.event_type, "sub_event_type": other.incident.sub_event_type}
            keep = replace(keep, role="intercept")
            other = replace(other, role="intercept")
    if keep.facts.toll_rose and not other.facts.toll_rose:
        keep, other = other, keep  # a toll update joins the event it counts: the event's kind stays
        if other.placed and not keep.placed and not (other.dateline or "location" in fields):
            # ... and its place, when the account has none of its own («ارتفعت حصيلة الانفجار … في منطقة البياع»,
            # then the claim «أعلن داعش مسؤوليته عن هجوم الخميس»): the update's place is the event's (arrec11)
            fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
            keep = replace(keep, placed=True, site=other.site, vague=other.vague, feature=other.feature)
    vague = keep.vague
    if (keep.vague or _province_by_capital(keep, other)) and other.placed and _holds(keep, other) and (
            not other.vague or _finer(other, keep)):
        # "north of Baghdad" in the lead, Tarmiyah in the body: the event keeps the exact place; and the lead's
        # governorate («في محافظة كركوك») yields to the body's «في أطراف داقوق», rough as it is (arrec11)
        fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
        vague = other.vague
    elif _sitelike(other) and not _sitelike(keep) and _city_and_site(keep, other):
        # «تفجير انتحاري مزدوج في بغداد» and «تفجيري باب الشرقي»: the event keeps the neighbourhood
        fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
    elif "country" not in fields and keep.incident.admin1 is None and other.placed and not claimed and \
            other.incident.admin1 is not None and other.incident.country == keep.incident.country:
        # "in northern Iraq" in the lead, "in the Metina region" in the body: the country holds the place.
        fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
        keep = replace(keep, placed=True)
    elif "country" not in fields and keep.dateline and not keep.placed and other.placed and not other.dateline \
            and not claimed and other.incident.admin1 is not None and other.incident.country == keep.incident.country:
        # "ERBIL (Kurdistan 24) – A Turkish airstrike on Wednesday killed ..." under the title's "... in Iraq's
        # disputed Sinjar": the dateline is where the outlet writes from, the title's place is the event's
        fields |= {k: getattr(other.incident, k) for k in _PLACE_FIELDS}
        keep = replace(keep, placed=True, dateline=False)
    x, y = keep.incident, other.incident
    if _means_of(keep, other) or _killed_by_title_strike(keep, other) or (keep.generic and not other.generic and (
            _retold(keep, other) or _rough_and_exact(other, keep) or _placed_word_for(keep, other) or _country_lead(keep, other) or (
                not (keep.placed or other.placed) and x.place_id is not None and x.place_id == y.place_id
                and {x.event_type, y.event_type} <= _VIOLENT))) or (
            _bare_strike(keep) and _strike_retold(keep, other)) or _weapon_named_by_other(keep, other):
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}  # typed by its means
    if "Suicide bomb" in {x.sub_event_type, y.sub_event_type} and {x.sub_event_type, y.sub_event_type} <= _BOMBINGS | {"Grenade"}:
        # the bomber decides the kind; grenades thrown by the assault team too ("a suicide assault ... the
        # gunmen threw hand grenades ... two suicide bombers detonated themselves")
        fields |= {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"}
    if _aircraft_missiles(keep, other) or _aircraft_missiles(other, keep):
        fields |= {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}  # the drone's missiles
    if {x.sub_event_type, y.sub_event_type} == _DEN_FROM_AIR and "intercept" not in (keep.role, other.role):
        fields |= {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    if {x.sub_event_type, y.sub_event_type} == _BURNING:
        fields |= {"event_type": "Riots", "sub_event_type": "Violent demonstration"}  # protesters burned it
    if x.sub_event_type in _SEVERITY and y.sub_event_type in _SEVERITY and \
            _SEVERITY.index(y.sub_event_type) > _SEVERITY.index(x.sub_event_type):
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}
    if not keep.dated and (other.dated or (other.weak_dated and not keep.weak_dated)):
        fields |= {"event_date": y.event_date, "time_precision": y.time_precision}
    elif keep.dated and other.dated and x.event_date and y.event_date and \
            (y.time_precision or 9) < (x.time_precision or 9) and not _apart(keep, other):
        fields |= {"event_date": y.event_date, "time_precision": y.time_precision}  # September 2017 → 14 September
    if _shot_protesters_dead(other, keep) or _headline_toll_of_force(other, keep):
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}  # the dead of that shooting
    if _foiled_fought(keep, other) or _foiled_fought(other, keep):
        fields |= {"event_type": "Battles", "sub_event_type": "Armed clash"}  # the foiled attack was fought off
    if x.sub_event_type == "Other" and y.event_type == "Battles" and "rescue" in (keep.role, other.role):
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}  # a rescue fought for
    if x.sub_event_type == "Other" and y.sub_event_type == "Arrests":
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}  # the operation's outcome
    if _protesters_arrested_at(keep, other):
        crowd = (y.event_type, y.sub_event_type)
        fields |= {"event_type": "Protests", "sub_event_type": "Protest with intervention"} \
            if crowd == ("Protests", "Peaceful protest") else {"event_type": y.event_type, "sub_event_type": y.sub_event_type}
    if _protesters_arrested_at(other, keep) and (x.event_type, x.sub_event_type) == ("Protests", "Peaceful protest"):
        fields |= {"event_type": "Protests", "sub_event_type": "Protest with intervention"}  # protesters arrested
    if x.sub_event_type == "Arrests" and y.event_type in _FIGHTS:
        fields |= {"event_type": y.event_type, "sub_event_type": y.sub_event_type}  # the fight is the event
    if x.fatalities is None and y.fatalities is not None:
        fields["fatalities"] = y.fatalities
    if other.facts.toll_rose:  # the toll rose: the higher, later count
        risen = count_casualties(y.evidence or "")
        for field, count in (("fatalities", risen.killed), ("injuries", risen.injured)):
            if count is not None and count > (fields.get(field, getattr(x, field)) or 0):
                fields[field] = count
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
                  weak_dated=keep.weak_dated or other.weak_dated, headline=keep.headline and other.headline,
                  sentences=(a.sentences or frozenset({a.sentence_index})) | (b.sentences or frozenset({b.sentence_index})),
                  vague=vague, chain=keep.chain if keep.chain is not None else other.chain,
                  struck=(_struck(a) and a.role != "intercept") or (_struck(b) and b.role != "intercept"),
                  site=keep.site if fields.get("place_id", x.place_id) == x.place_id else other.site,
                  feature=keep.feature if fields.get("place_id", x.place_id) == x.place_id else other.feature,
                  took_arrest=a.took_arrest or b.took_arrest or (
                      "Arrests" in {a.incident.sub_event_type, b.incident.sub_event_type}
                      and fields.get("event_type", x.event_type) in _FIGHTS))


SCENE_SENTENCES = 2  # how far after the event told the account of an attack at its scene may stand


def _attack_at_the_scene(scene: _Draft, told: _Draft) -> bool:
    """Whether ``scene`` tells, in a sentence of its own after ``told``, an attack of another kind at its scene (the
    clash with the force sent to a bombing): not ``told`` retold. Not an explosion after an explosion: 'Rescuers at the
    scene said the blast killed seven people' after a suicide bombing is that bombing told again, typed by its
    'blast' (review10 near miss of 88408c1)."""
    x, y = scene.incident, told.incident
    return not (scene.placed or scene.generic or scene.headline) and x.event_type in _VIOLENT and \
        y.event_type in _VIOLENT and x.sub_event_type != y.sub_event_type and \
        not x.event_type == y.event_type == "Explosions/Remote violence" and \
        0 < scene.sentence_index - max(_sentences(told)) <= SCENE_SENTENCES and \
        scene.facts.at_scene


#: Public names of the passes over an article's drafts, moved to `extract.merge_pass`: still importable from here.
_PASS_NAMES = frozenset({"merge_drafts", "FLASH_CHARS", "FLASH_KM", "UMBRELLA_KM", "CONDEMN_DAYS"})


def __getattr__(name: str):
    """``merging.merge_drafts`` and the other public names of `extract.merge_pass`, read from there (imported
    when first asked: that module imports this one)."""
    if name in _PASS_NAMES:
        from extract import merge_pass

        return getattr(merge_pass, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
