"""Merge the drafts of one article that report one event (a headline and the body's account,
the sentences adding the toll, an interception and its attack, a protest and its dispersal).

A draft (`_Draft`, :mod:`extract.drafts`) is one account of an event; `merge_drafts` (:mod:`extract.merge_pass`,
the passes over an article's drafts) asks pairs of them whether they are one event (`_mergeable`, here) and joins
them (`_combine`, here). The pairwise rules these two ask live by concern: kinds of accounts that tell one event
(:mod:`extract.merge_rules`), one day or two (:mod:`extract.merge_days`), one site or two
(:mod:`extract.merge_places`). What a rule reads of ONE account (its sentences, whether its sentence says it is
another event, tells a risen toll, opens with a day of its own ...) is a fact of the draft, `DraftFacts` in
:mod:`extract.drafts`, read at most once per draft however many pairs ask it: a pairwise rule reads
``d.facts.<fact>``, and a new fact is one property of `DraftFacts` (with the patterns only it reads, there).
"""

from __future__ import annotations

import math
from dataclasses import replace

from extract.drafts import _KILLINGS, _VIOLENT, _Draft, _first, _same_sentence

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
    _province_by_capital,
    _rough_and_exact,
    _sitelike,
    _two_districts,
    _two_sites,
    _two_tolls,
)
from extract.merge_rules import (
    _BOMBINGS,
    _FIGHTS,
    _TERRITORY,
    INTERCEPT_KM,
    MERGE_SENTENCES,
    SAME_SITE_KM,
    _aircraft_missiles,
    _amid_protests,
    _arrest_of_fight,
    _arrests_in_fight,
    _attack_at_the_scene,
    _bare_strike,
    _bomber_told_after,
    _claimed,
    _country_lead,
    _foiled_fought,
    _headline_toll_of_force,
    _heard_of_strike,
    _killed_by_title_strike,
    _kinds_retold,
    _means_of,
    _nth_of_kind,
    _other_account_of,
    _placed_word_for,
    _protesters_arrested_at,
    _raid_of_arrests,
    _retold,
    _says_another_after,
    _second_source_of,
    _separate_crowds,
    _shot_protesters_dead,
    _shown_before,
    _strike_retold,
    _struck,
    _territory_for_attack,
    _told_again,
    _toll_of_strike,
    _toll_update_of,
    _tolls_agree,
)
from extract.merge_rules import ARREST_FIGHT_SENTENCES as ARREST_FIGHT_SENTENCES
from extract.merge_rules import PROTESTERS_HELD_SENTENCES as PROTESTERS_HELD_SENTENCES
from extract.merge_rules import RETOLD_SENTENCES as RETOLD_SENTENCES
from extract.merge_rules import SCENE_SENTENCES as SCENE_SENTENCES
from extract.merge_rules import TITLE_LEAD_SENTENCES as TITLE_LEAD_SENTENCES
from extract.merge_rules import TOLL_UPDATE_SENTENCES as TOLL_UPDATE_SENTENCES

#: Moved to extract.merge_rules with the pairwise rules, and still importable from here.
from extract.merge_rules import told_as_another as told_as_another
from extract.numbers import count_casualties

#: A den destroyed told bare («تدمير مخبأ») and as the air arm's strike: one air strike.
_DEN_FROM_AIR = frozenset({"Disrupted weapons use", "Air/drone strike"})
#: A burning told bare («إحراق مقر») and as protesters' work («أقدم محتجون على إحراق مقر»): one riot.
_BURNING = frozenset({"Looting/property destruction", "Violent demonstration"})
_SEVERITY = ("Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
             "Excessive force against protesters")
INTERCEPT_SITE_KM = 10.0  # an interception placed at another site than the attack ("another rocket at Camp Taji")
APART_KM = 150.0  # two placed accounts this far apart are two events, even a headline and its body
#: Places that are one site among others of a city or a district: a neighbourhood, a village (two
#: roadside bombs told one by one in two villages west and south-west of Baquba are two events).
SITE_TYPES = frozenset({"neighborhood", "village"})


    # (a toll told for the governorate, «حصيلة التفجير في محافظة صلاح الدين ارتفعت», is placed at its point, far from
    # the town: the governorate holds the event, whatever the distance: review9 probes)


_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "place_id")


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


#: Public names of the passes over an article's drafts, moved to `extract.merge_pass`: still importable from here.
_PASS_NAMES = frozenset({"merge_drafts", "FLASH_CHARS", "FLASH_KM", "UMBRELLA_KM", "CONDEMN_DAYS"})


def __getattr__(name: str):
    """``merging.merge_drafts`` and the other public names of `extract.merge_pass`, read from there (imported
    when first asked: that module imports this one)."""
    if name in _PASS_NAMES:
        from extract import merge_pass

        return getattr(merge_pass, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
