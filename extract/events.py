"""Candidate events: trigger words in a sentence, filtered by policy/future/negation/aggregate cues.

One pass of the trigger matcher per article finds every trigger of ``triggers.yaml`` in the
normalised article (its phrase trie tried only where a phrase's first word occurs); one pass of
the cue matcher finds the cues of every class of ``cues.yaml`` (``_cue_spans``: its phrases at once, the
regex entries of a class when a sentence first reads ``cue_spans[cls]``; an article reads about half
of the classes, so a new class costs little until a sentence asks for it). Per sentence the
triggers are then cleaned (a cache find owns the weapons listed after it, a weak weapon word
needs an event verb, generic words give way to a specific event of the same sentence), grouped
(triggers a few words apart describe one event) and checked against the cues in their clause.

A rule that asks whether a stretch of the article holds a cue of some class (a denial, a foreign
force, a cause) calls :func:`cue_start` with the class's name (a new class is a ``cues.yaml`` key,
rows with their source), not a regex of its own over the stretch: the words one of which every
cue of the class holds (anchor literals of its regexes, a word of each phrase:
``PhraseMatcher.literals``) are looked for in the stretch alone (the article is folded once; one
Aho-Corasick pass over the stretch, stopping at the first word), and the many stretches that hold
none of them are answered without running the matcher. Keep such a class's regexes anchored (a
literal near the match start, ``extract.anchors``): an entry with neither anchors nor needed
literals switches the pre-check off for its class and runs over every stretch asked about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from extract import needs
from extract import regexes as re
from extract.dates import find_dates
from extract.lexicon import Normalised, PhraseMatcher, Trigger, cues, word_regex
from extract.lexicon_cache import shipped
from extract.model import DAY
from extract.phrases import normalise_slice
from extract.sentences import boilerplate_spans
from geo.new_events import alternation

_RANK = {"strong": 3, "weak": 2, "generic": 1}
#: Cue classes looked for before the trigger (its clause and the clause before) and after it.
BEFORE = ("future", "hypothetical", "policy", "negation", "aggregate", "trend", "reference_point")
AFTER = ("future_after", "aggregate", "reference_point")
#: Rejected events that are still built: kept only with an old date of their own (extract.incidents).
REFERENCE = "reference_point"
_CLAUSE_MARK = re.compile(r"[،,;؛:]|\s-\s")
_SUBORDINATE = re.compile(r"(?:خلال|أثناء|اثناء|في|during|in|in an?)\s*$", re.IGNORECASE)
#: The dead are combatants (security forces or militants): a killing is then a battle. «المتطرفين»,
#: «المتشددين», «الدواعش» name militants as Saudi and wire copy does (arwire7 audit, issue 8). words.yaml, combatants.
_COMBATANT = word_regex("{combatants}", re.IGNORECASE)
#: Sub-event types that give way, in a group, to a more specific one (protesters + stormed = riot).
_LEAST_SPECIFIC = frozenset({"Peaceful protest", "Other", "Armed clash"})
#: Trigger roles that decide their group's type (triggers.yaml: a downed helicopter, an armed crowd).
_DECIDES = frozenset({"decides", "armed", "rescue"})
#: The attack the victims died in («مقتل شخصين في هجوم داعشي», "two people killed in an ISIS attack"): what
#: follows it names the attackers, not the dead (type9 audit: «داعشي» read as dead militants made a battle).
_KILLERS = re.compile(r"برصاص|بنيران|على يد|علي يد|(?<![\u0621-\u064A])(?:بيد|بأيدي|بايدي)(?![\u0621-\u064A])|من قبل|بهجوم|"
                      r"(?<![\u0621-\u064A])(?:في|فى|جراء|اثر|إثر|أثر|خلال)\s+(?:ال)?(?:هجوم|هجمات|اعتداء)(?![\u0621-\u064A])|"
                      r"\bby\b|at the hands|\bin (?:an?|the) (?:[\w-]+ ){0,2}?(?:attack|assault|raid)\b", re.IGNORECASE)
#: A shooting word ending the trigger («إطلاق نار», «إطلاق النار», «الرصاص»), and «من» right after it: the fire came
#: from those named next («إثر إطلاق نار من مسلحين مجهولين», «من أسلحة رشاشة»: the shooters or their guns, a word or two),
#: not the dead; the victims may follow («... على مواطنين») (probe12, issue 8).
_FIRE_END = re.compile(r"(?:نار|النار|رصاص|الرصاص|نيران|النيران|اطلاقات|إطلاقات)\s*$")
_FROM_SHOOTERS = re.compile(r"\s*من\s+(?!بين|عناصر|منتسبي|افراد|أفراد)\S+(?:\s+(?!على|علي|باتجاه|صوب|في|قرب)\S+)?")
#: an Arabic perfect with the plural subject suffix (قتلوا, اغتالوا, هاجموا): the words before it are
#: the killers («مسلحين مجهولين قتلوا شخصاً»), not the victims of a passive.
#: قتلوا is also the passive (ثلاثة جنود قتلوا في هجوم): active only with an object after it, not a
#: preposition, conjunction, time word or punctuation.
_ACTIVE_PLURAL = re.compile(r"[\u0621-\u064A]*وا\s+(?![وبل]|(?:في|فى|جراء|اثر|إثر|خلال|أثناء|اثناء|عند|حين|بعد|قبل|"
                            r"على|علي|امس|أمس|اليوم|مساء|صباح|ليل|فجر|ظهر|عصر|داخل|قرب|بين|منذ|إلى|الى|حيث|جميع)|"
                            r"[^\u0621-\u064A])")
#: The victims named are civilians (words.yaml, civilians): a killing of them is an attack.
_CIVILIAN = word_regex("{civilians}", re.IGNORECASE)
#: الهجوم, للهجوم, بالهجوم (ندّدت بالهجوم: the attack just told), الحادث (ووقع الحادث في ...: the incident just told).
_DEFINITE = re.compile(r"[وف]?(?:ب?ال|لل)(?:هجوم|هجمات|اعتداء|اعتداءات|انفجار|اشتباك|قصف|ضرب|عملي|غار|حادث)")
_EN_NOUN = re.compile(r"(?:attacks?|explosions?|blasts?|bombings?|strikes?|clash(?:es)?|incidents?)\b", re.IGNORECASE)
#: The definite attack words that name an event as known (no blast, operation or incident: a blast's nature may be
#: unknown, an operation or an incident need not be violent): see ``opening`` in _sentence_events.
_OPENING_NAMED = re.compile(r"[وف]?(?:ب?ال|لل)(?:هجوم|هجمات|اعتداء|اعتداءات|اشتباك|قصف|ضرب|غار)|"
                            r"(?:attacks?|bombings?|strikes?|clash(?:es)?)\b", re.IGNORECASE)
#: What names an event as one that happened, right before the report's first attack word: its claim, its toll or
#: victims, what followed from it («أعلن مسؤوليته عن الهجوم», 'the death toll of the attack', «إثر الهجمات الصاروخية»).
#: Not a bare time word (after, following, بعد, عقب: "Soldiers entered their quarters in Camp Taji after the attack on
#: Monday" tells the soldiers, not the attack; lead, session 12): what it caused, its toll, its claim.
_KNOWN_FRAME = re.compile(r"(?<![\u0621-\u064A])[وفبل]?(?:ال)?(?:مسؤولي|مسوولي|مسئولي|تبنى|تبنت|يتبنى|تتبنى|تبني|حصيل|ضحايا|"
                          r"قتلى|جرحى|مصابي|إثر|اثر|جراء|نتيج|بسبب)|\b(?:claim\w*|responsibility|toll|casualties|"
                          r"victims|survivors|aftermath|wake|due to|because of|(?:killed|wounded|injured|"
                          r"died|dead|hurt) (?:in|by|during))\b", re.IGNORECASE)
#: How far before the attack word its frame may stand (the death toll of the ISIS attack).
KNOWN_FRAME_CHARS = 40
#: A condemnation before the event word in its sentence («أدانت البعثة الهجوم», 'the UN condemned the attack').
_CONDEMNS = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:ادان|أدان|دان|تدين|يدين|ندين|ادانت|أدانت|دانت|ندد|نددت|تندد|يندد|"
                       r"استنكر|استنكرت|تستنكر|يستنكر|شجب|شجبت|يشجب|تشجب)|\b(?:condemn|denounc|deplor)\w*", re.IGNORECASE)
_WEAPONS = re.compile(r"سلاح|أسلحة|اسلحة|الأسلحة|عتاد|أعتدة|اعتدة|صواريخ|عبوات|ذخير|متفجر|قذائف|"
                      r"\b(?:weapons|arms|ammunition|explosives|rockets)\b", re.IGNORECASE)
#: knives and blades (أسلحة بيضاء, سلاح أبيض): a thief's weapon, not arms that make an arrest a security event
_COLD = re.compile(r"\s*(?:ال)?(?:بيضاء|ابيض|أبيض)")


def _firearms(text: str, lo: int, hi: int) -> bool:
    return any(not _COLD.match(text, m.end()) for m in _WEAPONS.finditer(text, lo, hi))


#: الهجوم الثاني, the second attack: the next event of a series, not a back reference.
_ORDINAL = re.compile(r"\s*(?:ال)?(?:ثاني|ثالث|رابع|خامس|آخر|اخر|أخير|اخير)(?:ة|ه)?(?![\u0621-\u064A])|"
                      r"\s+(?:second|third|fourth|other|latest)\b", re.IGNORECASE)
#: "the second attack", "One of the attacks", «أحد الهجومين», «إحدى الغارتين»: the event noun names one of a series the
#: report just told ("nine police were killed in two separate attacks"), with its own day and place, not the whole
#: series again ("the first attack" is left: "the first attack on the base this year" ranks today's event).
_MEMBER_BEFORE = re.compile(r"\b(?:one\s+of\s+the|the\s+(?:second|third|fourth|fifth|other))\s+(?:[a-z-]+\s+)?$|"
                            r"(?<![\u0621-\u064A])[وف]?(?:أحد|احد|إحدى|احدى|اِحدى)\s+$", re.IGNORECASE)
#: "... was the second attack on the base this week": the series member is the event just told, ranked.
_RANKS_THIS = re.compile(r"\b(?:is|was|marks|marked|became|be|as)\s+(?:the\s+)?(?:one\s+of\s+the\s+|second\s+|third\s+|"
                         r"fourth\s+|fifth\s+)?$", re.IGNORECASE)


def _series_member(text: str, start: int) -> bool:
    """Whether the event noun at ``start`` names one of a series just told (`_MEMBER_BEFORE`), not ranked as the
    event itself ("it was the second attack this week")."""
    member = _MEMBER_BEFORE.search(text, max(0, start - 30), start)
    if member is None or _RANKS_THIS.search(text, max(0, member.start() - 20), member.start() + 1):
        return False
    stop = _MEMBER_CLAUSE_END.search(text, start, start + OLDER_CHARS)
    return _OLDER.search(text, start, stop.start() if stop else start + OLDER_CHARS) is None


#: A time before the days a report tells ('the other attack in the city last month', «العام الماضي», 'in 2019'): the
#: series member so timed is an older event the report names, not one of the series it just told (review11,
#: narrowing 6bc1d05).
_OLDER = re.compile(r"\b(?:last|previous|earlier this)\s+(?:month|year|summer|winter|spring|autumn)\b|\b(?:months|years)\s+"
                    r"(?:ago|earlier|before)\b|\bin\s+(?:19|20)\d\d\b|(?:الشهر|العام|السنة|السنه)\s+(?:الماضي|الماضية|الماضيه|"
                    r"السابق|السابقة|السابقه)|(?<![\u0621-\u064A])(?:عام|سنة|سنه)\s+(?:19|20)\d\d|قبل\s+(?:اشهر|أشهر|سنوات|أعوام|اعوام)",
                    re.IGNORECASE)
_MEMBER_CLAUSE_END = re.compile(r"[.;؛!?؟\n]")
OLDER_CHARS = 80  # how far into the member's clause its time is read


#: ذوي ضحايا مجزرة سبايكر, the anniversary of the bombing: an event named, not reported.
#: ... and «بما ارتكبه من مجازر»: "the massacres it committed", a summing-up of past deeds (ما ... من), not a report.
#: Not a toll that rises («ارتفاع عدد ضحايا التفجيرين إلى 80 قتيلاً», «ارتفعت حصيلة ضحايا الهجوم»): the report's news is
#: the event of the last days whose count grows, as a toll update always is (trec12, issue 8: a car bombing's
#: risen toll gave no incident).
_NAMED_PAST = re.compile(r"(?<!ارتفاع )(?<!ارتفاع عدد )(?<!ارتفاع حصيلة )(?<!ارتفاع حصيله )(?<!ارتفعت حصيلة )"
                         r"(?<!ارتفعت حصيله )(?<!ارتفع عدد )(?<!ترتفع حصيلة )(?<!يرتفع عدد )"
                         r"(?:ضحايا|ذكرى|ذكري|victims of|anniversary of)\s+(?:the\s+)?$|"
                         r"(?<![\u0621-\u064A])[بلف]?ما\s+(?:ارتكب|اقترف)\S*\s+(?:\S+\s+){0,2}?من\s+$", re.IGNORECASE)
#: «... في بغداد في سوق شعبي الأسبوع الماضي», «... الجمعة الماضية»: the named event's own recent time in its
#: noun phrase (no clause mark before it): a recap of an event of the report's days, not a memory.
_LAST_WEEK = re.compile(r"[^.،,؛\n]{0,60}?(?<!\S)(?:(?:ال)?(?:اسبوع|أسبوع|شهر) (?:ال)?(?:ماضي|منصرم|فائت)|"
                        r"(?:يوم )?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه) "
                        r"(?:ال)?(?:ماضي|ماضية|ماضيه|فائت|فائتة|فائته))(?![\u0621-\u064A])")
#: The victims' families, the mourners (ذوو ضحايا, عوائل ضحايا): a commemoration, whatever its time.
_MOURNERS = re.compile(r"(?:ذوي|ذوو|عوائل|عائلات|اسر|أسر|أهالي|اهالي|ارواح|أرواح)\s+(?:ال)?ضحايا\s+(?:\S+\s+)?$")
_THIS_IS = re.compile(r"(?:هذا|هذه|وهذا|وهو|وهي|this|it)\s+(?:هو|هي|is|was)?\s*$", re.IGNORECASE)
#: A sentence that opens by ranking the event just told in a count over a period ("It was the third attack on shepherds
#: this month", «وهذا ثالث هجوم يستهدف الرعاة خلال الشهر الجاري», «ويعد هذا رابع استهداف ...»): its event word, right
#: after the ordinal, is that event again; the period after it is the count's span, not the day of another event.
_RANKS_TOLD = re.compile(r"\W*(?:(?:it|this|that)\s+(?:was|is|marks|marked|became)|(?:the|this)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:was|is|marks|marked|became))\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+(?:(?:such|similar|deadly|major|reported|"
                         r"known|[\w-]+-(?:style|type))\s+)?$|"
                         r"\W*[وف]?(?:(?:يعد|يعتبر|تعد|تعتبر|ياتي|يأتي|تاتي|تأتي)\s+)?(?:هذا|هذه|هو|هي)\s+(?:(?:ال)?"
                         r"(?:هجوم|حادث|حادثة|حادثه|اعتداء|استهداف|تفجير|انفجار|قصف)\s+)?(?:(?:هو|هي)\s+)?(?:ال)?(?:اول|أول|ثاني|"
                         r"ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\s+$", re.IGNORECASE)
#: the attack, this attack, Thursday's attack, last week's attack: a known event, referred to.
#: «طالب المحتجون», «طالب مئات المتظاهرين»: after a demand verb (cues.yaml, demand), the protesters a word or
#: two later are the demand's subject themselves.
_PROTESTERS_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:ال)?(?:محتج|متظاهر|معتصم)\S*")


def _protesters_demanded(text: str, demands: list[tuple[int, int]], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Each stretch of ``text[lo:hi]`` from a demand verb (its cue span in ``demands``) to the protesters
    who made the demand («طالب المحتجون»), leftmost first."""
    for a, b in demands[bisect_left(demands, (lo, -1)):]:
        if a >= hi:
            return
        protesters = _PROTESTERS_AFTER.match(text, b, hi)
        if protesters is not None:
            yield a, protesters.end()
#: A demand told in the present tense with how long it has been made («ويطالب المتظاهرون منذ أشهر بإقالة
#: الحكومة»): the protesters' standing demand, background, not a protest of the day (review9 probes, issue 8);
#: «منذ الصباح», «منذ ساعات» (since this morning) tell today's.
_PRESENT_DEMAND = re.compile(r"[وف]?[يت]طالب")
_SINCE = re.compile(r"(?<![\u0621-\u064A])منذ\s+(?!(?:ال)?(?:ساعات|ساعه|ساعة|صباح|الصباح|فجر|ظهر|مساء|ليل|ليله|ليلة|امس|أمس|يوم)"
                    r"(?![\u0621-\u064A]))")  # not since this morning: today's protest
STANDING_CHARS = 40  # how far after the protesters word «منذ» tells how long


def _standing_demand(text: str, demanded: tuple[int, int], hi: int) -> bool:
    start, end = demanded
    return bool(_PRESENT_DEMAND.match(text, start) and _SINCE.search(text, end, min(hi, end + STANDING_CHARS)))


#: «خلال تظاهرة», «أثناء وقفة احتجاجية», "during a protest": the protest as the occasion of what is told.
_DURING = word_regex(r"(?:(?<![\u0621-\u064A])(?:{during:protest@ar})|\b(?:{during:protest@en}))\s+(?:(?:ال)?\S+\s+)?$",
                     re.IGNORECASE)  # words.yaml, during
_THE = re.compile(r"(?:\b(?:the|this|that|these|those)|[a-z]['’]s)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: ... but "yesterday's bombing of the party headquarters in Baghdad" names its own target: introduced.
_POSSESSIVE = re.compile(r"[a-z]['’]s\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_OWN_TARGET = re.compile(r"\s+(?:of|on|in|at|near|against|targeting)\b", re.IGNORECASE)
#: أدان التفجير الذي وقع اليوم في حي الكرادة: a definite noun with a relative clause telling where,
#: when or whom it hit introduces the event (statements, condemnations), it does not refer back.
#: The clause must give the event a time of its own (اليوم، أمس، مساء الاثنين) or a place (في ...، قرب ...).
_INTRODUCED = re.compile(r"\S*\s+(?:[^\s،,.]+\s+){0,4}?(?:الذي|التي|اللذين|اللذان|اللتين|اللتان)\s+"
                         r"(?:وقع|وقعت|وقعا|استهدف|استهدفت|استهدفا|ضرب|ضربت|هز|هزت|طال|طالت|حدث|حدثت|جرى|جرت|"
                         r"شهدت|شهدها|شهده)(?![\u0621-\u064A])[^.،,؛\n]{0,40}?(?<!\S)(?:اليوم|امس|أمس|مساء|صباح|ليل|ليلة|فجر|"
                         r"ظهر|عصر|يوم|في|قرب|وسط|داخل|شمال\S*|جنوب\S*|شرق\S*|غرب\S*|\d)")
#: ... and with a time of its own (مساء أمس): the event happened, whatever directive names it.
_INTRODUCED_WHEN = re.compile(r"\S*\s+(?:[^\s،,.]+\s+){0,4}?(?:الذي|التي|اللذين|اللذان|اللتين|اللتان)\s+"
                              r"(?:وقع|وقعت|وقعا|استهدف|استهدفت|استهدفا|ضرب|ضربت|هز|هزت|طال|طالت|حدث|حدثت|جرى|جرت)"
                              r"(?![\u0621-\u064A])[^.؛\n]{0,80}?(?<!\S)(?:اليوم|امس|أمس|مساء|صباح|ليل|ليلة|فجر|ظهر|عصر)"
                              r"(?![\u0621-\u064A])")
#: "the attack that killed five soldiers in Tarmiyah on Monday": the English relative clause that
#: gives the event its toll or target and a time or place introduces it (in a denial of
#: responsibility, a condemnation), it does not refer back.
_INTRODUCED_EN = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:that|which)\s+(?:killed|hit|struck|targeted|wounded|injured|"
                            r"rocked|shook|took place|happened|occurred|left|claimed)\b[^.;\n]{0,80}?"
                            r"\b(?:on|in|at|near|yesterday|today|last|this|early|late)\b", re.IGNORECASE)


def _introduced_en(text: str, start: int, end: int) -> bool:
    """Whether the English relative clause of :data:`_INTRODUCED_EN` follows the trigger's first
    word (a trigger may hold the clause's start itself: "blast that hit")."""
    space = text.find(" ", start, end)
    return _INTRODUCED_EN.match(text, space if space != -1 else end) is not None


#: ... and with a day of its own ("the victims of the attack that hit a market in Nasiriyah on Wednesday", "the
#: strike that killed four fighters near al-Qaim late Sunday"): the event happened, whatever names it (a funeral,
#: a count of its victims).
_INTRODUCED_WHEN_EN = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:that|which)\s+(?:killed|hit|struck|targeted|wounded|injured|rocked|shook|took place|"
    r"happened|occurred|left|claimed)\b[^.;\n]{0,80}?\b(?:(?:on|late|early)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|last night|overnight|this morning|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE)


def _introduced_when_en(text: str, hit: _Hit) -> bool:
    """Whether an English event noun after "the" has the relative clause of :data:`_INTRODUCED_WHEN_EN` (not when an
    anniversary frames it: :func:`_remembered`)."""
    if not _THE.search(text, max(0, hit.start - 20), hit.start) or _remembered(text, hit.start):
        return False
    space = text.find(" ", hit.start, hit.end)
    told = _INTRODUCED_WHEN_EN.match(text, space if space != -1 else hit.end)
    return told is not None and _ACROSS_PLACES.search(text, hit.end, told.end() + ACROSS_CHARS) is None


#: A day's events summed up across places ('the attacks that took place yesterday in several cities'): a tally, not
#: one event its relative clause tells (review11, narrowing 83d4df0).
_ACROSS_PLACES = re.compile(r"\b(?:in|across|throughout)\s+(?:several|various|different|many|multiple|a number of|\d+)\s+(?:[\w-]+\s+)?"
                            r"(?:cities|towns|provinces|areas|parts|regions|districts|neighbou?rhoods)\b", re.IGNORECASE)
ACROSS_CHARS = 40  # how far after the relative clause's day its places may be told


#: An anniversary or a commemoration before the event noun in its sentence ('to mark the seventh anniversary of the
#: bombing that killed more than 300 people on July 3', «في الذكرى السنوية للتفجير الذي وقع في ...»): the day its
#: relative clause tells is the old event's day of the year, not a report of it (review11, narrowing 83d4df0).
_ANNIVERSARY = re.compile(r"\b(?:anniversar|commemorat|memorial\b|remembrance\b)|(?<![\u0621-\u064A])[وب]?(?:ال|لل)?(?:ذكرى|ذكري)"
                          r"(?![\u0621-\u064A])|(?<![\u0621-\u064A])[وب]?(?:احياء|إحياء|استذكار)(?![\u0621-\u064A])", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?؟\n]")
REMEMBERED_CHARS = 120  # how far before the event noun its anniversary may be named


def _remembered(text: str, start: int) -> bool:
    """Whether an anniversary or a commemoration (`_ANNIVERSARY`) is named before ``start`` in its sentence."""
    lo = max(0, start - REMEMBERED_CHARS)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    return _ANNIVERSARY.search(text, stops[-1] if stops else lo, start) is not None


#: The means a remembered killing was carried out with, told after its victims' names («الذكرى الثانية لاغتيال
#: سليماني، ونائب رئيس الحشد أبو مهدي المهندس، بضربة أميركية في مطار بغداد», 'the anniversary of the killing of
#: Soleimani and al-Muhandis, in a US drone strike near Baghdad airport'): a noun opened by «ب» or 'in/by a'.
_MEANS_OPENING = re.compile(r"[وف]?ب\S")
_MEANS_BEFORE_EN = re.compile(r"\b(?:in|by|with) (?:an?|the) (?:[\w-]+ ){0,2}$", re.IGNORECASE)
#: The event an anniversary names, right after it («الذكرى الثانية لاغتيال», 'anniversary of the killing').
_REMEMBERED_EVENT = re.compile(r"\S*\s+(?:\S+\s+){0,3}?(?:of\s+(?:the\s+)?|لل|ل|ال)?(?:killing|assassination|bombing|"
                               r"attack|massacre|death|اغتيال|مقتل|استشهاد|تفجير|تفجيرات|هجوم|مجزره|مجزرة|قصف|غاره|غارة)"
                               r"(?![\u0621-\u064A\w])", re.IGNORECASE)
_TODAY = re.compile(r"(?<![\u0621-\u064A])(?:اليوم|امس|أمس|الاثناء|الأثناء)(?![\u0621-\u064A])|\b(?:today|yesterday|tonight)\b",
                    re.IGNORECASE)
MEANS_OF_REMEMBERED_CHARS = 200
#: Means listed as such («بواسطة», «باستخدام», 'by means of', 'using'): what the attacks told before them were carried
#: out with, not an event of their own.
_MEANS_HEAD = re.compile(r"(?<![\u0621-\u064A])(?:بواسطه|بواسطة|باستخدام|مستخدمين|مستخدما)(?![\u0621-\u064A])|\b(?:by means of|using)\b",
                         re.IGNORECASE)
MEANS_HEAD_CHARS = 200  # how far before the listed means the attacks they belong to (and the cue framing them) may stand  # how far after the anniversary word the remembered event's means may be told


def _means_of_remembered(text: str, start: int, event_verbs: list[tuple[int, int]]) -> bool:
    """Whether the group starting at ``start`` is the means of the event an anniversary names before it in its
    sentence («الذكرى الثانية لاغتيال ...», 'the anniversary of the killing of ...', `_REMEMBERED_EVENT`): told as an
    instrument (its «ب», `_MEANS_OPENING`; 'in a' before it, `_MEANS_BEFORE_EN`), with no event verb (cue class
    ``event_verbs``) nor a day of today (`_TODAY`) between that event and it — «في ذكرى اغتيال ... استهدف مسلحون
    الزوار اليوم بعبوة ناسفة» tells today's bombing."""
    if not (_MEANS_OPENING.match(text, start) or _MEANS_BEFORE_EN.search(text, max(0, start - 25), start)):
        return False
    lo = max(0, start - MEANS_OF_REMEMBERED_CHARS)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    named = max(_ANNIVERSARY.finditer(text, stops[-1] if stops else lo, start), key=lambda m: m.start(),
                default=None)  # the last anniversary before the group
    remembered = _REMEMBERED_EVENT.match(text, named.end()) if named is not None else None
    return remembered is not None and remembered.end() < start and not _any_in(event_verbs, remembered.end(), start) \
        and not _TODAY.search(text, remembered.end(), start)


#: The dead's attack named with a demonstrative after them («قتلوا ... لهذا الاعتداء», 'killed in this attack').
_THIS_EVENT = re.compile(r"(?<![\u0621-\u064A])[وفلب]*(?:هذا|هذه|ذلك|تلك)\s+ال(?:اعتداء|هجوم|تفجير|انفجار|قصف|حادث|"
                         r"عمليه|عملية|هجمات|تفجيرات|اعتداءات)(?![\u0621-\u064A])|"
                         r"\b(?:this|that|these|those) (?:\w+ )?(?:attacks?|bombings?|blasts?|explosions?|strikes?|incidents?)\b",
                         re.IGNORECASE)
THIS_EVENT_CHARS = 90  # how far after the killing word its demonstrative attack may be named


def _this_start(text: str, start: int) -> int:
    """Where a demonstrative right before the event word at ``start`` begins («لهذا الاعتداء», 'this attack'), or
    ``start``: an Arabic one only before a definite word («هذا التفجير»; in «فضلا عن ذلك قصف» it is a pronoun)."""
    found = _DEMONSTRATIVE_BEFORE.search(text, max(0, start - 12), start)
    if found and "\u0621" <= text[found.start():found.end()].strip()[-1:] <= "\u064A" and not text.startswith("ال", start):
        return start  # «فضلا عن ذلك قصف»: an Arabic demonstrative points at a definite noun only («ذلك القصف»)
    return found.start() if found else start


_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وفلب]*(?:هذا|هذه|ذلك|تلك)\s+$|\b(?:this|that|these|those)\s+$",
                                   re.IGNORECASE)
#: هذا الهجوم, تلك التفجيرات: a demonstrative always points back, whatever follows.
_DEMONSTRATIVE = re.compile(r"(?<!\S)[وف]?(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+$")
#: "covering the battles when an IED went off": what happened "when" is an event of its own.
_WHEN = re.compile(r"(?<!\S)[وف]?(?:عندما|حينما|حين|لدى|when)(?!\S)", re.IGNORECASE)
#: A violent event ranked against an older one: "the deadliest attack since", «الأعنف منذ».
_SUPERLATIVE = re.compile(r"\b(?:deadliest|bloodiest|worst|largest|biggest|most (?:deadly|violent|serious))\b|"
                          r"(?<![\u0621-\u064A])(?:ال)?(?:أعنف|اعنف|أكبر|اكبر|أسوأ|اسوا|أسوا|أدمى|ادمى|أقوى|اقوى|أخطر|اخطر)"
                          r"(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:ال)?(?:أكثر|اكثر) (?:دموي|عنف|فتك)", re.IGNORECASE)
#: "struck the base on Tuesday, the fifth attack since mid-November": the day's event numbered in a
#: running count is the news; the count after it does not make it an aggregate.
_RANKED = re.compile(r"\b(?:the|its|a) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                     r"latest|newest)\b(?: [\w-]+){0,4}? (?:attacks?|strikes?|incidents?|bombings?|assaults?|such)\b",
                     re.IGNORECASE)
#: «طائرة مسيرة هي الثانية من نوعها خلال ساعات»: a weapon told with its number among its kind is the
#: news; a bare word that points back («ويعد هذا الهجوم الثالث من نوعه») only sums up.
NTH_OF_KIND = re.compile(r"(?<!\S)(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[ةه]?\s+من\s+نوع(?:ه|ها)(?!\S)")
SUPERLATIVE_REACH = 45  # characters from a superlative to its «منذ»/"since" (the deadliest attack in the city since)


def _ranked_noun(text: str, start: int, end: int) -> bool:
    """Whether the event noun at [start, end) is ranked by a superlative ("the deadliest attack",
    «الهجوم الأعنف», «الهجوم الأكثر دموية»): it describes the event told, it points back to none."""
    before = _SUPERLATIVE.search(text, max(0, start - 20), start)
    after = _SUPERLATIVE.match(text, end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip()))
    return bool(before and not text[before.end():start].strip()) or bool(after)


#: «هجوم مماثل», "a similar attack": an event of the kind told before it.
_SIMILAR_AFTER = re.compile(r"\s+(?:مماثل|مماثله|مماثلة|مشابه|مشابهة|مشابهه)(?![\u0621-\u064A])")
_SIMILAR_BEFORE = re.compile(r"\bsimilar\s+$", re.IGNORECASE)
#: A similar strike or attack named beside a bare kill word («وقتل ثلاثة في ضربة مماثلة», "A similar strike on Monday
#: killed three"): the kill word is that strike's toll, of the kind just told (type10 audit, step 7).
_SIMILAR_NOUN = re.compile(r"\bsimilar\s+(?:\w+\s+)?(?:strikes?|attacks?|raids?|bombings?|bombardments?|shelling)\b|"
                           r"(?<![\u0621-\u064A])[وفب]?(?:ال)?(?:ضرب[ةه]|غار[ةه]|هجوم|قصف|استهداف|اعتداء)\S{0,2}\s+"
                           r"(?:\S+\s+)?(?:مماثل|مماثله|مماثلة|مشابه|مشابهة|مشابهه)(?![\u0621-\u064A])", re.IGNORECASE)
SIMILAR_CHARS = 40  # how far from its kill word the similar strike is looked for
GROUP_GAP = 50  # characters between triggers that still describe one event
#: «وقع تفجيران، أحدهما بعبوة ناسفة في ... والآخر بسيارة مفخخة في ...»: a pair told one by one,
#: each with its own means and place (أحدهما/الأول ... والآخر/والثاني). The second part starts a new event.
_ONE_OF_TWO = re.compile(r"(?<![\u0621-\u064A])(?:[أإا]حد(?:هما|اهما)|[أا]حد(?:ها|اها)|الأول|الاول|الأولى|الاولى)(?![\u0621-\u064A])")
_THE_OTHER = re.compile(r"(?<![\u0621-\u064A])و(?:الآخر|الاخر|الأخرى|الاخرى|الثاني|الثانية|الثانيه)(?![\u0621-\u064A])")
CUE_BEFORE_MAX = 110
SHORT_CLAUSES = 50
CUE_AFTER_MAX = 80
WEAK_VERB_WINDOW = 60
PROTEST_OBJECT_CHARS = 30
HABIT_AFTER_CHARS = 15  # how far after a trigger a habit adverb (تقصف تركيا باستمرار) still marks it
WALKOUT_CHARS = 80  # how far before a protest trigger a walkout (انسحب النواب من الجلسة) ends
AT_TRIGGER_CHARS = 40  # how far before the trigger an intent or state cue (تهدد بمهاجمة) is looked for


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """A trigger (group) in one sentence, with the cue that rejected it, if any.

    Offsets are into the article text; ``scope`` is the stretch of the sentence that belongs to
    this event (from the end of the previous event to the start of the next one).
    """

    event_type: str
    sub_event_type: str
    start: int
    end: int
    trigger: str
    strength: str
    role: str
    sentence: tuple[int, int]
    scope: tuple[int, int]
    rejected: str | None = None
    anaphoric: bool = False  # a definite generic word (الهجوم, the attack) refers back
    #: an anaphoric group opened by a word of its own («هاجم مسلحون قرية ...، وأسفر الهجوم عن مقتل»,
    #: "Gunmen attacked a village ..., and the attack killed"): its "the attack" may point at that word,
    #: so with no event told before to join it is an event of its own (``build_incidents``)
    opens: bool = False


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    entry: Trigger


def trigger_matcher(lang: str, entries: Iterable[Trigger]) -> PhraseMatcher:
    """The matcher of the ``lang`` triggers among ``entries``."""
    # Regex entries are tried first at a position, the more specific (stronger) ones first.
    ranked = sorted((t for t in entries if t.lang == lang), key=lambda t: -_RANK[t.strength])
    # trigger phrases start with event words, rare in a text: the trie is tried only where one occurs
    return PhraseMatcher(lang, [(t.kind, t.value, t) for t in ranked], anchored_trie=True)


def cue_matcher(lang: str, classes: dict[str, dict[str, tuple[tuple[str, str], ...]]]) -> PhraseMatcher:
    """The matcher of the ``lang`` cues of ``classes`` (:func:`extract.lexicon.cues`' shape); its phrase trie
    is tried only where a phrase's first word occurs (anchored_trie: an eighth fewer instructions for the
    cue pass than the trie run at every position, although some first words are common: في, in, over)."""
    return PhraseMatcher(lang, [(kind, value, cls) for cls, by_lang in classes.items()
                                for kind, value in by_lang.get(lang, ())], anchored_trie=True)


@cache
def _trigger_matcher(lang: str) -> PhraseMatcher:
    return shipped()["matchers"]["triggers", lang]  # trigger_matcher(lang, triggers()), built once and pickled


@cache
def _cue_matcher(lang: str) -> PhraseMatcher:
    return shipped()["matchers"]["cues", lang]  # cue_matcher(lang, cues()), built once and pickled


class _CueSpans(dict):
    """The spans of the cues of each class in the scanned stretch (original offsets, in text order), a
    class read when first asked for: the cue matcher's Aho-Corasick and phrase passes ran once
    (:meth:`PhraseMatcher.scan`), the regex entries of a class run at its first ``spans[cls]`` (an
    article's sentences ask for about 18 of the 40 classes)."""

    __slots__ = ("_norm", "_scan", "_text_len")

    def __missing__(self, cls: str) -> list[tuple[int, int]]:
        if cls not in cues():
            raise KeyError(cls)
        original, text_len = self._norm.original, self._text_len
        spans = self[cls] = [(original(start), min(text_len, original(end))) for start, end in self._scan.spans(cls)]
        return spans


def _cue_spans(norm: Normalised, lang: str, text_len: int, pos: int = 0,
               endpos: int | None = None) -> dict[str, list[tuple[int, int]]]:
    spans = _CueSpans()
    spans._norm, spans._text_len, spans._scan = norm, text_len, _cue_matcher(lang).scan(norm.text, pos, endpos)
    return spans


def class_matchers(lang: str, classes: dict[str, dict[str, tuple[tuple[str, str], ...]]]) -> dict[str, PhraseMatcher]:
    """A matcher of its own for each class of ``classes`` whose ``lang`` cues are all regexes (each
    regex entry finds the same matches whatever the other entries are); the other classes are looked
    for with the full cue matcher (in its one trie pass a phrase of another class can hide one of
    this class)."""
    return {cls: cue_matcher(lang, {cls: {lang: by_lang[lang]}}) for cls, by_lang in classes.items()
            if by_lang.get(lang) and all(kind == "regex" for kind, _value in by_lang[lang])}


@cache
def _class_matcher(lang: str, cls: str) -> PhraseMatcher:
    """The matcher to look for the cues of ``cls`` alone (:func:`class_matchers`, built once and
    pickled with the lexicons), else the full cue matcher."""
    if cls not in cues():
        raise KeyError(cls)
    return shipped()["matchers"]["cue_classes", lang].get(cls) or _cue_matcher(lang)


@cache
def _class_words(lang: str, cls: str) -> frozenset[str] | None:
    """The words one of which every cue of ``cls`` holds (PhraseMatcher.literals); None when a cue
    of ``cls`` may hold none."""
    return _cue_matcher(lang).literals(cls) if _class_matcher(lang, cls) is _cue_matcher(lang) else \
        _class_matcher(lang, cls).literals(cls)


@cache
def _class_automaton(lang: str, cls: str):  # -> ahocorasick.Automaton | None
    """An automaton of the words of :func:`_class_words`, each with its length; None when a cue of
    ``cls`` may hold none of them."""
    words = _class_words(lang, cls)
    if words is None:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in sorted(words):
        automaton.add_word(word, len(word))
    if words:
        automaton.make_automaton()
    return automaton


def _scanned(whole: str, lang: str) -> str | None:
    """The text the class words are looked for in: the article's fold, English lower-cased; None when
    English stretches are not lower-cased as pieces of the whole (a character lowered to two, or a
    final sigma), so that the words tell nothing."""
    if lang == "ar":
        return whole
    lowered = whole.lower()
    return None if len(lowered) != len(whole) or "\u03a3" in whole else lowered


#: The article cue_start last looked at, its fold, the original index of each character the fold
#: removed, and per language the text scanned for class words (_scanned).
_article: tuple[str | None, str, list[int], dict[str, str | None]] = (None, "", [], {})


def cue_start(text: str, lang: str, cls: str, lo: int, hi: int) -> int | None:
    """Where the first cue of class ``cls`` starts in ``text[lo:hi]``, or None.

    The rules ask this of many stretches of one article: the article is folded once (English
    lower-cased once), and a stretch that holds none of the words one of which every cue of ``cls``
    holds (one Aho-Corasick pass over the stretch, which stops at the first) is answered at once,
    without running the matcher over it.
    """
    global _article
    if 0 <= lo <= hi:  # (negative or crossed bounds: the matcher, as normalise_slice cuts no fold for them)
        article = _article
        if article[0] is not text and article[0] != text:
            whole = normalise_slice(text, 0, len(text))
            article = _article = (text, whole.text, [at + rank for rank, at in enumerate(whole._removed)], {})
        _text, whole, removed_at, scanned_by_lang = article
        scanned = scanned_by_lang[lang] if lang in scanned_by_lang else \
            scanned_by_lang.setdefault(lang, _scanned(whole, lang))
        automaton = _class_automaton(lang, cls)
        if scanned is not None and automaton is not None:
            if not len(automaton):
                return None
            lo_, hi_ = min(lo, len(text)), min(hi, len(text))
            a, b = (lo_ - bisect_left(removed_at, lo_), hi_ - bisect_left(removed_at, hi_)) if removed_at \
                else (lo_, hi_)
            # (a slice: the automaton copies the whole text it is given into a buffer of its own)
            if next(automaton.iter(scanned[a:b]), None) is None:  # no class word inside the stretch
                return None
    norm = normalise_slice(text, lo, hi)
    return next((lo + norm.original(a) for a, _b, classes in _class_matcher(lang, cls).finditer(
        norm.text, overlapping=True) if cls in classes), None)


def _any_in(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a span starts inside [lo, hi)."""
    i = bisect_left(spans, (lo, -1))
    return i < len(spans) and spans[i][0] < hi


#: "will continue operations after troops killed four militants", «ستواصل عملياتها بعد أن قتلت»: a clause
#: telling what already happened, between a future, policy or negation cue and the trigger, puts the
#: trigger out of the cue's reach.
#: Only a clause ("after troops killed", «بعد أن قتلت»), not a noun ("following the assassination",
#: «إثر مقتل»): a noun names an event already told, a back reference.
_PAST_CLAUSE = re.compile(r"\bafter\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)|"
                          r"(?<![\u0621-\u064A])(?:بعد (?:أن|ان)|بعدما)\s+(?:[^\sيتن]\S*|ت\S*(?:ت|وا))(?!\S)",
                          re.IGNORECASE)
_SHIELDED = frozenset({"future", "hypothetical", "policy", "negation"})
#: A semicolon ends the words after a trigger that may sum it up or plan it: what follows is another clause.
_SEMICOLON = re.compile(r"[;؛]")


def _own_noun_future(text: str, spans: list[tuple[int, int]], group: list, best, hi: int) -> bool:
    """Whether every future-after cue in the event's reach is the adjective of a later trigger of the
    group, right after it («إضراب شامل ... مع تظاهرات مرتقبة»: the demonstrations are ahead, the strike
    is on): such a cue plans only its own noun, not an event told before it that reports itself."""
    if best.entry.strength != "strong":
        return False
    ends = [h.end for h in group if h.start > best.end]
    here = [a for a, _b in spans if best.start < a < hi]
    return bool(here) and all(any(0 < a - e <= 2 and not text[e:a].strip() for e in ends) for a in here)


#: ", which has called for ...,", «، التي طالبت بانسحاب ...،»: a relative clause describing the actor.
_RELATIVE = re.compile(r"[،,]\s*(?:which|who|whose|الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)\s", re.IGNORECASE)


def _in_relative(text: str, a: int, b: int, pos: int) -> bool:
    """Whether the cue at [a, b) lies in a relative clause set off by commas before ``pos``: it
    describes the actor ("The militia, which has called for ..., fired rockets"), not the event."""
    opening = _RELATIVE.search(text, max(0, a - 60), a)
    while opening is not None:  # the last opening before the cue
        later = _RELATIVE.search(text, opening.end(), a)
        if later is None:
            break
        opening = later
    return opening is not None and not _CLAUSE_MARK.search(text, opening.end(), a) and \
        _CLAUSE_MARK.search(text, b, pos) is not None


#: «حوادث أمنية متفرقة، منها انفجار عبوة ...»: what a tally names one by one after «منها» (among them) is an
#: event of its own, not summed up. (English "including" is left: "dozens of attacks, including the 2016
#: Karrada bombing" names old events as often as new ones.) The roundup's own word «حوادث» (incidents) only: «شهدت
#: العاصمة هجمات متفرقة، أبرزها تفجير الكرادة الذي أودى بحياة 300 شخص» names the most notable of past attacks, as the
#: English does (review10 near miss of 944db35).
_INCIDENTS = re.compile(r"[وف]?(?:ال)?حوادث(?![\u0621-\u064A])")
_ENUMERATED = re.compile(r"(?<![\u0621-\u064A])[و]?(?:منها|من بينها|من ضمنها|ابرزها|أبرزها|آخرها|اخرها)"
                         r"(?![\u0621-\u064A])")


def _cue_before(text: str, spans: list[tuple[int, int]], cls: str, lo: int, pos: int) -> bool:
    """Whether a cue of ``cls`` starts in [lo, pos) and reaches the trigger at ``pos``."""
    i = bisect_left(spans, (lo, -1))
    return any(not (cls in _SHIELDED and (_PAST_CLAUSE.search(text, b, pos) or _in_relative(text, a, b, pos)))
               and not (cls == "aggregate" and _enumerated(text, spans, a, b, pos))
               for a, b in spans[i:] if a < pos)


def _enumerated(text: str, spans: list[tuple[int, int]], a: int, b: int, pos: int) -> bool:
    """Whether the tally cue [a, b) is a day's incidents («حوادث أمنية متفرقة») whose items are named after
    «منها» before ``pos``, with no other tally (a period: «خلال الأشهر الماضية، منها») in between."""
    return bool(_INCIDENTS.match(text, a)) and bool(_ENUMERATED.search(text, b, pos)) and \
        not any(b <= c < pos for c, _d in spans)


def _future_predicate(text: str, spans: list[tuple[int, int]], end: int, hi: int) -> bool:
    """Whether a future cue is the predicate of the trigger noun: right after it, at most one word
    (its adjective) between, no clause mark («عمليات التفتيش ستستمر», "the offensive will begin")."""
    i = bisect_left(spans, (end, -1))
    return any(a < hi and len(text[end:a].split()) <= 1 and not _CLAUSE_MARK.search(text, end, a)
               for a, _b in spans[i:i + 2] if a - end <= 25)


#: «، اليوم الثلاثاء،», «، مساء السبت،», «، أمس،»: a time adverbial set off by commas inside a statement
#: («نفت القيادة، اليوم الثلاثاء، استهداف ...») is no clause of its own.
_TIME_CLAUSE = re.compile(
    r"\s*(?:(?:اليوم|يوم|أمس|امس|مساء|صباح|فجر|ليل|ليلة|ظهر|عصر|ظهيرة)(?:\s+(?:ال)?\S+){0,2}"
    r"|(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|الإثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه))\s*[،,]$")


def _cue_window_start(text: str, sentence_start: int, pos: int) -> int:
    """Where cues before ``pos`` are looked for: its clause, the clause before, and further
    clauses while they start within ``SHORT_CLAUSES`` characters (``نفت القيادة، اليوم، وقوع``);
    a time adverbial between commas joins the clauses around it."""
    marks = [sentence_start, *(m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, pos))]
    marks = [m for k, m in enumerate(marks)
             if not (k > 0 and _TIME_CLAUSE.fullmatch(text, marks[k - 1], m))
             and not (0 < k < len(marks) - 1 and _TIME_CLAUSE.fullmatch(text, m, marks[k + 1]))]
    i = max(0, len(marks) - 2)
    while i > 0 and pos - marks[i - 1] <= SHORT_CLAUSES:
        i -= 1
    return marks[i]


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+)?(?:killed|shot|gunned|executed|"
                      r"beheaded|assassinated|murdered|slain|wounded|injured)\b", re.IGNORECASE)
#: "Four soldiers killed in ...", "two policemen died": a bare participle with no object after it.
_BARE_PASSIVE = re.compile(r"(?:killed|died|dead)\s*(?:$|[,.;:]|(?:in|by|on|at|when|as|after|during|near|while|and)\b)",
                           re.IGNORECASE)
_PARTICIPLE_END = re.compile(r"(?:killed|died|dead)$", re.IGNORECASE)


_RESULT = re.compile(r"(?:اسفر|أسفر|اسفرت|أسفرت|يسفر|تسفر)\S*\s+عن\s*$|(?:ادى|أدى|ادت|أدت)\s+(?:الى|إلى)\s*$")
#: «وأسفر وفقاً للتقارير عن مقتل», «أدى بحسب مصادر طبية إلى»: the result verb with an attribution between it
#: and the toll (UN statements hedge so); the toll it leads to is the attack's, however far the attack word.
_RESULT_HEDGED = re.compile(r"(?:اسفر|أسفر|اسفرت|أسفرت|يسفر|تسفر)\S*\s+(?:\S+\s+){0,4}?عن\s*$|"
                            r"(?:ادى|أدى|ادت|أدت|يؤدي|تؤدي)\s+(?:\S+\s+){0,4}?(?:الى|إلى)\s*$")
#: How far back the result verb before a toll still joins it to the attack word (a relative clause between).
RESULT_GAP = 120
#: The dead told apart after a comma: «11 شخصاً قتلوا، بينهم عناصر من قوات الأمن», "killed, among them two
#: soldiers": who the dead were, read with the victims.
_AMONG_THEM = re.compile(r"\s*(?:[وف]?(?:بينهم|بينهما|منهم|منهما|بضمنهم)(?![\u0621-\u064A])|(?:among them|including)\b)",
                         re.IGNORECASE)


def _killing_type(text: str, lo: int, start: int, end: int) -> tuple[str, str]:
    """Killings of security forces or militants are battles (gold 004); others attacks on civilians.

    The victims are named right after the verb (قتل 4 إرهابيين, مقتل مدني), after a comma as those
    among them («قتلوا، بينهم عناصر من قوات الأمن») or before it (الشهيد المنتسب ... الذي قتل); the killers
    (برصاص مسلحين, by gunmen) are left out of the look.
    """
    after = text[end:end + 40]
    among = _AMONG_THEM.match(after, 1) if after[:1] in {",", "،"} else None
    after = after[among.end():] if among else after  # "killed, among them two soldiers": the dead named
    cut = _KILLERS.search(after)
    after = after[:cut.start()] if cut else after
    shooters = _FROM_SHOOTERS.match(after) if _FIRE_END.search(text, start, end) else None
    if shooters:
        after = after[shooters.end():]  # «إطلاق نار من مسلحين مجهولين»: fire from the gunmen, its shooters, not its victims
    after = re.split(r"[,;،]", after, maxsplit=1)[0]  # "shot dead a shop owner in Basra, police said"
    if needs.search(_CIVILIAN, after):
        return "Violence against civilians", "Attack"
    # Before the verb only the victims of a passive count ("four soldiers were killed"); in English
    # active voice the words before it are the killers ("militants behead four men").
    # "... شنه مسلحو داعش، مما أسفر عن مقتل 84 شخصا": a result clause names no victim before it.
    look_back = (not text[start:end].isascii() and not _RESULT.search(text, max(lo, start - 16), start)
                 and not _ACTIVE_PLURAL.match(text, start)) \
        or _PASSIVE.search(text, max(lo, start - 20), end) is not None \
        or (_PARTICIPLE_END.search(text, start, end) is not None
            and _BARE_PASSIVE.match(text, _PARTICIPLE_END.search(text, start, end).start()) is not None)
    if needs.search(_COMBATANT, after) or (look_back and needs.search(_COMBATANT, text, max(lo, start - 120), start)):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
HEADING_CHARS = 100


def is_heading(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is a heading line naming events, as Wikipedia's current-events
    pages put above their entries ("February 2016 Ankara bombing", "2019–2020 Iraqi protests"):
    one short line, no closing full stop, a year, and mostly capitalised words.

    Examples
    --------
    >>> t = "Iraqi insurgency (2017–present), January 2018 Baghdad bombings\nA bomb kills 3 in Baghdad, Iraq."
    >>> is_heading(t, 0, t.index("\n")), is_heading(t, t.index("\n") + 1, len(t))
    (True, False)
    """
    line = text[start:end].strip()
    if not line or len(line) > HEADING_CHARS or "\n" in line or line[-1] in ".!?؟" or not _YEAR_TOKEN.search(line):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d{4}", line)
    upper = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return bool(words) and upper * 2 >= len(words)


def _opens_its_event(text: str, hit: _Hit) -> bool:
    """Whether a group's first hit (or a generic word before a joiner, `_joined_before`) tells an event of its
    own: not a definite noun ("the attack", «الهجوم», «للهجوم»; not «لهجوم», "for an attack"), which points back."""
    return not _DEFINITE.match(text, hit.start) and not (
        _EN_NOUN.match(text, hit.start) and _THE.search(text, max(0, hit.start - 20), hit.start))


def find_events(text: str, sentences: list[tuple[int, int]], lang: str, *,
                norm: Normalised | None = None) -> list[EventCandidate]:
    """Candidate events of an article, in text order; rejected ones carry the cue class.

    Parameters
    ----------
    text
        The article text.
    sentences
        Sentence spans (``extract.sentences.split_sentences``).
    lang
        ``"ar"`` or ``"en"``: which half of the lexicon to use.

    Examples
    --------
    >>> t = "سقط صاروخ كاتيوشا على مطار بغداد. ومن المقرر شن هجوم صاروخي على القاعدة."
    >>> [(e.sub_event_type, e.rejected) for e in find_events(t, [(0, 33), (34, len(t))], "ar")]
    [('Shelling/artillery/missile attack', None), ('Shelling/artillery/missile attack', 'future')]
    """
    norm = norm or normalise_slice(text, 0, len(text))  # the whole, kept for cue_start's slices
    found = [(start, end, payloads[0]) for start, end, payloads in _trigger_matcher(lang).finditer(norm.text)
             if payloads]
    if not found:
        return []
    hits = [_Hit(norm.original(start), min(len(text), norm.original(end)), entry) for start, end, entry in found]
    skipped = boilerplate_spans(text)
    if skipped:
        keep = [not any(a <= h.start < b for a, b in skipped) for h in hits]
        hits = [h for h, k in zip(hits, keep, strict=True) if k]
        found = [f for f, k in zip(found, keep, strict=True) if k]
        if not hits:
            return []
    # Cues matter only in the sentences that hold a trigger: scan from the first to the last.
    i_first = next((k for k, s in enumerate(sentences) if s[1] > hits[0].start), 0)
    i_last = next((k for k in range(len(sentences) - 1, -1, -1) if sentences[k][0] <= hits[-1].start), None)
    # ... and the sentence on each side (an accident told beside a death, _accident_beside)
    first = sentences[max(0, i_first - 1)][0] if sentences else 0
    last = sentences[min(len(sentences) - 1, i_last + 1)][1] if i_last is not None else len(text)
    lo = max(0, found[0][0] - (hits[0].start - first) - 4)
    hi = min(len(norm.text), found[-1][1] + (last - hits[-1].end) + 4)
    cue_spans = _cue_spans(norm, lang, len(text), lo, hi)
    out: list[EventCandidate] = []
    h = 0
    for k, (s_start, s_end) in enumerate(sentences):
        while h < len(hits) and hits[h].start < s_start:
            h += 1
        in_sentence = []
        while h < len(hits) and hits[h].start < s_end:
            in_sentence.append(hits[h])
            h += 1
        if in_sentence and lang == "en" and is_heading(text, s_start, s_end):
            continue  # "January 2018 Baghdad bombings": the name of an event page, not a report
        if in_sentence:
            last = next(((e.event_type, e.sub_event_type) for e in reversed(out)
                         if e.rejected is None and e.strength != "generic"), None)
            beside = _accident_beside(text, sentences, k, cue_spans["accident"])
            # events named as remembered (an anniversary's, a reference point's) before: their retelling is no new one
            remembered = {e.sub_event_type: e.end for e in out if e.rejected in {REFERENCE, "state"}}
            out.extend(_sentence_events(text, (s_start, s_end), in_sentence, cue_spans, lang, last, beside,
                                        opening=not out, remembered=remembered))
    return out


#: "a suicide drone launched by militias targeting the base ... was shot down": the drone (and the
#: attack words describing it) is the subject of a passive interception, not an attack that struck;
#: an impact verb or a coordination in between ("two rockets hit the base and a third was
#: intercepted") keeps the attack.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_IMPACT = re.compile(r"\b(?:hit|hits|struck|strikes|landed|land|exploded|explode|detonated|crashed|killed|killing|"
                     r"wounded|wounding|injured|injuring|damaged|damaging|and|but|while)\b|[;؛]", re.IGNORECASE)
PASSIVE_OBJECT_CHARS = 260


def _object_of_passive_interception(text: str, hit: _Hit, intercepts: list[_Hit]) -> bool:
    return any(hit.end <= c.start <= hit.end + PASSIVE_OBJECT_CHARS
               and _PASSIVE_BEFORE.search(text, max(hit.end, c.start - 40), c.start)
               and not _IMPACT.search(text, hit.end, c.start) for c in intercepts)


#: ناشطين شاركوا في المظاهرات: the victims described by the protests they took part in.
_TOOK_PART = re.compile(r"(?:شارك|يشارك|المشارك|مشارك)\S*\s+(?:\S+\s+)?(?:في|ب)\s*$|"
                        # "shot dead ... while returning home from anti-government protests", "an activist who
                        # helped organise Basra protests" (enwire6 audit, issue 8): who the victim is
                        r"\b(?:took part in|taking part in|participat\w* in|returning (?:home )?from|on (?:his|her|their) "
                        r"way (?:home )?from|(?:helped )?organi[sz]\w*|coordinat\w*)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
TOOK_PART_CHARS = 50  # how far before the protest word the victim's part in the protests is looked for


def took_part(text: str, lo: int, hi: int) -> bool:
    """Whether the words in [lo, hi), just before a protest word, say someone's part in the protests
    (شارك في, "returning home from", "who helped organise"): who a victim is, not a protest told."""
    return _TOOK_PART.search(text, lo, hi) is not None
#: ناشط مدني في الاحتجاجات، ناشطة في التظاهرات: the victim of a shooting named by the protests he is
#: known for, when the sentence tells a violent act (a shooting, an assassination), not a protest today.
#: ... and «وهو أحد قادة مظاهرات أكتوبر», «من منظمي الاحتجاجات»: the victim's part in the protests.
_ACTIVIST_IN = re.compile(r"(?<![\u0621-\u064A])(?:ال)?ناشط\S*(?:\s+\S+)?\s+(?:في|ب)\s*$|"
                          r"(?<![\u0621-\u064A])(?:احد|أحد|من|ابرز|أبرز)\s+(?:ال)?(?:قاده|قادة|منظمي|ناشطي|رموز|وجوه)\s*$")
#: ساحة التظاهر، ساحات الاعتصام، خيم المعتصمين: a protest word naming the site where a violent act
#: happened («قتل شاب برصاص مسلحين أثناء مغادرته ساحة التظاهر»), not a protest told today.
_STRIKING = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
#: «حيث تجمع العشرات من الزوار», «حيث كان يحتشد المتسوقون»: the crowd a violent act struck, where it stood.
_WHERE_GATHERED = re.compile(r"(?<![\u0621-\u064A])حيث\s+(?:كان\S*\s+|ي\S+\s+)?$")
#: An event named as what an action prevents or is meant to prevent has not happened («إجراءات مشددة لحماية
#: المتظاهرين ومنع حدوث أعمال شغب», «تفادياً لوقوع اشتباكات», 'deployed to prevent clashes'; ttype12, session 12, issue 8).
_PREVENTED = re.compile(r"(?<![\u0621-\u064A])(?:[وبل]?منع|لمنع|تمنع|يمنع|منعا\s+ل|منعاً\s+ل|ل?تفادي|تفاديا\s+ل|تفادياً\s+ل|"
                        r"ل?تجنب|تجنبا\s+ل|تجنباً\s+ل|لل?حيلول[ةه]\s+دون|الحيلول[ةه]\s+دون|تحسبا\s+ل|تحسباً\s+ل)\s*"
                        r"(?:(?:ال)?(?:حدوث|وقوع|اندلاع|أي|اي)\s+)?(?:ل)?$|"
                        r"(?<![\u0621-\u064A])[وف]?(?:منع|تمنع|يمنع)\S*\s+(?:\S+\s+){0,3}?من\s+$|"
                        r"\b(?:prevent|prevents|prevented|preventing|avert|averts|averted|averting|avoid|avoids|avoided|avoiding|"
                        r"forestall|head off|heading off)\s+(?:any\s+|further\s+|possible\s+|potential\s+|more\s+|the\s+)?$",
                        re.IGNORECASE)
#: Words every match of _PREVENTED holds: a window with none of them is not searched (the pattern has no fixed
#: start and was tried at every position of the window before each trigger, about 1.3% of a pass: speed12).
_PREVENT_WORDS_AR = ("منع", "تفادي", "تجنب", "حيلول", "تحسب")
_PREVENT_WORDS_EN = ("prevent", "avert", "avoid", "forestall", "head off", "heading off")


def _prevented_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_PREVENTED.search(text, lo, hi)``, asked only when the window holds one of the words it needs."""
    window = text[lo:hi]
    if not any(w in window for w in _PREVENT_WORDS_AR):
        low = window.lower()
        if not any(w in low for w in _PREVENT_WORDS_EN):
            return None
    return _PREVENTED.search(text, lo, hi)


#: ... unless the prevention failed («فشلت القوات في منع اقتحام السفارة», 'failed to prevent the attack').
_FAILED = re.compile(r"فشل|عجز|لم\s+(?:تتمكن|يتمكن|تستطع|يستطع|تنجح|ينجح)|\b(?:fail(?:ed|s)?|unable|could\s+not|couldn't|"
                     r"did\s+not|didn't)\b", re.IGNORECASE)
PREVENTED_CHARS = 30  # how far before an event word the prevention is told
_PROTEST_SITE = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:ال)?(?:ساح[ةه]|ساحات|ساحتي|خيم[ةه]?|خيام|مخيم|موقع|مكان)\s+$")


#: «بعبوة ناسفة», «بقذائف الهاون»: a weapon word with the instrumental preposition.
_INSTRUMENT = re.compile(r"[وف]?ب(?!ال)|[وف]?بال")
INSTRUMENT_CHARS = 160
_CIVILIANS_ATTACKED = ("Violence against civilians", "Attack")
#: An assassination or an attempt at one («اغتيال», «محاولة اغتيال», «اغتاله»).
ASSASSINATION_WORD = re.compile(r"[اإأ]غتيال|[اإأ]غتال|يغتال|تغتال|[اإأ]غتيل|\bassassinat", re.IGNORECASE)
#: «بواسطة طائرة مسيرة», «عبر عبوة ناسفة», «بضربة طائرة مسيرة» (by a strike of a drone: lead, session 12): the means named by
#: a word of its own right before the weapon.
_BY_MEANS = re.compile(r"(?<![\u0621-\u064A])(?:بواسط[ةه]|عبر|ب(?:ضرب[ةه]|غار[ةه]|قصف|هجوم|استهداف)(?:\s+(?:من|ل))?)\s+$")


ASSASSINATION_MEANS_CHARS = 40  # how far after an assassination word its weapon is named («محاولة اغتيال بطائرة مسيرة»)


def _assassinated_with(text: str, hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether a weak weapon word is the instrument of an assassination word told just before it in its clause
    («نجا المحافظ من محاولة اغتيال بطائرة مسيرة مفخخة فجر اليوم»): the means, kept with no event verb of its own."""
    return (_INSTRUMENT.match(text, hit.start) is not None or _BY_MEANS.search(
        text, max(0, hit.start - 12), hit.start) is not None) and any(
        h.end <= hit.start <= h.end + ASSASSINATION_MEANS_CHARS and ASSASSINATION_WORD.search(text, h.start, h.end)
        and not _CLAUSE_MARK.search(text, h.end, hit.start) for h in hits)


def _assassination_means(text: str, group: list[_Hit]) -> _Hit | None:
    """The remote weapon an assassination was carried out with, named as its instrument after it in its
    group («نجا من محاولة اغتيال بطائرة مسيرة مفخخة», «اغتيال ضابط بعبوة لاصقة»): the attack is typed by it,
    a drone strike or an IED (ACLED codes the means, whoever the target), or None (shot, «بمسدس كاتم»)."""
    told = next((h for h in group if ASSASSINATION_WORD.search(text, h.start, h.end)), None)
    if told is None:
        return None
    return next((h for h in group if h.start >= told.end and h.entry.event_type == "Explosions/Remote violence"
                 and (_INSTRUMENT.match(text, h.start) or _BY_MEANS.search(text, max(told.end, h.start - 12), h.start))),
                None)
#: ... of a past verb that tells the attack (استهدف، هاجموا، قصفت), not a verbal noun a threat or a plan
#: names («هدد مسلحون باستهداف الأرتال ... بعبوات ناسفة»).
_TARGETED = re.compile(r"[وف]?(?:استهدف|هاجم|قصف|ضرب)(?:ت|وا|تا|ا)?(?![\u0621-\u064A])")


def _instrument_of_verb(text: str, sentence: tuple[int, int], hit: _Hit, verbs: list[tuple[int, int]]) -> bool:
    """Whether a weak weapon word is the instrument of an event verb told earlier in its clause, however
    long the object between («استهدف إرهابيو داعش سيارة تابعة للشرطة الاتحادية أثناء عبورها في منطقة
    الحويجة بعبوة ناسفة»): the verb's event, with no clause mark between."""
    if not _INSTRUMENT.match(text, hit.start):
        return False
    lo = max(sentence[0], hit.start - INSTRUMENT_CHARS)
    return any(lo <= a and b <= hit.start and _TARGETED.match(text, a) and not _CLAUSE_MARK.search(text, b, hit.start)
               for a, b in verbs)


def _charge_before(text: str, cue_spans: dict[str, list[tuple[int, int]]], end: int, hi: int) -> bool:
    """Whether a charge («مسؤولين عن», «المتهمين بـ», "accused of") stands between an arrest and every
    aggregate cue after it, in its reach."""
    aggregates = [a for a, _b in cue_spans["aggregate"] if end < a < hi]
    return bool(aggregates) and any(end <= a < min(aggregates) for a, _b in cue_spans["charge"])


_TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _time_of_territory(text: str, sentence: tuple[int, int], hit: _Hit) -> bool:
    """Whether ``hit`` is a territory change opened by a time word («بعد سيطرة داعش على», «بعد سقوط مدينة»)."""
    return hit.entry.sub_event_type in _TERRITORY and bool(
        _TIME_OPEN.match(text, hit.start) or _TIME_BEFORE.search(text, max(sentence[0], hit.start - 40), hit.start))


def territory_told_as_time(text: str, event: EventCandidate) -> bool:
    """Whether ``event`` is a territory change told as the time of another account («بعد سيطرة داعش على
    تكريت», «بعد سقوط مدينة الموصل»): an earlier event, whose date is its own phrase's, never the day of
    the account it frames (extract.incidents)."""
    return event.sub_event_type in _TERRITORY and bool(
        _TIME_OPEN.match(text, event.start)
        or _TIME_BEFORE.search(text, max(event.sentence[0], event.start - 40), event.start))


#: «بعد سيطرة», «عقب سقوط», «منذ تحرير»: a time word opening the account of another event; «قبل سيطرة»,
#: «مع سيطرة» too, as the territory row that opens with them reads them (review7b probes: the town's
#: population «قبل سيطرة داعش على المدينة» gave a takeover on the report's day). Only at the hit's start:
#: «قبل يومين» before a retaking dates it.
_TIME_OPEN = re.compile(r"[وف]?(?:بعد|عقب|اثر|إثر|منذ|قبيل|قبل|مع)\s")
_TIME_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:بعد|عقب|اثر|إثر|منذ|قبيل)(?:\s+(?:ان|أن|يوم|ايام|أيام|\S+ين|واحد))*\s+(?:من\s+)?$")


def _framed(hit: _Hit, frames: list[tuple[int, int]]) -> bool:
    """Whether ``hit`` is the object of a cue that frames it («مع اتساع رقعة الاحتجاجات», "amid a surge in
    attacks"): the cue's span holds the trigger itself, or the trigger follows it directly."""
    return any(a <= hit.start and (hit.end <= b or 0 <= hit.start - b <= 1) for a, b in frames)


def _after_frame(text: str, framing: _Hit, frames: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` opens a clause after ``framing``, a trigger its cue frames: «مع اتساع رقعة
    الاحتجاجات، قتل متظاهران برصاص قوات الأمن»: the frame's cue is used up by its object, and the clause
    after the comma tells the event."""
    return framing.end <= pos and _framed(framing, frames) and bool(_CLAUSE_MARK.search(text, framing.end, pos))


def _joined_before(text: str, hit: _Hit, specific: list[_Hit]) -> bool:
    """Whether the generic attack word ``hit`` (هجوم, attack) tells an event of its own clause, before every specific
    word of its sentence and set apart from them by a joiner of two events (فيما, بينما, كما, while): «قالت
    الخلية إن هجوماً شنه مسلحون على نقطة للجيش في الطارمية أسفر عن إصابة جنديين، فيما قتل مدني بانفجار عبوة
    ناسفة في العظيم» tells two events, not one bombing. A definite word («الهجوم», "the attack") points back to
    an event told before and stays with the specific one (issue 8, lead, session 11: an event taken by another)."""
    if not _opens_its_event(text, hit) or hit.entry.event_type != "Battles" or hit.entry.role == "killing":
        return False  # (a killing or a crowd word before the joiner is more often the specific event's toll or setting)
    return all(s.start >= hit.end and (_JOINER.search(text, hit.end, s.start) is not None
                                       or says_another(text, hit.end, s.start)) for s in specific)


def _clean(text: str, sentence: tuple[int, int], hits: list[_Hit], verbs: list[tuple[int, int]],
           references: list[tuple[int, int]] = (), frames: list[tuple[int, int]] = (),
           figurative: list[tuple[int, int]] = ()) -> list[_Hit]:
    caches = [h for h in hits if h.entry.role in {"cache", "intercept", "foiled"}]
    violent = any(h.entry.event_type not in {"Protests", "Riots"} and h.entry.strength != "generic" for h in hits)
    harmed = any(h.entry.event_type == "Violence against civilians" for h in hits)  # شاب قتل، أطلق النار على
    kept = []
    for hit in hits:
        e = hit.entry
        if (violent or harmed) and e.event_type == "Protests" and took_part(
                text, max(sentence[0], hit.start - TOOK_PART_CHARS), hit.start):
            continue  # "أصيب ناشطون شاركوا في المظاهرات": who the victims are, not a protest today
        if (violent or harmed) and e.event_type == "Protests" and _ACTIVIST_IN.search(
                text, max(sentence[0], hit.start - 30), hit.start):
            continue  # "أطلق مسلحون النار على ناشط مدني في الاحتجاجات": the victim, not a protest today
        if (violent or harmed) and e.event_type == "Protests" and _PROTEST_SITE.search(
                text, max(sentence[0], hit.start - 12), hit.start):
            continue  # "قتل شاب بيد مسلحين أثناء مغادرته ساحة التظاهر": the site, not a protest today
        if e.event_type == "Protests" and any(h.entry.event_type in _STRIKING for h in hits) and _WHERE_GATHERED.search(
                text, max(sentence[0], hit.start - 16), hit.start):
            continue  # «استهدف تفجيران مرآبين ... حيث تجمع العشرات من الزوار»: where the victims were
        prevented = _prevented_before(text, max(sentence[0], hit.start - PREVENTED_CHARS), hit.start)
        if prevented and not _FAILED.search(text, max(sentence[0], prevented.start() - PREVENTED_CHARS), prevented.start()):
            continue  # «إجراءات مشددة … لمنع حدوث أعمال شغب»: what was prevented did not happen
        # Weapons listed after a cache find or an interception are its objects, not attacks.
        if e.event_type == "Explosions/Remote violence" and (any(
                c.start < hit.start <= c.end + 120 for c in caches) or _object_of_passive_interception(
                text, hit, [c for c in caches if c.entry.role == "intercept"])):
            continue
        if e.event_type == "Explosions/Remote violence" and e.strength == "weak" and _carried(text, sentence, hit):
            continue  # "militants armed with rifles and rocket launchers attacked": their equipment, not the means
        if needs.search(_NAMED_PAST, text, max(sentence[0], hit.start - 40), hit.start) and not _INTRODUCED_WHEN.match(
                text, hit.end) and not _introduced_when_en(text, hit) and not (_LAST_WEEK.match(text, hit.end) and not _MOURNERS.search(
                text, max(sentence[0], hit.start - 40), hit.start)):
            # ذوي ضحايا مجزرة سبايكر; but "حصيلة ضحايا التفجير الذي استهدف ... مساء الجمعة" reports it, and
            # so does a UN statement's recap «من بين ضحايا التفجير المزدوج في بغداد ... الأسبوع الماضي»
            continue
        if e.strength == "weak" and not _any_in(
                verbs, max(sentence[0], hit.start - WEAK_VERB_WINDOW), min(sentence[1], hit.end + WEAK_VERB_WINDOW)) \
                and not _instrument_of_verb(text, sentence, hit, verbs) and not _assassinated_with(text, hit, hits):
            continue
        kept.append(hit)
    # (a word a metaphor cue holds is no event, so no specific one a generic word refers to: «أكد أن التظاهرات
    # مشروعة، فيما قتل متظاهران برصاص قوات الأمن» keeps the killing; review10 near miss of 4d834d6)
    specific = [h for h in kept if h.entry.strength != "generic" and h.entry.role != "subordinate" and not _any_in(
        figurative, max(sentence[0], h.start - METAPHOR_BEFORE_CHARS), h.end + 1)]
    if specific and all(_time_of_territory(text, sentence, h) for h in specific):
        # «قتلوا في 12 حزيران 2014، بعد سيطرة داعش على تكريت»: a territory change told as the time of the
        # killing is another event; the killing stays its own
        specific = []
    if specific:
        # A generic word (هجوم, attack, killed) in a sentence with a specific event refers to it,
        # and an operation "during which" something was found is that find.
        protest = any(h.entry.event_type == "Protests" for h in kept)
        # ... but not when every specific word is framed by a cue told before the generic word's clause
        # («مع اتساع رقعة الاحتجاجات، قتل متظاهران»: the killing is the event, not more of the frame).
        frame = max(specific, key=lambda h: h.end) if all(_framed(h, frames) for h in specific) else None
        kept = [h for h in kept if (h.entry.strength != "generic" or (protest and h.entry.event_type == "Riots")
                                    or any(a < h.start <= b for a, b in references)
                                    or _joined_before(text, h, specific)
                                    or (frame is not None and _after_frame(text, frame, frames, h.start))) and not (
            h.entry.role == "subordinate" and _SUBORDINATE.search(text, max(sentence[0], h.start - 12), h.start))]
    return kept


def _carried(text: str, sentence: tuple[int, int], hit: _Hit) -> bool:
    """Whether the weapon word ``hit`` ends a list of what attackers carry ("armed with rifles and rocket
    launchers"; cue class ``carried``): their equipment, not a shelling. English only: an Arabic assault
    word («هاجمت مجموعة مسلحة بالقذائف ثكنة») is no event on its own yet, so the weapon is kept there."""
    lo = max(sentence[0], hit.start - CARRIED_CHARS)
    return cue_start(text, "en", "carried", lo, hit.start) is not None


CARRIED_CHARS = 80


#: "تنديداً باغتيال الناشط ... الذي قتل برصاص مسلحين في البصرة مساء الاثنين", "to denounce the
#: assassination of activist X, who was shot dead in Basra on Monday": what a protest denounces, told
#: as an event of its own (a relative clause giving it a time), is reported too.
#: Atrocities in the plural named as what an attack answers («رداً على مجازر الكيان بحق أهلنا في غزة», "in
#: response to the massacres against civilians"): a grievance over many events, not one of the report.
_GRIEVANCE = re.compile(r"(?:ال)?(?:مجازر|جرائم|انتهاكات|اعتداءات)(?![\u0621-\u064A])|(?:the )?(?:massacres|atrocities|crimes)\b",
                        re.IGNORECASE)
_OWN_TIME = re.compile(r"(?<![\u0621-\u064A])(?:الذي|التي|اللذين|الذين)\s+(?:[^.؛\n]{0,100}?)(?<!\S)(?:اليوم|امس|أمس|مساء|صباح|"
                       r"ليل|ليلة|فجر|ظهر|عصر|يوم\s+\S+)(?![\u0621-\u064A])|"
                       r"\b(?:who|which)\s+(?:[^.;\n]{0,100}?)\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday)|yesterday|last (?:night|week)|earlier this (?:week|month)|(?:this|on \w+) (?:morning|evening))\b",
                       re.IGNORECASE)
OWN_TIME_CHARS = 160


#: «الحادث», «الحادثة»: the incident just told, named back.
_THE_INCIDENT = re.compile(r"(?<![\u0621-\u064A])(?:ال)?حادث(?:ه|ة)?(?![\u0621-\u064A])")


def _accident_beside(text: str, sentences: list[tuple[int, int]], k: int,
                     accident: list[tuple[int, int]]) -> bool:
    """Whether sentence ``k`` retells an accident told in the sentence beside it: the headline over a
    lead that names the accident («مصرع سائق ... في واسط» over «... جراء حادث سير»), or a sentence
    naming «الحادث» right after one («حادث سير يودي بحياة 5 أشخاص. ... إن الحادث وقع على طريق ...»)."""
    if not accident:  # (most articles tell no accident: nothing to look for)
        return False
    told = k + 1 if k == 0 else k - 1 if _THE_INCIDENT.search(text, *sentences[k]) else None
    if told is None or not 0 <= told < len(sentences) or not _any_in(accident, *sentences[told]):
        return False
    a, b = sentences[max(k, told)]
    return not says_another(text, a, min(b, a + 40))  # «وفي حادث منفصل، ...»: another event


def says_other_account(text: str) -> bool:
    """Whether ``text`` gives another source's count or a first report of an event told before it ('provided
    a higher death toll', 'initially said', «حصيلة أعلى», «في بادئ الأمر»; cue class ``other_account``).

    >>> says_other_account("a physician provided a higher death toll") and says_other_account("أفاد في بادئ الأمر")
    True
    """
    return any(cue_start(text, lang, "other_account", 0, len(text)) is not None for lang in ("ar", "en"))


def says_second_source(text: str) -> bool:
    """Whether ``text`` names a second or another source for its account («عن مصدر أمني ثانٍ أن», «وقال مصدر
    آخر»; cue class ``second_source``, Arabic only).

    >>> says_second_source("نقلت الوكالة عن مصدر أمني عراقي ثان أن") and says_second_source("وقال مصدر آخر إن")
    True
    """
    return any(cue_start(text, lang, "second_source", 0, len(text)) is not None for lang in ("ar", "en"))


#: How many answers of says_claim and says_another are kept: the merging rules ask them of the same
#: account's evidence for every pair of accounts (the answer depends on the text alone).
SAYS_KEPT = 1024


@lru_cache(maxsize=SAYS_KEPT)
def says_claim(text: str) -> bool:
    """Whether ``text`` claims responsibility for an attack (cue class ``claim``, either language).

    >>> says_claim("أعلن تنظيم داعش مسؤوليته عن ") and says_claim("IS claimed responsibility for the ")
    True
    """
    return any(cue_start(text, lang, "claim", 0, len(text)) is not None for lang in ("ar", "en"))


@lru_cache(maxsize=SAYS_KEPT)
def says_another(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` has a word saying its account is another event than one told beside it
    («وفي حادث منفصل», «في حادث آخر», «عبوة ناسفة أخرى», "in a separate attack"; cue class
    ``another_event``, either language: an Arabic report quotes English names and the reverse), or names what
    today's event comes after (class ``comes_after``: «ويأتي الهجوم بعد يوم من ...», "came two days after")."""
    hi = len(text) if hi is None else hi
    return any(cue_start(text, lang, cls, lo, hi) is not None for lang in ("ar", "en") for cls in _ANOTHER_CLASSES)


_ANOTHER_CLASSES = ("another_event", "comes_after")


@lru_cache(maxsize=SAYS_KEPT)
def comes_after_at(text: str) -> int | None:
    """Where the first word saying what today's event comes after starts in ``text`` (cue class ``comes_after``,
    either language: «ويأتي الهجوم بعد أيام من ...», "The strike came two days after"), or None."""
    found = [at for lang in ("ar", "en") if (at := cue_start(text, lang, "comes_after", 0, len(text))) is not None]
    return min(found, default=None)


#: The air arm that destroyed a den, a hideout or a car bomb («تمكن طيران الجيش من تدمير وكر», «القوة الجوية
#: تدمر مضافة», «سلاح الجو العراقي يدمر مخبأً», «دمرت طائرات التحالف عجلة مفخخة», «تدمير عجلة مفخخة بضربة
#: جوية»): an air strike, not a den found and destroyed on the ground. Looked for before the find and,
#: within its scope, after it (the strike words after a car bomb destroyed are dropped as its objects).
_AIR_ARM = re.compile(r"طيران الجيش|(?:ال)?قو[ةه] الجوي[ةه]|سلاح الجو|(?:ال)?طيران (?:ال)?(?:حربي|عراقي)|"
                      r"(?:طائرات|مقاتلات|طائرة|طائره)\s+(?:\S+\s+)?(?:F|إف|اف)[- ]?16|(?:ضرب[ةه]|ضربات|غار[ةه]|غارات) جوي|"
                      r"(?:طائرات|طيران|مقاتلات|طائرة|طائره) (?:ال)?تحالف")
AIR_ARM_CHARS = 70
#: «سيارة مفخخة يقودها انتحاري», «انتحاري يقود عجلة مفخخة»: a car bomb driven by a suicide bomber is a suicide
#: bomb (annotation guide), whichever attack word the matcher took first (انفجار سيارة مفخخة، هاجم ... مقراً).
_SUICIDE_DRIVEN = re.compile(r"مفخخ\S*\s+(?:\S+\s+)?(?:يقودها|يقودهما|يستقلها)\s+(?:\S+\s+)?انتحاري|"
                             r"انتحاري\S*\s+(?:\S+\s+)?(?:يقود|يستقل|يقودان|يقودون)\s+(?:\S+\s+){0,2}?(?:مفخخ|ملغوم|ملغم)")
_PRIVATE_TYPES = frozenset({"Violence against civilians", "Battles"})
#: Tribes and clans: their armed fights are communal violence (ACLED: Battles), whatever the quarrel.
_COMMUNAL = re.compile(r"عشائر|عشيره|عشيرة|قبلي|قبائل|قبيله|قبيلة|\btrib(?:e|es|al)\b|\bclans?\b", re.IGNORECASE)


def _special_cue(text: str, cue_spans: dict[str, list[tuple[int, int]]], event_type: str,
                 sentence: tuple[int, int], best: _Hit, protest_at: int | None) -> str | None:
    """Cues with their own window: narcotics anywhere in the sentence of an arrest or seizure, an
    accident anywhere in the sentence of a generic word (a death, a blast), a figurative word at the
    trigger (اشتباك كلامي), a protest's object right before it (تنديداً بالقصف)."""
    if event_type == "Strategic developments" and _any_in(cue_spans["drugs"], *sentence) and not (
            best.entry.role in {"cache", "foiled"} and _WEAPONS.search(text, *sentence)):
        return "drugs"  # ... but weapons seized with the drugs are still a cache
    if best.entry.sub_event_type == "Arrests" and _any_in(cue_spans["corruption"], *sentence):
        return "corruption"  # هيئة النزاهة تعتقل مهندسين: a corruption case, not a security arrest
    if (best.entry.sub_event_type == "Arrests" or best.entry.role == "foiled") and _any_in(cue_spans["crime"], *sentence) \
            and not (_any_in(cue_spans["security_suspects"], *sentence) or _firearms(text, *sentence)):
        return "crime"  # القبض على لص, إحباط عملية تهريب: police news; a cell or weapons keep the event
    if best.entry.strength == "generic" and _any_in(cue_spans["accident"], *sentence):
        return "accident"  # حادث سير ... أدى إلى استشهاد جنديين: deaths in an accident, not an attack
    if best.entry.sub_event_type == "Arrests" and _any_in(cue_spans["accident"], *sentence) and \
            not (_any_in(cue_spans["security_suspects"], *sentence) or _firearms(text, *sentence)):
        return "accident"  # «مصرع منتسب بحادث دهس ... قبل أن يتم القبض على سائق العجلة»: the driver of a road accident
    if event_type in _PRIVATE_TYPES and _any_in(cue_spans["private_violence"], *sentence) and \
            not _COMMUNAL.search(text, *sentence):
        return "private_violence"  # قتل رجل زوجته, شجار عائلي: a crime in a family; a tribal fight stays a clash
    for cls in ("intent", "state", "habitual"):  # تهدد بمهاجمة, التي تشهد عمليات, عادة ما: in the trigger's own clause
        i = bisect_left(cue_spans[cls], (max(sentence[0], best.start - AT_TRIGGER_CHARS), -1))
        if any(a < best.start and not _CLAUSE_MARK.search(text, a, best.start) and not _WHEN.search(text, a, best.start)
               and not _PAST_CLAUSE.search(text, a, best.start)  # «يتخوف الأهالي بعد أن سقطت قذيفة»: it fell
               for a, _b in cue_spans[cls][i:i + 4]):
            return cls
        if cls == "habitual" and any(best.start <= a < best.end + HABIT_AFTER_CHARS and not _CLAUSE_MARK.search(text, best.start, a)
                                     for a, _b in cue_spans[cls][i:i + 8]):
            return cls  # «وتشن الطائرات عادة غارات», «تستهدف المسيرات باستمرار مواقع»: the adverb inside or right after
    if _any_in(cue_spans["aggregate"], best.start, best.end):
        return "aggregate"  # هجومين: two attacks summed up, told one by one elsewhere
    if _metaphor_at(text, cue_spans, sentence, best):  # verbal clash
        return "metaphor"
    if event_type == "Protests" and any(a < best.start and best.start - b <= WALKOUT_CHARS
                                        for a, b in cue_spans["walkout"] if sentence[0] <= a):
        return "walkout"  # انسحب النواب من الجلسة احتجاجاً, walked out in protest: no demonstration
    if event_type == "Protests" and best.entry.sub_event_type == "Peaceful protest" and _any_in(
            cue_spans["mourning"], *sentence) and not _any_in(cue_spans["protest_object"], *sentence) \
            and not _DEMONSTRATION.search(text, *sentence):
        return "mourning"  # احتشد المئات لتشييع جثمان ..., mourners gathered: a funeral, not a protest
    if protest_at is not None and protest_at < best.start and event_type != "Protests" and _any_in(
            cue_spans["protest_object"], max(sentence[0], best.start - PROTEST_OBJECT_CHARS), best.start) and \
            not _OWN_TIME.search(text, best.start, min(sentence[1], best.end + OWN_TIME_CHARS)):
        return "protest_object"
    if _GRIEVANCE.match(text, best.start) and _any_in(cue_spans["cause"], max(sentence[0], best.start - 24), best.start):
        return "cause"  # «رداً على مجازر الاحتلال بحق المدنيين في غزة», "in response to the massacres": a motive
    if event_type == "Protests" and best.entry.strength == "generic" and _protesters_said(text, sentence, best):
        return "policy"  # «نفى المحتجون …», "Protesters in Kut denied …": what they said, no protest told
    return None


#: The protesters as who said, denied, accused or hoped: the verb right before them («نفى المحتجون في
#: الديوانية …», «أكد المتظاهرون، في بيان …») or after them in their clause («المحتجون في البصرة أكدوا»,
#: "Protesters in Kut denied …", "Protesters in Baghdad told AFP …"). words.yaml, speech (use protesters).
_SAID_BEFORE_THEM = word_regex(r"(?<![^\s«\"(،,])[وف]?(?:{speech:protesters@ar})\S*\s+$")
_SAID_AFTER_THEM = word_regex(r"\s+(?:[^\s,;:.،؛]+\s+){0,5}?(?:[وف]?(?:{speech:protesters@ar})\S*|(?:{speech:protesters@en})\b)",
                              re.IGNORECASE)
SAID_BEFORE_CHARS = 20  # how far before the protesters word their speech verb stands


def _protesters_said(text: str, sentence: tuple[int, int], best: _Hit) -> bool:
    """Whether the protesters word ``best`` (generic, alone in its group) is the subject of a verb of saying,
    denying, accusing or hoping: a statement of protesters, no protest told (review9 probes, issue 8)."""
    return bool(_SAID_BEFORE_THEM.search(text, max(sentence[0], best.start - SAID_BEFORE_CHARS), best.start)
                or _SAID_AFTER_THEM.match(text, best.end, sentence[1]))


def _metaphor_at(text: str, cue_spans: dict[str, list[tuple[int, int]]], sentence: tuple[int, int], hit: _Hit) -> bool:
    """Whether a metaphor cue stands at ``hit`` (the window :func:`_special_cue` reads for the group's best)."""
    return _any_in(cue_spans["metaphor"], max(sentence[0], hit.start - METAPHOR_BEFORE_CHARS), hit.end + 1)


METAPHOR_BEFORE_CHARS = 12  # how far before a trigger a metaphor cue may start and still stand at it


def _held_apart(text: str, cue_spans: dict[str, list[tuple[int, int]]], sentence: tuple[int, int], hit: _Hit,
                group: list[_Hit]) -> bool:
    """Whether ``hit`` is held by a metaphor cue and every other word of its group stands in another clause."""
    others = [o for o in group if o is not hit]
    return bool(others) and _metaphor_at(text, cue_spans, sentence, hit) and all(
        _CLAUSE_MARK.search(text, *sorted((hit.end, o.start) if o.start >= hit.end else (o.end, hit.start))) for o in others)


STATE_FRAME_GAP = 2  # a state cue ending this close before a trigger frames it («وسط انتشار …»)


def _framed_by_state(cue_spans: dict[str, list[tuple[int, int]]], hit: _Hit) -> bool:
    """Whether a state cue («وسط انتشار امني», «في ظل استنفار») ends right before ``hit``: the circumstance of
    another event of its group, not an event of its own."""
    return any(0 <= hit.start - b <= STATE_FRAME_GAP for _a, b in cue_spans["state"])


#: A protest named or its demands: a funeral that turns into a demonstration stays a protest.
_DEMONSTRATION = word_regex("{protest_named}", re.IGNORECASE)  # words.yaml, protest_named


#: The kidnappers named (kidnappers, captors, الخاطفين, خاطفيها): an agent, not an abduction told.
_CAPTORS = re.compile(r"kidnappers?|abductors?|captors?|خاطف", re.IGNORECASE)


#: «القصف», «قصف» with no weapon named: told beside «في الغارات التي شنها» it is the raids' bombing.
_BARE_SHELLING = re.compile(r"[وفب]?(?:ال)?قصف", re.IGNORECASE)
#: The weapons fired from afar: an attack told with one of them as its instrument is that kind of event.
_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
#: A weapon told as the attack's instrument: «بقذائف», «بالصواريخ» (its ب), «مستخدمين قذائف الهاون», «استخدم فيه
#: قذائف», 'with (heavy) mortars', 'using rockets'.
_INSTRUMENT_AR = re.compile(r"^[و]?ب|(?<![\u0621-\u064A])(?:مستخدم\S*|باستخدام|استخدم\S*(?:\s+في\S*)?)\s+(?:\S+\s+)?$")
_INSTRUMENT_EN = re.compile(r"\b(?:with|using|by)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: An attack word (not a clash word): an attack, an assault, a raid on a post, told as what was done.
_ATTACK_WORD = re.compile(r"هاجم|هجوم|هجمات|هجوما|اعتداء|تعرض|\battack|\bassault", re.IGNORECASE)


#: The explosive means an attack on civilians told with them is coded by (ACLED: Explosions/Remote violence).
_EXPLOSIVE_MEANS = frozenset({"Grenade", "Remote explosive/landmine/IED", *_FROM_AFAR})


def _weapon_inside(text: str, lang: str, best: _Hit, kinds: frozenset[str] = _FROM_AFAR) -> _Hit | None:
    """A weapon of ``kinds`` (by default fired from afar) told as the instrument («بقذائف الهاون», 'with mortars') inside
    the words an attack row matched across («هاجم مسلحو داعش بقذائف الهاون نقطة»: one trigger from the verb to its
    object), if any."""
    if best.end - best.start < 12:
        return None
    inner = normalise_slice(text, best.start + 1, best.end)
    for start, end, payloads in _trigger_matcher(lang).finditer(inner.text):
        if not payloads or payloads[0].sub_event_type not in kinds:
            continue
        lo = best.start + 1 + inner.original(start)
        hi = min(best.end, best.start + 1 + inner.original(end))
        if _told_as_instrument(text, lang, lo, hi, best.start, best.start):
            return _Hit(lo, hi, payloads[0])
    return None


FIRED_WEAPON_CHARS = 40  # how far before a weapon its instrument word («مستخدمين», 'with') is looked for


def _told_as_instrument(text: str, lang: str, lo: int, hi: int, ar_floor: int, en_floor: int) -> bool:
    """Whether the weapon at [lo, hi) is told as an attack's instrument: Arabic «بقذائف», «بالصواريخ» (its ب) or
    «مستخدمين قذائف الهاون» in the words before it from ``ar_floor`` on; English 'with (heavy) mortars', 'using
    rockets' in the words before it from ``en_floor`` on (both at most :data:`FIRED_WEAPON_CHARS` back)."""
    if lang == "ar":
        return bool(_INSTRUMENT_AR.search(text[lo:hi]) or _INSTRUMENT_AR.search(text[max(ar_floor, lo - FIRED_WEAPON_CHARS):lo]))
    return _INSTRUMENT_EN.search(text[max(en_floor, lo - FIRED_WEAPON_CHARS):lo]) is not None


def _fired_from_afar(text: str, lang: str, sentence: tuple[int, int], group: list[_Hit], best: _Hit) -> _Hit | None:
    """The weapon an attack typed Armed clash was fired with from afar, if it was: the group's attack word («هاجم»,
    «هجوم», 'attacked'; not a clash word) with a mortar, rocket, missile, artillery or drone of the group told as its
    instrument («بقذائف الهاون», «بالصواريخ», 'with mortars') and no close combat in the sentence (cue class
    ``close_combat``: gunfire, snipers, light weapons, clashes, a storming). ACLED codes fire from afar with no clash
    as the weapon's event (Shelling/artillery/missile attack, Air/drone strike) even where the report says "an attack"
    (type11 audit, issue 8); the first such weapon told decides («بالصواريخ والطائرات المسيرة»: missiles)."""
    if _ATTACK_WORD.search(text, best.start, best.end) is None:
        return None
    inside = _weapon_inside(text, lang, best)
    if inside is not None and not _SHOULDER_FIRED.match(text, inside.start):
        # «هاجم مسلحو داعش بقذائف الهاون نقطة للحشد»: the weapon told inside the attack row's own words
        return None if cue_start(text, lang, "close_combat", *sentence) is not None else inside
    for hit in group:
        if hit is best or hit.entry.sub_event_type not in _FROM_AFAR or hit.start < best.start:
            continue
        if not _told_as_instrument(text, lang, hit.start, hit.end, best.end, best.start):
            continue
        if _SHOULDER_FIRED.match(text, hit.start):
            return None  # «هاجموا نقطة للجيش بالقذائف الصاروخية»: RPG rounds, fired at close range in the clash
        return None if cue_start(text, lang, "close_combat", *sentence) is not None else hit
    return None


#: Rocket-propelled grenades («القذائف الصاروخية», «قاذفات», 'RPGs'): an infantry weapon fired at close range, which
#: an attack on a post uses in the clash, not fire from afar (review11, narrowing 436a860; the English 'attacked an
#: army checkpoint with RPGs' already stayed an armed clash).
_SHOULDER_FIRED = re.compile(r"[وب]?(?:ال)?(?:قذائف|قذيفه|قذيفة)\s+(?:ال)?صاروخي|[وب]?(?:ال)?قاذف|\b(?:rpgs?|rocket-propelled)\b",
                             re.IGNORECASE)
_IN_RAIDS = re.compile(r"(?:(?<![\u0621-\u064A])(?:في|خلال|جراء|اثر|إثر)\s+|(?<![\u0621-\u064A])ب)$")
#: What joins the account of another event to the one just told (فيما، بينما، كما، في حين, while): the joiner and
#: "also" words of geo/data/new_event_words.csv (:mod:`geo.new_events`), an Arabic one with or without «و».
_JOINER = re.compile(rf"(?<![\u0621-\u064A])و?(?:{alternation('ar', 'joiner', 'also')})(?![\u0621-\u064A])|"
                     rf"\b(?:{alternation('en', 'joiner', 'also')})\b", re.IGNORECASE)


def _another_event(text: str, last: _Hit, hit: _Hit) -> bool:
    """Two specific triggers of different kinds with a clause break between them are two events
    ("انفجرت عبوة ناسفة في الطارمية، فيما اعتقلت القوات ... في الحويجة"); so are two of one type, of
    any sub-types, joined by فيما/بينما/كما/في حين/while («سقط صاروخ على المطار، كما انفجرت عبوة في أبو
    غريب», "mortar shells hit Tarmiyah, while rockets struck Balad air base"), and any two told as
    "another incident" («وفي حادث آخر»)."""
    kinds = {last.entry.event_type, hit.entry.event_type}
    if "rescue" in (last.entry.role, hit.entry.role) and any(_CAPTORS.search(text, h.start, h.end) for h in (last, hit)):
        return False  # "rescued a child in Kirkuk; the kidnappers fled": the rescue, its kidnappers named
    if "generic" in (last.entry.strength, hit.entry.strength):
        return False
    if says_another(text, last.end, hit.start):  # "in another incident", «وفي حادث آخر»: whatever its kind
        return True
    if not kinds <= {"Protests", "Riots"} and _JOINER.search(text, last.end, hit.start):
        return True  # of one sub-type too: told at one place, the two merge back into one incident
    return len(kinds) == 2 and not kinds <= {"Protests", "Riots"} and \
        _CLAUSE_MARK.search(text, last.end, hit.start) is not None


#: A time of one occasion (on Sunday, اليوم, أمس, صباح الأحد): a clause with one reports an event.
_ONE_DAY = re.compile(r"(?<![\u0621-\u064A])(?:اليوم|امس|أمس|صباح|مساء|فجر|ظهر|عصر|ليلة|ليله|يوم (?:الأحد|الاحد|الاثنين|"
                      r"الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|الجمعه|السبت))(?![\u0621-\u064A])|\b(?:on (?:monday|"
                      r"tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|this morning|last night|"
                      r"earlier today|overnight)\b", re.IGNORECASE)
_HABITS = ("aggregate", "habitual")


#: «، وهو مرتع لداعش ويشهد هجمات»: a clause describing the place just named, not more of the event.
_DESCRIBED = re.compile(r"[،,]\s*(?:وهو|وهي)(?![\u0621-\u064A])")


def _full_day(text: str, lo: int, hi: int) -> bool:
    """Whether [lo, hi) writes a whole date of one day («في يوم 10 حزيران 2014», "on 3 August 2014"):
    an occasion of its own, as «يوم الأحد» is (encyclopaedic prose dates its events so)."""
    return any(d.precision == DAY for d in find_dates(text[lo:hi], None))


def _day_clause(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first clause after a clause mark in [lo, hi) that holds a time of one occasion."""
    for mark in _CLAUSE_MARK.finditer(text, lo, hi):
        end = _CLAUSE_MARK.search(text, mark.end(), hi)
        stop = end.start() if end else hi
        if _ONE_DAY.search(text, mark.end(), stop) or _full_day(text, mark.end(), stop):
            return mark.end(), stop
    return None


def _habit_then_day(text: str, cue_spans: dict[str, list[tuple[int, int]]], sentence_start: int,
                    last_end: int, hit_start: int) -> bool:
    """Whether the next trigger opens a clause with its own day after a habit or a tally ("Rockets
    frequently target the base; on Sunday two struck it", «تتعرض القاعدة بشكل متكرر لهجمات صاروخية،
    وسقط صاروخان اليوم»): the dated clause is an event of its own, not part of the habit."""
    day = _day_clause(text, last_end, hit_start + 1)
    return day is not None and any(_any_in(cue_spans[cls], sentence_start, day[0]) for cls in _HABITS)


def tells_a_pair(sentence: str) -> bool:
    """Whether ``sentence`` tells a pair one by one (أحدهما ... والآخر ..., الأول ... والثاني ...)."""
    return _the_other(sentence, 0, 0, len(sentence))


def _the_other(text: str, sentence_start: int, lo: int, hi: int) -> bool:
    """Whether «والآخر»/«والثاني» between two triggers takes up a pair «أحدهما»/«الأول» opened before."""
    other = _THE_OTHER.search(text, lo, hi)
    return other is not None and _ONE_OF_TWO.search(text, sentence_start, other.start()) is not None


#: "the attack", "Wednesday's attack", "the unusual daytime attack", "another attack": an attack named
#: as one already known (or the next of its kind), not a new one ("launched a new offensive").
_KNOWN_EN = re.compile(r"(?:\b(?:the|this|that|these|those|another)|[a-z]['’]s)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


#: "the bombing", "the bombardment" (a word for a strike from afar as much as for a bomb) and the words that
#: make it a bomb of its own (a roadside or car bomb, an IED, a suicide bomber).
_BOMBING_NOUN = re.compile(r"bombings?\b|bombardments?\b", re.IGNORECASE)
_BOMB_OF_ITS_OWN = re.compile(r"\b(?:bombs?|ied|ieds|roadside|explosive|explosives|device|car bomb|suicide|landmine|mine|"
                              r"grenade|booby|sticky)\b", re.IGNORECASE)
REMOTE_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _bombing_of_series(text: str, sentence: tuple[int, int], group: list[_Hit], series: tuple[str, str] | None) -> bool:
    """Whether ``group`` is "the bombing" told again after a shelling or an air strike the article already told
    ("2 civilians were injured in Turkish artillery shelling … the bombing targeted the village of Barkhi"): the
    bombardment named before, not a bomb of its own (type9 audit, issue 8). A roadside or car bomb, an IED or a
    suicide bomber named in the sentence keeps its own type; so does a bombing told as another incident ("In a
    separate incident, the bombing killed two soldiers": review9 probes)."""
    return series is not None and series[1] in REMOTE_FROM_AFAR and all(
        h.entry.sub_event_type == "Remote explosive/landmine/IED" for h in group) and any(
        _BOMBING_NOUN.match(text, h.start) and _KNOWN_EN.search(text, max(0, h.start - 40), h.start) for h in group) \
        and not _BOMB_OF_ITS_OWN.search(text, *sentence) and not says_another(text, sentence[0], group[0].start) \
        and not _PLACE_FRONTED.match(text, sentence[0])


#: A sentence opened by a place of its own, as a roundup tells its next account («وفي محافظة ديالى، …», 'In Diyala,
#: the bombing killed two soldiers near Baquba'): another account than the strike told before (review9 probes).
_PLACE_FRONTED = re.compile(r"\s*(?:In|Elsewhere in|Meanwhile in|Further (?:north|south|east|west) in) [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2},|"
                            r"\s*[وف]?في\s+(?:محافظ[ةه]|قضاء|ناحي[ةه]|مدين[ةه])\s+\S+(?:\s+\S+)?[،,]")


#: An armed side named in a sentence of clashes: then they are fighting, not the protest told before.
_ARMED_SIDES = word_regex(r"{clash_sides@ar}|\b(?:{clash_sides@en})\b", re.IGNORECASE)  # words.yaml, clash_sides
_CLASH_NOUN = re.compile(r"[وفب]?(?:ال|لل)اشتباك|clash(?:es)?\b", re.IGNORECASE)


def _clashes_of_protest(text: str, sentence: tuple[int, int], group: list[_Hit], series: tuple[str, str] | None) -> bool:
    """Whether ``group`` is "the clashes" (a definite clash noun, alone in its group) told after a protest or a riot
    the article already told, with no armed side named in its sentence ("Security forces opened fire on protesters
    on a bridge … The clashes took place on Ahrar bridge"): the protest's confrontation again, not a battle beside
    it (type9 audit, issue 8). Gunmen, militants, tribes or the army named with it keep the clash, and so do
    clashes told as another account («وفي سياق آخر، أسفرت الاشتباكات …», "Elsewhere, the clashes …": review9)."""
    return series is not None and series[0] in {"Protests", "Riots"} and len(group) == 1 and \
        group[0].entry.sub_event_type == "Armed clash" and _CLASH_NOUN.match(text, group[0].start) is not None and (
            _DEFINITE.match(text, group[0].start) is not None or _THE.search(text, max(0, group[0].start - 20), group[0].start)
            is not None) and not _ARMED_SIDES.search(text, *sentence) and not says_another(text, sentence[0], group[0].start)


#: An angry crowd, the riot word of triggers.yaml that tells no violent act of its own.
_ANGRY_CROWD = re.compile(r"[وف]?(?:ال)?(?:محتج|متظاهر)\S*\s+(?:ال)?غاضب\S*")


#: "during" right before an operation word: the operation is the setting of what happened in it.
_DURING_OPERATION = word_regex(r"(?:{during:operation@ar}|\b(?:{during:operation@en}))\s+(?:(?:تنفيذ|تنفيذها|قيام\S*|\S+ها)\s+|"
                               r"(?:an?|the)\s+)?$", re.IGNORECASE)  # words.yaml, during


def _attack_of_series(text: str, group: list[_Hit], series: tuple[str, str] | None) -> bool:
    """Whether ``group`` holds only generic words, one of them a definite attack word (الهجوم, الاعتداء,
    the attack, another attack: typed Armed clash with no role), after an explosion the article already
    told (``series``): the attack it names is that explosion, or the next of its kind."""
    return series is not None and series[0] == "Explosions/Remote violence" and all(
        h.entry.strength == "generic" for h in group) and any(
        (h.entry.sub_event_type, h.entry.strength, h.entry.role) == ("Armed clash", "generic", "")
        and (_DEFINITE.match(text, h.start) or _KNOWN_EN.search(text, max(0, h.start - 40), h.start)
             or _ORDINAL.match(text, h.end)) for h in group)


#: "since September, when", «منذ أيلول الماضي، حين/عندما»: a time a span is counted from, then the clause telling what
#: happened at that time.
_SINCE_WHEN = re.compile(r"\bsince\s+[^,.;:]{1,40},\s*when\b|(?<![\u0621-\u064A])منذ\s+[^،,.؛:]{1,40}[،,]\s*"
                         r"(?:حين|حينما|عندما)(?![\u0621-\u064A])", re.IGNORECASE)
SINCE_WHEN_CHARS = 80  # how far before the event word the since-when clause may open


def _last_match(regex: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of ``regex`` in ``text[lo:hi]`` ends, or None."""
    ends = [m.end() for m in regex.finditer(text, lo, hi)]
    return ends[-1] if ends else None


RETOLD_REMEMBERED_CHARS = 400  # how far after a remembered event its retelling («وجاءت عملية الاغتيال بعد») may stand


def _comes_after_retold(text: str, cue_spans: dict[str, list[tuple[int, int]]], lo: int, start: int, end: int) -> bool:
    """Whether the definite event word at [``start``, ``end``) («الاغتيال», 'the attack') is the subject of a word saying
    what it came after (cue class ``comes_after``), opened right before it in Arabic («وجاءت عملية الاغتيال بعد …») or
    right after it in English ('The assassination came two days after …'): the event told before, retold."""
    if not (text.startswith("ال", start) or text[max(0, start - 4):start].lower() == "the "):
        return False
    return any((lo <= a < start <= b and start - a <= 30) or 0 <= a - end <= 3 for a, b in cue_spans["comes_after"])


def _comes_after(cue_spans: dict[str, list[tuple[int, int]]], end: int, start: int) -> bool:
    """Whether a word saying what the event told comes after (cue class ``comes_after``: «ويأتي هذا الهجوم بعد
    يوم واحد من تفجير ...», "The attack comes two days after a bombing") ends between two event words (``end``,
    ``start``): the word after it names another, earlier event, not more of the one before (tplace12, issue 8)."""
    return any(a < start and end <= b <= start for a, b in cue_spans["comes_after"])


def _sentence_events(text: str, sentence: tuple[int, int], hits: list[_Hit],
                     cue_spans: dict[str, list[tuple[int, int]]], lang: str,
                     last_type: tuple[str, str] | None = None, accident_beside: bool = False,
                     opening: bool = False, remembered: dict[str, int] | None = None) -> list[EventCandidate]:
    """The candidate events of one sentence (``opening``: no event word is told before it in the article;
    ``remembered``: where the last event of each sub-event type named as remembered before it ends)."""
    raids = [h for h in hits if h.entry.sub_event_type == "Air/drone strike" and h.entry.strength == "generic"]
    # a trend frames its object («مع اتساع رقعة الاحتجاجات»); a reference point's clause after the comma
    # («الذكرى الثالثة لذلك الهجوم، عندما سقطت صواريخ ...») tells the old event itself, and a plan's or a
    # denial's reaches the clauses joined to it
    frames = [span for span in cue_spans["trend"] if sentence[0] <= span[0] < sentence[1]]
    framing = [h for h in hits if _framed(h, frames)] if frames else []  # a frame's objects, generic ones too
    hits = _clean(text, sentence, hits, cue_spans["event_verbs"], cue_spans[REFERENCE], frames, cue_spans["metaphor"])
    protest_at = next((h.start for h in hits if h.entry.event_type == "Protests"), None)
    groups: list[list[_Hit]] = []
    pair_parts: set[int] = set()  # groups that are the second of a pair (والآخر ...): they share the head's date
    for hit in hits:
        other = bool(groups) and _the_other(text, sentence[0], groups[-1][-1].end, hit.start)
        gap = hit.start - groups[-1][-1].end if groups else 0
        # «قُتل 1700 عسكري في 12 حزيران 2014، بعد سيطرة داعش على تكريت»: a territory change told as the
        # time of another account is an event of its own, not more of the killing
        changed_hands = bool(groups) and groups[-1][-1].entry.sub_event_type not in _TERRITORY and \
            _time_of_territory(text, (groups[-1][-1].end, sentence[1]), hit)
        if groups and (gap <= GROUP_GAP or (gap <= RESULT_GAP and hit.entry.role == "killing" and _RESULT_HEDGED.search(
                text, groups[-1][-1].end, hit.start))) and not any(_any_in(
                cue_spans[cls], groups[-1][-1].end, hit.start) for cls in ("protest_object", "cause", REFERENCE)) \
                and not _any_in(cue_spans["protest_object"], groups[-1][-1].start, groups[-1][-1].start + 1) \
                and not _another_event(text, groups[-1][-1], hit) \
                and not _WHEN.search(text, groups[-1][-1].end, hit.start) and not other \
                and not _DESCRIBED.search(text, groups[-1][-1].end, hit.start) \
                and not _habit_then_day(text, cue_spans, sentence[0], groups[-1][-1].end, hit.start) \
                and not changed_hands and not _after_frame(text, groups[-1][-1], frames, hit.start) \
                and not _comes_after(cue_spans, groups[-1][-1].end, hit.start):
            # تظاهرة | تنديداً بالقصف; storm the embassy | in response to the airstrike. (The protest word that opens
            # what it denounces, «احتجاجا على اغتيال» — the cue starting at the word itself, not one inside a longer
            # hit such as «محتجون غاضبون على قطع الطريق» — is no part of the killing's group either: lead, session 12)
            groups[-1].append(hit)
        else:
            if other:
                pair_parts.add(len(groups))
            groups.append([hit])
    events: list[EventCandidate] = []
    previous_rejected: tuple[int, str] | None = None
    remembered = dict(remembered or {})  # sub-event type -> where the last event named as remembered ends
    series = last_type
    for i, group in enumerate(groups):
        # «تظاهرة … اليوم وسط انتشار أمني كثيف»: the deployment the state cue frames is the protest's surroundings;
        # the protest of its group decides (a group of the framed word alone is left to the cue: review9 probes)
        group = [h for h in group if not _framed_by_state(cue_spans, h)] or group
        # «أكد أن التظاهرات مشروعة، فيما قتل متظاهران برصاص قوات الأمن»: a word a metaphor cue holds (a verdict, a topic,
        # a figure) is no event, and the words told in another clause of its group are not held by it: they decide
        # (review10 near miss of 4d834d6). One clause with it («الإعدام لإرهابي فجر سيارة مفخخة») stays held.
        group = [h for h in group if not _held_apart(text, cue_spans, sentence, h, group)] or group
        # Strongest first; a killing decides among generic words (قتل مدني بهجوم مسلح: an attack on
        # a civilian), an operation "during which" something else happened gives way.
        # A killing by a means (قتل ... بضربات جوية) is coded by the means.
        killing = any(h.entry.role == "killing" for h in group)
        # An explosion during an operation is coded by the explosion («انفجار رمانة يدوية أثناء تنفيذ عملية مداهمة»,
        # "a bomb went off during a search operation": type9 audit, step 7), as a killing in one is.
        killing = killing or (any(h.entry.event_type == "Explosions/Remote violence" for h in group) and any(
            h.entry.role == "subordinate" and _DURING_OPERATION.search(text, max(sentence[0], h.start - 24), h.start)
            for h in group))
        # An operation with a killing in it is coded by the killing (قتل 4 إرهابيين في عملية إنزال جوي).
        best = max(group, key=lambda x: (not (killing and x.entry.role == "subordinate"), _RANK[x.entry.strength],
                                         x.entry.role in _DECIDES, x.entry.role != "subordinate",
                                         killing and x.entry.event_type == "Explosions/Remote violence",
                                         x.entry.role == "killing", x.entry.sub_event_type not in _LEAST_SPECIFIC,
                                         -x.start))
        start, end = group[0].start, group[-1].end
        scope_lo = groups[i - 1][-1].end if i else sentence[0]
        ref = [a for a, _b in cue_spans[REFERENCE] if scope_lo <= a < start]
        if i and ref:
            scope_lo = ref[-1]  # "... منذ تفجيرات الكرادة التي وقعت في تموز 2016": its clause, its date
        elif i in pair_parts:  # «وقع انفجاران أمس، أحدهما ... والآخر ...»: the head's date and place hold both
            scope_lo = events[-1].scope[0]
        scope_hi = groups[i + 1][0].start if i + 1 < len(groups) else sentence[1]
        et, st = best.entry.event_type, best.entry.sub_event_type
        if st == "Shelling/artillery/missile attack" and (any(h.entry.sub_event_type == "Air/drone strike" for h in group) or (
                _BARE_SHELLING.fullmatch(text[best.start:best.end])
                and any(r.start > best.end and _IN_RAIDS.search(text, max(0, r.start - 8), r.start) for r in raids))):
            st = "Air/drone strike"  # قصف بطائرة مسيرة, aircraft shelled, «القصف ... في الغارات»: an air strike
        if (et, st) == ("Battles", "Armed clash"):
            weapon = _fired_from_afar(text, lang, sentence, group, best)
            if weapon is not None:  # «هاجم مسلحو داعش نقطة للجيش بقذائف الهاون»: a shelling, not a clash
                et, st = weapon.entry.event_type, weapon.entry.sub_event_type
        elif (et, st) == ("Violence against civilians", "Attack") and best.entry.role != "killing":
            # «هاجم مسلحون مجهولون بقنبلة يدوية منزل مواطن»: an attack on civilians told with its explosive means is
            # coded by the means (ACLED: a grenade or a bomb is Explosions/Remote violence, whoever the target)
            weapon = _weapon_inside(text, lang, best, _EXPLOSIVE_MEANS)
            if weapon is not None:
                et, st = weapon.entry.event_type, weapon.entry.sub_event_type
        if st == "Suicide bomb" and any(h.entry.sub_event_type == "Air/drone strike" for h in group):
            st = "Air/drone strike"  # الطائرات المسيرة الانتحارية: a one-way drone, not a suicide bomber
        if st == "Disrupted weapons use" and best.entry.strength == "generic" and \
                _AIR_ARM.search(text, max(scope_lo, start - AIR_ARM_CHARS), min(scope_hi, end + AIR_ARM_CHARS)):
            et, st = "Explosions/Remote violence", "Air/drone strike"  # طيران الجيش يدمر وكراً: from the air
        driven = needs.search(_SUICIDE_DRIVEN, text, start, min(scope_hi, end + 40))
        if et in {"Explosions/Remote violence", "Battles"} and driven and driven.start() < end:
            et, st = "Explosions/Remote violence", "Suicide bomb"  # سيارة مفخخة يقودها انتحاري: a suicide car bomb
        if et == "Protests" and any(h.entry.event_type == "Riots" for h in group):
            et, st = "Riots", "Violent demonstration"  # protesters who storm or burn: a riot
        elif et in {"Protests", "Strategic developments"} and st in {"Peaceful protest", "Looting/property destruction"} \
                and any(h.entry.event_type == "Protests" for h in group) and any(
                h.entry.sub_event_type == "Looting/property destruction" for h in group):
            et, st = "Riots", "Violent demonstration"  # "burning the offices during protests": a riot
        if et == "Riots" and st == "Violent demonstration" and all(
                _ANGRY_CROWD.fullmatch(text, h.start, h.end) for h in group if h.entry.event_type == "Riots") and \
                cue_start(text, lang, "riot_acts", *sentence) is None:
            # «أقدم متظاهرون غاضبون على اغلاق بوابة … ونصب سرادق»: anger is no violence; what they burn, storm or
            # throw (cues.yaml riot_acts) makes the riot (type9 audit, step 7)
            et, st = "Protests", "Peaceful protest"
        if best.entry.role == "killing":
            et, st = _killing_type(text, scope_lo, best.start, best.end)
        means = _assassination_means(text, group) if (et, st) == _CIVILIANS_ATTACKED else None
        if means is not None:  # «محاولة اغتيال بطائرة مسيرة مفخخة»: the drone strike it was (ACLED codes the means)
            et, st = means.entry.event_type, means.entry.sub_event_type
        lo = max(_cue_window_start(text, sentence[0], best.start), best.start - CUE_BEFORE_MAX)
        if _MEANS_HEAD.search(text, max(sentence[0], start - 30), start):
            # «شن مسلحو داعش خلال نيسان الماضي، هجمات استهدفت مواقع عسكرية، ...، بواسطة قناصين وعبوات ناسفة»: the
            # means listed after «بواسطة» are those of the attacks told before them; the cue framing those frames them
            lo = max(sentence[0], min(lo, start - MEANS_HEAD_CHARS))
        since_when = _last_match(_SINCE_WHEN, text, max(sentence[0], start - SINCE_WHEN_CHARS), start)
        if since_when is not None:
            # "the first such attack since September, when three mortar shells landed inside the Green Zone",
            # «الأول منذ أيلول الماضي، حين سقطت ثلاث قذائف»: the when-clause tells the earlier event itself, which
            # the count before it does not sum up (tplace12, issue 8)
            lo = max(lo, since_when)
        framed_before = [f.end for f in framing if _after_frame(text, f, frames, start)]
        if framed_before:
            lo = max(lo, *framed_before)  # the frame's cue is its object's, not this clause's
        rejected = next((cls for cls in BEFORE if _cue_before(text, cue_spans[cls], cls, lo, best.start)), None)
        if rejected is None:
            hi = min(scope_hi, end + CUE_AFTER_MAX)
            semicolon = _SEMICOLON.search(text, end, hi)  # "...; the army has launched thousands of operations"
            hi = semicolon.start() if semicolon else hi
            rejected = next((cls for cls in AFTER if _any_in(cue_spans[cls], best.start + 1, hi)), None)
            if rejected == "future_after" and _own_noun_future(text, cue_spans["future_after"], group, best, hi):
                rejected = next((cls for cls in AFTER if cls != "future_after" and _any_in(cue_spans[cls], best.start + 1, hi)),
                                None)
            if rejected == "aggregate" and st == "Arrests" and _charge_before(text, cue_spans, end, hi) and not _cue_before(
                    text, cue_spans["aggregate"], "aggregate", lo, best.start):
                # «اعتقلت ... أربعة إرهابيين مسؤولين عن التفجيرات الأخيرة في الفلوجة»: the count is the charge
                rejected = next((cls for cls in AFTER if cls != "aggregate" and _any_in(cue_spans[cls], best.start + 1, hi)),
                                None)
            if rejected == "aggregate" and (_RANKED.search(text, end, hi) or (
                    best.entry.strength != "generic" and needs.search(NTH_OF_KIND, text, end, hi))) and not _cue_before(
                    text, cue_spans["aggregate"], "aggregate", lo, best.start):
                rejected = next((cls for cls in AFTER if cls != "aggregate" and _any_in(cue_spans[cls], best.start + 1, hi)),
                                None)  # "..., the fifth attack on the base since mid-November": numbered, the news
            ranked = [m.end() for m in _SUPERLATIVE.finditer(text, best.end, hi)] if rejected in {REFERENCE, "aggregate"} \
                and et != "Strategic developments" else []
            if ranked:
                # "killed 12 at a market today, the deadliest since the Karrada bombing", «الأعنف منذ
                # كانون الثاني 2021»: the violent event ranked against an older one or a period is the
                # news (the older one is told apart); the period after the superlative sums nothing up.
                rejected = next((cls for cls in AFTER if cls != REFERENCE and any(
                    best.start < a < hi and not (cls == "aggregate" and any(0 <= a - r <= SUPERLATIVE_REACH for r in ranked))
                    for a, _b in cue_spans[cls])), None)
        held = next((h for h in group if h.entry.event_type in {"Protests", "Riots"} and not any(
            a <= h.start < b for a, b in cue_spans[REFERENCE])), None) if rejected == REFERENCE else None
        if held is not None:
            # «نظم ذوو ضحايا مجزرة سبايكر وقفة احتجاجية», "families of the massacre's victims staged a
            # protest": the old event is the reference, the protest held today is the news (a funeral or
            # a vigil stays mourning).
            et, st, rejected = held.entry.event_type, held.entry.sub_event_type, None
        if rejected in _HABITS:
            day = _day_clause(text, lo, scope_hi)
            if day is not None and (day[0] <= best.start < day[1] or (day[0] > best.start and _any_in(
                    cue_spans["event_verbs"], *day))) and not any(_any_in(cue_spans[cls], *day) for cls in _HABITS):
                # "... frequently target the airport; on Sunday two struck the base": the habit is told
                # before the clause of one day, which reports the event (its trigger or its verb).
                rejected = None
        if rejected is None and _future_predicate(text, cue_spans["future"], end, scope_hi):
            rejected = "future"  # «عمليات التفتيش ستستمر حتى ...», "the operation will start": not yet
        if rejected is None:
            rejected = _special_cue(text, cue_spans, et, sentence, best, protest_at)
        if rejected is None and accident_beside and all(h.entry.role == "killing" and h.entry.strength == "generic"
                                                         for h in group):
            rejected = "accident"  # «حادث سير يودي بحياة 5 أشخاص. ... الحادث وقع على طريق ...»
        if rejected in {"future", "hypothetical", "policy", REFERENCE} and any(
                (_DEFINITE.match(text, h.start) and _INTRODUCED_WHEN.match(text, h.end)
                 and not (rejected == REFERENCE and _remembered(text, h.start))) or _introduced_when_en(text, h)
                for h in group):
            # "وجه بملاحقة منفذي الهجوم الذي استهدف ... مساء أمس": the directive is policy, the attack
            # its past-tense relative clause tells happened; so does the strike a funeral names as a reference
            # («وشيع المئات جثامين ضحايا القصف الذي طال قوات الحشد مساء الأحد»): told with a time of its own.
            # (Not a tally: "the victims of the attacks that took place today in several cities" sums a day up.)
            rejected = None
        if rejected in {"future", "hypothetical", "policy", "negation"} and any(
                _THE.search(text, max(0, h.start - 20), h.start) and _introduced_en(text, h.start, h.end) for h in group):
            rejected = None  # "denied that the blast that hit a market on Friday was ...": the blast happened
        if rejected == "policy" and et == "Protests" and (
                (_DURING.search(text, max(lo, best.start - 12), best.start)
                 and next(_protesters_demanded(text, cue_spans["demand"], lo, best.start), None) is not None)
                or any(m[1] == best.end and not _standing_demand(text, m, scope_hi)
                       for m in _protesters_demanded(text, cue_spans["demand"], max(lo, best.start - 40), best.end))) \
                and not any(_any_in(cue_spans[cls], lo, scope_hi) for cls in ("future", "future_after", "hypothetical")):
            # «طالب المحتجون بتوفير فرص عمل خلال تظاهرة نظموها أمام مبنى المحافظة»: the protesters' demands
            # were made during the protest, which took place; a call to join one ahead, or others' demands
            # about protesters («طالبت الحكومة بحماية المتظاهرين خلال التظاهرات») stay policy
            rejected = None
        if rejected is None and previous_rejected and not framed_before and start - previous_rejected[0] <= 60 and \
                not _WHEN.search(text, previous_rejected[0], start) and not (
                previous_rejected[1] in _HABITS and _day_clause(text, previous_rejected[0], start + 1)):
            # "the plan requires X, and Y": Y is planned too; «يشن هجمات متكررة، وفي 3 آب 2014 اقتحم ...»:
            # the clause with a day of its own is no more of the habit
            rejected = previous_rejected[1]
        if rejected is None and _means_of_remembered(text, start, cue_spans["event_verbs"]):
            rejected = "state"  # «الذكرى الثانية لاغتيال سليماني ...، بضربة أميركية»: the remembered killing's means
        if rejected is None and st in remembered and start - remembered[st] <= RETOLD_REMEMBERED_CHARS and \
                _comes_after_retold(text, cue_spans, sentence[0], best.start, best.end):
            # «تحل اليوم الذكرى الأولى لمقتل الناشط الذي اغتيل أمام منزله … وجاءت عملية الاغتيال بعد خروجه من مقابلة»:
            # the remembered killing told again with what it came after, not a killing of the report's day
            rejected = REFERENCE
        if rejected in {REFERENCE, "state"}:
            remembered[st] = end
        previous_rejected = (end, rejected) if rejected and rejected != "cause" else None  # a motive is no plan
        anaphoric = best.entry.strength == "generic" and any(h.entry.strength == "generic" and (
            _DEFINITE.match(text, h.start) or (_EN_NOUN.match(text, h.start)
                                               and _THE.search(text, max(0, h.start - 20), h.start)
                                               and not (_POSSESSIVE.search(text, max(0, h.start - 20), h.start)
                                                        and _OWN_TARGET.match(text, h.end))))
            and (not (_INTRODUCED.match(text, h.end) or _introduced_en(text, h.start, h.end))
                 or _DEMONSTRATIVE.search(text, max(0, h.start - 8), h.start))
            and not (h is not group[0] and _ranked_noun(text, h.start, h.end))
            for h in group)
        if anaphoric and opening and i == 0 and _OPENING_NAMED.match(text, best.start) and not _CONDEMNS.search(
                text, sentence[0], best.start) and not _DEMONSTRATIVE.search(text, max(0, best.start - 8), best.start) \
                and _KNOWN_FRAME.search(text, max(sentence[0], best.start - KNOWN_FRAME_CHARS), best.start):
            # «أعلن التنظيم مسؤوليته عن الهجوم على سجني التاجي وأبو غريب», "the death toll of the ISIS attack in
            # Makhmour has reached 13", «توقف الملاحة في مطار أربيل إثر الهجمات الصاروخية»: the report's first event
            # word has no account told before it to refer back to; the attack named as known is the report's event
            # (its place and date are read as an event's own). Not a blast («أصوات الانفجارات», «الانفجار الذي لم
            # تعرف طبيعته»: an explosion of unknown nature, fireworks or a depot, is no attack yet), nor an attack a
            # statement condemns («أدانت البعثة الهجوم على الحقل»): condemned days later and from the speaker's seat,
            # its day and place are not the statement's; nor «هذا الهجوم», 'this attack', which points at a topic
            # (trec12 pool and tuning-set checks). Only with a frame that tells the attack happened (its claim, toll or
            # aftermath, _KNOWN_FRAME; review12): 'The attacks on power lines cost millions a year', «يناقش البرلمان
            # الهجمات على البعثات», 'the attack on press freedom' name a topic, not the report's event.
            anaphoric = False
        if not anaphoric and ((best.entry.role == "killing" and best.entry.strength == "generic" and _THIS_EVENT.search(
                text, end, min(sentence[1], end + THIS_EVENT_CHARS))) or _THIS_EVENT.match(text, _this_start(text, best.start))):
            # «أن 213 شخصاً قتلوا ... في حصيلة جديدة لهذا الاعتداء», "were killed in this attack", «قتلوا في هذا
            # التفجير»: the dead of the attack told before, pointed at by a demonstrative, not another event
            anaphoric = True
        if anaphoric and rejected == REFERENCE and any(a < best.start <= b for a, b in cue_spans[REFERENCE]):
            anaphoric = False  # "since the bombing of a market in Sadr City in July 2021": an older event
        if anaphoric and (_ORDINAL.match(text, best.end) or _series_member(text, best.start)) and \
                not _THIS_IS.search(text, max(0, best.start - 16), best.start):
            # "أما الهجوم الثاني، فقد وقع ...", "the second attack, carried out early Thursday ...", "One of the attacks
            # was carried out late Wednesday ...", «أحد الهجومين»: one of a series just told, of the same kind.
            anaphoric = False
            if series:
                et, st = series
        ranked_told = not anaphoric and not opening and best.entry.strength == "generic" and best is group[0] and \
            _RANKS_TOLD.match(text, sentence[0], best.start) is not None
        if ranked_told:
            # "It was the third attack on shepherds in Salahuddin this month", «وهذا ثالث هجوم ... خلال الشهر الجاري»:
            # the event just told, ranked in a count; not one of the month's other attacks (probe12, issue 8)
            anaphoric = True
        if series and (series[0] != "Strategic developments" or et == series[0]) and \
                all(h.entry.strength == "generic" for h in group) and (any(
                _SIMILAR_AFTER.match(text, h.end) or _SIMILAR_BEFORE.search(text, max(0, h.start - 12), h.start)
                for h in group) or _SIMILAR_NOUN.search(text, max(sentence[0], group[0].start - SIMILAR_CHARS),
                                                        group[-1].end + SIMILAR_CHARS)):
            # «لهجوم مماثل», "a similar attack": of the kind just told (mortars on the village); its toll's kill word
            # beside it ("A similar strike on Monday killed three fighters") does not make it a clash (type10). A
            # search or arrest told just before is no kind of attack: «شرعت بعمليات تفتيش ... بعد أيام من هجوم مماثل»
            # keeps the attack's own type (lead, session 12)
            et, st = series
        elif _clashes_of_protest(text, sentence, group, series):
            # "… opened fire on protesters … The clashes took place on Ahrar bridge": that protest; clashes at a
            # protest told as peaceful make it violent (ACLED §Violent demonstration: physical clashes)
            et, st = ("Riots", "Violent demonstration") if series == ("Protests", "Peaceful protest") else series
        elif _bombing_of_series(text, sentence, group, series):
            et, st = series  # "… in Turkish artillery shelling. … the bombing targeted the village": that shelling
        elif _attack_of_series(text, group, series) and not _any_in(cue_spans["direct_fire"], *sentence):
            # "Rockets hit the base. ... The attack Saturday on Camp Taji ...", «انفجرت عبوة ناسفة ... وأسفر
            # الهجوم عن مقتل»: an attack word with no weapon of its own tells the explosive event of the
            # article again (ACLED: a remote weapon's attack is Explosions/Remote violence, whoever it hit);
            # gunmen, fire or fighting in its sentence keep it an armed clash or an attack.
            et, st = series
        if best.entry.strength != "generic" and rejected is None:
            series = (et, st)
        opens = anaphoric and len(group) > 1 and not ranked_told and _opens_its_event(text, group[0])
        events.append(EventCandidate(et, st, start, end, text[start:end], best.entry.strength,
                                     best.entry.role, sentence, (scope_lo, scope_hi), rejected, anaphoric, opens))
    return events
