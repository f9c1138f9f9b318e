"""One account of an event in the merge (`_Draft`) and what the merge rules read of it alone (`DraftFacts`).

`extract.merging` asks pairs of drafts whether they are one event; what a rule reads of ONE account (its
sentences, whether its sentence says it is another event, tells a risen toll, opens with a day of its own ...) is
a fact of the draft, `DraftFacts`, read at most once per draft however many pairs ask it: a pairwise rule reads
``d.facts.<fact>``, and a new fact is one property of `DraftFacts` here, with the patterns only it reads. What
depends on the two accounts together (their distance, their days, one sentence) stays in the pairwise rules of
`extract.merging`. Where a draft is told (`_sentences`, `_first`, `_same_sentence`) is read here too: every
merge module asks it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from extract import needs
from extract import regexes as re
from extract.dates import find_dates
from extract.events import (
    ASSASSINATION_WORD,
    NTH_OF_KIND,
    comes_after_at,
    cue_start,
    says_another,
    says_claim,
    says_other_account,
    says_second_source,
    tells_a_pair,
)
from extract.lexicon import word_regex
from extract.model import Incident
from extract.numbers import tells_risen_toll

#: What an attack did when it got through: a drone or rocket that struck, landed or exploded, or a toll.
#: An attack told only as an attempt ("launched ... targeting the base", "claimed responsibility for
#: targeting") and stopped by the interception it merges with is the interception (ACLED codebook
#: §Disrupted weapons use).
_IMPACT = re.compile(r"\b(?:hit|hits|struck|strikes? (?:on|at)|landed|landing|lands?|fell|falling|exploded|explodes?|detonated|"
                     r"crashed into|slammed into|damag(?:ed|ing)|killed|killing|wounded|wounding|injured|injuring|"
                     r"set(?:ting)? (?:\w+ ){0,3}?(?:on fire|ablaze)|caus(?:ed|ing) (?:a )?fire)\b",
                     re.IGNORECASE)
_FIRED = re.compile(r"\b(?:fired|firing|shelled|shelling|bombarded|barrage)\b", re.IGNORECASE)
_DOWNED = re.compile(r"\b(?:shot down|brought down|downed|intercepted)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"^[^\u0600-\u06FF]*$")
_AR_START = r"(?:(?<![\u0621-\u064A])|(?<=(?<![\u0621-\u064A])[وف]))"  # a word start, or after و/ف
#: The same in Arabic. «دوي انفجارات» (blasts heard) is the sound of the interception, not an impact,
#: and a negated one («دون أضرار», «لم تسفر عن إصابات») is none; «سقطت» (fell, landed) is an impact
#: unless it fell because it was brought down («سقطت بعد التصدي لها», «أسقطت ... وسقطت»).
_IMPACT_AR = re.compile(_AR_START + r"(?:[أا]صاب(?:ت|تا)?|انفجر(?:ت)?|مقتل|قتل|قتلى|استشهاد|شهداء|[إا]صاب[ةه]|[إا]صابات|"
                        r"جرحى|جريح|[أا]ضرار|دمر(?:ت)?|تدمير|احتراق|حريق)(?![\u0621-\u064A])")
_NEGATED_AR = re.compile(r"(?:(?<![\u0621-\u064A])(?:دون|بدون|عدم|لم|لا|[أا]ي|من غير)\s+(?:\S+\s+){0,3}?)$")
_FELL_AR = re.compile(_AR_START + r"(?:سقط(?:ت|ا|تا)?|سقوط)(?![\u0621-\u064A])")
#: ... not the defenders' fire at the drone or rocket itself («أطلقت القوات النار على الطائرة المسيرة، ما أدى إلى
#: إسقاطها»: type10 audit, issue 8), which is the interception.
_FIRED_AR = re.compile(_AR_START + r"(?:[أا]طلق(?:ت|وا)?|قصف(?:ت|وا)?|رشق(?:ت)?)(?![\u0621-\u064A])"
                       r"(?!\s+(?:\S+\s+){0,3}?(?:ال)?(?:نار|نيران)\s+(?:\S+\s+){0,2}?(?:على|علي|باتجاه|صوب|نحو)\s+"
                       r"(?:ال)?(?:طائر|مسير|درون|صاروخ|صواريخ|جسم))")
_DOWNED_AR = re.compile(r"(?:[أا]سقط|[إا]سقاط|اعتر[ضظ]|تصد[تي]|التصدي)")
_FELL_DOWNED_AR = re.compile(r"(?:بعد|[إا]ثر|عقب|جراء)\s+(?:ال)?(?:تصدي|اعتراض|[إا]سقاط|استهداف)")


#: Short vowels and shadda: «أُسقطت» is «أسقطت» (downed), not «سقطت» (fell) after a letter.
_HARAKAT = re.compile(r"[\u064B-\u065F\u0670]")


def _struck_ar(evidence: str) -> bool:
    """Whether an Arabic account says the attack got through (fired, struck, landed, hurt or damaged)."""
    evidence = _HARAKAT.sub("", evidence)
    if _FIRED_AR.search(evidence) is not None:
        return True
    if any(_NEGATED_AR.search(evidence, max(0, m.start() - 40), m.start()) is None
           for m in _IMPACT_AR.finditer(evidence)):
        return True
    for m in _FELL_AR.finditer(evidence):
        downed_before = _DOWNED_AR.search(evidence, 0, m.start()) is not None
        if not downed_before and _FELL_DOWNED_AR.match(evidence, m.end() + 1) is None:
            return True
    return False


class _fact:  # noqa: N801 (a decorator, as ``property``)
    """A fact of a record read the first time it is asked and kept in the record: as
    ``functools.cached_property``, without its lock (3.11), for facts asked in every pair of accounts."""

    def __init__(self, read) -> None:
        self.read, self.__doc__ = read, read.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, record, owner=None):
        if record is None:
            return self
        value = record.__dict__[self.name] = self.read(record)  # kept: the record's own attribute from now on
        return value


#: The word of a comes_after cue that turns to the earlier event («بعد», «عقب», «غداة», 'after'); what stands between
#: the cue's verb and it is the event it says comes after (the verb's subject).
_PIVOT = re.compile(r"(?<![\u0621-\u064A])(?:بعد|عقب|غداه|غداة)(?![\u0621-\u064A])|\bafter\b", re.IGNORECASE)
PIVOT_CHARS = 40  # how far after the cue's start its «بعد» may stand (the verb and a subject of up to three words)


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
    headline: bool = False  # from the title lines: a summary that confirms, never decides
    locates: bool = False  # a back reference that tells where the event before happened
    sentences: frozenset[int] = frozenset()  # the sentences of the drafts merged into this one
    site: bool = False  # placed at a neighbourhood or a village (SITE_TYPES): one site among others
    vague: bool = False  # placed only roughly: a governorate, or "north of Baghdad" (a direction from a town)
    chain: int | None = None  # the trigger of an event told at several places (قريتي X وY): one draft per place
    struck: bool | None = None  # an account merged in says the attack got through (None: read the evidence)
    dateline: bool = False  # placed only by the dateline ("ERBIL, Kurdistan Region –"): a fallback, kept alone
    feature: str = ""  # the place's feature type (city, district, neighborhood ...): how specific it is
    #: its own sentence names its own day (a weekday, «اليوم», 'on Monday') that a report with no publication date
    #: cannot resolve: told as news of a day, as a dated account is, not as a back reference (kept alone). The
    #: day as read against one fixed day (``incidents._PROBE_DAY``): two accounts' days compare, not their dates.
    day_untold: date | None = None
    took_arrest: bool = False  # an arrest made in this fight was merged into it (`_arrest_of_fight`)
    #: What the merge rules read of its account alone (`DraftFacts`): shared with every draft of the same text.
    facts: DraftFacts = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", DraftFacts.of(self.incident))  # (frozen: set once, here)


#: The facts of the accounts of one article, by their text (`DraftFacts.of`); emptied after each `merge_drafts`.
_ACCOUNTS: dict[tuple[str, str], DraftFacts] = {}


@dataclass(frozen=True, eq=False)
class DraftFacts:
    """What the merge rules read of one account (a draft) alone, in its own text: what its sentence (its evidence)
    says, and what it says of its event word (its trigger). Every pair the account is in asks the same facts, and
    the drafts a merge makes keep an account's text (a merged draft keeps its first account's sentence), so the facts
    are one record per text (`of`), each fact read the first time a rule asks it and kept. A pairwise rule reads
    ``d.facts.<fact>``; a new fact is one ``@_fact`` method here. What depends on more of the draft than its text
    (its place, its type, its flags) is read of the draft by the rules."""

    evidence: str
    trigger: str

    @staticmethod
    def of(x: Incident) -> DraftFacts:
        """The record of the account's text, shared by every draft of the article with that text."""
        key = (x.evidence or "", x.trigger or "")
        facts = _ACCOUNTS.get(key)
        if facts is None:
            facts = _ACCOUNTS[key] = DraftFacts(*key)
        return facts

    @_fact
    def bare(self) -> str:
        """Its sentence without short vowels and shadda (`_HARAKAT`): «يُذكر» read as «يذكر»."""
        return _HARAKAT.sub("", self.evidence)

    @_fact
    def another(self) -> bool:
        """It says it is another event of its kind ("in a separate attack", «عبوة ناسفة أخرى»; cue class
        ``another_event``): «وإصابة 7 آخرين» (seven others wounded) is not one."""
        return says_another(self.evidence)

    @_fact
    def opens_another(self) -> bool:
        """Its sentence opens by saying it is another event ("In another attack on Sunday,", «وفي هجوم آخر
        اليوم،»), not a detail further on ("... and a second was intercepted")."""
        return says_another(self.evidence, 0, min(len(self.evidence), OPENING_CHARS))

    @_fact
    def nth(self) -> bool:
        """It numbers itself among its kind (`NTH_OF_KIND`: "the second drone within hours")."""
        return needs.search(NTH_OF_KIND, self.evidence) is not None

    @_fact
    def toll_rose(self) -> bool:
        """It tells a risen toll (`extract.numbers.tells_risen_toll`)."""
        return tells_risen_toll(self.evidence)

    @_fact
    def of_wounds(self) -> bool:
        """It tells a death of wounds ("a third soldier died of his wounds on Monday", «توفي جندي متأثراً
        بجروحه»): the toll of the event told before it, a day or two on."""
        return needs.search(_OF_WOUNDS, self.bare) is not None

    @_fact
    def other_account(self) -> bool:
        """It is another source's count or a first report (cue class ``other_account``)."""
        return says_other_account(self.evidence)

    @_fact
    def second_source(self) -> bool:
        """It is told by a second or another source (cue class ``second_source``)."""
        return says_second_source(self.evidence)

    @_fact
    def elsewhere(self) -> bool:
        """Its sentence names another country (`_ELSEWHERE`)."""
        return _ELSEWHERE.search(self.evidence) is not None

    @_fact
    def at_scene(self) -> bool:
        """Its sentence tells its event at the scene of one told before it (cue class ``at_scene``)."""
        s = self.evidence
        return any(cue_start(s, lang, "at_scene", 0, len(s)) is not None for lang in ("ar", "en"))

    @_fact
    def arrest_sought(self) -> bool:
        """Its sentence names an arrest a fight was fought over (`_seeks_arrest`)."""
        return _seeks_arrest(self.evidence)

    @_fact
    def condemnation(self) -> bool:
        """Its event word is what a condemnation names in the same clause (`_condemnation`)."""
        return _condemnation(self.evidence, self.trigger)

    @_fact
    def opens_with_day(self) -> bool:
        """Its sentence opens with a day of its own (`_opens_with_day`)."""
        return _opens_with_day(self.bare)

    @_fact
    def struck(self) -> bool:
        """Its sentence says the attack got through: an attempt on someone («نجا رئيس الوزراء من محاولة اغتيال
        بطائرة مسيرة»: it reached him, no one died), or the attack fired, struck, landed, hurt or damaged
        (`_struck_ar`; in English `_FIRED`, `_IMPACT`)."""
        evidence = self.evidence
        if self.assassination:
            return True
        if _ENGLISH.match(evidence) is None:
            # «استهدفت طائرتان مسيرتان القاعدة» ... «أسقطت الدفاعات الطائرتين»: nothing struck
            return self.arabic_struck
        if _FIRED.search(evidence) is not None:
            return True  # "the attackers fired the rockets": the attack itself, whatever was intercepted
        words = {m.group(0).lower() for m in _IMPACT.finditer(evidence)}
        # "a drone fell in a village ... but was brought down": it fell because it was shot down
        return bool(words - {"fell", "falling"}) or (bool(words) and _DOWNED.search(evidence) is None)

    @_fact
    def arabic_struck(self) -> bool:
        """Its sentence is Arabic (not `_ENGLISH`) and says the attack got through (`_struck_ar`)."""
        return _ENGLISH.match(self.evidence) is None and _struck_ar(self.evidence)

    @_fact
    def protesters_held(self) -> bool:
        """Its sentence names the arrested as protesters (`_PROTESTERS_HELD`: 'the arrest of about 31 protesters', 'police
        fire tear gas at Basra protesters, arrest dozens')."""
        return _PROTESTERS_HELD.search(self.evidence) is not None

    @_fact
    def tells_assassination_flash(self) -> bool:
        """Its sentence names an assassination (words.yaml, assassination: `_ASSASSINATION`), as a flash tells it."""
        return bool(needs.search(_ASSASSINATION, self.evidence))

    @_fact
    def bare_blast(self) -> bool:
        """Its event word is a blast told with no device (`_BARE_BLAST`: «تفجير استهدف سيارة», 'an explosion hit')."""
        return _BARE_BLAST.match(self.trigger.strip()) is not None

    @_fact
    def assassination(self) -> bool:
        """Its event word is an assassination or an attempt on someone (`ASSASSINATION_WORD`)."""
        return ASSASSINATION_WORD.search(self.trigger) is not None

    @_fact
    def under_fire(self) -> bool:
        """Its sentence tells fire or a wound (`_UNDER_FIRE`)."""
        return _UNDER_FIRE.search(self.evidence) is not None

    @_fact
    def killing_word(self) -> bool:
        """Its event word names a death (`_KILLING_WORD`: «مقتل», «اغتيال», 'killed')."""
        return _KILLING_WORD.search(self.trigger) is not None

    @_fact
    def tells_assassination(self) -> bool:
        """Its sentence names an assassination or an attempt (`ASSASSINATION_WORD`)."""
        return ASSASSINATION_WORD.search(self.evidence) is not None

    @_fact
    def own_fire(self) -> bool:
        """Its sentence names gunmen or gunfire (`_OWN_FIRE`): an attempt made by them, not by a bomb told before."""
        return _OWN_FIRE.search(self.evidence) is not None

    @_fact
    def killing_before_word(self) -> bool:
        """Its sentence names a death (`_KILLING_WORD`) before its event word (anywhere, if the word is not found):
        a title that tells a killing by a strike («مقتل مسؤول … بقصف تركي»)."""
        title, trigger = self.evidence, self.trigger.strip()
        at = title.find(trigger) if trigger else -1
        return _KILLING_WORD.search(title, 0, at if at >= 0 else len(title)) is not None

    @_fact
    def struck_by(self) -> bool:
        """Its sentence says the victims were struck from the air (`_STRUCK_BY`: 'were struck', «استهدفت»)."""
        return _STRUCK_BY.search(self.bare) is not None

    @_fact
    def recap(self) -> bool:
        """Its sentence tells its event as a recap before its event word (`RECAP`: «ويذكر أن», «وكان ... قد»,
        'Earlier this month'), the cue read without its short vowels («يُذكر أن», «وكانَ ... قد»)."""
        evidence = self.evidence
        trigger = evidence.find(self.trigger) if self.trigger else -1
        before = _HARAKAT.sub("", evidence[:trigger] if trigger >= 0 else evidence)
        return bool(needs.search(RECAP, before))

    @_fact
    def told_as_past(self) -> bool:
        """Its sentence tells a month or day as past from the report's side (`_PAST_MONTH`: «الماضي», 'last')."""
        return _PAST_MONTH.search(self.bare) is not None

    @_fact
    def definite_means(self) -> bool:
        """Its sentence names the means of an event already told, definite (`_DEFINITE_MEANS`: «العبوة», 'the bomb')."""
        return _DEFINITE_MEANS.search(self.bare) is not None

    @_fact
    def another_not_nth(self) -> bool:
        """Its sentence, its ordinals aside (`_ORDINAL_WORD`: not only the second of its kind), says it is another
        event, and not only of what today's event comes after: «... إن صاروخ كاتيوشا سقط وسط المنطقة الخضراء، يأتي
        الهجوم بعد أيام من إعلان ...» names that after the cue, and an account whose own event word stands before it
        is today's event retold, unless the words before the cue say it is another (prec9 audit, issue 8)."""
        told = _ORDINAL_WORD.sub(" ", self.bare)
        if not says_another(told):
            return False
        after = comes_after_at(told)
        trigger = _HARAKAT.sub("", self.trigger).strip()
        at = told.find(trigger) if trigger else -1
        # Arabic puts the verb first: in «وجاءت عملية الاغتيال بعد أيام من تهديدات», «وتأتي هذه الهجمات غداة ...» the
        # event word between the verb and «بعد/عقب/غداة» is the subject, today's event retold (review12)
        pivot = _PIVOT.search(told, after) if after is not None else None
        before = pivot.start() if pivot is not None and pivot.start() - after <= PIVOT_CHARS else after
        return after is None or not 0 <= at < before or says_another(told[:after])

    @_fact
    def indefinite_dual(self) -> bool:
        """Its event word is an indefinite dual (`_INDEFINITE_DUAL`: «تفجيران», «انفجارين»): two events of its own."""
        return _INDEFINITE_DUAL.match(self.trigger) is not None

    @_fact
    def bare_strike(self) -> bool:
        """Its event word is a bare «القصف» (`_BARE_STRIKE`): no weapon named with it."""
        return _BARE_STRIKE.match(self.trigger.strip()) is not None

    @_fact
    def named_again(self) -> bool:
        """Its event word names a weapon again with the article and nothing else (`_WEAPON_AGAIN`: «الصاروخ»), or a
        blast its sentence tells heard (`_BLAST`, `_HEARD`: «سماع دوي انفجار»)."""
        trigger = self.trigger.strip()
        return _WEAPON_AGAIN.match(trigger) is not None or (
            _BLAST.match(trigger) is not None and _HEARD.search(self.evidence) is not None)

    @_fact
    def massacre(self) -> bool:
        """Its event word is a massacre (`_MASSACRE`: «مجزرة», 'massacre')."""
        return _MASSACRE.search(self.trigger) is not None

    @_fact
    def protests(self) -> bool:
        """Its sentence names protests (`_PROTESTS`)."""
        return _PROTESTS.search(self.evidence) is not None

    @_fact
    def another_of_kind(self) -> bool:
        """It calls its event another one of the kind ("Another roadside bomb detonated near a patrol east of
        Baquba", «عبوة ناسفة أخرى»): "another", "a separate" just before its event word, «أخرى», «آخر» just after
        it (its own words). At another place than the one told before, a second event, however near."""
        trigger = self.trigger.strip()
        if not trigger:
            return False
        evidence = self.evidence
        at = evidence.find(trigger)
        if at < 0:
            return False
        return says_another(evidence, max(0, at - 40), min(len(evidence), at + len(trigger) + 20))

    @_fact
    def aerial(self) -> bool:
        """Its sentence names a drone or a rocket (`_AERIAL`): a foiled attack by air."""
        return _AERIAL.search(self.evidence) is not None

    @_fact
    def claimed(self) -> bool:
        """Its event word is the object of a claim of responsibility told just before it (``CLAIM_CHARS``)."""
        evidence, trigger = self.evidence, self.trigger.strip()
        at = evidence.find(trigger) if trigger else -1
        return at >= 0 and says_claim(evidence[max(0, at - CLAIM_CHARS):at])

    @_fact
    def aircraft_missiles(self) -> bool:
        """Its event word is bare missiles (`_BARE_MISSILES`) with an aircraft named just before (`_AIRCRAFT_BEFORE`:
        «استهدفت الطائرة بثلاثة صواريخ», 'the drone fired two missiles')."""
        trigger = self.trigger.strip()
        at = self.evidence.find(trigger) if trigger else -1
        return _BARE_MISSILES.match(trigger) is not None and at >= 0 and \
            _AIRCRAFT_BEFORE.search(self.evidence[max(0, at - 40):at]) is not None

    @_fact
    def blasts_heard(self) -> bool:
        """Its sentence tells blasts heard (`_HEARD_BLAST`) and names no bomb of its own (`_OWN_BOMB`)."""
        return _HEARD_BLAST.search(self.evidence) is not None and _OWN_BOMB.search(self.evidence) is None

    @_fact
    def raid_named_back(self) -> bool:
        """Its event word is a raid or an operation (`_RAID_WORD`) its sentence names back (`_RAID_TOLD`: 'the
        raid', «المداهمة»)."""
        return _RAID_WORD.search(self.trigger) is not None and _RAID_TOLD.search(self.evidence) is not None

    @_fact
    def pair(self) -> bool:
        """Its sentence tells a pair of events one by one («أحدهما ... والآخر ...»: `tells_a_pair`)."""
        return tells_a_pair(self.evidence)

    @_fact
    def sums_up(self) -> bool:
        """Its event word is plural or dual (`_PLURAL`), or a count of events stands before it (`_SEVERAL`: «سلسلة
        من», 'a series of'): the sentence sums up several events."""
        trigger = self.trigger
        before = self.evidence[:max(0, self.evidence.find(trigger))] if trigger else ""
        return bool(_PLURAL.search(trigger) or needs.search(_SEVERAL, before[-40:] + trigger))


#: Fire or a wound in an arrest's own sentence («ووسط إطلاق النار سلم نفسه، فيما أصيب ابن عمه ... واعتقل», 'amid gunfire
#: ... was shot in the arm and taken into custody'): the arrest was made in the fight told in the sentence before.
_UNDER_FIRE = re.compile(r"gunm[ae]n|opened fire|open fire|\bshot\b|gunfire|bullets|wounded|injured|clash|fighting|"
                         r"مسلح|النار|رصاص|اصيب|أصيب|جرح|اشتباك|اشتبك", re.IGNORECASE)


def _seeks_arrest(text: str) -> bool:
    """Whether a fight's sentence names the arrest it was fought over (cue class ``arrest_sought``: «إثر محاولة قوات
    الأمن تنفيذ مذكرة قبض», «انتهت باعتقاله», 'the arrest operation', 'This bold raid')."""
    return any(cue_start(text, lang, "arrest_sought", 0, len(text)) is not None for lang in ("ar", "en"))


#: The arrested named as protesters or demonstrators ('the arrest of about 31 protesters', «اعتقال عدد من المتظاهرين»,
#: «واعتقلت خمسة من المعتصمين»).
_PROTESTERS_HELD = re.compile(
    r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|rounded up)[\"”]?\s+(?:of\s+)?(?:[\w\"“”'-]+\s+){0,3}?[\"“]?"
    r"(?:protesters|protestors|demonstrators|rioters)\b|"
    r"\b(?:protesters|protestors|demonstrators|rioters)\b[^.;:]{0,40}?\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?)\s+"
    r"(?:dozens|scores|hundreds|several|some|many|\d+)\b|"
    r"(?:اعتقال|اعتقل|اعتقلت|احتجاز|احتجزت|القبض على|توقيف)\s+(?:\S+\s+){0,4}?(?:ال)?(?:متظاهر|محتج|مشاغب|معتصم)[\u0621-\u064A]*",
    re.IGNORECASE)

#: Gunmen or gunfire in an attempt's own sentence: the attempt was made by them, not by the bomb told before it.
_OWN_FIRE = re.compile(r"gunm[ae]n|opened fire|open fire|shot|gunfire|bullets|stabb|مسلح|النار|رصاص|طعن", re.IGNORECASE)

_KILLING_WORD = re.compile(r"قتل|مقتل|اغتيال|استشهاد|مصرع|killed|killing|death", re.IGNORECASE)

#: The victims told as struck by a weapon from the air («استهدفت»، «قصفت»), in the sentence of their death.
_STRUCK_BY = re.compile(r"\b(?:was|were|been|being)\s+(?:hit|struck|targeted|bombed)\b|(?<![\u0621-\u064A])[وف]?(?:استهدف|استهدفت|"
                        r"قصف|قصفت|استهدافه|استهدافها|استهدافهم|قصفها|قصفه)(?![\u0621-\u064A])", re.IGNORECASE)

#: A sentence telling an older event as a recap, before its trigger: «ويذكر أن القصف … كان قد تجدد مساء
#: الاثنين», «وكان مسلحون قد …», «سبق أن», "Earlier this month, a car bomb …", "militants previously attacked".
#: Not what today's event comes after («ويأتي ذلك بعد أن قتل مسلحون …», "The attack came hours after gunmen
#: killed …"): that is mostly an event of the last days, which real reports' annotators date (the lead's blind
#: set lost one such English event to it); it keeps the day it is given.
RECAP = re.compile(r"(?<![\u0621-\u064A])(?:[وف]?يذكر (?:ان|أن|إن)|[وف]?كان(?:ت)?(?: \S+){0,6} قد|[وف]?سبق (?:ان|أن|و)|"
                   # «هجمات متكررة، كان آخرها هجوم على …» (the latest of which was): the last of the earlier ones
                   r"[وف]?كان(?:ت)? (?:آ|ا|أ)خرها|و(?:آ|ا|أ)خرها)"
                   r"(?![\u0621-\u064A])|\bearlier (?:this|in the) (?:month|week|year)\b|\bthe latest of which\b|"
                   r"\bpreviously\b(?! (?:unknown|unheard|little-known|banned|undisclosed|unreported|announced)\b)",
                   re.IGNORECASE)

#: The month told as past from the report's side («في شهر تموز الماضي», "last July", "earlier this year"), not
#: an encyclopedia's absolute month («في تموز 2016»), whose undated title may sum the same event up.
_PAST_MONTH = re.compile(r"(?<![\u0621-\u064A])(?:الماضي|الماضيه|الماضية|المنصرم|المنصرمه|المنصرمة|السابق)(?![\u0621-\u064A])|"
                         r"\b(?:last|earlier|previous)\b", re.IGNORECASE)

_DAY_NAMES = (r"(?:السبت|الاحد|الأحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الأربعاء|الخميس|الجمعة|"
              r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
#: What may stand before a date opening its sentence («و», «ف», "On", "Early on").
_BEFORE_OPENING_DAY = re.compile(r"^\W*(?:[وف]|(?:early |late )?on |early |late )?\W*$", re.IGNORECASE)
_REFERENCE = date(2000, 1, 1)  # a day to resolve relative dates against when only where they stand counts
#: A day of the week told from the report's side: a weekday, yesterday, days ago («منذ 5 أيام», «قبل يومين»);
#: not a date of the calendar ("On September 12"), which an account of the event told may give it.
_DAY_OF_THE_WEEK = re.compile(_DAY_NAMES + r"|(?<![\u0621-\u064A])(?:[أا]مس|البارحة|يومين|[أا]يام)(?![\u0621-\u064A])|"
                              r"\b(?:yesterday|days? ago)\b", re.IGNORECASE)
RANGE_CHARS = 8  # a second date this near after the first makes a range ("On Sunday and Monday", «الأحد والاثنين»)


def _opens_with_day(evidence: str) -> bool:
    """Whether the sentence opens with a day of its own («والأحد، فشلت محاولة …», «ومنذ 5 أيام، اغتال», "On
    Monday, three rockets …"), not a range of days ("On Sunday and Monday", «الأحد والاثنين»)."""
    found = find_dates(evidence, _REFERENCE)  # relative days need a reference; any fixed one shows where they stand
    if not found or _BEFORE_OPENING_DAY.match(evidence[:found[0].start]) is None or \
            _DAY_OF_THE_WEEK.search(found[0].expression) is None:
        return False
    return not (len(found) > 1 and found[1].start - found[0].end <= RANGE_CHARS)


#: A death of wounds ("died of his wounds on Monday", «توفي متأثراً بجروحه»): the toll of the event told before.
_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed)\b(?:\s+\S+){0,4}?\s+(?:of|to) (?:his|her|their|the) (?:wounds|injuries)|"
                        r"متأثر\S*\s+(?:ب)?(?:جروح|جراح|إصاب|اصاب)", re.IGNORECASE)

#: The means of an event already told, definite («العبوة», «الانفجار», «الصواريخ», "the bomb", "the rockets").
_DEFINITE_MEANS = re.compile(r"(?<![\u0621-\u064A])[وفب]?ال(?:عبو[ةه]|عبوتين|عبوتان|سيار[ةه] المفخخ[ةه]|مفخخ[ةه]|صاروخ|صواريخ|"
                             r"قذيف[ةه]|قذائف|طائر[ةه] المسير[ةه]|مسير[ةه]|انفجار|تفجير|هجوم|قصف|انتحاري)(?![\u0621-\u064A])|"
                             r"\bthe (?:bomb|blast|explosion|rockets?|missiles?|shells?|drone|attack|bomber)\b", re.IGNORECASE)

#: An ordinal («وهو القصف الثاني خلال أسبوع», «ويعد هذا ثاني قصف», «الصاروخ الثاني», "a second was
#: intercepted") numbers the event or its weapon among others of the kind: part of the attack told, or a
#: count of earlier ones the report does not tell, never by itself another event than the one before.
_ORDINAL_WORD = re.compile(r"(?<![\u0621-\u064A])(?:ال)?(?:ثان|ثاني|ثانيه|ثانية|ثالث|ثالثه|ثالثة|رابع|رابعه|رابعة|خامس|"
                           r"خامسه|خامسة)(?![\u0621-\u064A])|\b(?:second|third|fourth|fifth)\b", re.IGNORECASE)

#: Another country named in the account's sentence (words.yaml, elsewhere: «الباكستانية», 'Afghan', 'across the
#: border'): an account told as another event there is no event at the Iraqi report's leading place (review10).
_ELSEWHERE = word_regex(r"(?<![\u0621-\u064A])[وفبل]?(?:{elsewhere@ar})(?![\u0621-\u064A])|\b(?:{elsewhere@en})\b", re.IGNORECASE)


OPENING_CHARS = 40  # how far into a sentence its opening words run

#: An indefinite dual event noun (تفجيران/تفجيرين في أبو دشير، انفجارين وقعا في حي الشعب): a generic word,
#: but one that tells two events of its own, never one pointing back at an event told elsewhere.
_INDEFINITE_DUAL = re.compile(r"^[وف]?(?:تفجير|انفجار|هجوم)(?:ين|ان|ي|ا)(?![\u0621-\u064A])")

#: A bare «القصف», «قصفاً» (no rocket, mortar, artillery or aircraft word with it): the strike told beside it.
_BARE_STRIKE = re.compile(r"^[وفبل]?(?:ال|لل)?(?:قصف|قصفا|قصفاً|قصفت|يقصف|تقصف)$")

#: A weapon named again with the article and nothing else («الصاروخ أطلق من ساحة خالية ...», «في الغارة
#: الجوية»): the one just told, wherever it was fired from.
_WEAPON_AGAIN = re.compile(r"^[وفبل]?(?:ال|لل)(?:صاروخ|صاروخان|صاروخين|صواريخ|قذيف[ةه]|قذائف|غار[ةه]|غارات|ضرب[ةه])"
                           r"(?:\s+(?:ال)?جوي[ةه])?$|"
                           # «على إثر الهجوم الصاروخي»: the attack named again by a weapon adjective (dup7)
                           r"^[وفبل]?(?:ال|لل)هجوم\s+ال(?:صاروخي|جوي)$")
#: A blast heard («سماع دوي انفجار في وسط بغداد»): the sound of the attack told, not a bomb of its own.
_BLAST = re.compile(r"^[وفبل]?(?:ال)?(?:انفجار|انفجارات|انفجاران|انفجارين)$")
_HEARD = re.compile(r"دو[يى]|سماع|سمع|[أا]صوات")

_PROTESTS = re.compile(r"تظاهر|مظاهر|احتجاج|محتج|\bprotest|\bdemonstrat", re.IGNORECASE)

_MASSACRE = re.compile(r"مجزر|مذبح|massacre", re.IGNORECASE)

#: A foiled attack by air (a drone or rocket brought down) is a disrupted weapons use whatever fight is told.
_AERIAL = re.compile(r"مسير|طائر|صاروخ|صواريخ|\b(?:drones?|rockets?|missiles?|uavs?)\b", re.IGNORECASE)

CLAIM_CHARS = 60  # how far before its event word a claim of responsibility names it ("claimed responsibility for the attack")

#: Missiles named bare («بثلاثة صواريخ», "with three missiles") and the aircraft that fired them just before.
_BARE_MISSILES = re.compile(r"^[وب]?(?:ال)?(?:صاروخ|صاروخين|صاروخان|صواريخ)$|^(?:missiles?|rockets?)$", re.IGNORECASE)
_AIRCRAFT_BEFORE = re.compile(r"(?:طائر|مسير|مسيّر|\bdrones?\b|\baircraft\b|\bjets?\b|\bhelicopters?\b)\S*\s+(?:\S+\s+){0,3}$",
                              re.IGNORECASE)

#: Blasts heard («سمع دوي انفجارات», 'explosions were heard', 'the sound of a blast'), with no bomb of their own.
_HEARD_BLAST = re.compile(r"\b(?:heard|sounds? of)\b[^.]{0,25}\b(?:explosions?|blasts?)\b|\b(?:explosions?|blasts?)\b[^.]{0,25}\bheard\b|"
                          r"(?<![\u0621-\u064A])[وف]?(?:ال)?دوي\s+(?:ال)?انفجار", re.IGNORECASE)
_OWN_BOMB = re.compile(r"\b(?:bombs?|ied|ieds|roadside|explosive|device|car bomb|suicide|mine|grenade)\b|عبو[ةه]|عبوات|مفخخ|ناسف|"
                       r"انتحاري|لغم|قنبل[ةه]|رمان[ةه]", re.IGNORECASE)

#: The raid or operation named back («المداهمة», «العملية», "the raid", "the operation"): the one just told.
_RAID_WORD = re.compile(r"\b(?:raid|operation|sweep)|مداهم|عملي[ةه]", re.IGNORECASE)
_RAID_TOLD = re.compile(r"\bthe (?:raid|operation|sweep)\b|(?<![\u0621-\u064A])[وف]?(?:ب|ل)?ال(?:مداهم|عملي)[ةه]", re.IGNORECASE)

_ASSASSINATION = word_regex("{assassination:flash}", re.IGNORECASE)  # words.yaml, assassination
#: A blast told with no device («تفجير استهدف سيارة», "an explosion hit"): how it was done may be told apart.
_BARE_BLAST = re.compile(r"^(?:[وفب]?(?:ال)?(?:تفجير|انفجار)|(?:an? |the )?(?:blast|explosion))(?![\u0621-\u064A\w])"
                         r"(?!.*(?:عبو|ناسف|مفخخ|ملغم|لاصق|bomb|IED|device))", re.IGNORECASE)

#: A plural or dual event word (bombs, blasts, تفجيرات، انفجارين) or a count of events (سلسلة من،
#: عدد من، series of, several): the sentence sums up several events.
_PLURAL = re.compile(r"^(?:\S+s|\S+(?:ات|ين|ان))(?!\S)", re.IGNORECASE)  # of the trigger's first word
_SEVERAL = re.compile(r"(?:سلسله|سلسلة|عدد|موجه|موجة) من|\b(?:series|wave|string|spate) of\b|"
                      r"\b(?:several|multiple|two|three|four|five|six|seven|eight|nine|ten|twin)\s+"
                      r"(?:\S+\s+)?(?:bomb|blast|attack|explosion)", re.IGNORECASE)

#: A condemnation starting a word («أدان», «ودانت», «نددت بـ», 'condemned', 'denounces'): words.yaml, speech (use
#: condemnation).
_CONDEMNING = word_regex(r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:condemnation})", re.IGNORECASE)
CONDEMN_CHARS = 120  # how far before the event word it names a condemnation may stand (its speaker's name between)

_CLAUSE_END = re.compile(r"[.;؛!?\n]")


def _condemnation(evidence: str, trigger: str) -> bool:
    """Whether the account's event word is what a condemnation names in the same clause («أدان الأمين العام بشدة
    الهجوم», «نددت البعثة بالهجوم الصاروخي», 'Barzani condemned, on Wednesday, the terrorist attacks'): a reaction
    to an event, which the report tells as news in an account of its own when it tells it again."""
    at = evidence.find(trigger) if trigger else -1
    if at < 0:
        return False
    return _CONDEMNING.search(_CLAUSE_END.split(evidence[:at][-CONDEMN_CHARS:])[-1]) is not None


def _same_sentence(a: _Draft, b: _Draft) -> bool:
    """Whether the two drafts (or drafts merged into them) come from one sentence: a headline merged
    with the body's account keeps the body sentence, where a toll told apart still joins it."""
    if not a.sentences and not b.sentences:
        return a.sentence_index == b.sentence_index
    return bool(_sentences(a) & _sentences(b))


def _sentences(d: _Draft) -> frozenset[int] | set[int]:
    """The sentences of the accounts merged into the draft (its own, if none merged)."""
    return d.sentences or {d.sentence_index}


def _first(d: _Draft) -> int:
    """The first of the draft's sentences: where the report first tells it."""
    return min(d.sentences or {d.sentence_index})


_KILLINGS = frozenset({"Battles", "Violence against civilians"})  # a killing's type depends on who died
_VIOLENT = _KILLINGS | {"Explosions/Remote violence"}  # what "the attack" may refer back to
