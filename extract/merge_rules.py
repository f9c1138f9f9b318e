"""The pairwise rules the merge asks of two accounts of different kinds or told twice: what makes them one event.

`extract.merging._mergeable` (may two drafts be one event?) and `_combine` (what the joined draft keeps) ask these:
a toll update, another source's count or another account of an event told before (`_toll_update_of`,
`_other_account_of`, `_second_source_of`); an arrest made in a fight (`_arrest_of_fight`), protesters held at their
demonstration (`_protesters_arrested_at`); a killing and its means (`_means_of`, `_killed_by_title_strike`,
`_toll_of_strike`); an event told again (`_retold`, `_strike_retold`, `_kinds_retold`, `_country_retold`); a
protest and the force that shot at it (`_shot_protesters_dead`, `_headline_toll_of_force`); a claim, a foiled
attack, a strike heard, a raid and its arrests, a bomber told after the bombing, an attack at a scene told
before; and whether an account says it is another event (`told_as_another`, `_says_another_after`). A new
pairwise rule of this kind belongs here; what two accounts' days or places say, in :mod:`extract.merge_days` and
:mod:`extract.merge_places`; a fact of one account's text, in :class:`extract.drafts.DraftFacts`.
"""

from __future__ import annotations

from extract.drafts import _KILLINGS, _VIOLENT, _Draft, _first, _same_sentence, _sentences
from extract.merge_days import _days_apart, _days_of_a_wave
from extract.merge_places import (
    MERGE_KM,
    _city_and_site,
    _holds,
    _km,
    _province,
    _same_site,
    _sitelike,
    _two_sites,
)
from extract.model import Incident

MERGE_SENTENCES = 3
RETOLD_SENTENCES = 6  # a weapon named again with the article points back this far («الصاروخ أطلق من ...»)
INTERCEPT_KM = 100.0  # an interception this far from the attack is another event

SAME_SITE_KM = 1.0  # a town and its district share a point: one site
#: A bomb and a suicide bomber told in two sentences at one site are one bombing, a suicide bombing.
_BOMBINGS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})

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
    protest with intervention, a riot), not as arrests of their own (type11 audit, step 7, issue 8); in its own sentence too
    ("police fire tear gas at Basra protesters, arrest dozens": lead, session 12). Not arrests told as
    another event or more than a day apart by their own texts."""
    x, y = arrests.incident, crowd.incident
    if x.sub_event_type != "Arrests" or y.event_type not in {"Protests", "Riots"} or \
            not abs(arrests.sentence_index - crowd.sentence_index) <= PROTESTERS_HELD_SENTENCES or \
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
    # (the attempt's own day only; and the drone told in the attempt's own sentence, «أعلنت نجاة رئيس الوزراء من محاولة
    # اغتيال فاشلة، عبر هجوم بثلاث طائرات مسيرة»: the report's day is no date of the drone's own: ttype12, session 12)
    return not _days_apart(killing, means, own="text" if attempt or (flown and _same_sentence(killing, means)) else "")


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
