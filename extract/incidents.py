"""Assemble incidents from candidate events: place, geo_precision, date, actors, merge.

Place: see :mod:`extract.placing`; merge: see :mod:`extract.merging`.

Date: the expression nearest the trigger in its scope, preferring the event's own date to the
date of the announcement (أعلنت الخلية، اليوم الأربعاء، ...) and never a dateline's; "the same
day" takes the date of the event before; an account told after a lead dated a recent day ("... across
Iraq on Sunday", «قتل أمس ...») takes the lead's day (`news_day`), one told as a recall («وكان مسلحون قد
هاجموا», "had attacked") no day (an earlier one, unknown); else the article date at time_precision 2 (week).
Events dated only by an old year or month (the 2019 protests, in December 2017) are background.

Merge (within one article): a headline and the body's account of it, the sentences that add
details (the toll, the search for the attackers), an interception and its attack, a protest and
its dispersal become one incident, dated and placed by the most precise of them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date

from extract import needs
from extract import regexes as re
from extract.actors import STATE_HOME, assign_actors, find_actors, home_state_abroad, localise, sentence_state
from extract.background import background, cause_start, flag_historical
from extract.dates import find_dates, listed_days
from extract.drafts import RECAP, _Draft
from extract.events import NTH_OF_KIND, REFERENCE, EventCandidate, cue_start, territory_told_as_time
from extract.lexicon import word_regex
from extract.memo import Memo
from extract.merge_pass import FLASH_CHARS, merge_drafts
from extract.merge_places import MERGE_KM, _km
from extract.merge_rules import TOLL_UPDATE_SENTENCES, told_as_another
from extract.merging import SITE_TYPES
from extract.model import DAY, WEEK, Incident, ResolvedDate
from extract.numbers import parse_number, stated_none, tells_risen_toll
from extract.placing import (
    abroad,
    choose_places,
    fallback_place,
    filed_abroad,
    geo_precision,
    is_tied,
    leading_place,
    level,
    named_before,
    named_country,
    origin,
    same_place,
    sentence_place,
)
from extract.sentences import split_clauses, stretches
from extract.type_rules import retype, terrorist_attack
from geo.model import PlaceMention

__all__ = ["build_incidents", "choose_date", "dateline_place", "geo_precision", "is_tied"]

_IRAQI = re.compile(r"عراق|iraq", re.IGNORECASE)  # an Iraqi side named: its forces keep their name abroad
_ONE_DEAD = word_regex("{assassination:one_dead}", re.IGNORECASE)  # words.yaml, assassination
#: An assassination attempted or survived, not carried out: no one dead by the word alone.
_ATTEMPTED = re.compile(r"محاول[ةه]|حاول|نجا|نجاة|attempt|surviv|escaped|tried|tries|\btry", re.IGNORECASE)
ATTEMPT_CHARS = 30  # how far before (and after) the assassination word the attempt is told
ANCHOR_CHARS = 80
ANNOUNCE_CHARS = 120  # how far back a speech verb claims a date (أعلن جهاز ... في ...، اليوم الثلاثاء)


_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]+,(?: [A-Z][A-Za-z]+,)? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)"
                       r"(?:, \d{4})? (?:\([^)]{1,40}\) )?[-–—]")
#: A speech verb starting a word (اعتقال holds قال, مذكرة holds ذكر: neither is a statement), condemnations and
#: directives with them («أدان ... اليوم الهجوم», «وجه، اليوم، بملاحقة منفذي الهجوم»): words.yaml, speech.
_SPEECH = word_regex(r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", re.IGNORECASE)


#: "since Monday", «منذ يوم الاثنين»: the day a span began (a toll "since Monday", fighting going on
#: since), never the day of the event told in the clause; the event keeps its own date or the report's.
#: ... and "starting Friday", «بدءاً من الجمعة», «اعتباراً من يوم السبت»: the day a span begins (three days of
#: mourning, a curfew), most often ahead of the report, never the day of the event the sentence tells.
_SINCE_DAY = re.compile(r"(?:\bsince|\bstarting(?:\s+(?:from|on))?|\bbeginning(?:\s+on)?|(?<!\S)منذ|"
                        r"(?<!\S)[وف]?(?:بدء|ابتداء|إبتداء|اعتبار|إعتبار)(?:اً|ا|ً)?\s+من)\s+(?:(?:last|early|late|يوم)\s+)?$",
                        re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:السبت|الاحد|الأحد|الاثنين|الإثنين|الثلاثاء|"
                      r"الاربعاء|الأربعاء|الخميس|الجمعة)", re.IGNORECASE)
#: "since Jan. 19, when a suicide attacker blew himself up": the day of the event the clause goes on to tell.
_WHEN_AFTER = re.compile(r",?\s*(?:when|عندما|حين)\b", re.IGNORECASE)


def _since_day(text: str, d: ResolvedDate) -> bool:
    """Whether ``d`` is a weekday named right after since/منذ ("since Monday"), not followed by the
    event it dates ("since Monday, when ...")."""
    return bool(_WEEKDAY.search(d.expression) and _SINCE_DAY.search(text, max(0, d.start - 16), d.start)
                and not _WHEN_AFTER.match(text, d.end))
#: A non-restrictive relative clause opened after the trigger ("Fallujah, which, in January 2014, was the
#: first city taken", «الموصل، التي سيطر عليها التنظيم في حزيران 2014»): a date inside it is its own.
_RELATIVE_OPENER = re.compile(r",\s*(?:which|who|whom)\b\s*,?|[،,]\s*و?(?:التي|الذي|الذين|اللذين|اللتين|اللواتي)(?!\S)",
                              re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # a year written in a date expression
_CLAUSE_END = re.compile(r"[,،;؛.!?؟\n]")
#: A relative clause that goes on telling the event itself ("a bomb blast in a market in Baquba, which
#: happened on Monday evening", "…, which killed six people on Monday", «…، الذي وقع مساء الاثنين»,
#: «…، الذي أسفر مساء الاثنين عن مقتل …»): its verb is the event's happening or its result, so its date
#: is the event's.
_TELLS_THE_EVENT = re.compile(
    r"(?:(?<=which)|(?<=which\s)|(?<=which,)|(?<=which,\s))\s*(?:(?:was|were)\s+)?(?:happened|occurred|took\s+place|carried\s+out|killed|left|wounded|injured)\b|"
    r"\s*(?:وقع|وقعت|حدث|حدثت|جرى|جرت|[أا]سفر|[أا]سفرت|[أا]دى|[أا]دت|[أا]ودى|[أا]ودت)(?!\S)",
    re.IGNORECASE)  # a person's clause ("the gunman, who killed two soldiers on Monday") tells his other acts


def _in_relative_clause(text: str, event: EventCandidate, d: ResolvedDate) -> bool:
    """Whether ``d`` lies in a relative clause opened between the trigger and it, before that clause's
    first comma ("retook Fallujah, which, in January 2014, was …": January 2014 is the clause's), unless
    the clause tells the event itself ("…, which happened on Monday evening": `_TELLS_THE_EVENT`)."""
    if d.start < event.end:
        return False
    openers = list(_RELATIVE_OPENER.finditer(text, event.end, d.start))
    return bool(openers) and not _CLAUSE_END.search(text, openers[-1].end(), d.start) and \
        not _TELLS_THE_EVENT.match(text, openers[-1].end())


#: The event noun's own relative clause telling what the event did or when it happened, right after the noun
#: and at most two words describing it ("the attack that hit their post near Tarmiyah on Sunday", «التفجير الذي
#: وقع أمس الأول في سوق الناصرية», «القصف الأمريكي الذي طال قوات الحشد الشعبي، مساء الأحد»): a follow-up report
#: (a funeral, a visit to the wounded, an arrest) names the earlier event inside its own account of the day.
_OWN_CLAUSE = re.compile(
    r"(?:\s+[^\s,،.؛;:]+){0,2}?\s*(?:that|which|الذي|التي)\s+(?:(?:was|were|had|has)\s+)?"
    r"(?:hit|struck|targeted|killed|left|wounded|injured|happened|occurred|took\s+place|ripped|rocked|carried\s+out|"
    r"وقع|وقعت|حدث|حدثت|جرى|جرت|استهدف|استهدفت|ضرب|ضربت|طال|طالت|هز|هزت|[أا]سفر|[أا]سفرت|[أا]دى|[أا]دت|[أا]ودى|"
    r"[أا]ودت|نفذ|نفذه|نفذها|نفذت|نفذته|شن|شنه|شنها|شنت|تعرض|تعرضت|راح)(?!\w)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
OWN_CLAUSE_CHARS = 120  # how far into the noun's own clause its date stands


def _in_own_clause(text: str, event: EventCandidate, d: ResolvedDate) -> bool:
    """Whether ``d`` stands in the event noun's own relative clause telling the event (`_OWN_CLAUSE`): the
    event's own day, not the day of the act whose account names it («شيع أهالي الناصرية اليوم ضحايا التفجير
    الذي استهدف سوق المدينة مساء الأربعاء»: the bombing is Wednesday's, the funeral today's)."""
    own = _OWN_CLAUSE.match(text, event.end)
    return own is not None and own.end() <= d.start <= own.end() + OWN_CLAUSE_CHARS and \
        not _SENTENCE_BREAK.search(text, own.end(), d.start)


_REPORTED = re.compile(r"(?<!\S)(?:ان|أن|إن|that)(?!\S)|[\"«“:]")


#: A word every ``span_start`` cue holds: most sentences hold none, and the cue matcher is skipped.
_SINCE_HINT = re.compile(r"\bsince\b|(?<![\u0621-\u064A])منذ(?![\u0621-\u064A])", re.IGNORECASE)


def _span_start(text: str, lang: str, event: EventCandidate) -> int | None:
    """Where a clause telling what a span is counted from begins after the trigger ("the first such attack
    since the government seized Kirkuk last month", «أول هجوم ... منذ أن استعادت سيطرتها عليها في فبراير»;
    cue class ``span_start``), or None: a date after it is the span's start, not the event's day (split10)."""
    # (from inside the trigger: a group may run on past it, 'attack since the government ... seized')
    if not needs.search(_SINCE_HINT, text, event.start + 1, event.scope[1]):
        return None
    return cue_start(text, lang, "span_start", event.start + 1, event.scope[1])


def _dates_another(text: str, event: EventCandidate, d: ResolvedDate) -> bool:
    """Whether ``d`` dates an event named after it that is not this one ("bomb killed three soldiers, two
    years after Iraq declared victory"; "Two years after IS was driven out of Mosul, residents protested"):
    a look-back expression dates only a trigger after it in its own clause."""
    return d.looks_back and (event.end <= d.start or bool(_CLAUSE_END.search(text, d.end, event.start)))


def _last(regex: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    starts = [m.start() for m in regex.finditer(text, lo, hi)]
    return starts[-1] if starts else None


def choose_date(text: str, event: EventCandidate, dates: list[ResolvedDate],
                article_date: date | None = None, *, lang: str | None = None) -> tuple[ResolvedDate | None, bool]:
    """The date of the event: the expression nearest the trigger within its scope, and whether it
    is the event's own (False for the date of an announcement: أعلنت الخلية، اليوم الأربعاء، ...).
    A date after the article's (the Nov. 11 vote) is the last resort: news reports the past.

    A dateline's date (BAGHDAD, Oct 3 (Agency) -) is the publication date, never the event's; a
    date after "in response to / رداً على" is the date of what the event answers (``lang`` given).
    """
    lo, hi = event.scope
    dateline = _DATELINE.match(text, event.sentence[0])
    inside = [d for d in dates if lo <= d.start < hi and not (dateline and d.start < dateline.end())
              and not _since_day(text, d) and not _in_relative_clause(text, event, d)
              and not _dates_another(text, event, d)]
    if lang and any(d.start >= event.end for d in inside):
        cause = cause_start(text, lang, event)
        inside = [d for d in inside if cause is None or d.start < cause]
        since = _span_start(text, lang, event)
        inside = [d for d in inside if since is None or d.start < since]
    if lang and event.event_type != "Protests" and any(d.start < event.start for d in inside):
        # "rallied on Wednesday to denounce the assassination ... on Monday": Wednesday is the protest's.
        denounced = cue_start(text, lang, "protest_object", lo, event.start)
        if denounced is not None and any(d.start > denounced for d in inside):
            inside = [d for d in inside if d.start > denounced]
    if not inside:
        return None, False

    def announced(d: ResolvedDate) -> bool:
        # The date of a speech verb, unless a quote or "أن/that" opens the reported event before it.
        if event.start < d.start:  # the trigger comes first: "X was killed, officials said on Monday"
            speech = _last(_SPEECH, text, max(event.end, d.start - 25), d.start)
        else:
            speech = _last(_SPEECH, text, max(lo, d.start - ANNOUNCE_CHARS), d.start)
            if speech is None and (_SPEECH.match(text, d.end + 2) or _SPEECH.match(text, d.end + 1)):
                return True
        return speech is not None and not _REPORTED.search(text, speech, d.start)

    def future(d: ResolvedDate) -> bool:
        return article_date is not None and (d.value - article_date).days > 1

    # "killed two shepherds on May 4, and a bomb killed a soldier on May 6": a date in the trigger's own
    # clause (commas) beats a nearer one in the clause before, which dates the event told there.
    clause = next(((a, b) for a, b in split_clauses(text, *event.sentence, latin_comma=True) if a <= event.start < b),
                  event.sentence)

    def elsewhere(d: ResolvedDate) -> bool:
        return not clause[0] <= d.start < clause[1]

    # (a date in the event noun's own clause telling it is its own: «ضحايا التفجير الذي استهدف السوق مساء الأربعاء»)
    ranked = sorted(inside, key=lambda d: (future(d), not _in_own_clause(text, event, d), announced(d), elsewhere(d),
                                           d.start - event.end if d.start >= event.end else event.start - d.end))
    return ranked[0], not announced(ranked[0])


#: An event's own day this many days after the report's at most (a report filed before midnight UTC).
FUTURE_DAYS = 1
#: A day told as ahead of the report («الجمعة المقبل», «الأسبوع القادم», «غداً», "next Friday", "tomorrow").
_AHEAD = re.compile(r"(?<![\u0621-\u064A])(?:ال)?(?:مقبل|مقبله|مقبلة|قادم|قادمه|قادمة)(?![\u0621-\u064A])|"
                    r"(?<![\u0621-\u064A])(?:غدا|غداً|بعد غد)(?![\u0621-\u064A])|\b(?:next|tomorrow|coming)\b", re.IGNORECASE)
#: A day ahead told as what the event came before («… قبل الانتخابات المقررة يوم الجمعة المقبل», "days before the
#: vote next Sunday"): the later day is another thing's, the event's own day is untold.
_BEFORE_AHEAD = re.compile(r"(?<![\u0621-\u064A])(?:قبل|قبيل)(?![\u0621-\u064A])|\b(?:before|ahead of)\b", re.IGNORECASE)
BEFORE_AHEAD_CHARS = 40  # how far before the day ahead its «قبل/before» stands


def _told_ahead(found: ResolvedDate, reference: date) -> bool:
    """Whether ``found`` is a day told as ahead (`_AHEAD`) that falls more than ``FUTURE_DAYS`` after
    ``reference`` (the report's day, or the probe day of an undated report): a plan, not news."""
    return (found.value - reference).days > FUTURE_DAYS and _AHEAD.search(found.expression) is not None


NEWS_DAY_MAX = 7  # a lead's day this many days before the article at most is the report's news day
#: The lead's own kinds of candidate: an event, or the day's toll summed up ("At least 10 people were killed in
#: separate attacks across Iraq on Wednesday", «قتل 15 شخصاً ... في سلسلة هجمات»), which no incident keeps.
_LEAD_KINDS = frozenset({None, REFERENCE, "aggregate"})
#: A wire dateline opening the lead with no dash ("Baghdad, May 2 (IANS) At least ..."): the day it was filed.
_LINE_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{2,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s+\d{4})?"
                            r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—:]?")
#: A recall before the trigger («وكان مسلحون قد هاجموا ...», «سبق أن», «يذكر أن», "had attacked", "had been
#: killed", "earlier this month"): an earlier event, never the lead's day.
#: Reported speech before a pluperfect ("police said/added that two people had been killed"): a backshift, no recall.
_REPORTING = word_regex(r"\b(?:{speech:reporting})\b", re.IGNORECASE)  # words.yaml, speech
_HAD = re.compile(r"\bhad (?:\w+ )?(?:been |also )?(?:\w+(?:ed|en)|shot|hit|struck|set|fought|blown)\b", re.IGNORECASE)


def news_day(text: str, events: list[EventCandidate], title_end: int, article_date: date | None,
             lang: str | None = None, dates: list[ResolvedDate] | None = None) -> ResolvedDate | None:
    """The report's news day: the day its lead (the first body sentence telling an event, or the day's toll
    summed up) gives, when that is a recent day before the article date («قتل أمس شخصان ...», "At least 10
    people were killed ... across Iraq Sunday, police said"); else None.

    An event the body tells after such a lead with no time of its own happened that day (the wire roundup,
    the next day's newspaper), not on the day the report came out.
    """
    if article_date is None:
        return None
    first = next((e for e in events if e.sentence[0] >= title_end), None)
    if first is None or first.rejected not in _LEAD_KINDS:
        return None  # a report that opens with a plan, a statement or a denial has no news day of its own
    lo, hi = first.sentence
    line_date = _LINE_DATELINE.match(text, lo, hi)  # "Baghdad, May 2 (IANS) At least ...": the report's day
    if dates is None or not any(e.sentence == first.sentence and e.rejected in {None, REFERENCE} for e in events):
        # the lead only sums the day's toll up: its dates were not read with the kept events' sentences
        dates = [replace(d, start=d.start + lo, end=d.end + lo) for d in find_dates(text[lo:hi], article_date)]
    dates = [d for d in dates if lo <= d.start < hi and not (line_date and d.start < line_date.end())]
    cause = cause_start(text, lang, first) if lang else None
    if cause is not None:  # "storm the embassy in response to the U.S. airstrike on Sunday": the strike's day
        dates = [d for d in dates if d.start < cause]
    for lead in (e for e in events if e.sentence == first.sentence and e.rejected in _LEAD_KINDS):
        if lead is not first and (lead.rejected == REFERENCE or _RELATIVE_OPENER.search(text, first.end, lead.start)):
            return None  # "Police arrested a man in Hawija, who carried out a bomb attack on Monday": not the lead's
        found, _ = choose_date(text, lead, dates, article_date, lang=lang)
        if found is None:
            continue  # «أعلنت مصادر ... مقتل تسعة أشخاص ... في انفجار قنبلتين مساء أمس»: the blast that killed them
        if found.precision != DAY or found.looks_back or _recalled(text, lo, lead.start):
            return None
        return found if 1 <= (article_date - found.value).days <= NEWS_DAY_MAX else None
    return None


#: A round-up's title naming the week it covers: "Security In Iraq April 15-21, 2017", "1-7 May 2017", «حصاد الأسبوع
#: الأمني 1 - 7 أيار 2017»: the day found and the other end of the range written beside it.
_RANGE_AFTER = re.compile(r"\s*[-–]\s*(\d{1,2})(?!\d)(?:,?\s*((?:19|20)\d\d)(?!\d))?")
_RANGE_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:[-–]|(?<!\S)(?:إلى|الى|to)(?!\S))\s*$", re.IGNORECASE)
PERIOD_DAYS = 7  # a week's round-up at most: a longer span tells no week


def title_period(text: str, title_end: int, article_date: date | None) -> ResolvedDate | None:
    """The week a round-up's title names ("Security In Iraq April 15-21, 2017", «1 - 7 أيار 2017»), as its middle
    day at week precision, when it ended on or before the report's day; else None. A weekly round-up comes out
    days or weeks after the week it sums up: an event it tells with no day of its own happened in that week, not
    on the day the round-up was published (date11 audit: "At the end of the week, two security operations were
    launched" dated a week late)."""
    line_end = text.find("\n", 0, TITLE_LINE)  # the heading line, as short posts and pages have it
    title = text[:max(title_end, line_end)]
    if article_date is None or not title:
        return None
    for found in find_dates(title, article_date):
        if found.precision != DAY:
            continue
        after = _RANGE_AFTER.match(title, found.end)
        before = None if after else _RANGE_BEFORE.search(title, max(0, found.start - 12), found.start)
        if after:
            year = int(after.group(2)) if after.group(2) else found.value.year
            start, end = _day_of(year, found.value.month, found.value.day), _day_of(year, found.value.month, int(after.group(1)))
        elif before:
            start, end = _day_of(found.value.year, found.value.month, int(before.group(1))), found.value
        else:
            continue
        if start is not None and end is not None and 1 <= (end - start).days < PERIOD_DAYS and end <= article_date:
            return ResolvedDate(start + (end - start) / 2, WEEK, found.start, found.end, found.expression)
    return None


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: A sentence opened by "Earlier," or «وفي وقت سابق»: a time of its own before the lead's, not told how long before.
_EARLIER = re.compile(r"\W*(?:earlier\b(?! (?:in the|that) day)|[وف]?(?:في\s+)?وقت\s+سابق(?!\s+من\s+(?:اليوم|يوم|مساء|صباح)))",
                      re.IGNORECASE)


def _began_before(found: ResolvedDate | None, own: bool, told: Incident) -> bool:
    """Whether a sweep's own day (``found``, ``own``) is more than a day before the day of ``told``, the event
    told just before it: a search that began before an event is no search after it."""
    return found is not None and own and found.precision == DAY and told.event_date is not None and \
        told.time_precision == DAY and (told.event_date - found.value).days > 1


def _undated_kind(text: str, event: EventCandidate) -> str:
    """What an event with no time of its own is: ``"recall"`` when its sentence tells it as a recall before its
    trigger («وكان مسلحون قد هاجموا», «سبق أن», "had attacked") — an earlier event, its day unknown;
    ``"apart"`` when it numbers itself among its kind over a span («طائرة مسيرة هي الثانية من نوعها خلال ساعات»)
    or opens with "Earlier," — a time of its own, not told; else ``"news"``: the report's news day."""
    lo, hi = event.sentence
    if _recall_of(text, event):
        return "recall"
    # a recall word elsewhere before the trigger, the nth of its kind, "Earlier,": not told when (the report's day)
    return "apart" if _recalled(text, lo, event.end) or needs.search(NTH_OF_KIND, text, lo, hi) or _EARLIER.match(text, lo, hi) \
        else "news"


def _recalled(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a sentence up to its trigger) tells a recall: «وكان مسلحون قد», «سبق أن»,
    «يذكر أن», "earlier this month", "had attacked" — not a reported "police said two people had been killed"."""
    if needs.search(RECAP, text, lo, hi):
        return True
    had = _HAD.search(text, lo, hi)
    return had is not None and not _REPORTING.search(text, lo, had.start())


RECALL_CHARS = 40  # how far before its trigger a recall word («وكان مسلحون مجهولون قد», «يذكر أن») governs it


def _recall_of(text: str, event: EventCandidate) -> bool:
    """Whether the event itself is told as a recall: the last recall word before its trigger stands close to
    it with no speech verb between («وكان مسلحون مجهولون قد هاجموا», «وسبق أن هاجم», "Gunmen had attacked"),
    not a statement recalled before the event it reports («وكان مصدر أمني قد أفاد بأن مسلحين هاجموا»), nor an
    earlier step of today's event ("A bomb had been planted by the road and exploded")."""
    lo = event.sentence[0]
    recaps = list(needs.finditer(RECAP, text, max(lo, event.start - RECALL_CHARS - 30), event.start))
    if recaps and event.start - recaps[-1].end() <= RECALL_CHARS and not needs.search(_SPEECH, text, recaps[-1].end(), event.start):
        return True
    had = _HAD.search(text, max(lo, event.start - 30), event.end)
    return had is not None and had.end() > event.start and not _REPORTING.search(text, lo, had.start())


_SAME_DAY = re.compile(r"(?:اليوم|الوقت|الليلة|اليوم) (?:ذاته|نفسه|ذاتها|نفسها)|the same (?:day|night|time)|"
                       r"(?:later|earlier) that (?:day|night)|that same (?:day|night)",
                       re.IGNORECASE)
#: "The attack took place in ...", «ووقع الهجوم في ...», and what it struck: "the attack Monday afternoon targeted
#: the Ain al-Asad air base", «الهجوم استهدف قاعدة ...» (dup7, issue 8): where the event just told happened.
_TOOK_PLACE = re.compile(r"(?<!\S)[وف]?(?:took place|occurred|happened|targeted|وقع|وقعت|جرى|جرت|حدث|استهدف|استهدفت)\s",
                         re.IGNORECASE)
_SEARCHING = re.compile(r"بحث[اً]* عن|للبحث عن|لملاحقة|in search of|searching for|to hunt|hunting for", re.IGNORECASE)


TITLE_ZONE = 600
TITLE_LINE = 200  # a line this long is body text
#: Outlets closing a wire or encyclopedia entry ("... in Baghdad. (Reuters) (AP)"): the sentence before
#: them ends the line, so the line is body text, not a heading.
_SOURCE_TAGS = re.compile(r"(?<=[.!?\u061f\"'”’])(?:\s*\([^()\n]{1,80}\))+\s*$")


def title_lines_end(text: str) -> int:
    r"""End of the title block: the short lines (site menu, headline, byline) before the first line of
    body text (a long line or one ending a sentence), within the first ``TITLE_ZONE`` characters.

    Examples
    --------
    >>> t = "مقتل جندي بهجوم في كركوك\nكركوك - وكالة\nقتل جندي، مساء الاثنين، بهجوم شنه مسلحون في كركوك."
    >>> t[:title_lines_end(t)]
    'مقتل جندي بهجوم في كركوك\nكركوك - وكالة\n'
    """
    start = 0
    while start <= TITLE_ZONE:
        end = text.find("\n", start)
        line = _SOURCE_TAGS.sub("", text[start:end if end >= 0 else len(text)]).rstrip()
        if len(line) >= TITLE_LINE or line.endswith((".", "!", "?", "؟")):
            return start
        if end < 0:
            return 0
        start = end + 1
    return 0


def _anchored(event: EventCandidate, places: list[PlaceMention]) -> bool:
    """A generic trigger counts only next to a place finer than a country, or with an Iraqi one inside its words
    («مسلحين هاجموا منزلا في قضاء المقدادية وقتلوا»; not «هجوم التنظيم على سجن غويران في الحسكة», background
    abroad that only the report's date, when known, tells as such)."""
    return any(m.place.feature_type not in {"country", "region"}
               and (event.end <= m.start <= event.end + ANCHOR_CHARS or event.start - ANCHOR_CHARS <= m.end <= event.start
                    or (event.start <= m.start < event.end and m.place.country == "IQ"))
               for m in places)


def _governorate(m: PlaceMention) -> str | None:
    """The governorate ``m`` lies in (itself for a governorate)."""
    return m.place.admin1 or (m.place.name_en if m.place.feature_type == "governorate" else None)


def _fields(text: str, m: PlaceMention | None, precision: int | None) -> dict:
    if m is None:
        return {"country": "IQ", "geo_precision": 3}
    p = m.place
    admin1 = p.admin1 or (p.name_en if p.feature_type == "governorate" else None)
    areal = p.feature_type in {"country", "region"}
    return {"country": p.country, "admin1": admin1, "admin2": p.admin2, "location": p.name_en,
            "latitude": None if areal else p.latitude, "longitude": None if areal else p.longitude,
            "geo_precision": precision or geo_precision(text, m), "place_id": p.place_id}


RECALLED_DAYS = 31  # an agreement signed this long before the article is recalled, not reported
RECALLED_ABROAD_DAYS = 7  # an event abroad this long before the article is background of the Iraqi news


def _places(text: str, event: EventCandidate, mentions: list[PlaceMention], lead: PlaceMention | None,
            last_places: list[PlaceMention]) -> list[PlaceMention] | None:
    """The event's own places; else those of the event before for "في القرية ذاتها / the same
    village"; else a place in a unit's name in its sentence when the lead lies in another
    governorate; [] to fall back on the lead; None for an event abroad with no place of its own."""
    places = choose_places(text, event, mentions)
    if places and all(m.place.country != "IQ" and m.place.feature_type == "country" for m in places):
        return places  # "at a remote base in Jordan": abroad; kept with its country, no point, never Iraq
    if places:
        return places
    if last_places and same_place(text, event):
        named = named_before(text, event, mentions)  # "The base, which hosts ...": the report's base
        return [named] if named is not None and named not in last_places else last_places
    country = named_country(text, event, mentions)
    if country is not None:
        return [country]  # «في بلدة صرين السورية»: an unknown place abroad, at its country, never Iraq
    if abroad(text, event):
        return None
    named = None if event.strength == "generic" else sentence_place(text, event, mentions)
    if named is not None and (lead is None or named.place.admin1 != lead.place.admin1):
        return [named]
    return []


def _respective_dates(event: EventCandidate, dates: list[ResolvedDate], places: list[PlaceMention],
                      found: ResolvedDate | None, article_date: date | None = None) -> list[ResolvedDate] | None:
    """"في 8 ... وفي 15 كانون الأول ... انفجرت ... في الديوانية وكربلاء": as many days as places before
    the trigger, in the same clause stretch, are read respectively (the first day for the first place)."""
    if len(places) < 2 or found is None or found.precision != 1:
        return None
    lo = event.scope[0]
    days = [d for d in dates if lo <= d.start < event.start and d.precision == 1
            and (article_date is None or d.value <= article_date)]  # not "the Nov. 11 vote"
    if len(days) != len(places) or len({d.value for d in days}) != len(days) or found not in days:
        return None
    if [m.start for m in places] != sorted(m.start for m in places):
        return None
    return sorted(days, key=lambda d: d.start)


#: The sentence after an event's: up to its end mark (a line ends one too), at most 200 characters.
_NEXT_SENTENCE = re.compile(r"[\s\"'»”)]*([^.!?؟\n]{1,200}[.!?؟]?)")


def _next_sentence(text: str, end: int, event_starts: list[int]) -> str:
    """The sentence after the one ending at ``end``, or "" when another event's sentence starts in it
    (``event_starts``, sorted: its words are that event's)."""
    found = _NEXT_SENTENCE.match(text, end)
    if found is None or _starts_within(event_starts, found.start(1), found.end(1)):
        return ""
    return found.group(1)


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of ``starts`` (sorted) lies in ``[lo, hi)``."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _same_spot(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two mentions name one place, or a town and its district (الطارمية, قضاء الطارمية)."""
    return a.place.place_id == b.place.place_id or (
        a.place.admin2 is not None and a.place.admin2 == b.place.admin2 and a.place.admin1 == b.place.admin1
        and "governorate" not in (a.place.feature_type, b.place.feature_type))


def _risen_toll(text: str, end: int, event_starts: list[int], mentions: list[PlaceMention],
                places: list[PlaceMention], casualties, steps: Memo | None = None) -> tuple[int | None, int | None]:
    """The dead and wounded of a risen toll told in the sentences after the one ending at ``end``
    («وارتفعت حصيلة ضحايا التفجير إلى 12 قتيلاً», "The death toll rose to 25."); past another event's
    sentence only when it names the event's place («وارتفعت حصيلة ضحايا انفجار الطارمية»); a toll naming
    places only in other governorates than the event's is another event's. ``steps`` keeps, for the
    article, what each sentence after an end is (`_toll_step`): the events of a report walk the same ones."""
    own = {m.place.admin1 or m.place.country for m in places}
    crossed = False  # another event's sentence lies between: only an update naming this event's place reaches back
    for _ in range(TOLL_UPDATE_SENTENCES):
        found, another, rose = _toll_step(text, end, event_starts, Memo() if steps is None else steps)
        if found is None:
            break
        if another:
            crossed = True
            end = found.end()
            continue
        if rose:
            in_update = [m for m in mentions if found.start(1) <= m.start < found.end(1)]
            named = {m.place.admin1 or m.place.country for m in in_update}
            if named and not named & own:
                break
            if crossed and not any(_same_spot(m, p) for m in in_update for p in places):
                break  # «وفي الموصل ... . وارتفعت حصيلة ضحايا انفجار الطارمية»: the update names its event's place
            toll = casualties(found.group(1))
            return toll.killed, toll.injured
        end = found.end()
    return None, None


def _toll_step(text: str, end: int, event_starts: list[int], steps: Memo) -> tuple[re.Match[str] | None, bool, bool]:
    """The sentence after ``end`` (`_NEXT_SENTENCE`), whether another event's sentence starts in it, and
    whether it tells a risen toll (`extract.numbers.tells_risen_toll`, read only when not), kept in ``steps`` by ``end``."""
    def read(end: int) -> tuple[re.Match[str] | None, bool, bool]:
        found = _NEXT_SENTENCE.match(text, end)
        another = found is not None and _starts_within(event_starts, found.start(1), found.end(1))
        return found, another, found is not None and not another and tells_risen_toll(found.group(1))

    return steps.once("step", end, read)


#: More casualties told as "others" («وأصيب 10 آخرون», "Ten others were wounded."): besides the event's.
_OTHERS = re.compile(r"(?<![\u0621-\u064A])[آا]خر(?:ون|ين|ان|يات)(?![\u0621-\u064A])|\b(?:others|another)\b", re.IGNORECASE)
#: A place the wounded were taken to or the victims come from («نقلوا إلى مستشفى في أربيل», «من أهالي محافظة البصرة»,
#: 'flown to a hospital in Erbil', 'natives of Basra'): not where the others were hurt (review11, narrowing a50712d).
_NOT_SCENE = re.compile(r"مستشف|(?<![\u0621-\u064A])(?:الى|إلى|نقل\S*|اهالي|أهالي|ابناء|أبناء|سكنة)(?![\u0621-\u064A])|"
                        r"\b(?:hospitals?|to|into|from|natives?|residents?)\b", re.IGNORECASE)
NOT_SCENE_CHARS = 30  # how far before a place its hospital, destination or origin word stands


def _others_toll(text: str, end: int, event_starts: list[int], casualties, mentions: list[PlaceMention] | tuple = (),
                 places: list[PlaceMention] | tuple = ()) -> tuple[int | None, int | None]:
    """The dead and wounded told as "others" in the sentence right after the one ending at ``end``
    («... مقتل مدنيين اثنين. وأصيب 10 آخرون.», "... killing two civilians. Ten others were wounded."),
    to be added to the victims the event's sentence counts; (None, None) when that sentence tells none, is
    another event's, or names places only in other governorates than the event's ``places``: «قتل 13 شخصا في
    النجف وأصيب 300 آخرون. كما قتل 32 آخرون في ذي قار»: the others are another place's dead (toll11, issue 8)."""
    found = _NEXT_SENTENCE.match(text, end)
    if found is None or _starts_within(event_starts, found.start(1), found.end(1)):
        return None, None
    sentence = found.group(1)
    if not _OTHERS.search(sentence) or tells_risen_toll(sentence):
        return None, None
    own = {m.place.admin1 for m in places if m.place.admin1}  # (an event placed only in "Iraq" has no governorate to differ)
    named = {m.place.admin1 or m.place.country for m in mentions if found.start(1) <= m.start < found.end(1)
             and not _NOT_SCENE.search(text, max(found.start(1), m.start - NOT_SCENE_CHARS), m.start)}
    if own and named and not named & own:
        return None, None
    toll = casualties(sentence)
    return toll.killed, toll.injured


def _with_stated_none(killed: int | None, injured: int | None, sentence: str) -> tuple[int | None, int | None]:
    """The counts, those missing set to 0 where ``sentence`` states there were none ("No casualties
    were reported.", «ولم تسفر عن أي خسائر بشرية»); numbers in it are not read."""
    if not sentence:
        return killed, injured
    stated = stated_none(sentence)
    return (stated.killed if killed is None else killed), (stated.injured if injured is None else injured)


def _shares(killed: int | None, injured: int | None, n: int) -> list[dict[str, int | None]]:
    """An event told at ``n`` places with one toll: ACLED codes one event per place and divides the
    total evenly, the remainder going to the first places; [] for one place.

    Examples
    --------
    >>> _shares(5, None, 2)
    [{'fatalities': 3, 'injuries': None}, {'fatalities': 2, 'injuries': None}]
    """
    if n < 2:
        return []

    def split(total: int | None, k: int) -> int | None:
        return None if total is None else total // n + (1 if k < total % n else 0)

    return [{"fatalities": split(killed, k), "injuries": split(injured, k)} for k in range(n)]


_RESPECTIVELY = re.compile(r"\brespectively\b|(?<!\S)(?:على|علي) التوالي", re.IGNORECASE)
#: A list of counts: "10 and 6", "10, 4 and 6", «10 و6», «10 و4 و6».
_COUNTS = re.compile(r"(\d+)((?:\s*[,،]\s*\d+|\s+و\s*\d+)*)\s*(?:\band\b|(?<!\S)و)\s*(\d+)", re.IGNORECASE)
_INJURED_WORD = re.compile(r"wound|injur|اصاب|إصاب|جرح|جريح", re.IGNORECASE)
_KILLED_WORD = re.compile(r"kill|dead|death|قتل|مقتل|مصرع|استشهاد|قتيل", re.IGNORECASE)
RESPECTIVE_CHARS = 60  # how far before «على التوالي»/"respectively" its list of counts may start


def _respective_tolls(text: str, lo: int, hi: int, n: int) -> tuple[str, list[int]] | None:
    """"Blasts in Baghdad and Hilla killed 10 and 6 people respectively", «أسفرا عن مقتل 10 و6
    أشخاص على التوالي»: one count per place, in the places' order (the field and the counts), or None.

    Examples
    --------
    >>> t = "Blasts in Baghdad and Hilla killed 10 and 6 people respectively."
    >>> _respective_tolls(t, 0, len(t), 2)
    ('fatalities', [10, 6])
    """
    mark = needs.search(_RESPECTIVELY, text, lo, hi)
    if mark is None or n < 2:
        return None
    lists = list(_COUNTS.finditer(text, max(lo, mark.start() - RESPECTIVE_CHARS), mark.start()))
    if not lists:
        return None
    counts = lists[-1]  # the last list before the mark
    values = [int(v) for v in re.findall(r"\d+", counts.group(0))]
    before = text[max(lo, counts.start() - 30):counts.start()]
    field = "injuries" if _INJURED_WORD.search(before) else "fatalities" if _KILLED_WORD.search(
        before + text[counts.end():mark.start()]) else None
    return (field, values) if field and len(values) == n else None


#: A count word of a place's own toll: a number, or "another" (one more).
_COUNT_WORD = re.compile(r"\b(?:\d+|another)\b|[\w\u0621-\u064A]+", re.IGNORECASE)
_DIED_WORD = re.compile(r"kill|dead|death|died|die\b|قتل|مقتل|مصرع|استشهاد|قتيل|توفي|لقي", re.IGNORECASE)


def _tolls_before_places(text: str, lo: int, places: list) -> tuple[str, list[int]] | None:
    """"Two people died in Najaf and four in Baghdad", "four were killed in Nassiriya, one killed in
    Najaf, and another killed in Diwaniyah", «قتل اثنان في النجف وأربعة في بغداد»: each place of a
    list with the one count told just before it (since the place before), the dead of that place; None
    unless every place has exactly one count and the clause tells deaths (not injuries).

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> t = "Two people died in Najaf and four in Baghdad."
    >>> _tolls_before_places(t, 0, [P(start=19, end=24), P(start=37, end=44)])
    ('fatalities', [2, 4])
    """
    if len(places) < 2:
        return None
    told = text[lo:places[-1].end]
    if not _DIED_WORD.search(told) or _INJURED_WORD.search(told):
        return None
    values = []
    for i, m in enumerate(places):
        segment = text[places[i - 1].end if i else lo:m.start]
        counts = [1 if w.group(0).lower() == "another" else parse_number(w.group(0))
                  for w in _COUNT_WORD.finditer(segment)]
        counts = [c for c in counts if c]  # parse_number("and") is 0
        if len(counts) != 1:
            return None
        values.append(counts[0])
    return "fatalities", values


#: A dateline opening the text: "BAGHDAD (AP) —", "KIRKUK, Iraq (Reuters) -", «بغداد/ نايا», «بغداد - واع».
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—/]|\s*[/\-–—]\s*[^\s\n]", re.UNICODE)
DATELINE_DOUBT = 0.1  # confidence taken from an incident placed only by the dateline
#: A first line that is a place and nothing else («ديالى», «ديالى:»): the flash's label, as a dateline is.
_LABEL_LINE = re.compile(r"[ \t]*[:：]?[ \t]*\n")
#: An Arabic dateline's dash or slash after a governorate or district («ديالى - قتل مدني», «نينوى / انفجرت»).
_DATELINE_AFTER_AR = re.compile(r"\s*[/\-–—]\s*[\u0621-\u064A]")


def dateline_place(text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The Iraqi city or town of a dateline opening the text ("BAGHDAD (AP) —", «بغداد/ نايا»), or None; also an
    Arabic dateline's governorate or district («ديالى - قتل مدني …») and a first line that is a place alone (a
    flash's label: «ديالى\nقتل مدني …»), where Iraqi outlets put the governorate the news comes from (zero9).

    Examples
    --------
    >>> from geo.model import Place
    >>> p = Place("iq.bgd", "Baghdad", "بغداد", "city", "IQ", "Baghdad", None, 33.34, 44.40)
    >>> dateline_place("BAGHDAD (AP) — Two soldiers were killed.", [PlaceMention("BAGHDAD", 0, 7, p, 1.0)]).surface
    'BAGHDAD'
    """
    # The first place opening a line of the first 200 characters: the dateline may follow a
    # headline that names a place of its own ("Turkish drone kills three in Sinjar\nERBIL (Kurdistan 24) –").
    first = next((m for m in mentions if m.start < 200 and not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()),
                 None)
    if first is None or first.place.country != "IQ" or level(first) > 3:
        return None
    if not (_DATELINE_AFTER.match(text, first.end) or _LABEL_LINE.match(text, first.end)):
        return None
    if level(first) > 1 and _LABEL_LINE.match(text, first.end) is None and \
            not _DATELINE_AFTER_AR.match(text, first.end):
        return None  # "Diyala province – ..." in English wire copy is a headline's, not a dateline
    return first


#: How far before a sentence the one before it is looked at for an event it names (a sentence or two).
NAMED_BEFORE_CHARS = 200


def _toll_of_a_named_event(text: str, event: EventCandidate, events: list[EventCandidate], lang: str,
                           dates: list[ResolvedDate]) -> bool:
    """Whether ``event``, a toll told "in the attack" («وقتل في الهجوم …», 'were killed in the attack'), follows a
    sentence that names an event without telling it: a reference point («أحيا الأهالي ذكرى مجزرة سبايكر»,
    'the anniversary of the Speicher massacre') or a candidate its cues rejected (a trial, a plan, a fear:
    'The court sentenced a man over the 2016 Karrada bombing'). Its "the attack" is that event: the toll is
    its, not an event of the report's day (the back reference stays one, as before 618b7fd). A sentence with a
    date of its own ('… were killed in the attack on a checkpoint in Tarmiyah on Monday') tells its event."""
    start = event.sentence[0]
    if event.role != "killing" or start == 0 or any(start <= d.start < event.sentence[1] for d in dates):
        return False
    lo = max(0, start - NAMED_BEFORE_CHARS)
    return any(e.rejected and lo <= e.start < start for e in events) or any(
        cue_start(text, lang, cls, lo, start) is not None for cls in (REFERENCE, "state"))  # state: «ذكرى مجزرة»


def build_incidents(text: str, events: list[EventCandidate], mentions: list[PlaceMention],
                    dates: list[ResolvedDate], *, article_date: date | None, lang: str,
                    source: str | None = None, casualties=None) -> list[Incident]:
    """Turn kept candidate events into incidents, then merge those that describe one event.

    ``casualties`` counts the dead in a clause (default ``extract.numbers.count_casualties``).
    """
    if casualties is None:
        from extract.numbers import count_casualties as casualties
    lead_end = events[0].sentence[1] if events else 0
    title_end = title_lines_end(text)
    day_of_news = news_day(text, events, title_end, article_date, lang, dates)
    sentence_starts = sorted({e.sentence[0] for e in events})
    lead = leading_place(text, mentions, max(lead_end, min(len(text), 600)))
    dateline = dateline_place(text, mentions)
    # A report that names no Iraqi place but a foreign country ("مصر : مقتل شرطي ..."): its events
    # with no place of their own happened there, abroad, and have no point to map (never Iraq).
    abroad_only = not any(m.place.country == "IQ" for m in mentions) and any(
        m.place.feature_type == "country" for m in mentions)
    kept = [e for e in events if e.rejected in {None, REFERENCE}]
    # A sentence where a kept event's own word (not a generic "killed", "attack") is tells that event.
    told_starts = sorted({e.sentence[0] for e in kept if e.strength != "generic"})
    all_actors = [found for lo, hi in stretches(text, [e.sentence for e in kept])
                  for found in find_actors(text, lang, lo, hi)]
    drafts: list[_Draft] = []
    # What a sentence of the article tells whichever of its events asks (the sentence after it, a risen
    # toll, a foreign state named): read once per sentence, not once per event.
    per_sentence = Memo()
    # Sentences of events with no time of their own (`_undated_kind`): on the lead's day (news_day), recalls of an
    # earlier unknown day («وكان مسلحون قد هاجموا»), or a time of their own not told (the report's day stays).
    untimed: dict[str, set[int]] = {"news": set(), "recall": set(), "apart": set()}
    last_date: ResolvedDate | None = None
    last_dated = -9  # the sentence index of last_date
    last_places: list[PlaceMention] = []
    # An anaphoric group that opened its own event («هاجم مسلحون قرية ...، وأسفر الهجوم عن مقتل») is drafted
    # twice: as the back reference (no place or date of its own: it joins an event told before) and as
    # an event of its own (alt 2), used only when the back reference joins nothing. The second draft
    # leaves the running place and date as the first one left them.
    tags: list[tuple[int, int]] = []  # (the event's start, alt: 0 plain, 1 back reference, 2 its own event)
    restore = None
    for event, alt in ((e, a) for e in events
                       for a in ((1, 2) if e.opens and not _toll_of_a_named_event(text, e, events, lang, dates) else (0,))):
        if restore is not None:
            last_date, last_dated, last_places = restore
            restore = None
        if alt == 2:
            restore = (last_date, last_dated, last_places)
            event = replace(event, anaphoric=False, opens=False)
        if event.rejected and event.rejected != REFERENCE:
            continue
        # "The attack took place in the al-Mutaibija area": where the event just told happened.
        # «ووقع الحادث في ...», "the incident happened in ..." (role locates) is only ever such a reference.
        locates = (event.anaphoric or event.role == "locates") and bool(_TOOK_PLACE.search(
            text, max(event.sentence[0], event.start - 12), min(event.scope[1], event.end + 30)))
        places = choose_places(text, event, mentions) if locates else [] if event.anaphoric else _places(
            text, event, mentions, lead, last_places)
        if places == [] and event.sub_event_type == "Arrests" and event.scope[1] < event.sentence[1]:
            # "arrested five men accused of burning offices ... in Nasiriyah": the charge told after
            # the arrest names where both happened.
            places = choose_places(text, replace(event, scope=(event.scope[0], event.sentence[1])), mentions)
        if places is None:
            continue  # "غارة داخل الأراضي السورية": abroad, and no place of its own to map it at
        if filed_abroad(text, event, places):
            places = []  # "ABU DHABI (Sky News Arabia) - Three Iraqi soldiers were killed ...": filed there
        if places and dateline is not None and all(origin(text, m) and _governorate(m) != _governorate(dateline)
                                                   for m in places):
            places = [dateline]  # «الرمادي - قتل جنديان من أهالي نينوى في كمين»: their home is not the ambush's place
        if event.sentence[0] < title_end:
            places = places[:1]  # a title lists several events: the places after the first are theirs
        last_places = places or last_places
        found_date, own_date = (None, False) if event.anaphoric else choose_date(text, event, dates, article_date, lang=lang)
        if found_date is not None and own_date and article_date is not None and _told_ahead(found_date, article_date):
            if not _BEFORE_AHEAD.search(text, max(event.end, found_date.start - BEFORE_AHEAD_CHARS), found_date.start):
                # «سيخرجون في تظاهرة يوم الجمعة المقبل», "will rally next Friday": a day ahead of the report is a
                # plan. Only a day told as ahead: an encyclopedia entry dated by its first day tells later days
                continue
            found_date, own_date = None, False  # «انفجار … قبل الانتخابات المقررة يوم الجمعة المقبل»: not its day
        day_untold = _own_day_untold(text, event, lang) if found_date is None and article_date is None and \
            not event.anaphoric else None
        if territory_told_as_time(text, event) and (found_date is None or (
                found_date.start < event.start and not _YEAR.search(found_date.expression))):
            # «عاد النازحون إلى تكريت اليوم بعد سنوات من النزوح منذ سيطرة داعش على المدينة»: the takeover
            # framing today's account is years old and has no date of its own: not an event of the day
            continue
        lo, hi = event.scope
        index = sentence_starts.index(event.sentence[0])
        if found_date is not None and found_date.looks_back and found_date.precision < 3 and article_date is not None:
            found_date = _counted_from(text, found_date, dates, last_date or day_of_news, article_date)
        if found_date is not None and own_date:
            last_date, last_dated = found_date, index
        elif found_date is None and last_date is not None and needs.search(_SAME_DAY, text, lo, hi):
            found_date, own_date = last_date, True  # "اعتقلوا في تلعفر في اليوم ذاته"
        elif found_date is None and last_date is not None and index - last_dated == 1 and places and \
                places[0].place.feature_type == "neighborhood" and event.strength != "generic" and \
                not event.anaphoric and event.sentence[0] >= title_end:
            # "انفجرت سيارة مفخخة في حي الجهاد أمس ... وانفجرت عبوة ناسفة في حي الغزالية": the next
            # account of a one-by-one list of a city's blasts, with no time of its own, happened in
            # the time just told (and hands it on to the next).
            found_date, last_dated = last_date, index
        cut = cue_start(text, lang, "protest_object", event.start + 1, hi) if event.event_type == "Protests" else None
        toll = casualties(text[lo:hi if cut is None else cut])  # not the toll of what a protest denounces
        killed, injured = toll.killed, toll.injured
        if killed is None and injured is None and cut is None:
            # "… detonates explosives …, during an attempted arrest, killing himself and injuring two": the
            # toll stands in the clause of a word dropped as no event of its own (the attempted arrest),
            # right after this one in its sentence: it is this event's toll
            after = [e for e in events if e.sentence == event.sentence and e.start >= hi]
            dropped = min(after, key=lambda e: e.start) if after else None
            if dropped is not None and dropped.rejected not in {None, REFERENCE}:
                toll = casualties(text[max(hi, dropped.scope[0]):dropped.scope[1]])
                killed, injured = toll.killed, toll.injured
        if killed is None and _ONE_DEAD.search(event.trigger) and event.event_type not in {
                "Strategic developments", "Protests"} and not _ATTEMPTED.search(
                text, max(event.sentence[0], event.start - ATTEMPT_CHARS), min(event.sentence[1], event.end + ATTEMPT_CHARS)):
            killed = 1  # (not "survived the assassination attempt", «نجا من محاولة الاغتيال»: review9 probes)
        if killed is None or injured is None:  # "... struck the base. No casualties were reported."
            after = per_sentence.once("next", event.sentence[1], lambda end: _next_sentence(text, end, told_starts))
            killed, injured = _with_stated_none(killed, injured, after)
        if event.event_type != "Strategic developments":  # "... killed 10. The death toll rose to 25.": its higher toll
            # (what the sentences after tell depends on the event's places only through these fields)
            key = (event.sentence[1], *((p.place.place_id, p.place.admin1, p.place.admin2, p.place.country,
                                         p.place.feature_type) for p in places))
            risen = per_sentence.once("risen", key, lambda key, places=places: _risen_toll(
                text, key[0], told_starts, mentions, places, casualties, per_sentence))
            killed = risen[0] if risen[0] is not None and (killed is None or risen[0] > killed) else killed
            injured = risen[1] if risen[1] is not None and (injured is None or risen[1] > injured) else injured
            # "... killing two. Ten others were wounded.": others besides the victims just counted
            more = per_sentence.once("others", key, lambda key, places=places: _others_toll(
                text, key[0], told_starts, casualties, mentions, places)) if killed is not None or injured is not None else (None, None)
            killed = killed if not more[0] else (killed or 0) + more[0]
            injured = injured if not more[1] else (injured or 0) + more[1]
        if (killed is None or injured is None) and per_sentence.once(
                "denied", event.sentence, lambda s: cue_start(text, lang, "denied_casualties", *s) is not None):
            killed, injured = killed or 0, injured or 0  # «نفت ... وقوع خسائر بشرية جراء سقوط صاروخ»: none
        if event.strength == "generic" and not (found_date or killed or _anchored(event, places)):
            continue  # a generic word with no anchor: "الهجمات", "attacks"
        past = background(text, event, found_date, article_date, dates, places, lang=lang) if article_date else None
        if past == "drop":
            continue  # "the 2019 protests", "in December 2017": background with nothing to map
        if event.rejected == REFERENCE and not (past == "undated" or (
                found_date is not None and own_date and article_date is not None
                and (article_date - found_date.value).days > RECALLED_DAYS)):
            continue  # "since the killing of", ذكرى اغتيال: a reference point; kept only with its own old date
        if places and all(m.place.country != "IQ" for m in places) and (past is not None or (
                found_date is not None and article_date is not None
                and (article_date - found_date.value).days > RECALLED_ABROAD_DAYS)):
            continue  # "after a drone attack in January killed three soldiers in Jordan": background abroad
        if past in {"undated", "last_year"}:
            found_date = None  # "In early 2016 ... the recapture of Ramadi": historical, no day known
        if event.sub_event_type == "Agreement" and found_date is not None and article_date is not None and \
                (article_date - found_date.value).days > RECALLED_DAYS:
            continue  # "the agreement signed in March last year": background of today's news
        # "باشرت عمليات تفتيش بحثاً عن المنفذين": part of the attack just told; with no event told
        # before it, a sweep "لملاحقة فلول داعش" is the report's own event.
        # ... but a sweep its own words date days before the event told just before («والأحد، أطلقت السلطات عملية
        # عسكرية لملاحقة فلول داعش» after Tuesday's clash) began before it: not its follow-up (tplace12, issue 8)
        follow_up = event.sub_event_type == "Other" and bool(drafts) and bool(_SEARCHING.search(text, event.start, hi)) \
            and not _began_before(found_date, own_date, drafts[-1].incident)
        if follow_up:
            places, found_date = [], None
        actors = [(a - lo, b - lo, actor) for a, b, actor in all_actors if lo <= a and b <= hi]
        actor1, actor2 = assign_actors(text[lo:hi], actors, event.start - lo, event.event_type, lang,
                                       event.sub_event_type)
        event_type, sub_event_type = retype(text, lang, event, killed=killed, injured=injured)
        base = {"event_type": event_type, "sub_event_type": sub_event_type,
                "evidence": text[event.sentence[0]:event.sentence[1]], "actor1": actor1, "actor2": actor2,
                "fatalities": killed, "injuries": injured, "source": source, "trigger": event.trigger,
                "evidence_start": event.sentence[0], "evidence_end": event.sentence[1]}
        if found_date is not None:
            base |= {"event_date": found_date.value, "time_precision": found_date.precision}
        elif past == "undated":
            base |= {"historical": True}  # its own time is an old year: never the report's day
        elif past == "last_year":
            pass  # its own time is last year: never the report's day, maybe not a year old
        elif article_date is not None:
            base |= {"event_date": article_date, "time_precision": WEEK}
            untimed[_undated_kind(text, event)].add(index)
        strength = {"strong": 0.6, "weak": 0.5, "generic": 0.4}[event.strength]
        confidence = strength + (0.2 if places else 0.0) + (0.15 if found_date else 0.0)
        index = sentence_starts.index(event.sentence[0])
        fallback = None if places else fallback_place(text, event, mentions, lead)
        if fallback is not None and _lead_in_place(text, event, fallback, events):
            places, fallback = [fallback], None  # «في العاصمة بغداد... رجال الأمن ينهالون بالضرب على متظاهر»
        if not places and fallback is not None and per_sentence.once(
                "abroad", event.sentence, lambda s: _sentence_abroad(text, s, mentions)):
            continue  # "an attack by the Palestinian movement on southern Israel on October 7": abroad, no point
        if not places and fallback is None and abroad_only:
            continue
        by_dateline = dateline is not None and (
            (not places and fallback is None) or [m.start for m in places] == [dateline.start])
        respective = _respective_dates(event, dates, places, found_date, article_date) if own_date else None
        days = listed_days(text, found_date, [d for d in dates if lo <= d.start < hi], article_date) \
            if own_date and found_date is not None and not respective else []
        days = days if len(days) > 1 else [None]
        sites = [(k, m, day) for k, m in enumerate(places or [dateline if by_dateline else fallback]) for day in days]
        shares = _shares(killed, injured, len(sites))  # a toll for several places or days is divided
        respective_tolls = _respective_tolls(text, lo, hi, len(sites)) if places and days == [None] else None
        if respective_tolls is None and places and days == [None]:
            respective_tolls = _tolls_before_places(text, min(lo, event.sentence[0]), places)
        if respective_tolls is not None:  # "... killed 10 and 6 people respectively": one count each
            field, values = respective_tolls
            shares = [share | {field: value} for share, value in zip(shares, values, strict=True)]
        # (an actor is localised only when there is one: with neither, the sentence need not be read)
        named_actor = actor1 is not None or actor2 is not None
        iraqi = named_actor and per_sentence.once("iraqi", event.sentence, lambda s: bool(_IRAQI.search(text, *s)))
        for n, (k, m, day) in enumerate(sites):
            # "BAGHDAD (AP) —", «بغداد/ نايا» and nothing else: near the dateline's city (geo 2), flagged
            # by a lower confidence; otherwise the lead's place at governorate precision.
            # (a governorate's dateline or label places it at the governorate: precision 3)
            fields = _fields(text, m, max(2, level(m)) if by_dateline else None if places else 3)
            if shares:
                fields |= shares[n]
            if respective:
                fields |= {"event_date": respective[k].value, "time_precision": respective[k].precision}
            if day is not None:
                fields |= {"event_date": day.value, "time_precision": day.precision}
            fields |= {"actor1": localise(actor1, fields["country"], iraqi_named=iraqi),
                       "actor2": localise(actor2, fields["country"], iraqi_named=iraqi)}
            # (the sentence's foreign state is read only for a home army or police, the only names it changes)
            state = per_sentence.once("state", event.sentence, lambda s: sentence_state(text[s[0]:s[1]])) \
                if any(fields[k] is not None and fields[k].endswith(STATE_HOME) for k in ("actor1", "actor2")) else None
            if state is not None:  # «أعلنت وزارة الدفاع التركية أن الجيش قصف ... شمالي العراق»: Turkey's army
                fields |= {k: home_state_abroad(fields[k], state) for k in ("actor1", "actor2")}
            incident = Incident(**(base | fields), confidence=min(0.99, confidence) - (DATELINE_DOUBT if by_dateline else 0))
            drafts.append(_Draft(incident, index, bool(places) and not by_dateline, found_date is not None and own_date, event.role,
                                 headline=event.sentence[0] < title_end,
                                 generic=event.strength == "generic" or follow_up,
                                 weak_dated=found_date is not None, locates=locates and bool(places),
                                 vague=bool(places) and (level(m) >= 3 or fields["geo_precision"] > level(m)),
                                 chain=event.start if len(sites) > 1 else None,
                                 site=bool(places) and m.place.feature_type in SITE_TYPES,
                                 dateline=by_dateline, feature=m.place.feature_type if places else "",
                                 day_untold=day_untold))
            tags.append((event.start, alt))
    # An event neither placed nor dated by its own sentence that joined no other one is a back
    # reference ("the investigation into the assassination"), not a new point on the map.
    flash = len(text) <= FLASH_CHARS
    # A sentence that asks («كيف حصلت تفجيرات بغداد؟») tells no event of its own: its accounts join nothing.
    told = [n for n, d in enumerate(drafts) if not _asks(text, d.incident, tags[n][0])]
    drafts, tags = [drafts[n] for n in told], [tags[n] for n in told]
    merged = merge_drafts([d for d, (_k, alt) in zip(drafts, tags, strict=True) if alt != 2], flash=flash)
    if any(alt == 2 for _k, alt in tags):
        # the back references that joined no event told before: their groups' own events stand instead
        alone = {id(d) for d in merged if not d.merged}
        referring = {k for _d, (k, alt) in zip(drafts, tags, strict=True) if alt == 1}
        unjoined = {k for d, (k, alt) in zip(drafts, tags, strict=True) if alt == 1 and id(d) in alone} | {
            k for _d, (k, alt) in zip(drafts, tags, strict=True) if alt == 2 and k not in referring} | \
            _placed_elsewhere(drafts, tags)
        if unjoined:
            merged = merge_drafts([d for d, (k, alt) in zip(drafts, tags, strict=True)
                                   if alt == 0 or (alt == 1) != (k in unjoined)], flash=flash)
    # Given after the merges, which read the report's day as "no date of its own" (a lead's day shared would
    # merge events, an unknown day would let a recall join today's account).
    news, recall, apart = untimed["news"], untimed["recall"], untimed["apart"]
    if day_of_news is None:
        # "Security In Iraq April 15-21, 2017": a round-up of a week past, its events told with no day of their own
        day_of_news = title_period(text, title_end, article_date)
    if day_of_news is not None:
        # "At least 10 people were killed ... Wednesday. ... In Baghdad, five people were wounded when a car bomb
        # ...": told after the lead with no time of its own, the event is of the lead's day
        merged = [_untimed_on(d, news - recall - apart, day_of_news) for d in merged]
    if recall:
        # «وكان مسلحون قد هاجموا القرية», "Gunmen had attacked the village": an earlier day, not told; never the report's
        merged = [_untimed_on(d, recall - news - apart, None) for d in merged]
    # ... but a flash that tells one event and nothing else has nothing for it to refer back to: its event,
    # placed at the report's leading place («بغداد اليوم- ديالى / انفجرت عبوة ناسفة قرب قرية ...», miss8)
    # (with a toll, its place named in its own sentence: not "defended the airstrike ... attacks in Baghdad")
    alone = flash and len(merged) == 1 and _lone_told(merged[0], mentions)
    found = [(d, flag_historical(_terrorist_attack(d), article_date)) for d in merged
             if (d.placed or d.weak_dated or d.merged or d.dateline or alone or d.day_untold is not None
                 or (told_as_another(d) and d.incident.admin1 is not None))
             and not (d.locates and not d.merged)]
    return [x for d, x in found if not _tally(x) and not _country_only(d, x)]


#: A sentence that asks («كيف حصلت تفجيرات بغداد؟», 'Who is behind the attacks on the base?'): it names events the
#: report tells, or doubts, and tells none of its own (prec11 audit, issue 8: a question title at the city stood beside
#: the body's suicide bombing in Sadr City; joined to the body's toll it kept that toll apart from the bombing).
_ASKS = re.compile(r"[?؟][\"'”»)\s]*$")  # at the end of its sentence
#: A question word opening the sentence ('Who ...', 'Did ...', «هل», «كيف», «لماذا»).
_ASKS_FIRST = re.compile(r"^[\W\d_]*(?:(?:who|what|why|how|when|where|which|whose|is|are|was|were|did|does|do|can|could|"
                         r"will|would|has|have|had|should)\b|[وف]?(?:هل|كيف|لماذا|ماذا|متى|أين|اين|من|ما|أي|اي|ألم|الم)"
                         r"(?![\u0621-\u064A]))", re.IGNORECASE)
#: Where a clause ends inside a sentence: its question may be a clause of its own after the account.
_CLAUSE_STOP = re.compile(r"[,،;؛:…]|\.\.|\s[-–—]\s")  # (two dots or an ellipsis: a headline's joint, «13 قتيلاً في نزاع .. ماذا يحدث؟»)


def _asks(text: str, x: Incident, at: int) -> bool:
    """Whether the account of ``x``, its trigger at ``at``, is a question's (`_ASKS`): the sentence opens with a
    question word, or its trigger stands in the clause that asks. An account told as news with a question after it in
    its own clause («قتل شخصان بانفجار عبوة ... مساء الثلاثاء، فمن يقف وراء التفجير؟») tells its event (review11,
    narrowing eff739f/44a779a)."""
    evidence = x.evidence or ""
    if _ASKS.search(evidence) is None:
        return False
    if _ASKS_FIRST.match(evidence) or not x.evidence_start <= at < x.evidence_end:
        return True
    return _CLAUSE_STOP.search(text, at, x.evidence_end) is None


#: No one event of a day kills this many: a toll this large sums up a period, a campaign or a war («ما مجموعه
#: (11118) عراقيا قتلوا ... بتفجيرات», «نعى مقتل 2070 شخصاً من أبناء الموصل على يد مسلحي داعش»). The largest
#: single events the reports tell (the Karrada bombing of 2016, some 300 dead; Speicher, 1,700, told years on as
#: background) stay below it or are historical.
TALLY_DEAD = 1000


def _tally(x: Incident) -> bool:
    """Whether the incident counts a period's dead rather than one event's: its toll is `TALLY_DEAD` or more and
    it is not an old event told as background (which keeps its own date and toll; prec11 audit, issue 8:
    statistics read as one bombing in Baghdad)."""
    return not x.historical and (x.fatalities or 0) >= TALLY_DEAD


def _placed_elsewhere(drafts: list[_Draft], tags: list[tuple[int, int]]) -> set[int]:
    """The groups whose own event names a place («هاجموا قرية الرشاد بضواحي المقدادية …، وأسفر الهجوم عن») that no
    account told before it stands at: its back reference has no event to point to (a lead summing the day's attacks
    «في هجوم لداعش شرقي العراق» is none), so the group's own event stands (arrec11, issue 8). At its place: the same
    place, one within `MERGE_KM` in its governorate, or that governorate told as such."""
    own = {k: d for d, (k, alt) in zip(drafts, tags, strict=True)
           if alt == 2 and d.placed and d.incident.admin1 is not None and d.feature not in {"governorate", "country", "region"}}
    out = set()
    for k, d in own.items():
        x = d.incident
        before = [e for e, (k2, alt) in zip(drafts, tags, strict=True)
                  if alt != 2 and k2 != k and e.placed and e.sentence_index <= d.sentence_index]
        if not any(e.incident.place_id == x.place_id or (e.incident.admin1 == x.admin1 and (
                e.feature == "governorate" or _km(e.incident, x) <= MERGE_KM)) for e in before):
            out.add(k)
    return out


def _country_only(d: _Draft, x: Incident) -> bool:
    """Whether the event is placed at no more than a whole country («في العراق», "in Iraq", "northern Iraq" with
    nothing nearer) and tells no toll: an ACLED row needs at least the governorate (annotation guide, geo 3), and a
    point at the country's centre puts it on the map where it did not happen. Such an account is mostly a headline
    or a summary of an event the body places («10 rockets hit Iraq base» over the body's Ain al-Asad), a recap, or
    talk; a country-wide toll («مقتل 18 شخصاً في سلسلة هجمات في مناطق متفرقة من البلاد») stays, a figure the
    totals need. Issue 8, lead, session 11: country-level incidents with no toll over the four blind sets, the dev
    sets and the seeds: 10 spurious, 1 a real event of its gold, 8 borderline; with a toll 2 spurious, 1 real.
    ``x``: the incident as output (flagged historical or not: an old event told as background stays).
    Events abroad keep their country (issue 8) and are left alone."""
    return x.country == "IQ" and x.admin1 is None and d.feature in {"", "country"} and not x.historical \
        and not (x.fatalities or x.injuries)


#: Any day, to read whether an undated report's sentence names a day of its own (only that it does counts).
_PROBE_DAY = date(2000, 1, 5)


def _own_day_untold(text: str, event: EventCandidate, lang: str) -> date | None:
    """The day the event's own sentence names as its own (a weekday, «اليوم», «أمس», «مساء الإثنين», 'on
    Monday', or the day of the statement that tells it: «أعلنت الخلية، اليوم الأربعاء، استشهاد ...») that the
    report, having no publication date, cannot resolve; None if it names none. With a publication date the
    same account is dated, and a dated account is news of its day, not a back reference: so it is kept (with
    no date) where a dated one would be («قتل ضابط وأربعة جنود مساء الإثنين في هجوم ... بشرق البلاد» gave no
    incident at all when the page carried no date; zero9 audit, issue 8). A span counted back («منذ يومين»,
    a year 'after the fall of Mosul') or a month does not count: a recall is not told as the day's news. The
    day is read against one fixed day (``_PROBE_DAY``), so two accounts' days compare («مساء الأحد» at the
    airport, «فجر الجمعة» in the Green Zone: two days, `merging._mergeable`), not their dates.
    """
    lo, hi = event.sentence
    probe = [replace(d, start=d.start + lo, end=d.end + lo) for d in find_dates(text[lo:hi], _PROBE_DAY)]
    found, _own = choose_date(text, event, probe, _PROBE_DAY, lang=lang)
    if found is None or found.precision != DAY or found.looks_back:
        return None
    # «سيخرجون في تظاهرة يوم الجمعة المقبل»: a day told as ahead is a plan (as for a dated report)
    if _told_ahead(found, _PROBE_DAY):
        return None
    return found.value  # the day on the probe's calendar: two accounts' days compare


#: What may follow a lead-in's place before the event's sentence: punctuation only («...», ":", "—").
_LABEL_END = re.compile(r"[\W_]*")
#: A victim told, even where no count is read («لتصيب فلاحاً بجروح»).
_HURT = re.compile(r"بجروح|جروح|جريح|[أاإ]صاب|مقتل|قتل|قتيل|استشهد|استشهاد|\b(?:killed|killing|wounded|wounding|injured|"
                   r"injuring|dead)\b", re.IGNORECASE)


def _lone_told(d: _Draft, mentions: list[PlaceMention]) -> bool:
    """Whether a flash's only account tells an event of its own though no place of its own was read: a
    toll, and the place it fell back on named in its own sentence («... قرب قرية الزهيرات، أشهر قرى ريف
    ناحية أبي صيدا شمال شرق ديالى، لتصيب فلاحاً بجروح»)."""
    x = d.incident
    if d.generic or x.admin1 is None or not (x.fatalities or x.injuries or _HURT.search(x.evidence or "")):
        return False
    return any(m.place.place_id == x.place_id and x.evidence_start <= m.start < x.evidence_end for m in mentions)


LEAD_IN_WORDS = 8  # a place-only lead-in before the event's sentence, in its paragraph («في العاصمة بغداد...»)


def _lead_in_place(text: str, event: EventCandidate, fallback: PlaceMention, events: list[EventCandidate]) -> bool:
    """Whether the place the event falls back on is named in a short lead-in of its own paragraph that tells
    no event («في العاصمة بغداد... مشاهد لأحد رجال الأمن وهو ينهال بالضرب على أحد المتظاهرين», "In Mosul:
    gunmen shot dead a shop owner"): the event's own place, not the article's leading one. A flash whose
    place stands in such a fragment otherwise had an event neither placed nor dated, dropped as a back
    reference, and no incident at all (miss8 audit, issue 8)."""
    start = text.rfind("\n", 0, event.sentence[0]) + 1
    if not start <= fallback.start < event.sentence[0] or len(text[start:event.sentence[0]].split()) > LEAD_IN_WORDS:
        return False
    if _LABEL_END.fullmatch(text, fallback.end, event.sentence[0]) is None:
        return False  # "In Baghdad... the cabinet met. Gunmen shot dead ...": a sentence of its own, not a label
    return not any(start <= e.start < event.sentence[0] for e in events)




def _counted_from(text: str, found: ResolvedDate, dates: list[ResolvedDate], told: ResolvedDate | None,
                  article_date: date) -> ResolvedDate:
    """A span counted back from the event the sentence goes on with («ونفذ الهجوم ليلاً ...، ويأتي بعد يومين من
    تفجيرين انتحاريين», "The incident came just two days after ...") whose sentence gives no date of its own
    before it (`dates._after_own_date` counted it from the report's day): counted from the day of the event
    told before (``told``: the last own date, else the lead's day), a recent day before the report."""
    if told is None or told.looks_back or not 1 <= (article_date - told.value).days <= NEWS_DAY_MAX:
        return found
    sentence_start = max(text.rfind(".", 0, found.start), text.rfind("\n", 0, found.start), text.rfind("؟", 0, found.start))
    if any(sentence_start < d.end <= found.start for d in dates if d is not found):
        return found  # the sentence's own date before the span was its base already
    return replace(found, value=found.value - (article_date - told.value))


def _untimed_on(d: _Draft, sentences: set[int], day: ResolvedDate | None) -> _Draft:
    """The draft dated ``day`` (None: an earlier day, unknown) when its accounts, all told in ``sentences``, have
    no time of their own (the report's day at week precision)."""
    if d.dated or d.weak_dated or d.incident.time_precision != WEEK or not (d.sentences or {d.sentence_index}) <= sentences:
        return d
    return replace(d, incident=replace(d.incident, event_date=day.value if day else None,
                                       time_precision=day.precision if day else None))


def _sentence_abroad(text: str, sentence: tuple[int, int], mentions: list[PlaceMention]) -> bool:
    """Whether the sentence names places and all of them abroad ("on southern Israel", "in the Gaza
    Strip"): an event of it with no place of its own happened there, not at the article's Iraqi lead
    (as ``abroad_only`` says of a whole report)."""
    named = [m for m in mentions if sentence[0] <= m.start < sentence[1]]
    return bool(named) and all(m.place.country != "IQ" for m in named) and any(
        _IN_ABROAD.search(text, max(sentence[0], m.start - 30), m.start) for m in named)


#: "on southern Israel", "into Israel", "in the Gaza Strip": a place abroad as where something happened,
#: not "backed by Iran" or "launched from Turkey".
_IN_ABROAD = re.compile(r"\b(?:in|on|into|inside|across)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|"
                        r"occupied)\s+)?$", re.IGNORECASE)


def _terrorist_attack(d: _Draft) -> Incident:
    """The incident, typed an attack on civilians when it is a statement's «الهجوم الإرهابي» on people."""
    x = d.incident
    if terrorist_attack(x.evidence or "", x.sub_event_type or "", trigger=x.trigger):
        return replace(x, event_type="Violence against civilians", sub_event_type="Attack")
    return x

