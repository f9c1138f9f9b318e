"""Background and recap: is a candidate event the report's news, or context told about the past?

ACLED codes what happened, when it happened. A report often recalls older events ("in 2014
militants seized Mosul", كان قد, سبق أن, "last year"): the annotation guide keeps such an event
with its own date and ``historical: true`` when it is more than a year older than the report (the
seed rule), and never dates it to the report's day. Three decisions live here:

* :func:`background` — what to do with an event whose time is an old year or month: drop it (a
  campaign or period with no place of its own), keep it undated but historical (a year only,
  with its own town), or keep it as it is;
* :func:`flag_historical` — the ``historical`` flag from the event's own date;
* :func:`cause_start` — a date that follows "in response to / رداً على" dates the earlier event the
  clause names, not this one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extract import needs
from extract import regexes as re
from extract.events import EventCandidate, cue_start
from extract.model import Incident, ResolvedDate
from extract.placing import level
from geo.model import PlaceMention

__all__ = ["HISTORICAL_DAYS", "background", "cause_start", "flag_historical"]

HISTORICAL_DAYS = 365  # the seed rule: more than one year older than the report
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
YEAR_BEFORE, YEAR_AFTER = 40, 60  # how far from the trigger an old year dates it
#: A war or a campaign (خلال المعارك عام 2017, the 2016 offensive): a period, not one event.
_CAMPAIGN = re.compile(r"معارك|حرب|عمليات|\b(?:battles|fighting|war|campaign|offensive|operations)\b", re.IGNORECASE)
#: Words every cue of the "cause" class (cues.yaml) contains: a cheap test before the matcher.
_CAUSE_HINT = re.compile(r"respon|retaliat|reveng|aveng|killing|death|arrest|(?:days?|weeks?) after|رد|انتقام|ثار|ثأر|خلفي|مقتل|"
                         r"بعد\s+(?:\S+\s+){0,3}?(?:يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|اسابيع|شهر|أشهر|اشهر|شهور)|"
                         r"متهم|بتهم|accused|charged|suspected|wanted|convicted",
                         re.IGNORECASE)
OPENING = 25  # a year this close to the sentence start dates the sentence ("In early 2016, ...")
#: "closed since it was retaken in 2014", منذ سيطرة داعش: a state since a past event, not a report of it.
_SINCE = re.compile(r"(?:\bsince|(?<![\u0621-\u064A])منذ)(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


def _recalled_year(text: str, event: EventCandidate, lang: str) -> str | None:
    """``"last_year"`` or ``"years_ago"`` when such words (cues.yaml: العام الماضي, five years ago)
    stand near the trigger, in its stretch of the sentence; else None."""
    lo, hi = event.scope
    windows = ((event.sentence[0], min(event.start, event.sentence[0] + OPENING)),
               (max(lo, event.start - YEAR_BEFORE), min(hi, event.end + YEAR_AFTER)))
    for cls in ("years_ago", "last_year"):
        if any(a < b and cue_start(text, lang, cls, a, b) is not None for a, b in windows):
            return cls
    return None


#: A year told as the time of the trigger's own clause, further on than ``YEAR_AFTER`` ("Sinjar ... endured massacres
#: and sex slavery during the brief but brutal rule of the Islamic State group in 2014", «شهدت المدينة مجازر
#: وعمليات تهجير واسعة على يد عناصر التنظيم عام 2014»): introduced by in/during/عام/سنة/في, before the clause ends
#: (a comma, a full stop) and outside a relative clause ("the village that IS seized in 2014" is the village's).
_CLAUSE_YEAR = re.compile(r"(?:\b(?:in|during)\s+|(?<![\u0621-\u064A])(?:في\s+)?(?:عام|سنة|سنه|العام)\s+|(?<![\u0621-\u064A])في\s+)"
                          r"(19[5-9]\d|20\d\d)(?!\d)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,،;؛.!?؟\n]|\b(?:that|which|who|whom|where)\b|(?<![\u0621-\u064A])(?:التي|الذي|الذين|اللذين|اللتين|حيث)(?![\u0621-\u064A])",
                           re.IGNORECASE)


def _clause_year(text: str, event: EventCandidate) -> list[re.Match[str]]:
    """The year that times the trigger's own clause beyond ``YEAR_AFTER`` (`_CLAUSE_YEAR`), as a match whose
    group 1 is the year; none when the clause ends first."""
    lo = event.end + YEAR_AFTER
    if lo >= event.scope[1]:
        return []
    stop = _CLAUSE_BREAK.search(text, event.end, event.scope[1])
    hi = stop.start() if stop else event.scope[1]
    return list(_CLAUSE_YEAR.finditer(text, lo, hi)) if lo < hi else []


def background(text: str, event: EventCandidate, found: ResolvedDate | None, article_date: date,
               dates: list[ResolvedDate], places: list[PlaceMention], *, lang: str | None = None) -> str | None:
    """``"drop"``, ``"undated"`` (keep: historical, with no day or month known), ``"last_year"``
    (keep: undated, not flagged: it may be less than a year old) or None (news, or a dated past event
    that keeps its date).

    * A year alone (not part of a resolved date) more than a year before the report: the event is
      kept, undated and historical, when a strong trigger names its own town or finer place ("in
      early 2016 ... the recapture of Ramadi"); otherwise it is background with nothing to map
      (the 2019 protests, عام 2014) and dropped.
    * A month more than a year back with no place finer than a governorate (in December 2017) is
      dropped; with a town or village (سقوط الموصل في حزيران 2014) it keeps its month.
    * "last year", العام الماضي, "five years ago", قبل سنوات near the trigger with no day of its own:
      kept undated (historical for two years or more) with its own town, else dropped; never dated
      to the report's day.
    """
    lo, hi = event.scope
    own_town = event.strength == "strong" and any(level(p) < 3 for p in places) and not _CAMPAIGN.search(event.trigger)
    if lang is not None and (found is None or found.precision > 1):
        recalled = _recalled_year(text, event, lang)
        if recalled is not None:
            if not own_town:
                return "drop"
            return "undated" if recalled == "years_ago" else "last_year"
    opening = list(needs.finditer(_YEAR, text, event.sentence[0], min(event.start, event.sentence[0] + OPENING)))
    near = list(needs.finditer(_YEAR, text, max(lo, event.start - YEAR_BEFORE), min(hi, event.end + YEAR_AFTER)))
    for m in opening + near + (_clause_year(text, event) if found is None else []):
        inside_date = any(d.start <= m.start() < d.end for d in dates)
        if not inside_date and int(m.group(1)) < article_date.year - 1:
            if found is not None and found.precision < 3 and (article_date - found.value).days > HISTORICAL_DAYS:
                return None  # "on 4 August 2014": the day is known
            since = _SINCE.search(text, max(event.sentence[0], event.start - 30), event.start)
            return "undated" if own_town and not since else "drop"
    if found is None and any(event.sentence[0] <= d.start < min(event.start, event.sentence[0] + OPENING)
                             and not d.looks_back and (article_date - d.value).days > HISTORICAL_DAYS for d in dates):
        # "In January 2020, Iran fired missiles at Ain al-Asad in retaliation for the US drone strike that killed
        # Soleimani": a sentence that opens on a date years back tells its other events then too, never today (not a
        # span counted back to another event, "Two years after IS was driven out of Mosul, residents protested")
        return "undated" if own_town else "drop"
    if found is None or found.precision < 3 or (article_date - found.value).days <= HISTORICAL_DAYS:
        return None
    return None if found.precision == 3 and any(level(m) < 3 for m in places) else "drop"


def flag_historical(incident: Incident, article_date: date | None) -> Incident:
    """Background told in the report keeps its own date and says so (``historical``)."""
    if article_date is None or incident.event_date is None or \
            (article_date - incident.event_date).days <= HISTORICAL_DAYS:
        return incident
    return replace(incident, historical=True)


def cause_start(text: str, lang: str, event: EventCandidate) -> int | None:
    """Where a clause naming what the event answers begins after it ("in response to the US
    airstrike on Sunday", "for the killing of two activists last week", رداً على), or None: a date
    after it dates that earlier event, not this one."""
    # An arrest's charge may lie inside its trigger group (اعتقلت ... متهمين بإحراق ... خلال تظاهرات).
    lo = event.start + 1 if event.sub_event_type == "Arrests" else event.end
    if not needs.search(_CAUSE_HINT, text, lo, event.scope[1]):
        return None  # most events answer nothing: skip the cue matcher
    return cue_start(text, lang, "cause", lo, event.scope[1])
