"""Compiled date patterns, built once from ``extract/data/dates.yaml``.

All patterns run on the normalised text (see :func:`extract.lexicon_dates.normalize`): one
alef, ه for ة, ي for ى, ASCII digits. Arabic words may carry the proclitics و/ف.
English month and weekday names are matched capitalised (``May`` the month, not ``may``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from extract import regexes as re
from extract.lexicon_cache import shipped
from extract.lexicon_dates import ascii_lower, normalize

__all__ = ["Patterns", "lookup_key", "patterns", "scan_windows"]

_NUMERIC = re.compile(r"\d[-/.]\d")
_NEWLINE = re.compile("\n")
#: Characters either side of a gate word that a date expression may cover (the longest,
#: "ساعات متأخرة من ليلة أول من أمس" or "28 كانون الأول / ديسمبر من عام 2014", are < 45).
_REACH = 60
#: Arabic word start: no letter/digit before, or only a و/ف proclitic.
AB = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"
#: word end
AE = r"(?!\w)"
YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)م?"
#: Bare month names that are also common words (practised, father, ...): they need a day,
#: a year, a paired name or شهر before them.
AMBIGUOUS_MONTHS = frozenset({"مارس", "اب", "ماي", "جوان", "اوت", "اغشت"})
#: Words after اليوم that make it 'the day' (of something), not 'today'.
NOT_TODAY = ["التالي", "السابق", "الذي", "التي", "الوطني", "العالمي", "الاول", "الثاني", "الثالث",
             "الاخير", "نفسه", "ذاته", "الموعود", "الدولي"]


def _key(text: str) -> str:
    """Lookup key of a matched phrase: normalised, single spaces, no proclitic-free changes."""
    return " ".join(normalize(text).split())


def _longest_first(form: str) -> tuple[int, str]:
    # ties in text order, not a set's (which changes from process to process): the same regex text
    # in every process, so its compiled code is found in the cache (extract.regexes)
    return -len(form), form


def _alt(words: list[str]) -> str:
    forms = sorted({_key(w) for w in words}, key=_longest_first)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


def _en_alt(words: list[str]) -> str:
    forms = sorted(set(words), key=_longest_first)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


@dataclass(frozen=True)
class Patterns:
    """Lookup tables (normalised key → value) and compiled regexes."""

    month_ar: dict[str, int]
    month_en: dict[str, int]
    weekday: dict[str, int]
    ordinal: dict[str, int]
    relative_day: dict[str, int]
    month_part: dict[str, tuple[int, int]]  # key -> (day, precision)
    month_rel: dict[str, int]
    week_rel: dict[str, int]
    units: dict[str, tuple[int, int, int]]  # key -> (count or 0 for 'take n', days, precision)
    vague: dict[str, tuple[int, int]]  # plural unit key -> (days back, precision) of «قبل أيام», "a few days ago"
    weekday_past: frozenset[str]
    weekday_future: frozenset[str]
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    gates: dict[str, frozenset[str]]  # kind -> words one of which must occur (ymd/dmy: none)
    gate_index: Any  # ahocorasick.Automaton: gate word -> (word, kinds)


def _ordinals(data: dict) -> dict[str, int]:
    units: dict[int, list[str]] = {}
    tens: dict[int, list[str]] = {}
    for row in data["ordinals"]:
        target = tens if row["value"] >= 20 else units
        target[row["value"]] = [_key(w) for w in row["arabic"]]
    one = [_key(w) for w in data["compound_one"]]
    table = {w: v for v, ws in {**units, **tens}.items() for w in ws}
    for value in range(1, 10):
        compound = one if value == 1 else units[value]
        for word in compound:
            table[f"{word} عشر"] = 10 + value
            for ten, ten_words in tens.items():
                if ten + value <= 31:
                    for ten_word in ten_words:
                        table[f"{word} و{ten_word}"] = ten + value
    return table


@cache
def patterns() -> Patterns:
    """Build the lookup tables and regexes once."""
    data = shipped()["dates"]  # load_dates() checked, pickled
    month_ar = {_key(w): m["number"] for m in data["months"] for w in m["arabic"]}
    month_en = {w.lower(): m["number"] for m in data["months"] for w in m["english"]}
    weekday = {_key(w): d["weekday"] for d in data["weekdays"] for w in d["arabic"]}
    weekday.update({w.lower(): d["weekday"] for d in data["weekdays"] for w in d["english"]})
    ordinal = _ordinals(data)
    relative_day = {_key(w): r["offset"] for r in data["relative_days"] for w in r["arabic"]}
    relative_day.update({w.lower(): r["offset"] for r in data["relative_days"] for w in r["english"]})
    month_part = {_key(w): (p["day"], p["precision"]) for p in data["month_parts"] for w in p["arabic"]}
    month_part.update({w.lower(): (p["day"], p["precision"]) for p in data["month_parts"] for w in p["english"]})
    month_rel = {_key(w): r["offset"] for r in data["month_relative"] for w in r["arabic"]}
    month_rel.update({w.lower(): r["offset"] for r in data["month_relative"] for w in r["english"]})
    week_rel = {_key(w): r["offset"] for r in data["week_relative"] for w in r["arabic"]}
    week_rel.update({w.lower(): r["offset"] for r in data["week_relative"] for w in r["english"]})
    week_rel["earlier this week"] = -3
    units: dict[str, tuple[int, int, int]] = {}
    vague: dict[str, tuple[int, int]] = {}
    for row in data["units"].values():
        for w in row["arabic_singular"]:
            units[_key(w)] = (1, row["days"], row["precision"])
            units[_key(w) + "ا"] = (0, row["days"], row["precision"])  # 15 يوما
        units.update({_key(w): (2, row["days"], row["precision"]) for w in row["arabic_dual"]})
        units.update({_key(w): (0, row["days"], row["precision"]) for w in row["arabic_plural"]})
        units.update({w.lower(): (0, row["days"], row["precision"]) for w in row["english"]})
        if row.get("vague"):
            vague.update({_key(w): (row["vague"]["days"], row["vague"]["precision"]) for w in row["arabic_plural"]})
            vague.update({w.lower(): (row["vague"]["days"], row["vague"]["precision"]) for w in row["english"]})
    parts_ar = _alt(data["day_parts"]["arabic"])
    parts_en = _en_alt(data["day_parts"]["english"])
    months_ar = _alt(list(month_ar))
    months_en = _en_alt([w for m in data["months"] for w in m["english"]])
    pair = rf"(?:\s*[/(\-–]?\s*(?P<m2>{months_ar}){AE}(?:\s*\))?)?"
    year_ar = rf"(?:(?:\s*[-/,،.]\s*|\s+)(?:{_alt(data['year_words']['arabic'])}\s+)?{YEAR})"
    past = [_key(w) for w in data["weekday_past"]]
    future = [_key(w) for w in data["weekday_future"]]
    wd_ar = _alt([w for d in data["weekdays"] for w in d["arabic"]])
    wd_en = _en_alt([w for d in data["weekdays"] for w in d["english"]])
    mparts_ar = _alt([_key(w) for p in data["month_parts"] for w in p["arabic"]])
    mparts_en = _en_alt([w for p in data["month_parts"] for w in p["english"]])
    mrel_ar = _alt([w for r in data["month_relative"] for w in r["arabic"]])
    day = r"(?P<day>[0-3]?\d)(?!\d)"
    regexes = [
        ("ymd", re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)([-/.])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)(?![\d/]|\.\d)")),
        ("dmy", re.compile(r"(?<![\d/.\-])(?P<day>[0-3]?\d)([-/.])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d|[/.]\d)")),
        ("ar_dmy", re.compile(
            rf"(?<![\d/.\-])(?:{AB}(?P<ord>{_alt(list(ordinal))})|{day})(?:\s*[-/.]\s*|\s+(?:من\s+)?(?:شهر\s+)?)"
            rf"(?P<m1>{months_ar}){AE}{pair}(?:{year_ar}|\s+(?:الجاري|الحالي|(?P<dpast>الماضي|المنصرم)){AE})?")),
        ("ar_my", re.compile(
            rf"{AB}(?:(?P<pre>شهر|في|خلال|منذ)\s+)?(?:(?P<part>{mparts_ar})\s+(?:شهر\s+)?)?"
            rf"(?P<m1>{months_ar}){AE}{pair}(?:{year_ar}|\s+(?P<dir>{_alt(past + future + ['الجاري', 'الحالي'])}){AE})?")),
        # «في التاسع من الشهر الحالي», «في 11 من الشهر الماضي», «في الـ3 من هذا الشهر»: that day of the month
        ("ar_ord_rel", re.compile(
            rf"(?:{AB}(?P<ord>{_alt(list(ordinal))})|(?<![\d/.\-])(?:{AB}ال\s*)?{day})\s+من\s+(?:(?:ال)?شهر\s+(?P<rel>{mrel_ar})|هذا\s+الشهر){AE}")),
        ("ar_month_rel", re.compile(
            rf"{AB}(?:(?P<part>{mparts_ar})\s+)?(?:الشهر\s+(?P<rel>{mrel_ar})|(?P<this>هذا\s+الشهر)){AE}")),
        ("ar_week", re.compile(rf"{AB}(?P<rel>{_alt([k for k in week_rel if not k.isascii()])}){AE}")),
        # «في مثل هذا اليوم من عام 2014», "On this day in 2016": the report's day and month in that year
        ("ar_this_day", re.compile(rf"{AB}(?:في\s+)?مثل\s+هذا\s+اليوم\s+(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+)?{YEAR}")),
        ("en_this_day", re.compile(rf"(?i)\b(?:on\s+)?this\s+day,?\s+(?:in\s+)?{YEAR}")),
        # «تمر اليوم الذكرى الثامنة لتفجير ...»: the event of the day that many years back
        ("ar_nth_anniversary", re.compile(
            rf"{AB}(?P<rel>اليوم|غدا|غد|امس)\s+(?:\S+\s+){{0,2}}?(?:ال)?ذكري\s+(?:ال)?(?:سنويه\s+)?"
            rf"(?P<ord>{_alt(list(ordinal))})ه?{AE}")),
        # «أربعة أعوام مرت على تفجير ...», «مرت خمس سنوات على ...», "four years have passed since the
        # bombing", "it has been ten years since": that many years back, known to the month (dates.py)
        # «بمناسبة مرور عام على سقوط سنجار», «مرور عامين على مجزرة سبايكر»: the same, told by «مرور»
        ("ar_years_passed", re.compile(
            rf"{AB}(?:(?:مرت|مضت|مر|مضي)\s+(?P<n>\d{{1,2}}|\w+)\s+(?:اعوام|سنوات|سنين|عاما|سنه)\s+|"
            rf"(?P<n2>\d{{1,2}}|\w+)\s+(?:اعوام|سنوات|سنين|عاما|سنه)\s+(?:مرت|مضت|مر|مضي)\s+|"
            rf"مرور\s+(?:(?P<n3>\d{{1,2}}|\w+)\s+)?(?P<yu>عامين|سنتين|عام|سنه|اعوام|سنوات|سنين|عاما)\s+)علي{AE}")),
        # «في الذكرى الأولى لسقوط سنجار», «بالذكرى السنوية الثالثة لتفجير الكرادة»: that many years back,
        # known to the month (the anniversary falls near the report, not on its day)
        ("ar_anniversary_of", re.compile(
            rf"{AB}(?:في\s+|ب)(?:ال)?ذكري\s+(?:ال)?(?:سنويه\s+)?(?P<ord>{_alt(list(ordinal))})ه?\s+(?:ل|علي\s)")),
        ("en_years_passed", re.compile(
            r"(?i)\b(?P<n>\d{1,2}|[a-z]+)\s+years\s+(?:have\s+|had\s+)?(?:passed|gone\s+by|elapsed)\s+since\b|"
            r"\bit\s+(?:has|had)\s+been\s+(?P<n2>\d{1,2}|[a-z]+)\s+years\s+since\b")),
        # "A year after IS overran Sinjar, …", "one year on from the fall of Mosul", "two years after the
        # massacre": the event after it that many years back, known to the month
        ("en_years_after", re.compile(
            r"(?i)\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:on\s+from|after)\b")),
        ("ar_ago", re.compile(rf"{AB}قبل\s+(?:(?P<n>\d{{1,3}}|\w+(?:\s+عشر)?)\s+)?(?P<unit>{_alt(list(units))}){AE}"
                              r"(?!\s+(?:من|علي)\s)")),  # قبل يومين من الانتخابات: before an event
        # «منذ يومين», «منذ ثلاثة أيام» (UN briefings: killed two days ago): counted like قبل; a bare
        # «منذ أيام», «منذ يوم» is a vague span or "since the day of" and is not taken (dates.py)
        ("ar_since", re.compile(rf"{AB}منذ\s+(?:(?P<n>\d{{1,3}}|\w+(?:\s+عشر)?)\s+)?(?P<unit>{_alt(list(units))}){AE}"
                                r"(?!\s+(?:من|علي)\s)")),
        ("ar_rel", re.compile(
            rf"{AB}(?:(?P<part>{parts_ar})\s+)?(?P<rel>{_alt([k for k in relative_day if not k.isascii()])}){AE}"
            rf"(?!\s+(?:{'|'.join(NOT_TODAY)}){AE})")),
        # «ليلة الثلاثاء الأربعاء», «ليل الثلاثاء - الأربعاء», «ليلة الثلاثاء على الأربعاء»: a night named by the
        # day it begins and the day it ends is dated by the first (wd2, a part of the day before, is read over);
        # agency flashes set a dash after the part too («ليل- الخميس الجمعة», trec12)
        ("ar_weekday", re.compile(
            rf"{AB}(?:(?P<part>{parts_ar})(?:\s*[-–]\s*|\s+))?(?:يوم\s+)?(?P<wd>{wd_ar}){AE}(?!\s+عشر)"
            rf"(?:(?(part)\s*(?:علي\s+|[-–/]\s*|\s+)(?P<wd2>{wd_ar}){AE}))?"
            rf"(?:\s+(?P<dir>{_alt(past + future)}){AE})?")),
        ("en_dmy", re.compile(
            rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{months_en})\b\.?(?:,?\s+{YEAR})?")),
        ("en_mdy", re.compile(
            rf"\b(?P<m1>{months_en})\b\.?\s+{day}(?:st|nd|rd|th)?\b(?:,?\s+{YEAR})?")),
        ("en_my", re.compile(
            rf"(?:\b(?P<pre>(?i:in|during|since|last|this\s+past))\s+)?(?:\b(?P<part>(?i:{mparts_en}))(?:-|\s+)(?:of\s+)?)?"
            rf"\b(?P<m1>{months_en})\b(?:,?\s+{YEAR}|\s+(?P<dir>last|this year))?")),
        ("en_week", re.compile(rf"(?i)\b(?P<rel>{_en_alt([k for k in week_rel if k.isascii()])})\b")),
        # "on the 11th of last month", "the 3rd of this month": that day of the month (as «في 11 من الشهر الماضي»)
        ("en_ord_rel", re.compile(
            r"(?i)\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<rel>this month|last month|the previous month"
            r"|the past month|the current month)\b")),
        ("en_month_rel", re.compile(
            r"(?i)\b(?:(?P<part>early|mid-?|late)\s*)?(?P<rel>earlier this month|this month|last month"
            r"|the previous month|the past month)\b")),
        ("en_ago", re.compile(rf"(?i)\b(?P<n>\d{{1,3}}|[a-z]+)\s+(?P<unit>{_en_alt([k for k in units if k.isascii()])})\s+ago\b")),
        # "..., three days after 30 supporters were killed", "The rockets come two days after a drone strike":
        # the event after "after" is that many days before the report's (only after a comma or a verb of
        # coming: "Two days after the attack, police ..." dates the arrest).
        ("en_after", re.compile(rf"(?i)(?:(?<=,\s)|(?<=\bcome\s)|(?<=\bcomes\s)|(?<=\bcame\s)|(?<=\bcoming\s))"
                                rf"(?:(?:just|only|barely)\s+)?(?P<n>\d{{1,3}}|[a-z]+)\s+"
                                rf"(?P<unit>{_en_alt([k for k in units if k.isascii()])})\s+after\b")),
        # «وجاء ذلك بعد يومين من استهداف …», «ويأتي القصف بعد أقل من أسبوع على هجوم …»: the same, after a verb
        # of coming (its subject in between) or a comma; a sentence opening with the span dates its own event.
        # «عقب» (following) is «بعد» («ويأتي هذا التفجير عقب يوم من انفجار …»), and «غداة» (the day after) is
        # «بعد يوم من» («ويأتي الهجوم غداة تفجير …»): the event named after it is a day before (arlong10 audit)
        ("ar_after", re.compile(
            rf"(?:(?<=[،,])\s*(?:وذلك\s+)?|{AB}(?:جاء|جاءت|ياتي|تاتي|يجيء)(?:\s+\S+){{0,2}}?\s+)(?:(?P<after>بعد|عقب)\s+"
            rf"(?:(?:اقل|اكثر)\s+من\s+)?(?:(?P<n>\d{{1,3}}|\w+)\s+)?(?P<unit>{_alt(list(units))}){AE}(?:\s+واحد)?"
            rf"\s+(?:من|علي){AE}|(?P<morrow>غداه){AE})")),
        ("en_rel", re.compile(
            rf"(?i)\b(?:(?:early|late)\s+)?(?P<rel>{_en_alt([k for k in relative_day if k.isascii()])})"
            rf"(?:\s+(?P<part>{parts_en}))?\b")),
        ("en_weekday", re.compile(
            rf"(?:\b(?P<dir>(?i:last|this\s+past|past|next|this|on))\s+)?\b(?P<wd>{wd_en})\b(?:\s+(?i:{parts_en})\b)?")),
    ]
    months_en_lower = frozenset(month_en)
    months_ar_words = frozenset(k.split()[0] for k in month_ar)
    gates = {  # kind -> words (normalised, lower case) one of which must occur in the line
        "ar_dmy": months_ar_words, "ar_my": months_ar_words,
        "ar_ord_rel": frozenset(["الشهر", "شهر"]), "ar_month_rel": frozenset(["الشهر"]),
        "ar_week": frozenset(["الاسبوع"]), "ar_ago": frozenset(["قبل"]), "ar_since": frozenset(["منذ"]),
        "ar_this_day": frozenset(["مثل"]), "en_this_day": frozenset(["day"]), "ar_nth_anniversary": frozenset(["ذكري", "الذكري"]),
        "ar_years_passed": frozenset(["علي"]), "en_years_passed": frozenset(["since"]),
        "ar_anniversary_of": frozenset(["ذكري", "الذكري", "بالذكري"]), "en_years_after": frozenset(["year", "years"]),
        "ar_rel": frozenset(w for k in relative_day if not k.isascii() for w in k.split()[-1:]),
        "ar_weekday": frozenset(k for k in weekday if not k.isascii()),
        "en_dmy": months_en_lower, "en_mdy": months_en_lower, "en_my": months_en_lower,
        "en_week": frozenset(["week"]), "en_month_rel": frozenset(["month"]), "en_ord_rel": frozenset(["month"]), "en_ago": frozenset(["ago"]), "en_after": frozenset(["after"]),
        "ar_after": frozenset(["بعد", "عقب", "غداه"]),
        "en_rel": frozenset(w for k in relative_day if k.isascii() for w in k.split()[-1:]),
        "en_weekday": frozenset(k for k in weekday if k.isascii()),
    }
    kinds_of: defaultdict[str, list[str]] = defaultdict(list)
    for kind, words in gates.items():
        for word in words:
            kinds_of[word].append(kind)
    gate_index = ahocorasick.Automaton()
    for word, kinds in kinds_of.items():
        gate_index.add_word(word, (word, tuple(kinds)))
    gate_index.make_automaton()
    return Patterns(
        month_ar=month_ar, month_en=month_en, weekday=weekday, ordinal=ordinal,
        relative_day=relative_day, month_part=month_part, month_rel=month_rel, week_rel=week_rel,
        units=units, vague=vague, gates=gates, gate_index=gate_index, weekday_past=frozenset([*past, "last", "this past", "past"]),
        weekday_future=frozenset([*future, "next"]), regexes=tuple(regexes),
    )


def lookup_key(text: str) -> str:
    """The key under which a matched word is filed in the tables (Arabic normalised, English lower)."""
    return _key(text).lower()


def scan_windows(norm: str, only: frozenset[str] | None = None) -> list[tuple[str, re.Pattern[str], int, int]]:
    """(kind, regex, start, end): the stretches of text worth scanning with each pattern (of
    the kinds in ``only``, when given).

    A pattern runs only around the words it needs (its gate): ``_REACH`` characters either side,
    within the line, since a date never spans lines. A long article costs a few short scans
    instead of eighteen full ones.
    """
    tables = patterns()
    lowered = ascii_lower(norm)  # ASCII only, so offsets stay valid
    breaks = [m.start() for m in _NEWLINE.finditer(norm)]
    starts = [0, *(b + 1 for b in breaks)]
    ends = [*breaks, len(norm)]
    found_at: dict[str, list[int]] = {"ymd": [], "dmy": []}
    for m in _NUMERIC.finditer(norm):
        found_at["ymd"].append(m.start())
        found_at["dmy"].append(m.start())
    size = len(lowered)
    for last, (word, kinds) in tables.gate_index.iter(lowered):
        first = last - len(word) + 1
        if last + 1 < size and lowered[last + 1].isalnum():
            continue  # inside a longer word
        if first > 0 and lowered[first - 1].isalnum() and not (
                lowered[first - 1] in "وف" and (first < 2 or not lowered[first - 2].isalnum())):
            continue
        for kind in kinds:
            found_at.setdefault(kind, []).append(first)
    scans = []
    for kind, regex in tables.regexes:
        hits = found_at.get(kind)
        if not hits or (only is not None and kind not in only):
            continue
        windows: list[tuple[int, int]] = []
        for hit in sorted(hits):
            line = bisect_right(starts, hit) - 1
            start, end = max(starts[line], hit - _REACH), min(ends[line], hit + _REACH)
            while end < ends[line] and norm[end].isalnum():
                end += 1  # never cut a word: the scan treats its end as the text's end
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        scans.extend((kind, regex, start, end) for start, end in windows)
    return scans
